use super::*;
use crate::{weights::WeightInfo, Error, Event, SweepSchedule};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

/// Creates the default programme with `count` beneficiaries granted 100 each, of which each
/// spent 40; returns its id.
fn programme_with_allowances(count: u64) -> ProgrammeId {
	let id = create_default_programme();
	let entries: Vec<(AccountId, EuroCents)> = (0..count).map(|i| (100 + i, 100)).collect();
	grant(id, &entries);
	for i in 0..count {
		spend(100 + i, id, SLEEP_APP, 40);
	}
	id
}

#[test]
fn sweep_expired_returns_unspent_and_releases_deposits() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant(id, &[(ALICE, 300), (BOB, 200)]);
		spend(ALICE, id, SLEEP_APP, 100);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), 2 * ALLOWANCE_DEPOSIT);
		set_block(END);

		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 10));

		assert_eq!(Allowances::<Test>::iter_prefix(id).count(), 0);
		let stored = programme(id);
		assert_eq!(stored.allocated, 100);
		assert_eq!(stored.spent, 100);
		assert_eq!(stored.returned, 400);
		assert_eq!(stored.allowance_count, 0);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), 0);
		assert!(SweepSchedule::<Test>::get().is_empty());
		System::assert_last_event(
			Event::UnspentReturned { programme_id: id, allowances: 2, amount: 400 }.into(),
		);
	});
}

#[test]
fn sweep_expired_is_bounded_by_max() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(3);
		set_block(END);

		let info =
			Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 2).expect("sweep succeeds");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::sweep_expired(2)));
		assert_eq!(programme(id).allowance_count, 1);
		assert_eq!(programme(id).returned, 120);
		assert_eq!(Allowances::<Test>::iter_prefix(id).count(), 1);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), ALLOWANCE_DEPOSIT);
		// Still scheduled, because one allowance is left.
		assert_eq!(scheduled_ids(), vec![id]);
		System::assert_last_event(
			Event::UnspentReturned { programme_id: id, allowances: 2, amount: 120 }.into(),
		);

		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 2));
		assert_eq!(programme(id).allowance_count, 0);
		assert_eq!(programme(id).returned, 180);
		assert!(scheduled_ids().is_empty());
	});
}

#[test]
fn sweep_expired_caps_max_per_block() {
	ExtBuilder::default().build_and_execute(|| {
		let count = u64::from(MAX_SWEEP_PER_BLOCK) + 2;
		let id = programme_with_allowances(count);
		set_block(END);

		let info = Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, u32::MAX)
			.expect("sweep succeeds");
		assert_eq!(
			info.actual_weight,
			Some(<() as WeightInfo>::sweep_expired(MAX_SWEEP_PER_BLOCK))
		);
		assert_eq!(programme(id).allowance_count, 2);
	});
}

#[test]
fn sweep_expired_refunds_weight_for_fewer_allowances() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(1);
		set_block(END);
		let info =
			Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5).expect("sweep succeeds");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::sweep_expired(1)));
	});
}

#[test]
fn sweep_expired_fails_before_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(1);
		set_block(END - 1);
		assert_noop!(
			Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5),
			Error::<Test>::ProgrammeNotEnded
		);
	});
}

#[test]
fn sweep_expired_fails_when_nothing_left() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(1);
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5));
		assert_noop!(
			Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5),
			Error::<Test>::NothingToSweep
		);
	});
}

#[test]
fn sweep_expired_fails_with_zero_max() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(1);
		set_block(END);
		assert_noop!(
			Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 0),
			Error::<Test>::NothingToSweep
		);
	});
}

#[test]
fn sweep_expired_fails_for_unknown_programme() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), 9, 5),
			Error::<Test>::ProgrammeNotFound
		);
	});
}

#[test]
fn sweep_expired_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(1);
		set_block(END);
		assert_noop!(
			Voucher::sweep_expired(RuntimeOrigin::none(), id, 5),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn sweep_expired_keeps_spent_amounts_claimable() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_allowances(2);
		set_block(END);
		assert_ok!(Voucher::sweep_expired(RuntimeOrigin::signed(OUTSIDER), id, 5));

		assert_eq!(crate::Claimable::<Test>::get(id, PROVIDER), 80);
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(programme(id).claimed, 80);
	});
}
