#!/usr/bin/env bash
# Measures the test command the way CI runs it: clones the committed HEAD into a temporary
# folder and runs `.ci/run` there with CI=true, timing the whole run with GNU time. With
# --cold it also uses a new, empty target directory, so every crate compiles; without it
# the shared target directory is reused (a warm run). Prints the step timestamps that
# scripts/test.sh logs and the wall, CPU and memory figures; docs/build.md records them.
#
# Usage: scripts/measure-test-command.sh [--cold]

set -euo pipefail

if [ ! -x /usr/bin/time ]; then
	echo "GNU time is missing: install it with 'apt-get install time'" >&2
	exit 1
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q "$repo" "$work/main"
if [ -d "$repo/../shared" ]; then
	cp -r "$repo/../shared" "$work/"
fi

env_args=(CI=true)
if [ "${1:-}" = "--cold" ]; then
	env_args+=(CARGO_TARGET_DIR="$work/target")
fi

cd "$work/main"
env "${env_args[@]}" /usr/bin/time -v bash .ci/run </dev/null >"$work/run.log" 2>&1 || {
	tail -40 "$work/run.log"
	echo "the test command failed; full log above" >&2
	exit 1
}
grep -E '^\[[0-9:]+\]|^# (tests|pass|fail)|Elapsed|User time|Maximum resident' "$work/run.log"
