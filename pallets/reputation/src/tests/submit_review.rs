use super::*;
use crate::{Aggregate, Aggregates, Error, Event, Review, Reviews};
use frame_support::assert_noop;
use sp_runtime::{DispatchError, TokenError};
use wellbeing_traits::ProductStatus;

#[test]
fn submit_review_stores_review_and_aggregate() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(Reputation::submit_review(
			RuntimeOrigin::signed(ALICE),
			APP,
			1,
			4,
			5,
			3,
			Some(metadata("ipfs://comment")),
			Some(SLEEP_APP),
		));

		System::assert_last_event(
			Event::ReviewSubmitted {
				product_id: APP,
				reviewer: ALICE,
				version: 1,
				satisfaction: 4,
				effectiveness: 5,
				reliability: 3,
				replaced: false,
			}
			.into(),
		);
		assert_eq!(
			Reviews::<Test>::get(APP, ALICE),
			Some(Review {
				version: 1,
				satisfaction: 4,
				effectiveness: 5,
				reliability: 3,
				comment: Some(metadata("ipfs://comment")),
				recorded_by: Some(SLEEP_APP),
				submitted_at: 5,
				deposit: REVIEW_DEPOSIT,
			})
		);
		assert_eq!(
			Aggregates::<Test>::get(APP),
			Some(Aggregate {
				review_count: 1,
				satisfaction_sum: 4,
				effectiveness_sum: 5,
				reliability_sum: 3,
			})
		);
	});
}

#[test]
fn submit_review_holds_deposit_once() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), REVIEW_DEPOSIT);
		assert_eq!(free(ALICE), INITIAL_BALANCE - REVIEW_DEPOSIT);

		// A replacement keeps the first deposit.
		assert_ok!(review(ALICE, APP, [1, 1, 1]));
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), REVIEW_DEPOSIT);

		// A review of another product holds another deposit.
		assert_ok!(review(ALICE, SLEEP_APP, [3, 3, 3]));
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), 2 * REVIEW_DEPOSIT);
		assert_eq!(free(ALICE), INITIAL_BALANCE - 2 * REVIEW_DEPOSIT);
	});
}

#[test]
fn submit_review_replaces_previous_review() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		assert_ok!(review(BOB, APP, [4, 4, 4]));
		System::set_block_number(3);
		assert_ok!(Reputation::submit_review(
			RuntimeOrigin::signed(ALICE),
			APP,
			1,
			1,
			2,
			3,
			None,
			None,
		));

		System::assert_last_event(
			Event::ReviewSubmitted {
				product_id: APP,
				reviewer: ALICE,
				version: 1,
				satisfaction: 1,
				effectiveness: 2,
				reliability: 3,
				replaced: true,
			}
			.into(),
		);
		let stored = Reviews::<Test>::get(APP, ALICE).unwrap();
		assert_eq!(stored.ratings(), [1, 2, 3]);
		assert_eq!(stored.version, 1);
		assert_eq!(stored.submitted_at, 3);
		assert_eq!(
			Aggregates::<Test>::get(APP),
			Some(Aggregate {
				review_count: 2,
				satisfaction_sum: 5,
				effectiveness_sum: 6,
				reliability_sum: 7,
			})
		);
	});
}

// The aggregate is adjusted by subtracting the old ratings and adding the new ones. Extra
// totals written directly into storage survive a replacement, which shows that the pallet
// does not recount the stored reviews. This test breaks the storage invariants on purpose, so
// it does not run `do_try_state`.
#[test]
fn submit_review_adjusts_aggregate_without_recount() {
	new_test_ext().execute_with(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		Aggregates::<Test>::mutate(APP, |aggregate| {
			let aggregate = aggregate.as_mut().unwrap();
			aggregate.review_count += 100;
			aggregate.satisfaction_sum += 100;
			aggregate.effectiveness_sum += 200;
			aggregate.reliability_sum += 300;
		});

		assert_ok!(review(ALICE, APP, [1, 2, 3]));

		assert_eq!(
			Aggregates::<Test>::get(APP),
			Some(Aggregate {
				review_count: 101,
				satisfaction_sum: 101,
				effectiveness_sum: 202,
				reliability_sum: 303,
			})
		);
	});
}

#[test]
fn submit_review_accepts_suspended_product() {
	ExtBuilder::default().build_and_execute(|| {
		set_status(APP, ProductStatus::Suspended);
		assert_ok!(review(ALICE, APP, [2, 2, 2]));
		assert_eq!(Aggregates::<Test>::get(APP).unwrap().review_count, 1);
	});
}

#[test]
fn submit_review_fails_when_rating_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		for ratings in [[0, 3, 3], [3, 0, 3], [3, 3, 0], [6, 3, 3], [3, 6, 3], [3, 3, 6]] {
			assert_noop!(review(ALICE, APP, ratings), Error::<Test>::InvalidRating);
		}
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), 0);
	});
}

#[test]
fn submit_review_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(review(ALICE, MISSING, [3, 3, 3]), Error::<Test>::ProductNotFound);
	});
}

#[test]
fn submit_review_fails_when_product_retired() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(review(ALICE, RETIRED, [3, 3, 3]), Error::<Test>::ProductRetired);
	});
}

#[test]
fn submit_review_fails_when_version_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::submit_review(RuntimeOrigin::signed(ALICE), APP, 2, 3, 3, 3, None, None),
			Error::<Test>::UnknownVersion
		);
		// A product without versions cannot be reviewed yet.
		assert_noop!(review(ALICE, UNRELEASED, [3, 3, 3]), Error::<Test>::UnknownVersion);
	});
}

#[test]
fn submit_review_fails_when_recording_app_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::submit_review(
				RuntimeOrigin::signed(ALICE),
				APP,
				0,
				3,
				3,
				3,
				None,
				Some(MISSING),
			),
			Error::<Test>::RecordingAppNotFound
		);
	});
}

#[test]
fn submit_review_fails_when_reviewer_is_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(review(PROVIDER, APP, [5, 5, 5]), Error::<Test>::CannotReviewOwnProduct);
	});
}

#[test]
fn submit_review_fails_when_deposit_unaffordable() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			review(POOR, APP, [3, 3, 3]),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		assert_eq!(Aggregates::<Test>::get(APP), None);
	});
}

// Corrupt storage on purpose, so these tests do not run `do_try_state`.
#[test]
fn submit_review_fails_when_aggregate_overflows() {
	new_test_ext().execute_with(|| {
		Aggregates::<Test>::insert(APP, Aggregate { review_count: u32::MAX, ..Default::default() });
		assert_noop!(review(ALICE, APP, [3, 3, 3]), Error::<Test>::AggregateOverflow);
	});
}

#[test]
fn submit_review_fails_when_aggregate_inconsistent() {
	new_test_ext().execute_with(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		Aggregates::<Test>::insert(APP, Aggregate { review_count: 1, ..Default::default() });
		assert_noop!(review(ALICE, APP, [3, 3, 3]), Error::<Test>::AggregateInconsistent);
	});
}

#[test]
fn submit_review_rejects_unsigned_and_root() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Reputation::submit_review(origin, APP, 0, 3, 3, 3, None, None),
				DispatchError::BadOrigin
			);
		}
	});
}
