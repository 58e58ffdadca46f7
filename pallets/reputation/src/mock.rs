//! Test runtime: System, Balances and the reputation pallet, with a product registry held in
//! a thread-local map.

use crate as pallet_reputation;
use crate::MetadataRefOf;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::ConstU32, BoundedVec};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;
use wellbeing_traits::{
	Category, ProductId, ProductInfo, ProductInspect, ProductKind, ProductStatus,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Reputation: pallet_reputation,
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
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const REVIEW_DEPOSIT: u64 = 10;
pub const ATTESTATION_DEPOSIT: u64 = 50;
pub const MAX_ATTESTATIONS: u32 = 6;

parameter_types! {
	pub const ReviewDeposit: u64 = REVIEW_DEPOSIT;
	pub const AttestationDeposit: u64 = ATTESTATION_DEPOSIT;
}

impl pallet_reputation::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<u64>;
	type Products = MockProducts;
	type ReviewDeposit = ReviewDeposit;
	type AttestationDeposit = AttestationDeposit;
	type MaxUriLen = ConstU32<64>;
	type MaxAssessorNameLen = ConstU32<32>;
	type MaxAttestationsPerProduct = ConstU32<MAX_ATTESTATIONS>;
	type PriorWeight = ConstU32<5>;
	type PriorScore = ConstU32<3000>;
	type WeightInfo = ();
}

thread_local! {
	static PRODUCTS: RefCell<BTreeMap<ProductId, ProductInfo<u64>>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// Product registry of the tests.
pub struct MockProducts;

impl ProductInspect<u64> for MockProducts {
	fn product(id: ProductId) -> Option<ProductInfo<u64>> {
		PRODUCTS.with(|products| products.borrow().get(&id).cloned())
	}
}

/// Registers or overwrites product `id` in the mock registry.
pub fn set_product(id: ProductId, info: ProductInfo<u64>) {
	PRODUCTS.with(|products| products.borrow_mut().insert(id, info));
}

/// Returns an active product of `provider` in `category` with `version_count` versions.
pub fn product_info(provider: u64, category: Category, version_count: u32) -> ProductInfo<u64> {
	ProductInfo {
		provider,
		kind: ProductKind::MobileApp,
		category,
		status: ProductStatus::Active,
		version_count,
	}
}

/// Sets the status of product `id` in the mock registry.
pub fn set_status(id: ProductId, status: ProductStatus) {
	PRODUCTS.with(|products| {
		if let Some(info) = products.borrow_mut().get_mut(&id) {
			info.status = status;
		}
	});
}

// Accounts.
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const DAVE: u64 = 4;
/// Account that owns less than one review deposit.
pub const POOR: u64 = 9;
pub const PROVIDER: u64 = 10;
pub const ASSESSOR: u64 = 20;
pub const OTHER_ASSESSOR: u64 = 21;

pub const INITIAL_BALANCE: u64 = 1_000;

// Products registered by `ExtBuilder`.
/// Active mental health app of `PROVIDER` with two versions.
pub const APP: ProductId = 0;
/// Active sleep app of `PROVIDER` with one version.
pub const SLEEP_APP: ProductId = 1;
/// Product that was retired.
pub const RETIRED: ProductId = 2;
/// Product without any version yet.
pub const UNRELEASED: ProductId = 3;
/// Id no product has.
pub const MISSING: ProductId = 99;

/// Returns a metadata reference to `uri`.
pub fn metadata(uri: &str) -> MetadataRefOf<Test> {
	crate::MetadataRef {
		uri: BoundedVec::try_from(uri.as_bytes().to_vec()).unwrap(),
		hash: [7; 32],
	}
}

/// Returns `name` as an assessor name.
pub fn assessor_name(name: &str) -> BoundedVec<u8, ConstU32<32>> {
	BoundedVec::try_from(name.as_bytes().to_vec()).unwrap()
}

pub struct ExtBuilder {
	assessors: Vec<u64>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { assessors: vec![ASSESSOR, OTHER_ASSESSOR] }
	}
}

impl ExtBuilder {
	/// Starts without registered assessors.
	pub fn without_assessors(mut self) -> Self {
		self.assessors.clear();
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let balances = [ALICE, BOB, CHARLIE, DAVE, PROVIDER, ASSESSOR, OTHER_ASSESSOR]
			.into_iter()
			.map(|account| (account, INITIAL_BALANCE))
			.chain([(POOR, 5)])
			.collect();
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();

		PRODUCTS.with(|products| products.borrow_mut().clear());
		set_product(APP, product_info(PROVIDER, Category::MentalHealth, 2));
		set_product(SLEEP_APP, product_info(PROVIDER, Category::Sleep, 1));
		set_product(
			RETIRED,
			ProductInfo {
				status: ProductStatus::Retired,
				..product_info(PROVIDER, Category::Sleep, 1)
			},
		);
		set_product(UNRELEASED, product_info(PROVIDER, Category::Nutrition, 0));

		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			for assessor in self.assessors {
				crate::Assessors::<Test>::insert(
					assessor,
					crate::AssessorInfo {
						name: assessor_name("Test assessor"),
						metadata: None,
						added_at: 1,
					},
				);
			}
		});
		ext
	}

	/// Runs `test` and then checks the pallet's storage invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Reputation::do_try_state().expect("storage invariants must hold after the test");
		});
	}
}

/// Builds the default test externalities.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
