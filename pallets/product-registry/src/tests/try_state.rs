//! `do_try_state` reports each broken invariant.

use super::*;
use frame_support::traits::fungible::MutateHold;

#[test]
fn try_state_passes_on_consistent_state() {
	new_test_ext().execute_with(|| {
		let product_id = provider_with_product(ALICE);
		publish(ALICE, product_id, 1);

		assert_eq!(ProductRegistry::do_try_state(), Ok(()));
	});
}

#[test]
fn try_state_detects_wrong_product_count() {
	new_test_ext().execute_with(|| {
		provider_with_product(ALICE);
		Providers::<Test>::mutate(ALICE, |record| record.as_mut().unwrap().product_count = 2);

		assert!(ProductRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_product_without_provider() {
	new_test_ext().execute_with(|| {
		let product_id = provider_with_product(ALICE);
		Products::<Test>::mutate(product_id, |record| record.as_mut().unwrap().provider = CHARLIE);

		assert!(ProductRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_stale_next_product_id() {
	new_test_ext().execute_with(|| {
		provider_with_product(ALICE);
		NextProductId::<Test>::put(0);

		assert!(ProductRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_versions_of_missing_product() {
	new_test_ext().execute_with(|| {
		let product_id = provider_with_product(ALICE);
		publish(ALICE, product_id, 1);
		let versions = Versions::<Test>::get(product_id);
		Versions::<Test>::insert(product_id + 1, versions);

		assert!(ProductRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_deposit_not_held() {
	new_test_ext().execute_with(|| {
		provider_with_product(ALICE);
		assert_ok!(Balances::hold(
			&RuntimeHoldReason::ProductRegistry(HoldReason::ProductDeposit),
			&ALICE,
			1
		));

		assert!(ProductRegistry::do_try_state().is_err());
	});
}
