use super::*;
use crate::{Claimable, Claims, Error, Event, NextClaimId};
use frame_support::assert_noop;
use sp_runtime::{DispatchError, TokenError};

/// Creates the default programme, grants ALICE 500 and spends `amount` on the sleep app.
fn programme_with_spend(amount: EuroCents) -> ProgrammeId {
	let id = create_default_programme();
	grant(id, &[(ALICE, 500)]);
	spend(ALICE, id, SLEEP_APP, amount);
	id
}

#[test]
fn redeem_creates_pending_claim_and_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_spend(150);
		set_block(3);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));

		let claim = Claims::<Test>::get(0).expect("claim is stored");
		assert_eq!(claim.programme_id, id);
		assert_eq!(claim.provider, PROVIDER);
		assert_eq!(claim.amount, 150);
		assert_eq!(claim.status, ClaimStatus::Pending);
		assert_eq!(claim.created_at, 3);
		assert_eq!(claim.deposit, CLAIM_DEPOSIT);
		assert_eq!(NextClaimId::<Test>::get(), 1);
		assert!(!Claimable::<Test>::contains_key(id, PROVIDER));
		assert_eq!(programme(id).claimed, 150);
		assert_eq!(held(PROVIDER, HoldReason::ClaimDeposit), CLAIM_DEPOSIT);
		System::assert_last_event(
			Event::ClaimCreated { claim_id: 0, programme_id: id, provider: PROVIDER, amount: 150 }
				.into(),
		);
	});
}

#[test]
fn redeem_again_after_new_spends_creates_second_claim() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_spend(150);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
		spend(ALICE, id, SLEEP_APP, 50);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));

		assert_eq!(Claims::<Test>::get(1).expect("second claim").amount, 50);
		assert_eq!(programme(id).claimed, 200);
		assert_eq!(held(PROVIDER, HoldReason::ClaimDeposit), 2 * CLAIM_DEPOSIT);
	});
}

#[test]
fn redeem_accepted_after_programme_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_spend(150);
		set_block(END + 5);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(programme(id).claimed, 150);
	});
}

#[test]
fn redeem_fails_with_nothing_to_redeem() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_spend(150);
		assert_noop!(
			Voucher::redeem(RuntimeOrigin::signed(OTHER_PROVIDER), id),
			Error::<Test>::NothingToRedeem
		);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
		assert_noop!(
			Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::NothingToRedeem
		);
	});
}

#[test]
fn redeem_fails_for_unknown_programme() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::redeem(RuntimeOrigin::signed(PROVIDER), 3),
			Error::<Test>::ProgrammeNotFound
		);
	});
}

#[test]
fn redeem_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_spend(150);
		assert_noop!(Voucher::redeem(RuntimeOrigin::none(), id), DispatchError::BadOrigin);
	});
}

#[test]
fn redeem_fails_without_funds_for_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant(id, &[(ALICE, 500)]);
		spend(ALICE, id, POOR_PROVIDER_APP, 100);
		assert_noop!(
			Voucher::redeem(RuntimeOrigin::signed(POOR_PROVIDER), id),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}
