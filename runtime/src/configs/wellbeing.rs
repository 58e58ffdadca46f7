//! The wellbeing pallets: product registry, reputation and wellbeing vouchers.
//!
//! Every deposit follows [`deposit`]: 0.01 WELL per storage entry plus 0.0001 WELL per byte
//! of the entry's maximum encoded size, rounded up to the sizes given below. The amounts are
//! small next to a provider's or issuer's costs but make bulk spam of state expensive, and
//! each is returned when its entry is removed.

use frame_support::{parameter_types, traits::ConstU32};

use super::super::{
	deposit, Balance, Balances, ProductRegistry, Reputation, Runtime, RuntimeHoldReason,
};
use super::governance::RootOrCouncilMajority;

parameter_types! {
	/// A provider record: name, legal form, country, business id and a metadata reference,
	/// at most 500 bytes.
	pub const ProviderDeposit: Balance = deposit(1, 500);
	/// A product record (at most 750 bytes) and its status history (16 entries of at most
	/// 300 bytes).
	pub const ProductDeposit: Balance = deposit(2, 750 + 16 * 300);
	/// One version entry: label, release hash, index and block, at most 80 bytes.
	pub const VersionDeposit: Balance = deposit(1, 80);
	/// One review: ratings, version, comment reference and recording app, at most 350 bytes.
	pub const ReviewDeposit: Balance = deposit(1, 350);
	/// One attestation with its evidence reference, at most 370 bytes.
	pub const AttestationDeposit: Balance = deposit(1, 370);
	/// A programme record with its policy, at most 200 bytes.
	pub const ProgrammeDeposit: Balance = deposit(1, 200);
	/// One allowance entry, at most 70 bytes.
	pub const AllowanceDeposit: Balance = deposit(1, 70);
	/// One settlement claim with its payment reference, at most 140 bytes.
	pub const ClaimDeposit: Balance = deposit(1, 140);
}

impl pallet_product_registry::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = RootOrCouncilMajority;
	type ProviderDeposit = ProviderDeposit;
	type ProductDeposit = ProductDeposit;
	type VersionDeposit = VersionDeposit;
	// Product names in public directories run past 64 bytes.
	type MaxNameLen = ConstU32<128>;
	type MaxUriLen = ConstU32<256>;
	type MaxBusinessIdLen = ConstU32<32>;
	type MaxProfiles = ConstU32<8>;
	type MaxProfileLen = ConstU32<32>;
	type MaxVersions = ConstU32<16>;
	type MaxVersionLabelLen = ConstU32<32>;
	type MaxStatusHistory = ConstU32<16>;
	type WeightInfo = pallet_product_registry::weights::SubstrateWeight<Runtime>;
}

impl pallet_reputation::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = RootOrCouncilMajority;
	type Products = ProductRegistry;
	type ReviewDeposit = ReviewDeposit;
	type AttestationDeposit = AttestationDeposit;
	type MaxUriLen = ConstU32<256>;
	type MaxAssessorNameLen = ConstU32<64>;
	type MaxAttestationsPerProduct = ConstU32<32>;
	// The prior: a mean of 3.0 stars weighted as 5 reviews.
	type PriorWeight = ConstU32<5>;
	type PriorScore = ConstU32<3000>;
	type WeightInfo = pallet_reputation::weights::SubstrateWeight<Runtime>;
}

impl pallet_wellbeing_voucher::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = RootOrCouncilMajority;
	type Products = ProductRegistry;
	type Reputation = Reputation;
	type ProgrammeDeposit = ProgrammeDeposit;
	type AllowanceDeposit = AllowanceDeposit;
	type ClaimDeposit = ClaimDeposit;
	type MaxNameLen = ConstU32<64>;
	type MaxPaymentRefLen = ConstU32<64>;
	type MaxGrantBatch = ConstU32<100>;
	type MaxSweepPerBlock = ConstU32<200>;
	type MaxScheduledSweeps = ConstU32<1000>;
	type WeightInfo = pallet_wellbeing_voucher::weights::SubstrateWeight<Runtime>;
}
