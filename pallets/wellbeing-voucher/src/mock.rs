//! Test runtime with System, Balances and this pallet, plus test-only product and reputation
//! sources that tests fill through [`set_product`] and [`set_reputation`].

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use wellbeing_traits::{
	AttestationKind, AttestationKindSet, Category, ProductId, ProductInfo, ProductInspect,
	ProductKind, ProductStatus, ReputationInspect, ReputationSummary,
};

use crate as pallet_wellbeing_voucher;

pub type AccountId = u64;
pub type Balance = u64;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Voucher: pallet_wellbeing_voucher,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Programme deposit in the test runtime.
pub const PROGRAMME_DEPOSIT: Balance = 100;
/// Allowance deposit in the test runtime.
pub const ALLOWANCE_DEPOSIT: Balance = 10;
/// Claim deposit in the test runtime.
pub const CLAIM_DEPOSIT: Balance = 20;
/// `MaxSweepPerBlock` in the test runtime, small so that tests reach it.
pub const MAX_SWEEP_PER_BLOCK: u32 = 5;
/// `MaxScheduledSweeps` in the test runtime, small so that tests reach it.
pub const MAX_SCHEDULED_SWEEPS: u32 = 4;
/// `MaxGrantBatch` in the test runtime.
pub const MAX_GRANT_BATCH: u32 = 20;

impl pallet_wellbeing_voucher::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Products = MockProducts;
	type Reputation = MockReputation;
	type ProgrammeDeposit = ConstU64<PROGRAMME_DEPOSIT>;
	type AllowanceDeposit = ConstU64<ALLOWANCE_DEPOSIT>;
	type ClaimDeposit = ConstU64<CLAIM_DEPOSIT>;
	type MaxNameLen = ConstU32<32>;
	type MaxPaymentRefLen = ConstU32<32>;
	type MaxGrantBatch = ConstU32<MAX_GRANT_BATCH>;
	type MaxSweepPerBlock = ConstU32<MAX_SWEEP_PER_BLOCK>;
	type MaxScheduledSweeps = ConstU32<MAX_SCHEDULED_SWEEPS>;
	type WeightInfo = ();
}

/// Issuer approved at genesis.
pub const ISSUER: AccountId = 1;
/// Second issuer approved at genesis.
pub const OTHER_ISSUER: AccountId = 2;
/// Funded account that is not an issuer.
pub const OUTSIDER: AccountId = 3;
/// Issuer approved at genesis without funds for deposits.
pub const POOR_ISSUER: AccountId = 4;
/// Beneficiaries.
pub const ALICE: AccountId = 10;
pub const BOB: AccountId = 11;
pub const CAROL: AccountId = 12;
/// Provider of [`SLEEP_APP`].
pub const PROVIDER: AccountId = 20;
/// Provider of [`FITNESS_APP`].
pub const OTHER_PROVIDER: AccountId = 21;
/// Provider without funds for the claim deposit.
pub const POOR_PROVIDER: AccountId = 22;

/// Active sleep app of [`PROVIDER`] with a good reputation.
pub const SLEEP_APP: ProductId = 0;
/// Active fitness app of [`OTHER_PROVIDER`] with a good reputation.
pub const FITNESS_APP: ProductId = 1;
/// Active nutrition app of [`POOR_PROVIDER`] with a good reputation.
pub const POOR_PROVIDER_APP: ProductId = 2;
/// Id with no product.
pub const UNKNOWN_PRODUCT: ProductId = 99;

/// Starting balance of every funded account.
pub const INITIAL_BALANCE: Balance = 10_000;

thread_local! {
	static PRODUCTS: RefCell<BTreeMap<ProductId, ProductInfo<AccountId>>> =
		const { RefCell::new(BTreeMap::new()) };
	static REPUTATION: RefCell<BTreeMap<ProductId, ReputationSummary>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// Product registry backed by a test-only map.
pub struct MockProducts;

impl ProductInspect<AccountId> for MockProducts {
	fn product(id: ProductId) -> Option<ProductInfo<AccountId>> {
		PRODUCTS.with(|products| products.borrow().get(&id).cloned())
	}
}

/// Reputation source backed by a test-only map; unknown products get the default summary.
pub struct MockReputation;

impl ReputationInspect for MockReputation {
	fn summary(product: ProductId) -> ReputationSummary {
		REPUTATION.with(|reputation| reputation.borrow().get(&product).copied().unwrap_or_default())
	}
}

/// Stores or replaces a product in the mock registry.
pub fn set_product(id: ProductId, info: ProductInfo<AccountId>) {
	PRODUCTS.with(|products| products.borrow_mut().insert(id, info));
}

/// Changes the status of a product in the mock registry.
pub fn set_product_status(id: ProductId, status: ProductStatus) {
	PRODUCTS.with(|products| {
		if let Some(product) = products.borrow_mut().get_mut(&id) {
			product.status = status;
		}
	});
}

/// Stores or replaces a product's reputation summary.
pub fn set_reputation(id: ProductId, summary: ReputationSummary) {
	REPUTATION.with(|reputation| reputation.borrow_mut().insert(id, summary));
}

/// Returns an active product of `provider` in `category`.
pub fn active_product(provider: AccountId, category: Category) -> ProductInfo<AccountId> {
	ProductInfo {
		provider,
		kind: ProductKind::MobileApp,
		category,
		status: ProductStatus::Active,
		version_count: 1,
	}
}

/// Returns a reputation of 4.2 stars from 12 reviews with every attestation kind valid.
pub fn good_reputation() -> ReputationSummary {
	ReputationSummary {
		review_count: 12,
		satisfaction_sum: 50,
		effectiveness_sum: 50,
		reliability_sum: 50,
		score: 4_200,
		valid_attestations: AttestationKindSet::from_kinds(&AttestationKind::ALL),
		evidence_level: None,
	}
}

/// Builds test externalities with funded accounts, two approved issuers and three products.
pub struct ExtBuilder {
	issuers: Vec<(AccountId, String)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			issuers: vec![
				(ISSUER, "City of Tampere".into()),
				(OTHER_ISSUER, "City of Espoo".into()),
				(POOR_ISSUER, "Village".into()),
			],
		}
	}
}

impl ExtBuilder {
	/// Builds the externalities at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let funded = [ISSUER, OTHER_ISSUER, OUTSIDER, ALICE, BOB, CAROL, PROVIDER, OTHER_PROVIDER];
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: funded.iter().map(|who| (*who, INITIAL_BALANCE)).collect(),
				..Default::default()
			},
			voucher: pallet_wellbeing_voucher::GenesisConfig { issuers: self.issuers },
		}
		.build_storage()
		.expect("genesis config of the mock runtime is valid");

		set_product(SLEEP_APP, active_product(PROVIDER, Category::Sleep));
		set_product(FITNESS_APP, active_product(OTHER_PROVIDER, Category::PhysicalActivity));
		set_product(POOR_PROVIDER_APP, active_product(POOR_PROVIDER, Category::Nutrition));
		for id in [SLEEP_APP, FITNESS_APP, POOR_PROVIDER_APP] {
			set_reputation(id, good_reputation());
		}

		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test` and then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Voucher::do_try_state().expect("try_state invariants hold after the test");
		});
	}
}

/// Builds the default test externalities.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

/// Moves to block `n` without running hooks; tests call `on_idle` explicitly.
pub fn set_block(n: u64) {
	System::set_block_number(n);
}
