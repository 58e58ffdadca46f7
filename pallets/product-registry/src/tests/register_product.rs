use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};
use wellbeing_traits::ProductStatus;

fn register(who: u64, target_profiles: TargetProfilesOf<Test>) -> DispatchResult {
	ProductRegistry::register_product(
		RuntimeOrigin::signed(who),
		ProductKind::Device,
		Category::PhysicalActivity,
		name(b"Tracker"),
		target_profiles,
		metadata(b"ipfs://tracker", 4),
	)
}

#[test]
fn register_product_stores_active_product_and_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		System::set_block_number(7);

		assert_ok!(register(ALICE, profiles(&[b"seniors"])));

		System::assert_last_event(
			Event::ProductRegistered {
				product_id: 0,
				provider: ALICE,
				category: Category::PhysicalActivity,
			}
			.into(),
		);
		let stored = product(0);
		assert_eq!(stored.provider, ALICE);
		assert_eq!(stored.kind, ProductKind::Device);
		assert_eq!(stored.category, Category::PhysicalActivity);
		assert_eq!(stored.name, name(b"Tracker"));
		assert_eq!(stored.target_profiles, profiles(&[b"seniors"]));
		assert_eq!(stored.metadata, metadata(b"ipfs://tracker", 4));
		assert_eq!(stored.status, ProductStatus::Active);
		assert_eq!(stored.registered_at, 7);
		assert_eq!(stored.version_count, 0);
		assert_eq!(stored.deposit, PRODUCT_DEPOSIT);
		assert_eq!(stored.versions_deposit, 0);
		assert_eq!(NextProductId::<Test>::get(), 1);
		assert_eq!(provider(ALICE).product_count, 1);
		assert!(Versions::<Test>::get(0).is_empty());
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), PRODUCT_DEPOSIT);
		assert_eq!(free(ALICE), INITIAL_BALANCE - PROVIDER_DEPOSIT - PRODUCT_DEPOSIT);
	});
}

#[test]
fn register_product_records_registration_in_history() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		System::set_block_number(3);

		let product_id = register_product(ALICE);

		let history = StatusHistory::<Test>::get(product_id);
		assert_eq!(history.len(), 1);
		assert_eq!(history[0].status, ProductStatus::Active);
		assert_eq!(history[0].at, 3);
		assert_eq!(history[0].reason, None);
	});
}

#[test]
fn register_product_assigns_sequential_ids() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		register_provider(BOB);

		assert_eq!(register_product(ALICE), 0);
		assert_eq!(register_product(BOB), 1);
		assert_eq!(register_product(ALICE), 2);

		assert_eq!(NextProductId::<Test>::get(), 3);
		assert_eq!(provider(ALICE).product_count, 2);
		assert_eq!(provider(BOB).product_count, 1);
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), 2 * PRODUCT_DEPOSIT);
	});
}

#[test]
fn register_product_accepts_empty_profile_list() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_ok!(register(ALICE, profiles(&[])));

		assert!(product(0).target_profiles.is_empty());
	});
}

#[test]
fn register_product_fails_when_not_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(register(CHARLIE, profiles(&[])), Error::<Test>::NotProvider);
	});
}

#[test]
fn register_product_fails_with_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			ProductRegistry::register_product(
				RuntimeOrigin::signed(ALICE),
				ProductKind::Service,
				Category::Nutrition,
				name(b""),
				profiles(&[]),
				metadata(b"ipfs://x", 1),
			),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn register_product_fails_with_empty_target_profile() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			register(ALICE, profiles(&[b"adults", b""])),
			Error::<Test>::EmptyTargetProfile
		);
	});
}

#[test]
fn register_product_fails_with_duplicate_target_profile() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			register(ALICE, profiles(&[b"adults", b"kids", b"adults"])),
			Error::<Test>::DuplicateTargetProfile
		);
	});
}

#[test]
fn register_product_fails_with_empty_metadata_uri() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			ProductRegistry::register_product(
				RuntimeOrigin::signed(ALICE),
				ProductKind::WebApplication,
				Category::MentalHealth,
				name(b"Calm"),
				profiles(&[]),
				metadata(b"", 1),
			),
			Error::<Test>::EmptyUri
		);
	});
}

#[test]
fn register_product_fails_when_ids_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		NextProductId::<Test>::put(ProductId::MAX);

		assert_noop!(register(ALICE, profiles(&[])), Error::<Test>::ProductIdOverflow);
	});
}

#[test]
fn register_product_fails_when_deposit_unaffordable() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(POOR);

		assert_noop!(
			register(POOR, profiles(&[])),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn register_product_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::register_product(
					origin,
					ProductKind::MobileApp,
					Category::Sleep,
					name(b"App"),
					profiles(&[]),
					metadata(b"ipfs://x", 1),
				),
				DispatchError::BadOrigin
			);
		}
	});
}
