#!/usr/bin/env bash
# Runs every check and test: formatting, the no-RocksDB check, clippy, the Rust unit tests,
# and the end-to-end tests against three real node processes. Installs what it needs first.
#
# Usage: scripts/test.sh

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

install_all

log "cargo fmt --check"
cargo fmt --all --check

log "checking that no RocksDB crate is in the dependency tree"
if cargo tree --locked --workspace -e normal,build --prefix none | grep -iE '^(librocksdb-sys|rocksdb|kvdb-rocksdb) '; then
	log "a RocksDB crate is in the tree: keep the default features of sc-cli and sc-service off"
	exit 1
fi

build_node

log "cargo clippy --release --all-targets -- -D warnings"
cargo clippy --release --locked --workspace --all-targets -- -D warnings

log "cargo test --release"
cargo test --release --locked --workspace

log "end-to-end tests against three real nodes ($WELLBEING_NODE)"
(cd "$REPO_ROOT/scripts" && node --test --test-concurrency=1 e2e/*.test.js)
