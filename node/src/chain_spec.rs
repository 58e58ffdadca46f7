//! Chain specs: `dev` and `local` from the runtime's presets, `pilot` from the runtime's
//! default genesis with the operator's patch `chain-specs/pilot-patch.json` applied on top.

use sc_service::{ChainType, Properties};
use wellbeing_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};

/// Chain spec of the wellbeing chain; its genesis comes from the runtime.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Genesis patch of the pilot network, as edited by its operators.
const PILOT_PATCH: &str = include_str!("../../chain-specs/pilot-patch.json");

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime's wasm binary is missing: build without SKIP_WASM_BUILD".to_string()
	})
}

/// Token symbol, decimals and SS58 prefix, which wallets and polkadot.js apps display.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

/// Builds the `dev` chain: one authority (Alice) with a sudo key.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Wellbeing Development")
		.with_id("wellbeing_dev")
		.with_chain_type(ChainType::Development)
		.with_properties(properties())
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.build())
}

/// Builds the `local` chain: Alice, Bob and Charlie as authorities and council, no sudo key.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Wellbeing Local Testnet")
		.with_id("wellbeing_local")
		.with_chain_type(ChainType::Local)
		.with_properties(properties())
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.build())
}

/// Builds the `pilot` chain from the pilot patch compiled into the node.
pub fn pilot_chain_spec() -> Result<ChainSpec, String> {
	pilot_chain_spec_from_patch(PILOT_PATCH)
}

/// Builds a pilot chain spec from a patch in the format of `chain-specs/pilot-patch.json`.
pub fn pilot_chain_spec_from_patch(patch: &str) -> Result<ChainSpec, String> {
	let mut patch: serde_json::Value = serde_json::from_str(patch)
		.map_err(|error| format!("the pilot patch is not valid JSON: {error}"))?;
	let genesis = patch
		.get_mut("genesis")
		.map(serde_json::Value::take)
		.ok_or("the pilot patch has no \"genesis\" object")?;
	let name = patch.get("name").and_then(|name| name.as_str()).unwrap_or("Wellbeing Pilot");
	let id = patch.get("id").and_then(|id| id.as_str()).unwrap_or("wellbeing_pilot");
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(ChainType::Live)
		.with_properties(properties())
		.with_genesis_config_patch(genesis)
		.build())
}
