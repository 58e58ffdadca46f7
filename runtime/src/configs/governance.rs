//! Governance: the council, its membership, Root dispatch by council majority, and sudo.
//!
//! The council is a `pallet-collective` instance whose members `CouncilMembership` sets.
//! Every privileged call of the wellbeing pallets accepts [`RootOrCouncilMajority`]. A council
//! motion dispatches with the council's collective origin, never Root, so Root-only calls (a
//! runtime upgrade with `System::set_code`, for example) go through
//! `CouncilRoot::dispatch_as_root` inside a motion.

use frame_support::{parameter_types, traits::EitherOfDiverse, weights::Weight};
use frame_system::EnsureRoot;
use pallet_collective::EnsureProportionMoreThan;
use sp_runtime::Perbill;

use super::super::{
	AccountId, BlockNumber, Council, Instance1, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	DAYS,
};
use super::RuntimeBlockWeights;

/// More than half of the council, as the outcome of a council motion.
pub type CouncilMajority = EnsureProportionMoreThan<AccountId, Instance1, 1, 2>;

/// Root, or more than half of the council.
pub type RootOrCouncilMajority = EitherOfDiverse<EnsureRoot<AccountId>, CouncilMajority>;

/// Most council members.
pub const MAX_COUNCIL_MEMBERS: u32 = 100;

parameter_types! {
	/// Time members have to vote on a motion before anyone may close it.
	pub const CouncilMotionDuration: BlockNumber = DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = MAX_COUNCIL_MEMBERS;
	/// A motion may use at most half of a block's weight.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<Instance1> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Members change through `CouncilMembership`; Root may still reset them directly.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// Members are few and known, so proposing needs no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootOrCouncilMajority;
	type RemoveOrigin = RootOrCouncilMajority;
	type SwapOrigin = RootOrCouncilMajority;
	type ResetOrigin = RootOrCouncilMajority;
	type PrimeOrigin = RootOrCouncilMajority;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_council_root::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type CouncilOrigin = CouncilMajority;
	type WeightInfo = pallet_council_root::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
