use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn update_provider_replaces_every_field() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_ok!(ProductRegistry::update_provider(
			RuntimeOrigin::signed(ALICE),
			name(b"Acme Coop"),
			Some(LegalForm::Cooperative),
			Some(*b"FI"),
			None,
			Some(metadata(b"ipfs://provider-v2", 3)),
		));

		System::assert_last_event(Event::ProviderUpdated { provider: ALICE }.into());
		let record = provider(ALICE);
		assert_eq!(record.name, name(b"Acme Coop"));
		assert_eq!(record.legal_form, Some(LegalForm::Cooperative));
		assert_eq!(record.country, Some(*b"FI"));
		assert_eq!(record.business_id, None);
		assert_eq!(record.metadata, Some(metadata(b"ipfs://provider-v2", 3)));
		assert_eq!(record.deposit, PROVIDER_DEPOSIT);
		assert_eq!(held(ALICE, HoldReason::ProviderDeposit), PROVIDER_DEPOSIT);
	});
}

#[test]
fn update_provider_keeps_product_count() {
	ExtBuilder::default().build_and_execute(|| {
		provider_with_product(ALICE);

		assert_ok!(ProductRegistry::update_provider(
			RuntimeOrigin::signed(ALICE),
			name(b"Renamed"),
			None,
			None,
			None,
			None,
		));

		assert_eq!(provider(ALICE).product_count, 1);
	});
}

#[test]
fn update_provider_fails_when_not_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::update_provider(
				RuntimeOrigin::signed(ALICE),
				name(b"Acme"),
				None,
				None,
				None,
				None,
			),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn update_provider_rejects_invalid_fields() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		let update = |name: NameOf<Test>,
		              country: Option<CountryCode>,
		              business_id: Option<BusinessIdOf<Test>>,
		              metadata: Option<MetadataRefOf<Test>>| {
			ProductRegistry::update_provider(
				RuntimeOrigin::signed(ALICE),
				name,
				None,
				country,
				business_id,
				metadata,
			)
		};

		assert_noop!(update(name(b""), None, None, None), Error::<Test>::EmptyName);
		assert_noop!(
			update(name(b"Acme"), Some(*b"xx"), None, None),
			Error::<Test>::InvalidCountryCode
		);
		assert_noop!(
			update(name(b"Acme"), None, Some(bounded(b"")), None),
			Error::<Test>::EmptyBusinessId
		);
		assert_noop!(
			update(name(b"Acme"), None, None, Some(metadata(b"", 0))),
			Error::<Test>::EmptyUri
		);
	});
}

#[test]
fn update_provider_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::update_provider(origin, name(b"Acme"), None, None, None, None),
				DispatchError::BadOrigin
			);
		}
	});
}
