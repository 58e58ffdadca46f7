use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn update(who: u64, product_id: ProductId) -> DispatchResult {
	ProductRegistry::update_product(
		RuntimeOrigin::signed(who),
		product_id,
		Category::MentalHealth,
		name(b"SleepWell 2"),
		profiles(&[b"students"]),
		metadata(b"ipfs://product-v2", 9),
	)
}

#[test]
fn update_product_replaces_details() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		let before = product(product_id);

		assert_ok!(update(ALICE, product_id));

		System::assert_last_event(Event::ProductUpdated { product_id }.into());
		let after = product(product_id);
		assert_eq!(after.category, Category::MentalHealth);
		assert_eq!(after.name, name(b"SleepWell 2"));
		assert_eq!(after.target_profiles, profiles(&[b"students"]));
		assert_eq!(after.metadata, metadata(b"ipfs://product-v2", 9));
		// The kind, status, registration block and deposits do not change.
		assert_eq!(after.kind, before.kind);
		assert_eq!(after.status, before.status);
		assert_eq!(after.registered_at, before.registered_at);
		assert_eq!(after.deposit, before.deposit);
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), PRODUCT_DEPOSIT);
	});
}

#[test]
fn update_product_allowed_while_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);

		assert_ok!(update(ALICE, product_id));

		assert_eq!(product(product_id).name, name(b"SleepWell 2"));
	});
}

#[test]
fn update_product_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(update(ALICE, 5), Error::<Test>::ProductNotFound);
	});
}

#[test]
fn update_product_fails_for_other_signer() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(BOB);

		assert_noop!(update(BOB, product_id), Error::<Test>::NotProductProvider);
		assert_noop!(update(CHARLIE, product_id), Error::<Test>::NotProductProvider);
	});
}

#[test]
fn update_product_fails_when_retired() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);

		assert_noop!(update(ALICE, product_id), Error::<Test>::ProductRetired);
	});
}

#[test]
fn update_product_rejects_invalid_fields() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		let update = |name: NameOf<Test>,
		              target_profiles: TargetProfilesOf<Test>,
		              metadata: MetadataRefOf<Test>| {
			ProductRegistry::update_product(
				RuntimeOrigin::signed(ALICE),
				product_id,
				Category::Sleep,
				name,
				target_profiles,
				metadata,
			)
		};

		assert_noop!(
			update(name(b""), profiles(&[]), metadata(b"ipfs://x", 1)),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			update(name(b"App"), profiles(&[b""]), metadata(b"ipfs://x", 1)),
			Error::<Test>::EmptyTargetProfile
		);
		assert_noop!(
			update(name(b"App"), profiles(&[b"kids", b"kids"]), metadata(b"ipfs://x", 1)),
			Error::<Test>::DuplicateTargetProfile
		);
		assert_noop!(
			update(name(b"App"), profiles(&[]), metadata(b"", 1)),
			Error::<Test>::EmptyUri
		);
	});
}

#[test]
fn update_product_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::update_product(
					origin,
					product_id,
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
