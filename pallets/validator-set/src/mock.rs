//! Test runtime for the validator set pallet: governance is account 100.

use crate as pallet_validator_set;
use frame_support::{derive_impl, ord_parameter_types};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ValidatorSet: pallet_validator_set,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Account that the mock treats as governance.
pub const GOVERNANCE: u64 = 100;

ord_parameter_types! {
	pub const GovernanceAccount: u64 = GOVERNANCE;
}

impl pallet_validator_set::Config for Test {
	type GovernanceOrigin = EnsureSignedBy<GovernanceAccount, u64>;
	type MinValidators = frame_support::traits::ConstU32<1>;
	type MaxValidators = frame_support::traits::ConstU32<4>;
	type WeightInfo = ();
}

/// Builds storage with `validators` at genesis and runs `test`, then the invariant check.
pub fn build_and_execute(validators: Vec<u64>, test: impl FnOnce()) {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_validator_set::GenesisConfig::<Test> { validators }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		ValidatorSet::do_try_state().unwrap();
	});
}
