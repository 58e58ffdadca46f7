#!/usr/bin/env bash
# Writes the raw chain specs of the presets into chain-specs/: dev.json, local.json and
# pilot.json (the last from chain-specs/pilot-patch.json, which is compiled into the node, so
# rebuild the node after editing the patch). Builds the node first.
#
# Usage: scripts/generate-chain-specs.sh

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

install_system_packages
install_toolchain
build_node

for chain in dev local pilot; do
	log "writing chain-specs/$chain.json"
	"$WELLBEING_NODE" build-spec --chain "$chain" --raw --disable-default-bootnode \
		>"$REPO_ROOT/chain-specs/$chain.json" 2>/dev/null
done
