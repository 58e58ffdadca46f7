//! Runtime of the wellbeing chain.
//!
//! A solochain kept by a consortium of authority nodes: Aura produces a block every 6 seconds,
//! GRANDPA finalizes, and the authority set comes from `ValidatorSet` through `Session`. The
//! council (`Council`, seeded and changed through `CouncilMembership`) governs: every
//! privileged call of the wellbeing pallets accepts Root or more than half of the council,
//! and `CouncilRoot` lets such a majority dispatch Root-only calls such as a runtime upgrade.
//!
//! The wellbeing pallets are `ProductRegistry`, `Reputation` and `WellbeingVoucher`.
//! `configs/` holds one file per domain, `apis.rs` the runtime APIs and
//! `genesis_config_presets.rs` the presets that every chain spec is built from.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` expands to a deep recursion of types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
pub mod configs;
pub mod genesis_config_presets;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

use alloc::vec::Vec;
use frame_support::instances::Instance1;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block with opaque extrinsics.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block hash.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

impl_opaque_keys! {
	/// Session keys of an authority: one for Aura block production, one for GRANDPA votes.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// Version of the runtime. Raise `spec_version` with every upgrade that changes behaviour,
/// and `transaction_version` whenever call indices or argument encodings change.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("wellbeing"),
	impl_name: alloc::borrow::Cow::Borrowed("wellbeing-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Target time between blocks, in milliseconds.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Length of an Aura slot; one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Token symbol of the native currency.
pub const TOKEN_SYMBOL: &str = "WELL";
/// Decimal places of the native currency: one WELL is 10^12 of the smallest unit.
pub const TOKEN_DECIMALS: u8 = 12;
/// SS58 address prefix: 42, the generic Substrate prefix, until the consortium registers one.
pub const SS58_PREFIX: u16 = 42;

/// One WELL in the smallest unit.
pub const UNIT: Balance = 1_000_000_000_000;
/// One thousandth of a WELL.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// One millionth of a WELL.
pub const MICRO_UNIT: Balance = 1_000_000;

/// Smallest balance an account may hold: 0.01 WELL, about 50 balance-transfer fees. It keeps
/// dust accounts out of state.
pub const EXISTENTIAL_DEPOSIT: Balance = 10 * MILLI_UNIT;

/// Returns the deposit for storing `items` storage entries of `bytes` bytes in total: 0.01 WELL
/// per entry plus 0.1 milli-WELL per byte, so 1 KiB costs about 0.1 WELL.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * 10 * MILLI_UNIT + bytes as Balance * 100 * MICRO_UNIT
}

/// Signature of a transaction: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// Account id: the 32-byte public key (or its hash, for ecdsa) of the signer.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of the native currency.
pub type Balance = u128;
/// Transaction counter of an account.
pub type Nonce = u32;
/// Block and state hash.
pub type Hash = sp_core::H256;
/// Block number.
pub type BlockNumber = u32;
/// Address format of extrinsics.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// Checks applied to every signed transaction, in order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Extrinsic as it travels on the wire.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Payload that a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade; none yet.
type Migrations = ();

/// Dispatches blocks and transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;

	// `ValidatorSet` comes before `Session`, because the session genesis requests the first
	// validators from it, and both before `Aura` and `Grandpa`, which take their authorities from
	// `Session`.
	#[runtime::pallet_index(10)]
	pub type ValidatorSet = pallet_validator_set;

	#[runtime::pallet_index(11)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(12)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(13)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(20)]
	pub type Council = pallet_collective<Instance1>;

	#[runtime::pallet_index(21)]
	pub type CouncilMembership = pallet_membership<Instance1>;

	#[runtime::pallet_index(22)]
	pub type CouncilRoot = pallet_council_root;

	#[runtime::pallet_index(23)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(24)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(30)]
	pub type ProductRegistry = pallet_product_registry;

	#[runtime::pallet_index(31)]
	pub type Reputation = pallet_reputation;

	#[runtime::pallet_index(32)]
	pub type WellbeingVoucher = pallet_wellbeing_voucher;
}
