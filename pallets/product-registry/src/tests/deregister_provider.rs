use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn deregister_provider_removes_record_and_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_ok!(ProductRegistry::deregister_provider(RuntimeOrigin::signed(ALICE)));

		System::assert_last_event(Event::ProviderDeregistered { provider: ALICE }.into());
		assert!(!Providers::<Test>::contains_key(ALICE));
		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), 0);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
	});
}

#[test]
fn deregister_provider_fails_while_owning_products() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);

		// A retired product still counts until it is removed.
		assert_noop!(
			ProductRegistry::deregister_provider(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::ProviderHasProducts
		);
	});
}

#[test]
fn deregister_provider_succeeds_after_products_removed() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);
		assert_ok!(ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), product_id));

		assert_ok!(ProductRegistry::deregister_provider(RuntimeOrigin::signed(ALICE)));

		assert!(!Providers::<Test>::contains_key(ALICE));
		assert_eq!(free(ALICE), INITIAL_BALANCE);
	});
}

#[test]
fn deregister_provider_allows_registering_again() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		assert_ok!(ProductRegistry::deregister_provider(RuntimeOrigin::signed(ALICE)));

		register_provider(ALICE);

		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
	});
}

#[test]
fn deregister_provider_fails_when_not_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::deregister_provider(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn deregister_provider_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(ProductRegistry::deregister_provider(origin), DispatchError::BadOrigin);
		}
	});
}
