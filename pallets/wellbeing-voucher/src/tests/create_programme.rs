use super::*;
use crate::{Error, Event, NextProgrammeId, SweepSchedule};
use frame_support::assert_noop;
use sp_runtime::{DispatchError, TokenError};
use wellbeing_traits::{Category, CategorySet};

fn create(
	issuer: AccountId,
	budget: EuroCents,
	cap: EuroCents,
	start: u64,
	end: u64,
) -> sp_runtime::DispatchResult {
	Voucher::create_programme(
		RuntimeOrigin::signed(issuer),
		name(b"Sleep well 2026"),
		budget,
		cap,
		start,
		end,
		EligibilityPolicy::default(),
	)
}

#[test]
fn create_programme_stores_programme_and_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let policy = EligibilityPolicy {
			categories: CategorySet::from_categories(&[Category::Sleep]),
			min_score: 3_000,
			min_reviews: 3,
			..Default::default()
		};
		assert_ok!(Voucher::create_programme(
			RuntimeOrigin::signed(ISSUER),
			name(b"Sleep well 2026"),
			BUDGET,
			CAP,
			2,
			END,
			policy,
		));

		let stored = programme(0);
		assert_eq!(stored.issuer, ISSUER);
		assert_eq!(stored.name, name(b"Sleep well 2026"));
		assert_eq!(stored.budget, BUDGET);
		assert_eq!(stored.per_beneficiary_cap, CAP);
		assert_eq!((stored.start, stored.end), (2, END));
		assert_eq!(stored.policy, policy);
		assert_eq!((stored.allocated, stored.spent, stored.returned), (0, 0, 0));
		assert_eq!((stored.claimed, stored.paid, stored.allowance_count), (0, 0, 0));
		assert_eq!(stored.deposit, PROGRAMME_DEPOSIT);
		assert_eq!(NextProgrammeId::<Test>::get(), 1);
		assert_eq!(SweepSchedule::<Test>::get().into_inner(), vec![(END, 0)]);
		assert_eq!(held(ISSUER, HoldReason::ProgrammeDeposit), PROGRAMME_DEPOSIT);
		assert_eq!(Balances::free_balance(ISSUER), INITIAL_BALANCE - PROGRAMME_DEPOSIT);
		System::assert_last_event(
			Event::ProgrammeCreated { programme_id: 0, issuer: ISSUER, budget: BUDGET }.into(),
		);
	});
}

#[test]
fn create_programme_assigns_sequential_ids() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(create_default_programme(), 0);
		assert_eq!(create_default_programme(), 1);
		assert_eq!(held(ISSUER, HoldReason::ProgrammeDeposit), 2 * PROGRAMME_DEPOSIT);
	});
}

#[test]
fn create_programme_accepts_past_start() {
	ExtBuilder::default().build_and_execute(|| {
		set_block(5);
		assert_ok!(create(ISSUER, BUDGET, CAP, 0, 6));
		assert_eq!((programme(0).start, programme(0).end), (0, 6));
	});
}

#[test]
fn create_programme_accepts_cap_equal_to_budget() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ISSUER, BUDGET, BUDGET, START, END));
		assert_eq!(programme(0).per_beneficiary_cap, BUDGET);
	});
}

#[test]
fn create_programme_fails_for_non_issuer() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(create(OUTSIDER, BUDGET, CAP, START, END), Error::<Test>::NotIssuer);
	});
}

#[test]
fn create_programme_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::create_programme(
				RuntimeOrigin::none(),
				name(b"Sleep"),
				BUDGET,
				CAP,
				START,
				END,
				EligibilityPolicy::default(),
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Voucher::create_programme(
				RuntimeOrigin::root(),
				name(b"Sleep"),
				BUDGET,
				CAP,
				START,
				END,
				EligibilityPolicy::default(),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn create_programme_fails_with_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::create_programme(
				RuntimeOrigin::signed(ISSUER),
				name(b""),
				BUDGET,
				CAP,
				START,
				END,
				EligibilityPolicy::default(),
			),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn create_programme_fails_with_zero_budget() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(create(ISSUER, 0, 0, START, END), Error::<Test>::ZeroBudget);
	});
}

#[test]
fn create_programme_fails_with_zero_cap() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(create(ISSUER, BUDGET, 0, START, END), Error::<Test>::InvalidCap);
	});
}

#[test]
fn create_programme_fails_with_cap_above_budget() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(create(ISSUER, BUDGET, BUDGET + 1, START, END), Error::<Test>::InvalidCap);
	});
}

#[test]
fn create_programme_fails_with_start_not_before_end() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(create(ISSUER, BUDGET, CAP, END, END), Error::<Test>::InvalidPeriod);
		assert_noop!(create(ISSUER, BUDGET, CAP, END + 1, END), Error::<Test>::InvalidPeriod);
	});
}

#[test]
fn create_programme_fails_with_end_not_in_future() {
	ExtBuilder::default().build_and_execute(|| {
		set_block(10);
		assert_noop!(create(ISSUER, BUDGET, CAP, 1, 10), Error::<Test>::InvalidPeriod);
		assert_noop!(create(ISSUER, BUDGET, CAP, 1, 9), Error::<Test>::InvalidPeriod);
	});
}

#[test]
fn create_programme_fails_without_funds_for_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			create(POOR_ISSUER, BUDGET, CAP, START, END),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn create_programme_fails_when_schedule_full() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..MAX_SCHEDULED_SWEEPS {
			create_default_programme();
		}
		assert_noop!(create(ISSUER, BUDGET, CAP, START, END), Error::<Test>::SweepScheduleFull);
	});
}

#[test]
fn create_programme_keeps_schedule_sorted_by_end() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(create(ISSUER, BUDGET, CAP, START, 30));
		assert_ok!(create(ISSUER, BUDGET, CAP, START, 10));
		assert_ok!(create(OTHER_ISSUER, BUDGET, CAP, START, 20));
		assert_ok!(create(ISSUER, BUDGET, CAP, START, 10));

		assert_eq!(
			SweepSchedule::<Test>::get().into_inner(),
			vec![(10, 1), (10, 3), (20, 2), (30, 0)]
		);
	});
}
