use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

#[test]
fn register_provider_stores_record_and_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		System::assert_last_event(Event::ProviderRegistered { provider: ALICE }.into());
		let record = provider(ALICE);
		assert_eq!(record.name, name(b"Acme"));
		assert_eq!(record.legal_form, Some(LegalForm::Company));
		assert_eq!(record.country, Some(*b"DE"));
		assert_eq!(record.business_id, Some(bounded(b"HRB 1234")));
		assert_eq!(record.metadata, Some(metadata(b"ipfs://provider", 1)));
		assert_eq!(record.product_count, 0);
		assert_eq!(record.deposit, PROVIDER_DEPOSIT);
		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
		assert_eq!(free(ALICE), INITIAL_BALANCE - PROVIDER_DEPOSIT);
	});
}

#[test]
fn register_provider_accepts_name_only() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ProductRegistry::register_provider(
			RuntimeOrigin::signed(BOB),
			name(b"Bob"),
			None,
			None,
			None,
			None,
		));

		System::assert_last_event(Event::ProviderRegistered { provider: BOB }.into());
		let record = provider(BOB);
		assert_eq!(record.legal_form, None);
		assert_eq!(record.country, None);
		assert_eq!(record.business_id, None);
		assert_eq!(record.metadata, None);
	});
}

#[test]
fn register_provider_accepts_every_legal_form() {
	ExtBuilder::default().build_and_execute(|| {
		let forms = [
			(ALICE, LegalForm::Company),
			(BOB, LegalForm::Cooperative),
			(CHARLIE, LegalForm::Association),
			(POOR, LegalForm::PublicBody),
			(COUNCIL, LegalForm::SoleTrader),
		];
		for (who, form) in forms {
			assert_ok!(ProductRegistry::register_provider(
				RuntimeOrigin::signed(who),
				name(b"Org"),
				Some(form),
				None,
				None,
				None,
			));
			assert_eq!(provider(who).legal_form, Some(form));
		}
	});
}

#[test]
fn register_provider_fails_when_already_registered() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			ProductRegistry::register_provider(
				RuntimeOrigin::signed(ALICE),
				name(b"Again"),
				None,
				None,
				None,
				None,
			),
			Error::<Test>::ProviderAlreadyRegistered
		);
		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
	});
}

#[test]
fn register_provider_fails_with_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::register_provider(
				RuntimeOrigin::signed(ALICE),
				name(b""),
				None,
				None,
				None,
				None,
			),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn register_provider_fails_with_invalid_country_code() {
	ExtBuilder::default().build_and_execute(|| {
		let invalid: [[u8; 2]; 5] = [*b"de", *b"D1", *b"D ", *b"-E", [0xC3, 0x84]];
		for code in invalid {
			assert_noop!(
				ProductRegistry::register_provider(
					RuntimeOrigin::signed(ALICE),
					name(b"Acme"),
					None,
					Some(code),
					None,
					None,
				),
				Error::<Test>::InvalidCountryCode
			);
		}
	});
}

#[test]
fn register_provider_fails_with_empty_business_id() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::register_provider(
				RuntimeOrigin::signed(ALICE),
				name(b"Acme"),
				None,
				None,
				Some(bounded(b"")),
				None,
			),
			Error::<Test>::EmptyBusinessId
		);
	});
}

#[test]
fn register_provider_fails_with_empty_metadata_uri() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::register_provider(
				RuntimeOrigin::signed(ALICE),
				name(b"Acme"),
				None,
				None,
				None,
				Some(metadata(b"", 1)),
			),
			Error::<Test>::EmptyUri
		);
	});
}

#[test]
fn register_provider_fails_when_deposit_unaffordable() {
	ExtBuilder { balances: vec![(ALICE, PROVIDER_DEPOSIT)] }.build_and_execute(|| {
		// Holding the whole balance would leave less than the existential deposit.
		assert_noop!(
			ProductRegistry::register_provider(
				RuntimeOrigin::signed(ALICE),
				name(b"Acme"),
				None,
				None,
				None,
				None,
			),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn register_provider_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::register_provider(origin, name(b"Acme"), None, None, None, None),
				DispatchError::BadOrigin
			);
		}
	});
}
