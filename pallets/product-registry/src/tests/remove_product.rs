use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn remove_product_deletes_records_and_releases_deposits() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		publish(ALICE, product_id, 1);
		publish(ALICE, product_id, 2);
		retire(ALICE, product_id);

		assert_ok!(ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), product_id));

		System::assert_last_event(Event::ProductRemoved { product_id }.into());
		assert!(!Products::<Test>::contains_key(product_id));
		assert!(!Versions::<Test>::contains_key(product_id));
		assert!(!StatusHistory::<Test>::contains_key(product_id));
		assert_eq!(provider(ALICE).product_count, 0);
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), 0);
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), 0);
		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
		assert_eq!(free(ALICE), INITIAL_BALANCE - PROVIDER_DEPOSIT);
	});
}

#[test]
fn remove_product_never_reuses_the_id() {
	ExtBuilder::default().build_and_execute(|| {
		let removed = provider_with_product(ALICE);
		retire(ALICE, removed);
		assert_ok!(ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), removed));

		let next = register_product(ALICE);

		assert_eq!(next, removed + 1);
	});
}

#[test]
fn remove_product_leaves_other_products_alone() {
	ExtBuilder::default().build_and_execute(|| {
		let removed = provider_with_product(ALICE);
		let kept = register_product(ALICE);
		publish(ALICE, kept, 1);
		retire(ALICE, removed);

		assert_ok!(ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), removed));

		assert!(Products::<Test>::contains_key(kept));
		assert_eq!(provider(ALICE).product_count, 1);
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), PRODUCT_DEPOSIT);
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), VERSION_DEPOSIT);
	});
}

#[test]
fn remove_product_fails_when_not_retired() {
	ExtBuilder::default().build_and_execute(|| {
		let active = provider_with_product(ALICE);
		let suspended = register_product(ALICE);
		suspend(suspended);

		for product_id in [active, suspended] {
			assert_noop!(
				ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), product_id),
				Error::<Test>::ProductNotRetired
			);
		}
	});
}

#[test]
fn remove_product_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ProductNotFound
		);
	});
}

#[test]
fn remove_product_fails_for_other_signer() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);
		register_provider(BOB);

		assert_noop!(
			ProductRegistry::remove_product(RuntimeOrigin::signed(BOB), product_id),
			Error::<Test>::NotProductProvider
		);
	});
}

#[test]
fn remove_product_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::remove_product(origin, product_id),
				DispatchError::BadOrigin
			);
		}
	});
}
