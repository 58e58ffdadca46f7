use super::*;
use crate::{Claims, Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

/// Creates the default programme where ALICE spends 150 of 500 and PROVIDER redeems;
/// returns its id. The claim id is 0.
fn programme_with_claim() -> ProgrammeId {
	let id = create_default_programme();
	grant(id, &[(ALICE, 500)]);
	spend(ALICE, id, SLEEP_APP, 150);
	assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
	id
}

fn close(who: AccountId, id: ProgrammeId) -> sp_runtime::DispatchResult {
	Voucher::close_programme(RuntimeOrigin::signed(who), id)
}

#[test]
fn close_programme_removes_programme_and_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_claim();
		assert_ok!(Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"P")));
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5));
		assert_eq!(held(ISSUER, HoldReason::ProgrammeDeposit), PROGRAMME_DEPOSIT);

		assert_ok!(close(ISSUER, id));

		assert!(!Programmes::<Test>::contains_key(id));
		assert_eq!(held(ISSUER, HoldReason::ProgrammeDeposit), 0);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), 0);
		assert_eq!(Balances::free_balance(ISSUER), INITIAL_BALANCE);
		System::assert_last_event(Event::ProgrammeClosed { programme_id: id }.into());
	});
}

#[test]
fn close_programme_keeps_paid_claims_as_history() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_claim();
		assert_ok!(Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"P")));
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5));
		assert_ok!(close(ISSUER, id));

		let claim = Claims::<Test>::get(0).expect("paid claim stays");
		assert!(!claim.is_pending());
		assert_eq!(claim.programme_id, id);
		assert_noop!(
			Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"P")),
			Error::<Test>::ClaimAlreadyPaid
		);
	});
}

#[test]
fn close_programme_accepts_programme_without_allowances() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		set_block(END);
		assert_ok!(close(ISSUER, id));
		assert!(scheduled_ids().is_empty());
	});
}

#[test]
fn close_programme_fails_before_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		set_block(END - 1);
		assert_noop!(close(ISSUER, id), Error::<Test>::ProgrammeNotEnded);
	});
}

#[test]
fn close_programme_fails_with_unswept_allowances() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant(id, &[(ALICE, 500)]);
		set_block(END);
		assert_noop!(close(ISSUER, id), Error::<Test>::ProgrammeNotSettled);
	});
}

#[test]
fn close_programme_fails_with_claimable_balance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant(id, &[(ALICE, 500)]);
		spend(ALICE, id, SLEEP_APP, 150);
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5));
		assert_noop!(close(ISSUER, id), Error::<Test>::ProgrammeNotSettled);
	});
}

#[test]
fn close_programme_fails_with_pending_claim() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_claim();
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5));
		assert_noop!(close(ISSUER, id), Error::<Test>::ProgrammeNotSettled);
	});
}

#[test]
fn close_programme_fails_for_non_programme_issuer() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		set_block(END);
		assert_noop!(close(OTHER_ISSUER, id), Error::<Test>::NotProgrammeIssuer);
		assert_noop!(close(OUTSIDER, id), Error::<Test>::NotProgrammeIssuer);
	});
}

#[test]
fn close_programme_fails_for_unknown_programme() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(close(ISSUER, 4), Error::<Test>::ProgrammeNotFound);
	});
}

#[test]
fn close_programme_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		set_block(END);
		assert_noop!(Voucher::close_programme(RuntimeOrigin::none(), id), DispatchError::BadOrigin);
		assert_noop!(Voucher::close_programme(RuntimeOrigin::root(), id), DispatchError::BadOrigin);
	});
}
