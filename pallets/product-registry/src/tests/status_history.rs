use super::*;
use frame_support::assert_ok;
use wellbeing_traits::ProductStatus;

fn statuses(product_id: ProductId) -> Vec<(ProductStatus, u64)> {
	StatusHistory::<Test>::get(product_id).iter().map(|change| (change.status, change.at)).collect()
}

#[test]
fn status_history_records_lifecycle() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		System::set_block_number(2);
		suspend(product_id);
		System::set_block_number(3);
		assert_ok!(ProductRegistry::reinstate_product(
			RuntimeOrigin::root(),
			product_id,
			metadata(b"ipfs://fixed", 6),
		));
		System::set_block_number(4);
		retire(ALICE, product_id);

		assert_eq!(
			statuses(product_id),
			vec![
				(ProductStatus::Active, 1),
				(ProductStatus::Suspended, 2),
				(ProductStatus::Active, 3),
				(ProductStatus::Retired, 4),
			]
		);
	});
}

#[test]
fn status_history_drops_oldest_when_full() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for block in 2..=5 {
			System::set_block_number(block);
			if block % 2 == 0 {
				suspend(product_id);
			} else {
				assert_ok!(ProductRegistry::reinstate_product(
					RuntimeOrigin::root(),
					product_id,
					metadata(b"ipfs://fixed", 6),
				));
			}
		}

		let history = statuses(product_id);
		assert_eq!(history.len(), MAX_STATUS_HISTORY as usize);
		assert_eq!(
			history,
			vec![
				(ProductStatus::Suspended, 2),
				(ProductStatus::Active, 3),
				(ProductStatus::Suspended, 4),
				(ProductStatus::Active, 5),
			]
		);
	});
}

#[test]
fn status_history_ignores_updates_and_versions() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		publish(ALICE, product_id, 1);
		assert_ok!(ProductRegistry::update_product(
			RuntimeOrigin::signed(ALICE),
			product_id,
			Category::Sleep,
			name(b"Renamed"),
			profiles(&[]),
			metadata(b"ipfs://x", 1),
		));

		assert_eq!(statuses(product_id), vec![(ProductStatus::Active, 1)]);
	});
}
