use super::*;
use crate::{Claims, Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

/// Creates the default programme with one pending claim of 150 by PROVIDER; returns the
/// programme id. The claim id is 0.
fn programme_with_claim() -> ProgrammeId {
	let id = create_default_programme();
	grant(id, &[(ALICE, 500)]);
	spend(ALICE, id, SLEEP_APP, 150);
	assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
	id
}

#[test]
fn mark_claim_paid_records_payment_and_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_claim();
		assert_eq!(held(PROVIDER, HoldReason::ClaimDeposit), CLAIM_DEPOSIT);
		set_block(7);

		assert_ok!(Voucher::mark_claim_paid(
			RuntimeOrigin::signed(ISSUER),
			0,
			payment_ref(b"SEPA-2026-0001")
		));

		let claim = Claims::<Test>::get(0).expect("paid claim stays as history");
		assert_eq!(
			claim.status,
			ClaimStatus::Paid { payment_ref: payment_ref(b"SEPA-2026-0001"), paid_at: 7 }
		);
		assert_eq!(programme(id).paid, 150);
		assert_eq!(held(PROVIDER, HoldReason::ClaimDeposit), 0);
		assert_eq!(Balances::free_balance(PROVIDER), INITIAL_BALANCE);
		System::assert_last_event(
			Event::ClaimPaid { claim_id: 0, payment_ref: payment_ref(b"SEPA-2026-0001") }.into(),
		);
	});
}

#[test]
fn mark_claim_paid_fails_for_unknown_claim() {
	ExtBuilder::default().build_and_execute(|| {
		programme_with_claim();
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 1, payment_ref(b"X")),
			Error::<Test>::ClaimNotFound
		);
	});
}

#[test]
fn mark_claim_paid_fails_for_non_programme_issuer() {
	ExtBuilder::default().build_and_execute(|| {
		programme_with_claim();
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::signed(OTHER_ISSUER), 0, payment_ref(b"X")),
			Error::<Test>::NotProgrammeIssuer
		);
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::signed(PROVIDER), 0, payment_ref(b"X")),
			Error::<Test>::NotProgrammeIssuer
		);
	});
}

#[test]
fn mark_claim_paid_fails_when_already_paid() {
	ExtBuilder::default().build_and_execute(|| {
		programme_with_claim();
		assert_ok!(Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"A")));
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"B")),
			Error::<Test>::ClaimAlreadyPaid
		);
	});
}

#[test]
fn mark_claim_paid_fails_with_empty_payment_ref() {
	ExtBuilder::default().build_and_execute(|| {
		programme_with_claim();
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"")),
			Error::<Test>::EmptyPaymentRef
		);
	});
}

#[test]
fn mark_claim_paid_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		programme_with_claim();
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::none(), 0, payment_ref(b"X")),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::root(), 0, payment_ref(b"X")),
			DispatchError::BadOrigin
		);
	});
}
