//! Block production (Aura), finality (GRANDPA) and the authority set (Session with
//! ValidatorSet).

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use pallet_session::PeriodicSessions;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::ConvertInto;

use super::super::{
	deposit, AccountId, Balances, BlockNumber, Runtime, RuntimeEvent, SessionKeys, ValidatorSet,
	MINUTES,
};
use super::governance::RootOrCouncilMajority;

/// Most authorities the chain supports; bounds Aura's and GRANDPA's authority lists.
pub const MAX_AUTHORITIES: u32 = 32;

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// NOTE: equivocation reports are not processed: there is no staking to slash, and a
	// misbehaving authority is removed by governance through `ValidatorSet`.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// Length of a session: 10 minutes (100 blocks of 6 seconds). A validator set change made
/// during session `n` takes effect when session `n + 2` starts, so within 10 to 20 minutes.
pub const SESSION_PERIOD: BlockNumber = 10 * MINUTES;

parameter_types! {
	pub const SessionPeriod: BlockNumber = SESSION_PERIOD;
	pub const SessionOffset: BlockNumber = 0;
	/// Held from an account that registers session keys: one entry of two 32-byte keys.
	pub const SessionKeyDeposit: super::super::Balance = deposit(1, 64);
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = ValidatorSet;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_validator_set::Config for Runtime {
	type GovernanceOrigin = RootOrCouncilMajority;
	// GRANDPA with one authority still finalizes; governance cannot remove the last one.
	type MinValidators = ConstU32<1>;
	type MaxValidators = ConstU32<MAX_AUTHORITIES>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
}
