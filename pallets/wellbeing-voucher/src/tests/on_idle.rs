use super::*;
use crate::{weights::WeightInfo, Event};
use frame_support::{traits::Hooks, weights::Weight};

/// Grants `count` beneficiaries 100 each in `programme_id`, and each spends 30.
fn grant_and_spend(programme_id: ProgrammeId, first: AccountId, count: u64) {
	let entries: Vec<(AccountId, EuroCents)> = (0..count).map(|i| (first + i, 100)).collect();
	grant(programme_id, &entries);
	for i in 0..count {
		spend(first + i, programme_id, SLEEP_APP, 30);
	}
}

fn run_on_idle(now: u64, weight: Weight) -> Weight {
	set_block(now);
	Voucher::on_idle(now, weight)
}

#[test]
fn on_idle_returns_unspent_after_end_block() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant_and_spend(id, 100, 3);

		run_on_idle(END, Weight::MAX);

		let stored = programme(id);
		assert_eq!(stored.allowance_count, 0);
		assert_eq!(stored.returned, 210);
		assert_eq!(stored.allocated, 90);
		assert_eq!(Allowances::<Test>::iter_prefix(id).count(), 0);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), 0);
		assert!(scheduled_ids().is_empty());
		System::assert_last_event(
			Event::UnspentReturned { programme_id: id, allowances: 3, amount: 210 }.into(),
		);
	});
}

#[test]
fn on_idle_does_nothing_before_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant_and_spend(id, 100, 2);

		let used = run_on_idle(END - 1, Weight::MAX);

		assert_eq!(used, <() as WeightInfo>::on_idle_schedule());
		assert_eq!(programme(id).allowance_count, 2);
		assert_eq!(scheduled_ids(), vec![id]);
	});
}

#[test]
fn on_idle_with_too_little_weight_does_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant_and_spend(id, 100, 2);

		let used = run_on_idle(END, Weight::zero());

		assert_eq!(used, Weight::zero());
		assert_eq!(programme(id).allowance_count, 2);
	});
}

#[test]
fn on_idle_bounded_per_block() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		let count = u64::from(MAX_SWEEP_PER_BLOCK) + 3;
		grant_and_spend(id, 100, count);

		run_on_idle(END, Weight::MAX);
		assert_eq!(programme(id).allowance_count, 3);
		assert_eq!(scheduled_ids(), vec![id]);

		run_on_idle(END + 1, Weight::MAX);
		assert_eq!(programme(id).allowance_count, 0);
		assert_eq!(programme(id).returned, 70 * count);
		assert!(scheduled_ids().is_empty());
	});
}

#[test]
fn on_idle_respects_remaining_weight() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant_and_spend(id, 100, 4);
		// Enough for the schedule, one programme and two allowances.
		let weight = <() as WeightInfo>::on_idle_schedule()
			.saturating_add(<() as WeightInfo>::sweep_expired(2));

		let used = run_on_idle(END, weight);

		assert_eq!(programme(id).allowance_count, 2);
		assert!(used.all_lte(weight));
		System::assert_last_event(
			Event::UnspentReturned { programme_id: id, allowances: 2, amount: 140 }.into(),
		);
	});
}

#[test]
fn on_idle_sweeps_programmes_in_end_order() {
	ExtBuilder::default().build_and_execute(|| {
		let late =
			create_programme_with(ISSUER, BUDGET, CAP, START, 20, EligibilityPolicy::default());
		let early = create_default_programme();
		let middle = create_programme_with(
			OTHER_ISSUER,
			BUDGET,
			CAP,
			START,
			15,
			EligibilityPolicy::default(),
		);
		grant_and_spend(late, 100, 2);
		grant_and_spend(early, 200, 2);
		assert_ok!(Voucher::grant_allowances(
			RuntimeOrigin::signed(OTHER_ISSUER),
			middle,
			grants(&[(ALICE, 100)])
		));

		// Only `early` has ended.
		run_on_idle(15 - 1, Weight::MAX);
		assert_eq!(programme(early).allowance_count, 0);
		assert_eq!(programme(middle).allowance_count, 1);
		assert_eq!(programme(late).allowance_count, 2);
		assert_eq!(scheduled_ids(), vec![middle, late]);

		// Both remaining programmes have ended and fit within MaxSweepPerBlock.
		run_on_idle(20, Weight::MAX);
		assert_eq!(programme(middle).allowance_count, 0);
		assert_eq!(programme(middle).returned, 100);
		assert_eq!(programme(late).allowance_count, 0);
		assert!(scheduled_ids().is_empty());
		assert_eq!(held(OTHER_ISSUER, HoldReason::AllowanceDeposit), 0);
	});
}

#[test]
fn on_idle_drops_ended_programme_without_allowances() {
	ExtBuilder::default().build_and_execute(|| {
		let empty = create_default_programme();
		let id =
			create_programme_with(ISSUER, BUDGET, CAP, START, 12, EligibilityPolicy::default());
		grant_and_spend(id, 100, 1);

		run_on_idle(12, Weight::MAX);

		assert_eq!(programme(empty).allowance_count, 0);
		assert_eq!(programme(id).allowance_count, 0);
		assert!(scheduled_ids().is_empty());
	});
}

#[test]
fn on_idle_continues_after_partial_manual_sweep() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant_and_spend(id, 100, 3);
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 1));

		run_on_idle(END, Weight::MAX);

		assert_eq!(programme(id).allowance_count, 0);
		assert_eq!(programme(id).returned, 210);
		assert!(scheduled_ids().is_empty());
	});
}
