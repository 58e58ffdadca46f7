//! Test runtime for the council root pallet: a signed account with id 1 acts as the
//! council.

use crate as pallet_council_root;
use frame_support::{derive_impl, ord_parameter_types};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		CouncilRoot: pallet_council_root,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Account that the mock treats as the council.
pub const COUNCIL: u64 = 1;

ord_parameter_types! {
	pub const CouncilAccount: u64 = COUNCIL;
}

impl pallet_council_root::Config for Test {
	type RuntimeCall = RuntimeCall;
	type CouncilOrigin = EnsureSignedBy<CouncilAccount, u64>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
