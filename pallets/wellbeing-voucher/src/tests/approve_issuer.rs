use super::*;
use crate::{Error, Event, Issuers};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

#[test]
fn genesis_approves_configured_issuers() {
	ExtBuilder::default().build_and_execute(|| {
		let info = Issuers::<Test>::get(ISSUER).expect("genesis issuer is approved");
		assert_eq!(info.name, name(b"City of Tampere"));
		assert!(Issuers::<Test>::contains_key(OTHER_ISSUER));
		assert!(!Issuers::<Test>::contains_key(OUTSIDER));
	});
}

#[test]
fn approve_issuer_stores_issuer_and_emits_event() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Voucher::approve_issuer(RuntimeOrigin::root(), OUTSIDER, name(b"Region")));

		let info = Issuers::<Test>::get(OUTSIDER).expect("issuer is stored");
		assert_eq!(info.name, name(b"Region"));
		System::assert_last_event(
			Event::IssuerApproved { issuer: OUTSIDER, name: name(b"Region") }.into(),
		);
	});
}

#[test]
fn approve_issuer_fails_when_already_approved() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::approve_issuer(RuntimeOrigin::root(), ISSUER, name(b"Again")),
			Error::<Test>::IssuerAlreadyApproved
		);
	});
}

#[test]
fn approve_issuer_fails_with_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::approve_issuer(RuntimeOrigin::root(), OUTSIDER, name(b"")),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn approve_issuer_fails_for_non_governance_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::approve_issuer(RuntimeOrigin::signed(ISSUER), OUTSIDER, name(b"Region")),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Voucher::approve_issuer(RuntimeOrigin::none(), OUTSIDER, name(b"Region")),
			DispatchError::BadOrigin
		);
	});
}
