use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;
use wellbeing_traits::ProductStatus;

#[test]
fn reinstate_product_records_reason() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);
		System::set_block_number(9);
		let reason = metadata(b"ipfs://fixed", 6);

		assert_ok!(ProductRegistry::reinstate_product(
			RuntimeOrigin::root(),
			product_id,
			reason.clone()
		));

		System::assert_last_event(
			Event::ProductReinstated { product_id, reason_hash: [6; 32] }.into(),
		);
		assert_eq!(product(product_id).status, ProductStatus::Active);
		let last = StatusHistory::<Test>::get(product_id).last().cloned().unwrap();
		assert_eq!(last.status, ProductStatus::Active);
		assert_eq!(last.at, 9);
		assert_eq!(last.reason, Some(reason));
	});
}

#[test]
fn reinstate_product_by_council_succeeds() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);

		assert_ok!(ProductRegistry::reinstate_product(
			RuntimeOrigin::signed(COUNCIL),
			product_id,
			metadata(b"ipfs://fixed", 6),
		));

		assert_eq!(product(product_id).status, ProductStatus::Active);
	});
}

#[test]
fn reinstate_product_fails_when_not_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		let active = provider_with_product(ALICE);
		let retired = register_product(ALICE);
		retire(ALICE, retired);

		for product_id in [active, retired] {
			assert_noop!(
				ProductRegistry::reinstate_product(
					RuntimeOrigin::root(),
					product_id,
					metadata(b"ipfs://fixed", 6),
				),
				Error::<Test>::ProductNotSuspended
			);
		}
	});
}

#[test]
fn reinstate_product_fails_with_empty_reason_uri() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);

		assert_noop!(
			ProductRegistry::reinstate_product(RuntimeOrigin::root(), product_id, metadata(b"", 6)),
			Error::<Test>::EmptyUri
		);
	});
}

#[test]
fn reinstate_product_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::reinstate_product(
				RuntimeOrigin::root(),
				0,
				metadata(b"ipfs://fixed", 6)
			),
			Error::<Test>::ProductNotFound
		);
	});
}

#[test]
fn reinstate_product_rejects_non_governance_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		suspend(product_id);
		for origin in
			[RuntimeOrigin::none(), RuntimeOrigin::signed(ALICE), RuntimeOrigin::signed(BOB)]
		{
			assert_noop!(
				ProductRegistry::reinstate_product(
					origin,
					product_id,
					metadata(b"ipfs://fixed", 6)
				),
				DispatchError::BadOrigin
			);
		}
	});
}
