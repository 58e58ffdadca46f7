use super::*;
use crate::{Claimable, Claims, Event, Issuers};
use frame_support::{traits::Hooks, weights::Weight};
use wellbeing_traits::{Category, CategorySet};

#[test]
fn full_flow_from_create_to_close() {
	ExtBuilder::default().build_and_execute(|| {
		// Governance approves a new issuer, which creates a programme for sleep and fitness.
		assert_ok!(Voucher::approve_issuer(RuntimeOrigin::root(), OUTSIDER, name(b"Region")));
		let policy = EligibilityPolicy {
			categories: CategorySet::from_categories(&[
				Category::Sleep,
				Category::PhysicalActivity,
			]),
			min_score: 3_500,
			min_reviews: 5,
			..Default::default()
		};
		let id = create_programme_with(OUTSIDER, 5_000, 1_000, 2, 20, policy);
		assert_ok!(Voucher::grant_allowances(
			RuntimeOrigin::signed(OUTSIDER),
			id,
			grants(&[(ALICE, 1_000), (BOB, 600), (CAROL, 400)])
		));
		assert_eq!(programme(id).allocated, 2_000);
		assert_eq!(held(OUTSIDER, HoldReason::AllowanceDeposit), 3 * ALLOWANCE_DEPOSIT);

		// Beneficiaries spend on both providers' products.
		set_block(2);
		spend(ALICE, id, SLEEP_APP, 700);
		spend(BOB, id, FITNESS_APP, 600);
		spend(CAROL, id, SLEEP_APP, 100);
		assert_eq!(Claimable::<Test>::get(id, PROVIDER), 800);
		assert_eq!(Claimable::<Test>::get(id, OTHER_PROVIDER), 600);

		// Providers redeem; the issuer pays off chain and records the references.
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(PROVIDER), id));
		assert_ok!(Voucher::redeem(RuntimeOrigin::signed(OTHER_PROVIDER), id));
		assert_ok!(Voucher::mark_claim_paid(
			RuntimeOrigin::signed(OUTSIDER),
			0,
			payment_ref(b"SEPA-1")
		));
		assert_ok!(Voucher::mark_claim_paid(
			RuntimeOrigin::signed(OUTSIDER),
			1,
			payment_ref(b"SEPA-2")
		));
		assert_eq!(held(PROVIDER, HoldReason::ClaimDeposit), 0);
		assert_eq!(held(OTHER_PROVIDER, HoldReason::ClaimDeposit), 0);

		// Governance revokes the issuer; the programme keeps running to its end.
		assert_ok!(Voucher::revoke_issuer(RuntimeOrigin::root(), OUTSIDER));
		assert!(!Issuers::<Test>::contains_key(OUTSIDER));

		// After the end block, on_idle returns the unspent 300 + 300 of ALICE and CAROL.
		set_block(20);
		Voucher::on_idle(20, Weight::MAX);
		System::assert_has_event(
			Event::UnspentReturned { programme_id: id, allowances: 3, amount: 600 }.into(),
		);
		let stored = programme(id);
		assert_eq!(stored.allocated, 1_400);
		assert_eq!(stored.spent, 1_400);
		assert_eq!(stored.returned, 600);
		assert_eq!((stored.claimed, stored.paid), (1_400, 1_400));
		assert_eq!(held(OUTSIDER, HoldReason::AllowanceDeposit), 0);

		// The issuer closes the settled programme and gets every deposit back.
		assert_ok!(Voucher::close_programme(RuntimeOrigin::signed(OUTSIDER), id));
		assert!(!Programmes::<Test>::contains_key(id));
		assert_eq!(held(OUTSIDER, HoldReason::ProgrammeDeposit), 0);
		assert_eq!(Balances::free_balance(OUTSIDER), INITIAL_BALANCE);
		assert_eq!(Claims::<Test>::iter().count(), 2);
		System::assert_last_event(Event::ProgrammeClosed { programme_id: id }.into());
	});
}

#[test]
fn new_test_ext_starts_at_block_one() {
	new_test_ext().execute_with(|| {
		assert_eq!(System::block_number(), 1);
		assert_eq!(crate::NextProgrammeId::<Test>::get(), 0);
	});
}
