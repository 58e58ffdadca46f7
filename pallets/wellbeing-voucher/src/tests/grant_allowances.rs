use super::*;
use crate::{Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

fn grant_as(
	issuer: AccountId,
	programme_id: ProgrammeId,
	entries: &[(AccountId, EuroCents)],
) -> sp_runtime::DispatchResult {
	Voucher::grant_allowances(RuntimeOrigin::signed(issuer), programme_id, grants(entries))
}

#[test]
fn grant_allowances_stores_allowances_and_holds_deposits() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_ok!(grant_as(ISSUER, id, &[(ALICE, 300), (BOB, 500)]));

		let alice = allowance(id, ALICE);
		assert_eq!((alice.granted, alice.spent, alice.deposit), (300, 0, ALLOWANCE_DEPOSIT));
		assert_eq!(allowance(id, BOB).granted, 500);
		let stored = programme(id);
		assert_eq!(stored.allocated, 800);
		assert_eq!(stored.allowance_count, 2);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), 2 * ALLOWANCE_DEPOSIT);
		System::assert_has_event(
			Event::AllowanceGranted {
				programme_id: id,
				beneficiary: ALICE,
				amount: 300,
				granted: 300,
			}
			.into(),
		);
		System::assert_has_event(
			Event::AllowanceGranted {
				programme_id: id,
				beneficiary: BOB,
				amount: 500,
				granted: 500,
			}
			.into(),
		);
		System::assert_last_event(
			Event::AllowancesGranted { programme_id: id, count: 2, total: 800 }.into(),
		);
	});
}

#[test]
fn grant_allowances_tops_up_existing_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant(id, &[(ALICE, 300)]);
		spend(ALICE, id, SLEEP_APP, 100);

		assert_ok!(grant_as(ISSUER, id, &[(ALICE, 200)]));

		let alice = allowance(id, ALICE);
		assert_eq!((alice.granted, alice.spent), (500, 100));
		assert_eq!(programme(id).allocated, 500);
		assert_eq!(programme(id).allowance_count, 1);
		// A top-up holds no further deposit.
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), ALLOWANCE_DEPOSIT);
		System::assert_has_event(
			Event::AllowanceGranted {
				programme_id: id,
				beneficiary: ALICE,
				amount: 200,
				granted: 500,
			}
			.into(),
		);
	});
}

#[test]
fn grant_allowances_adds_up_repeated_beneficiaries() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_ok!(grant_as(ISSUER, id, &[(ALICE, 300), (ALICE, 400)]));

		assert_eq!(allowance(id, ALICE).granted, 700);
		assert_eq!(held(ISSUER, HoldReason::AllowanceDeposit), ALLOWANCE_DEPOSIT);
		System::assert_last_event(
			Event::AllowancesGranted { programme_id: id, count: 1, total: 700 }.into(),
		);
	});
}

#[test]
fn grant_allowances_accepts_grants_before_start() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_programme_with(ISSUER, BUDGET, CAP, 5, END, EligibilityPolicy::default());
		assert_ok!(grant_as(ISSUER, id, &[(ALICE, 100)]));
		assert_eq!(allowance(id, ALICE).granted, 100);
	});
}

#[test]
fn grant_allowances_accepts_full_batch() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		let batch: Vec<(AccountId, EuroCents)> =
			(0..MAX_GRANT_BATCH).map(|i| (1_000 + u64::from(i), 10)).collect();
		assert_ok!(grant_as(ISSUER, id, &batch));
		assert_eq!(programme(id).allowance_count, MAX_GRANT_BATCH);
		assert_eq!(programme(id).allocated, 10 * u64::from(MAX_GRANT_BATCH));
	});
}

#[test]
fn grant_allowances_fails_for_non_programme_issuer() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_noop!(
			grant_as(OTHER_ISSUER, id, &[(ALICE, 100)]),
			Error::<Test>::NotProgrammeIssuer
		);
		assert_noop!(grant_as(ALICE, id, &[(ALICE, 100)]), Error::<Test>::NotProgrammeIssuer);
	});
}

#[test]
fn grant_allowances_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_noop!(
			Voucher::grant_allowances(RuntimeOrigin::none(), id, grants(&[(ALICE, 100)])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn grant_allowances_fails_for_unknown_programme() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(grant_as(ISSUER, 7, &[(ALICE, 100)]), Error::<Test>::ProgrammeNotFound);
	});
}

#[test]
fn grant_allowances_fails_when_programme_ended() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		set_block(END);
		assert_noop!(grant_as(ISSUER, id, &[(ALICE, 100)]), Error::<Test>::ProgrammeEnded);
	});
}

#[test]
fn grant_allowances_fails_with_zero_amount() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_noop!(grant_as(ISSUER, id, &[(ALICE, 100), (BOB, 0)]), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn grant_allowances_fails_with_empty_batch() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_noop!(grant_as(ISSUER, id, &[]), Error::<Test>::NoGrants);
	});
}

#[test]
fn grant_allowances_fails_when_cap_exceeded() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_noop!(grant_as(ISSUER, id, &[(ALICE, CAP + 1)]), Error::<Test>::CapExceeded);
	});
}

#[test]
fn grant_allowances_fails_when_top_up_exceeds_cap() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		grant(id, &[(ALICE, CAP)]);
		assert_noop!(grant_as(ISSUER, id, &[(ALICE, 1)]), Error::<Test>::CapExceeded);
	});
}

#[test]
fn grant_allowances_fails_when_repeated_beneficiary_exceeds_cap() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		assert_noop!(
			grant_as(ISSUER, id, &[(ALICE, CAP), (BOB, 1), (ALICE, 1)]),
			Error::<Test>::CapExceeded
		);
	});
}

#[test]
fn grant_allowances_fails_when_budget_exceeded() {
	ExtBuilder::default().build_and_execute(|| {
		let id =
			create_programme_with(ISSUER, 1_500, CAP, START, END, EligibilityPolicy::default());
		grant(id, &[(ALICE, 1_000)]);
		assert_noop!(
			grant_as(ISSUER, id, &[(BOB, 400), (CAROL, 101)]),
			Error::<Test>::BudgetExceeded
		);
		// The remaining budget can still be granted exactly.
		assert_ok!(grant_as(ISSUER, id, &[(BOB, 400), (CAROL, 100)]));
		assert_eq!(programme(id).allocated, 1_500);
	});
}

#[test]
fn grant_allowances_fails_without_funds_for_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_default_programme();
		// Leave the issuer less than two allowance deposits above the existential deposit.
		let spare = Balances::free_balance(ISSUER) - ALLOWANCE_DEPOSIT - 1;
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
			&ISSUER,
			&OUTSIDER,
			spare,
			frame_support::traits::tokens::Preservation::Preserve,
		));
		assert_noop!(
			grant_as(ISSUER, id, &[(ALICE, 100), (BOB, 100)]),
			DispatchError::Token(sp_runtime::TokenError::FundsUnavailable)
		);
	});
}
