use super::*;
use crate::Aggregate;
use wellbeing_traits::ReputationInspect;

fn aggregate(review_count: u32, sums: [u64; 3]) -> Aggregate {
	Aggregate {
		review_count,
		satisfaction_sum: sums[0],
		effectiveness_sum: sums[1],
		reliability_sum: sums[2],
	}
}

#[test]
fn score_without_reviews_is_prior() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Reputation::score(&Aggregate::default()), 3000);
		assert_eq!(<Reputation as ReputationInspect>::summary(APP).score, 3000);
		assert_eq!(<Reputation as ReputationInspect>::summary(MISSING).score, 3000);
	});
}

#[test]
fn score_of_one_top_review_is_3333() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		// (5 * 3000 * 3 + 1000 * 15) / (3 * 6) = 60000 / 18 = 3333.3, rounded down.
		assert_eq!(<Reputation as ReputationInspect>::summary(APP).score, 3333);
	});
}

#[test]
fn score_follows_formula() {
	// (review count, rating sums, expected score in thousandths of a star)
	let cases = [
		// One 1-star review: (45000 + 3000) / 18.
		(1, [1, 1, 1], 2666),
		// Reviews (5, 4, 3) and (2, 2, 2): (45000 + 18000) / 21.
		(2, [7, 6, 5], 3000),
		// 100 five-star reviews: (45000 + 1500000) / 315.
		(100, [500, 500, 500], 4904),
		// 100 one-star reviews: (45000 + 300000) / 315.
		(100, [100, 100, 100], 1095),
		// A million three-star reviews stay exactly at 3.0 stars.
		(1_000_000, [3_000_000, 3_000_000, 3_000_000], 3000),
	];
	ExtBuilder::default().build_and_execute(|| {
		for (review_count, sums, expected) in cases {
			assert_eq!(
				Reputation::score(&aggregate(review_count, sums)),
				expected,
				"{review_count} reviews with sums {sums:?}"
			);
		}
	});
}

#[test]
fn score_saturates_on_extreme_aggregate() {
	ExtBuilder::default().build_and_execute(|| {
		// Such totals cannot come from 1–5 ratings; the score must still not panic.
		let extreme = aggregate(1, [u64::MAX, u64::MAX, u64::MAX]);
		assert_eq!(Reputation::score(&extreme), u32::MAX);
		let many = aggregate(u32::MAX, [5 * u64::from(u32::MAX); 3]);
		assert_eq!(Reputation::score(&many), 4999);
	});
}

#[test]
fn score_moves_with_replacement_and_withdrawal() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		assert_ok!(review(BOB, APP, [5, 5, 5]));
		// (45000 + 30000) / 21.
		assert_eq!(<Reputation as ReputationInspect>::summary(APP).score, 3571);

		assert_ok!(review(BOB, APP, [1, 1, 1]));
		// (45000 + 18000) / 21.
		assert_eq!(<Reputation as ReputationInspect>::summary(APP).score, 3000);

		assert_ok!(Reputation::withdraw_review(RuntimeOrigin::signed(ALICE), APP));
		// (45000 + 3000) / 18.
		assert_eq!(<Reputation as ReputationInspect>::summary(APP).score, 2666);

		assert_ok!(Reputation::withdraw_review(RuntimeOrigin::signed(BOB), APP));
		assert_eq!(<Reputation as ReputationInspect>::summary(APP).score, 3000);
	});
}
