use super::*;
use crate::{Error, Event, Issuers};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn revoke_issuer_removes_issuer_and_emits_event() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Voucher::revoke_issuer(RuntimeOrigin::root(), ISSUER));

		assert!(!Issuers::<Test>::contains_key(ISSUER));
		System::assert_last_event(Event::IssuerRevoked { issuer: ISSUER }.into());
	});
}

#[test]
fn revoke_issuer_fails_when_not_found() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::revoke_issuer(RuntimeOrigin::root(), OUTSIDER),
			Error::<Test>::IssuerNotFound
		);
	});
}

#[test]
fn revoke_issuer_fails_for_non_governance_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::revoke_issuer(RuntimeOrigin::signed(OTHER_ISSUER), ISSUER),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Voucher::revoke_issuer(RuntimeOrigin::none(), ISSUER),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn revoked_issuer_keeps_running_programmes() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_ok!(Voucher::revoke_issuer(RuntimeOrigin::root(), ISSUER));

		// The existing programme still accepts grants, spends and settlement.
		grant(id, &[(ALICE, 100)]);
		spend(ALICE, id, SLEEP_APP, 40);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
		assert_ok!(Voucher::mark_claim_paid(RuntimeOrigin::signed(ISSUER), 0, payment_ref(b"T1")));
		assert_eq!(programme(id).paid, 40);

		// A new programme is rejected.
		assert_noop!(
			Voucher::create_programme(
				RuntimeOrigin::signed(ISSUER),
				name(b"New"),
				BUDGET,
				CAP,
				START,
				END,
				EligibilityPolicy::default(),
			),
			Error::<Test>::NotIssuer
		);
	});
}
