use super::*;
use frame_support::assert_ok;
use wellbeing_traits::{ProductInfo, ProductInspect, ProductStatus};

fn inspect(product_id: ProductId) -> Option<ProductInfo<u64>> {
	<ProductRegistry as ProductInspect<u64>>::product(product_id)
}

#[test]
fn product_inspect_returns_registry_facts() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);

		assert_eq!(
			inspect(product_id),
			Some(ProductInfo {
				provider: ALICE,
				kind: ProductKind::MobileApp,
				category: Category::Sleep,
				status: ProductStatus::Active,
				version_count: 0,
			})
		);
	});
}

#[test]
fn product_inspect_counts_every_published_version() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		for hash_byte in 0..5 {
			publish(ALICE, product_id, hash_byte);
		}

		let info = inspect(product_id).unwrap();

		// Only VERSION_LIMIT are stored, but the count covers all five.
		assert_eq!(info.version_count, 5);
		assert_eq!(Versions::<Test>::get(product_id).len(), VERSION_LIMIT as usize);
	});
}

#[test]
fn product_inspect_follows_status_category_and_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let product_id = provider_with_product(ALICE);
		register_provider(BOB);

		suspend(product_id);
		assert_eq!(inspect(product_id).unwrap().status, ProductStatus::Suspended);

		assert_ok!(ProductRegistry::update_product(
			RuntimeOrigin::signed(ALICE),
			product_id,
			Category::Nutrition,
			name(b"Food"),
			profiles(&[]),
			metadata(b"ipfs://x", 1),
		));
		assert_eq!(inspect(product_id).unwrap().category, Category::Nutrition);

		assert_ok!(ProductRegistry::transfer_product(
			RuntimeOrigin::signed(ALICE),
			product_id,
			BOB
		));
		assert_eq!(inspect(product_id).unwrap().provider, BOB);

		retire(BOB, product_id);
		assert_eq!(inspect(product_id).unwrap().status, ProductStatus::Retired);
	});
}

#[test]
fn product_inspect_returns_none_for_unknown_and_removed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(inspect(0), None);
		let product_id = provider_with_product(ALICE);
		retire(ALICE, product_id);
		assert_ok!(ProductRegistry::remove_product(RuntimeOrigin::signed(ALICE), product_id));

		assert_eq!(inspect(product_id), None);
	});
}
