use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;
use wellbeing_traits::ProductStatus;

#[test]
fn suspend_product_records_reason() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		System::set_block_number(6);
		let reason = metadata(b"ipfs://finding", 5);

		assert_ok!(ProductRegistry::suspend_product(
			RuntimeOrigin::root(),
			product_id,
			reason.clone()
		));

		System::assert_last_event(
			Event::ProductSuspended { product_id, reason_hash: [5; 32] }.into(),
		);
		assert_eq!(product(product_id).status, ProductStatus::Suspended);
		let last = StatusHistory::<Test>::get(product_id).last().cloned().unwrap();
		assert_eq!(last.status, ProductStatus::Suspended);
		assert_eq!(last.at, 6);
		assert_eq!(last.reason, Some(reason));
	});
}

#[test]
fn suspend_product_by_council_succeeds() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_ok!(ProductRegistry::suspend_product(
			RuntimeOrigin::signed(COUNCIL),
			product_id,
			metadata(b"ipfs://finding", 5),
		));

		assert_eq!(product(product_id).status, ProductStatus::Suspended);
	});
}

#[test]
fn suspend_product_fails_when_not_active() {
	ExtBuilder::default().build_and_execute(|| {
		let suspended = provider_with_product(ALICE);
		suspend(suspended);
		let retired = register_product(ALICE);
		retire(ALICE, retired);

		for product_id in [suspended, retired] {
			assert_noop!(
				ProductRegistry::suspend_product(
					RuntimeOrigin::root(),
					product_id,
					metadata(b"ipfs://finding", 5),
				),
				Error::<Test>::ProductNotActive
			);
		}
	});
}

#[test]
fn suspend_product_fails_with_empty_reason_uri() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_noop!(
			ProductRegistry::suspend_product(RuntimeOrigin::root(), product_id, metadata(b"", 5)),
			Error::<Test>::EmptyUri
		);
	});
}

#[test]
fn suspend_product_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ProductRegistry::suspend_product(
				RuntimeOrigin::root(),
				0,
				metadata(b"ipfs://finding", 5)
			),
			Error::<Test>::ProductNotFound
		);
	});
}

#[test]
fn suspend_product_rejects_non_governance_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for origin in
			[RuntimeOrigin::none(), RuntimeOrigin::signed(ALICE), RuntimeOrigin::signed(BOB)]
		{
			assert_noop!(
				ProductRegistry::suspend_product(
					origin,
					product_id,
					metadata(b"ipfs://finding", 5)
				),
				DispatchError::BadOrigin
			);
		}
	});
}
