//! Genesis presets: `development` and `local_testnet`. Every chain spec is built from one of
//! them, and the pilot spec from `local_testnet` plus an operator's JSON patch.

use alloc::{vec, vec::Vec};
use core::str::FromStr;
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, BalancesConfig, CouncilMembershipConfig, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig, ValidatorSetConfig, UNIT,
};

/// Balance of each endowed account in the presets: one million WELL.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// An authority at genesis: its account and its two session keys.
pub struct Authority {
	/// Account that owns the session keys and is listed in `ValidatorSet`.
	pub account: AccountId,
	/// Aura key, which signs blocks.
	pub aura: AuraId,
	/// GRANDPA key, which signs finality votes.
	pub grandpa: GrandpaId,
}

impl Authority {
	/// Builds the authority of a development keyring account, whose session keys derive from
	/// the same seed (`//Alice` for Alice).
	pub fn from_keyring(keyring: Sr25519Keyring) -> Self {
		let name: &'static str = keyring.into();
		let grandpa = Ed25519Keyring::from_str(name)
			.expect("both keyrings have the same accounts; qed")
			.public();
		Authority {
			account: keyring.to_account_id(),
			aura: keyring.public().into(),
			grandpa: grandpa.into(),
		}
	}
}

/// Builds the genesis patch shared by every preset.
fn genesis(
	authorities: Vec<Authority>,
	council: Vec<AccountId>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|account| (account, ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		validator_set: ValidatorSetConfig {
			validators: authorities
				.iter()
				.map(|authority| authority.account.clone())
				.collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: authorities
				.into_iter()
				.map(|authority| {
					let keys = SessionKeys { aura: authority.aura, grandpa: authority.grandpa };
					(authority.account.clone(), authority.account, keys)
				})
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("presets list at most MaxMembers councillors; qed"),
		},
		sudo: SudoConfig { key: sudo },
	})
}

/// `development`: Alice is the only authority and the sudo key; Alice, Bob and Charlie form
/// the council; the keyring's well-known accounts are funded.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![Authority::from_keyring(Sr25519Keyring::Alice)],
		vec![
			Sr25519Keyring::Alice.to_account_id(),
			Sr25519Keyring::Bob.to_account_id(),
			Sr25519Keyring::Charlie.to_account_id(),
		],
		Sr25519Keyring::well_known().map(|keyring| keyring.to_account_id()).collect(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// `local_testnet`: Alice, Bob and Charlie are the authorities and the council; the keyring's
/// well-known accounts are funded; no sudo key.
pub fn local_config_genesis() -> Value {
	let members = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
	genesis(
		members.iter().map(|keyring| Authority::from_keyring(*keyring)).collect(),
		members.iter().map(|keyring| keyring.to_account_id()).collect(),
		Sr25519Keyring::well_known().map(|keyring| keyring.to_account_id()).collect(),
		None,
	)
}

/// Returns the genesis patch of the preset `id`, if it exists.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work; qed")
			.into_bytes(),
	)
}

/// Lists the preset names.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
