use super::*;
use crate::{Aggregate, Aggregates, Error, Event, Reviews};
use frame_support::assert_noop;
use sp_runtime::DispatchError;
use wellbeing_traits::ProductStatus;

#[test]
fn withdraw_review_removes_review_and_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [4, 4, 4]));
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), REVIEW_DEPOSIT);

		assert_ok!(Reputation::withdraw_review(RuntimeOrigin::signed(ALICE), APP));

		System::assert_last_event(
			Event::ReviewWithdrawn { product_id: APP, reviewer: ALICE }.into(),
		);
		assert_eq!(Reviews::<Test>::get(APP, ALICE), None);
		// The last review is gone, so the aggregate entry is removed.
		assert_eq!(Aggregates::<Test>::get(APP), None);
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), 0);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
	});
}

#[test]
fn withdraw_review_subtracts_from_aggregate() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 4, 3]));
		assert_ok!(review(BOB, APP, [1, 2, 3]));

		assert_ok!(Reputation::withdraw_review(RuntimeOrigin::signed(ALICE), APP));

		assert_eq!(
			Aggregates::<Test>::get(APP),
			Some(Aggregate {
				review_count: 1,
				satisfaction_sum: 1,
				effectiveness_sum: 2,
				reliability_sum: 3,
			})
		);
		assert!(Reviews::<Test>::contains_key(APP, BOB));
		assert_eq!(held(BOB, HoldReason::ReviewDeposit), REVIEW_DEPOSIT);
	});
}

#[test]
fn withdraw_review_works_after_product_retired() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [4, 4, 4]));
		set_status(APP, ProductStatus::Retired);

		assert_ok!(Reputation::withdraw_review(RuntimeOrigin::signed(ALICE), APP));
		assert_eq!(held(ALICE, HoldReason::ReviewDeposit), 0);
	});
}

#[test]
fn withdraw_review_fails_when_review_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [4, 4, 4]));
		assert_noop!(
			Reputation::withdraw_review(RuntimeOrigin::signed(BOB), APP),
			Error::<Test>::ReviewNotFound
		);
		assert_noop!(
			Reputation::withdraw_review(RuntimeOrigin::signed(ALICE), SLEEP_APP),
			Error::<Test>::ReviewNotFound
		);
	});
}

// Corrupts storage on purpose, so it does not run `do_try_state`.
#[test]
fn withdraw_review_fails_when_aggregate_inconsistent() {
	new_test_ext().execute_with(|| {
		assert_ok!(review(ALICE, APP, [4, 4, 4]));
		Aggregates::<Test>::remove(APP);
		assert_noop!(
			Reputation::withdraw_review(RuntimeOrigin::signed(ALICE), APP),
			Error::<Test>::AggregateInconsistent
		);
	});
}

#[test]
fn withdraw_review_rejects_unsigned_and_root() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [4, 4, 4]));
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Reputation::withdraw_review(origin, APP), DispatchError::BadOrigin);
		}
	});
}
