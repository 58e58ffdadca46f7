use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

fn transfer(who: u64, product_id: ProductId, to: u64) -> DispatchResult {
	ProductRegistry::transfer_product(RuntimeOrigin::signed(who), product_id, to)
}

#[test]
fn transfer_product_moves_product_and_deposits() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		publish(ALICE, product_id, 1);
		publish(ALICE, product_id, 2);
		register_provider(BOB);
		let alice_free = free(ALICE);
		let bob_free = free(BOB);
		let versions_deposit = 2 * VERSION_DEPOSIT;

		assert_ok!(transfer(ALICE, product_id, BOB));

		System::assert_last_event(
			Event::ProductTransferred { product_id, from: ALICE, to: BOB }.into(),
		);
		assert_eq!(product(product_id).provider, BOB);
		assert_eq!(provider(ALICE).product_count, 0);
		assert_eq!(provider(BOB).product_count, 1);
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), 0);
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), 0);
		assert_eq!(held(BOB, HoldReason::ProductDeposit), PRODUCT_DEPOSIT);
		assert_eq!(held(BOB, HoldReason::VersionDeposit), versions_deposit);
		assert_eq!(free(ALICE), alice_free + PRODUCT_DEPOSIT + versions_deposit);
		assert_eq!(free(BOB), bob_free - PRODUCT_DEPOSIT - versions_deposit);
		// Provider deposits stay where they are.
		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
		assert_eq!(held(BOB, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
	});
}

#[test]
fn transfer_product_keeps_versions_and_status() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		publish(ALICE, product_id, 1);
		suspend(product_id);
		register_provider(BOB);
		let versions = Versions::<Test>::get(product_id);
		let history = StatusHistory::<Test>::get(product_id);

		assert_ok!(transfer(ALICE, product_id, BOB));

		assert_eq!(Versions::<Test>::get(product_id), versions);
		assert_eq!(StatusHistory::<Test>::get(product_id), history);
		assert_eq!(product(product_id).status, wellbeing_traits::ProductStatus::Suspended);
	});
}

#[test]
fn transfer_product_hands_control_to_receiver() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(BOB);

		assert_ok!(transfer(ALICE, product_id, BOB));

		assert_noop!(
			ProductRegistry::retire_product(RuntimeOrigin::signed(ALICE), product_id),
			Error::<Test>::NotProductProvider
		);
		publish(BOB, product_id, 3);
		assert_ok!(ProductRegistry::deregister_provider(RuntimeOrigin::signed(ALICE)));
	});
}

#[test]
fn transfer_product_fails_when_receiver_cannot_afford_deposits() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(POOR);

		assert_noop!(
			transfer(ALICE, product_id, POOR),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		assert_eq!(held(ALICE, HoldReason::ProductDeposit), PRODUCT_DEPOSIT);
	});
}

#[test]
fn transfer_product_fails_when_receiver_not_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_noop!(transfer(ALICE, product_id, CHARLIE), Error::<Test>::ProviderNotFound);
	});
}

#[test]
fn transfer_product_fails_to_self() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_noop!(transfer(ALICE, product_id, ALICE), Error::<Test>::TransferToSelf);
	});
}

#[test]
fn transfer_product_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		register_provider(BOB);

		assert_noop!(transfer(ALICE, 0, BOB), Error::<Test>::ProductNotFound);
	});
}

#[test]
fn transfer_product_fails_for_other_signer() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(BOB);

		assert_noop!(transfer(BOB, product_id, BOB), Error::<Test>::NotProductProvider);
	});
}

#[test]
fn transfer_product_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(BOB);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::transfer_product(origin, product_id, BOB),
				DispatchError::BadOrigin
			);
		}
	});
}
