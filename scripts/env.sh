# Shared setup of the project's scripts; source it, do not run it.
#
# Sets CARGO_TARGET_DIR outside the clone, so every clone on a machine reuses one build, and
# installs what the build and the client need when it is missing: a C/C++ compiler and
# protoc (Debian packages), the wasm32v1-none target with clippy and rustfmt, and the npm
# packages. It sets no shell options, so it can be sourced into an interactive shell.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/wellbeing-chain/target}"
export WELLBEING_NODE="$CARGO_TARGET_DIR/release/wellbeing-node"
# The runtime's wasm build looks for Cargo.lock above the target directory, which is outside
# the clone. Point it at the workspace, so the wasm build uses the locked versions.
export WASM_BUILD_WORKSPACE_HINT="$REPO_ROOT"

log() {
	printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

install_toolchain() {
	if ! command -v cargo >/dev/null; then
		log "cargo is missing: install Rust with rustup first (https://rustup.rs)"
		return 1
	fi
	# rust-toolchain.toml names the channel, components and target; these machines do not
	# install them automatically (RUSTUP_AUTO_INSTALL=0), so add them here.
	(cd "$REPO_ROOT" && rustup component add clippy rustfmt >/dev/null 2>&1 || true)
	if ! (cd "$REPO_ROOT" && rustup target list --installed | grep -qx wasm32v1-none); then
		log "adding the wasm32v1-none target"
		(cd "$REPO_ROOT" && rustup target add wasm32v1-none)
	fi
}

# Installs Debian packages with apt-get, through sudo unless running as root.
apt_install() {
	if ! command -v apt-get >/dev/null; then
		log "apt-get is not available: install $* by hand"
		return 1
	fi
	local sudo=""
	if [ "$(id -u)" != 0 ]; then
		if ! command -v sudo >/dev/null; then
			log "installing $* needs root: run as root or install sudo"
			return 1
		fi
		sudo="sudo"
	fi
	$sudo apt-get update -qq
	$sudo apt-get install -y -qq "$@" >/dev/null
}

# Installs the C/C++ compiler that crates with C code need (wasm-opt, secp256k1, ring, zstd)
# and protoc, which litep2p's build script needs.
install_system_packages() {
	local missing=()
	if ! command -v cc >/dev/null || ! command -v c++ >/dev/null || ! command -v make >/dev/null; then
		missing+=(build-essential)
	fi
	if ! command -v protoc >/dev/null; then
		missing+=(protobuf-compiler)
	fi
	if [ "${#missing[@]}" -gt 0 ]; then
		log "installing ${missing[*]}"
		apt_install "${missing[@]}"
	fi
}

install_npm_packages() {
	if ! command -v node >/dev/null; then
		log "node is missing: install Node.js 20.10 or newer"
		return 1
	fi
	if [ ! -d "$REPO_ROOT/scripts/node_modules/@polkadot/api" ]; then
		log "installing npm packages from scripts/package-lock.json"
		(cd "$REPO_ROOT/scripts" && npm ci --no-audit --no-fund --loglevel=error)
	fi
}

install_all() {
	install_system_packages
	install_toolchain
	install_npm_packages
}

build_node() {
	log "building the node (release profile, target directory $CARGO_TARGET_DIR)"
	(cd "$REPO_ROOT" && cargo build --release --locked -p wellbeing-node)
}
