use super::*;
use wellbeing_traits::{Category, ProductStatus};

const TOP: ProductId = 10;
const TIED_TWO_REVIEWS: ProductId = 11;
const TIED_LOW_ID: ProductId = 12;
const TIED_HIGH_ID: ProductId = 13;
const SUSPENDED: ProductId = 14;
const SLEEP_LOW: ProductId = 15;
const UNREVIEWED: ProductId = 16;

/// Registers products 10 to 16 and reviews them.
///
/// Scores: `TOP` 3571 (2 reviews), `TIED_TWO_REVIEWS` 3333 (2 reviews), `TIED_LOW_ID` and
/// `TIED_HIGH_ID` 3333 (1 review each), and `SLEEP_LOW` 2666 in category Sleep. `SUSPENDED`
/// scores 3571 but is suspended, and `UNREVIEWED` has no reviews.
fn set_up_products() {
	for id in TOP..=UNREVIEWED {
		set_product(id, product_info(PROVIDER, Category::MentalHealth, 1));
	}
	set_product(SLEEP_LOW, product_info(PROVIDER, Category::Sleep, 1));

	assert_ok!(review(ALICE, TOP, [5, 5, 5]));
	assert_ok!(review(BOB, TOP, [5, 5, 5]));
	// Rating sum 25 over two reviews: (45000 + 25000) / 21 = 3333.
	assert_ok!(review(ALICE, TIED_TWO_REVIEWS, [5, 5, 5]));
	assert_ok!(review(BOB, TIED_TWO_REVIEWS, [4, 3, 3]));
	// Review the higher id first, so that storage order cannot explain the result.
	assert_ok!(review(ALICE, TIED_HIGH_ID, [5, 5, 5]));
	assert_ok!(review(ALICE, TIED_LOW_ID, [5, 5, 5]));
	assert_ok!(review(ALICE, SUSPENDED, [5, 5, 5]));
	assert_ok!(review(BOB, SUSPENDED, [5, 5, 5]));
	set_status(SUSPENDED, ProductStatus::Suspended);
	assert_ok!(review(ALICE, SLEEP_LOW, [1, 1, 1]));
}

fn ranked_ids(category: Option<Category>, offset: u32, limit: u32) -> Vec<ProductId> {
	Reputation::ranking(category, offset, limit).into_iter().map(|entry| entry.product_id).collect()
}

#[test]
fn ranking_orders_by_score_then_reviews_then_id() {
	ExtBuilder::default().build_and_execute(|| {
		set_up_products();

		let ranking = Reputation::ranking(None, 0, 100);

		let ids: Vec<_> = ranking.iter().map(|entry| entry.product_id).collect();
		assert_eq!(ids, vec![TOP, TIED_TWO_REVIEWS, TIED_LOW_ID, TIED_HIGH_ID, SLEEP_LOW]);
		let scores: Vec<_> = ranking.iter().map(|entry| entry.summary.score).collect();
		assert_eq!(scores, vec![3571, 3333, 3333, 3333, 2666]);
	});
}

#[test]
fn ranking_entries_match_product_reputation() {
	ExtBuilder::default().build_and_execute(|| {
		set_up_products();
		attest_with(ASSESSOR, TOP, AttestationKind::Certification, AttestationOutcome::Passed, 20);

		for entry in Reputation::ranking(None, 0, 100) {
			assert_eq!(Some(entry.clone()), Reputation::product_reputation(entry.product_id));
		}
		assert!(Reputation::ranking(None, 0, 1)[0].certified);
	});
}

#[test]
fn ranking_excludes_unreviewed_and_inactive_products() {
	ExtBuilder::default().build_and_execute(|| {
		set_up_products();
		set_status(TIED_LOW_ID, ProductStatus::Retired);

		let ids = ranked_ids(None, 0, 100);

		assert!(!ids.contains(&UNREVIEWED));
		assert!(!ids.contains(&SUSPENDED));
		assert!(!ids.contains(&TIED_LOW_ID));
		assert_eq!(ids, vec![TOP, TIED_TWO_REVIEWS, TIED_HIGH_ID, SLEEP_LOW]);
	});
}

#[test]
fn ranking_filters_by_category() {
	ExtBuilder::default().build_and_execute(|| {
		set_up_products();

		assert_eq!(ranked_ids(Some(Category::Sleep), 0, 100), vec![SLEEP_LOW]);
		assert_eq!(
			ranked_ids(Some(Category::MentalHealth), 0, 100),
			vec![TOP, TIED_TWO_REVIEWS, TIED_LOW_ID, TIED_HIGH_ID]
		);
		assert_eq!(ranked_ids(Some(Category::Cancer), 0, 100), Vec::<ProductId>::new());
	});
}

#[test]
fn ranking_applies_offset_and_limit() {
	ExtBuilder::default().build_and_execute(|| {
		set_up_products();

		assert_eq!(ranked_ids(None, 0, 2), vec![TOP, TIED_TWO_REVIEWS]);
		assert_eq!(ranked_ids(None, 1, 2), vec![TIED_TWO_REVIEWS, TIED_LOW_ID]);
		assert_eq!(ranked_ids(None, 4, 10), vec![SLEEP_LOW]);
		assert_eq!(ranked_ids(None, 5, 10), Vec::<ProductId>::new());
		assert_eq!(ranked_ids(None, u32::MAX, u32::MAX), Vec::<ProductId>::new());
		assert_eq!(ranked_ids(None, 0, 0), Vec::<ProductId>::new());
		assert_eq!(ranked_ids(Some(Category::MentalHealth), 3, 5), vec![TIED_HIGH_ID]);
	});
}

#[test]
fn ranking_is_empty_without_reviews() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Reputation::ranking(None, 0, 100), vec![]);
	});
}
