use super::*;
use frame_support::{assert_noop, assert_ok, traits::fungible::Mutate};
use sp_runtime::{DispatchError, TokenError};

#[test]
fn publish_version_stores_version_and_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		System::set_block_number(5);

		assert_ok!(ProductRegistry::publish_version(
			RuntimeOrigin::signed(ALICE),
			product_id,
			label(b"1.2.0"),
			[8; 32],
		));

		System::assert_last_event(
			Event::VersionPublished { product_id, index: 0, release_hash: [8; 32] }.into(),
		);
		let versions = Versions::<Test>::get(product_id);
		assert_eq!(versions.len(), 1);
		assert_eq!(versions[0].index, 0);
		assert_eq!(versions[0].label, label(b"1.2.0"));
		assert_eq!(versions[0].release_hash, [8; 32]);
		assert_eq!(versions[0].published_at, 5);
		assert_eq!(product(product_id).version_count, 1);
		assert_eq!(product(product_id).versions_deposit, VERSION_DEPOSIT);
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), VERSION_DEPOSIT);
		assert_eq!(ProductRegistry::current_version(product_id), Some(versions[0].clone()));
	});
}

#[test]
fn publish_version_makes_newest_current() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		assert_eq!(ProductRegistry::current_version(product_id), None);

		publish(ALICE, product_id, 1);
		publish(ALICE, product_id, 2);

		let current = ProductRegistry::current_version(product_id).unwrap();
		assert_eq!(current.index, 1);
		assert_eq!(current.release_hash, [2; 32]);
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), 2 * VERSION_DEPOSIT);
	});
}

#[test]
fn publish_version_drops_oldest_when_full() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		let full_deposit = u64::from(VERSION_LIMIT) * VERSION_DEPOSIT;
		for hash_byte in 0..VERSION_LIMIT as u8 {
			publish(ALICE, product_id, hash_byte);
		}
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), full_deposit);
		let free_when_full = free(ALICE);

		publish(ALICE, product_id, 100);
		publish(ALICE, product_id, 101);

		System::assert_last_event(
			Event::VersionPublished {
				product_id,
				index: VERSION_LIMIT + 1,
				release_hash: [101; 32],
			}
			.into(),
		);
		let indices: Vec<u32> =
			Versions::<Test>::get(product_id).iter().map(|version| version.index).collect();
		assert_eq!(indices, vec![2, 3, 4]);
		assert_eq!(product(product_id).version_count, VERSION_LIMIT + 2);
		assert_eq!(product(product_id).versions_deposit, full_deposit);
		assert_eq!(held(ALICE, HoldReason::VersionDeposit), full_deposit);
		assert_eq!(free(ALICE), free_when_full);
	});
}

#[test]
fn publish_version_allowed_while_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);

		publish(ALICE, product_id, 1);

		assert_eq!(product(product_id).version_count, 1);
	});
}

#[test]
fn publish_version_fails_when_retired() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);

		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(ALICE),
				product_id,
				label(b"2.0"),
				[1; 32],
			),
			Error::<Test>::ProductRetired
		);
	});
}

#[test]
fn publish_version_fails_with_empty_label() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(ALICE),
				product_id,
				label(b""),
				[1; 32],
			),
			Error::<Test>::EmptyVersionLabel
		);
	});
}

#[test]
fn publish_version_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		register_provider(ALICE);

		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(ALICE),
				3,
				label(b"1.0"),
				[1; 32],
			),
			Error::<Test>::ProductNotFound
		);
	});
}

#[test]
fn publish_version_fails_for_other_signer() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(BOB);

		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(BOB),
				product_id,
				label(b"1.0"),
				[1; 32],
			),
			Error::<Test>::NotProductProvider
		);
	});
}

#[test]
fn publish_version_fails_when_deposit_unaffordable() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		Balances::set_balance(&ALICE, VERSION_DEPOSIT);

		// Holding the whole free balance would leave less than the existential deposit.
		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(ALICE),
				product_id,
				label(b"1.0"),
				[1; 32],
			),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn publish_version_needs_no_funds_when_full() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for hash_byte in 0..VERSION_LIMIT as u8 {
			publish(ALICE, product_id, hash_byte);
		}
		Balances::set_balance(&ALICE, 1);

		publish(ALICE, product_id, 50);

		assert_eq!(product(product_id).version_count, VERSION_LIMIT + 1);
	});
}

#[test]
fn publish_version_fails_when_index_overflows() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		Products::<Test>::mutate(product_id, |product| {
			product.as_mut().unwrap().version_count = u32::MAX;
		});

		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(ALICE),
				product_id,
				label(b"1.0"),
				[1; 32],
			),
			Error::<Test>::VersionIndexOverflow
		);
	});
}

#[test]
fn publish_version_fails_when_max_versions_is_zero() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		MaxVersions::set(0);

		assert_noop!(
			ProductRegistry::publish_version(
				RuntimeOrigin::signed(ALICE),
				product_id,
				label(b"1.0"),
				[1; 32],
			),
			Error::<Test>::VersionsDisabled
		);
	});
}

#[test]
fn publish_version_rejects_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				ProductRegistry::publish_version(origin, product_id, label(b"1.0"), [1; 32]),
				DispatchError::BadOrigin
			);
		}
	});
}
