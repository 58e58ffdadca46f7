//! Test runtime for the product registry: System, Balances and the registry, with small bounds
//! so that tests reach every limit quickly.

use crate as pallet_product_registry;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, EitherOfDiverse, IsInVec},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ProductRegistry: pallet_product_registry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Provider account with ample funds.
pub const ALICE: u64 = 1;
/// Second provider account with ample funds.
pub const BOB: u64 = 2;
/// Funded account that stays unregistered unless a test registers it.
pub const CHARLIE: u64 = 3;
/// Account with enough for the provider deposit but not for a product deposit.
pub const POOR: u64 = 4;
/// Account that the mock treats as the council, a governance origin besides root.
pub const COUNCIL: u64 = 99;

/// Free balance of the funded accounts at genesis.
pub const INITIAL_BALANCE: u64 = 10_000;
/// Free balance of `POOR` at genesis: the provider deposit, the existential deposit and 10.
pub const POOR_BALANCE: u64 = PROVIDER_DEPOSIT + 1 + 10;

pub const PROVIDER_DEPOSIT: u64 = 100;
pub const PRODUCT_DEPOSIT: u64 = 50;
pub const VERSION_DEPOSIT: u64 = 10;
pub const VERSION_LIMIT: u32 = 3;
pub const MAX_STATUS_HISTORY: u32 = 4;

parameter_types! {
	pub Council: Vec<u64> = vec![COUNCIL];
	pub const ProviderDeposit: u64 = PROVIDER_DEPOSIT;
	pub const ProductDeposit: u64 = PRODUCT_DEPOSIT;
	pub const VersionDeposit: u64 = VERSION_DEPOSIT;
	// Static so that a test can set it to 0.
	pub static MaxVersions: u32 = VERSION_LIMIT;
	pub const MaxStatusHistory: u32 = MAX_STATUS_HISTORY;
}

impl pallet_product_registry::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<IsInVec<Council>, u64>>;
	type ProviderDeposit = ProviderDeposit;
	type ProductDeposit = ProductDeposit;
	type VersionDeposit = VersionDeposit;
	type MaxNameLen = ConstU32<16>;
	type MaxUriLen = ConstU32<32>;
	type MaxBusinessIdLen = ConstU32<8>;
	type MaxProfiles = ConstU32<3>;
	type MaxProfileLen = ConstU32<8>;
	type MaxVersions = MaxVersions;
	type MaxVersionLabelLen = ConstU32<8>;
	type MaxStatusHistory = MaxStatusHistory;
	type WeightInfo = ();
}

/// Builds test externalities with funded accounts, at block 1.
pub struct ExtBuilder {
	pub balances: Vec<(u64, u64)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, INITIAL_BALANCE),
				(BOB, INITIAL_BALANCE),
				(CHARLIE, INITIAL_BALANCE),
				(POOR, POOR_BALANCE),
				(COUNCIL, INITIAL_BALANCE),
			],
		}
	}
}

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's storage invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			ProductRegistry::do_try_state().expect("storage invariants hold after the test");
		});
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
