#!/usr/bin/env bash
# Starts a local network of three authority nodes (Alice, Bob, Charlie), loads the sample
# directory of digital health apps and runs a voucher programme over it, then keeps the
# network running until Ctrl-C. Installs and builds what it needs first.
#
# Usage: scripts/start-local-network.sh [FILE.csv]

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

install_all
build_node
exec node "$REPO_ROOT/scripts/local-network.js" "${1:-$REPO_ROOT/data/digital-health-apps.csv}"
