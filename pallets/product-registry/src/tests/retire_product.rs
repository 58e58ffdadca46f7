use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;
use wellbeing_traits::ProductStatus;

#[test]
fn retire_product_sets_status_and_records_it() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		System::set_block_number(4);

		assert_ok!(ProductRegistry::retire_product(RuntimeOrigin::signed(ALICE), product_id));

		System::assert_last_event(Event::ProductRetired { product_id }.into());
		assert_eq!(product(product_id).status, ProductStatus::Retired);
		let last = StatusHistory::<Test>::get(product_id).last().cloned().unwrap();
		assert_eq!(last.status, ProductStatus::Retired);
		assert_eq!(last.at, 4);
		assert_eq!(last.reason, None);
		// Deposits stay held until the product is removed.
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), PRODUCT_DEPOSIT);
		assert_eq!(provider(ALICE).product_count, 1);
	});
}

#[test]
fn retire_product_works_while_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);

		assert_ok!(ProductRegistry::retire_product(RuntimeOrigin::signed(ALICE), product_id));

		assert_eq!(product(product_id).status, ProductStatus::Retired);
	});
}

#[test]
fn retire_product_fails_when_already_retired() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);

		assert_noop!(
			ProductRegistry::retire_product(RuntimeOrigin::signed(ALICE), product_id),
			Error::<Test>::AlreadyRetired
		);
	});
}

#[test]
fn retire_product_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			ProductRegistry::retire_product(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ProductNotFound
		);
	});
}

#[test]
fn retire_product_fails_for_other_signer() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_noop!(
			ProductRegistry::retire_product(RuntimeOrigin::signed(BOB), product_id),
			Error::<Test>::NotProductProvider
		);
	});
}

#[test]
fn retire_product_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::retire_product(origin, product_id),
				DispatchError::BadOrigin
			);
		}
	});
}
