use super::*;
use crate::{Claimable, Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;
use wellbeing_traits::{
	AttestationKind, AttestationKindSet, Category, CategorySet, ProductStatus, ReputationSummary,
};

/// Creates a programme with `policy`, grants ALICE 500 and returns its id.
fn programme_with_policy(policy: EligibilityPolicy) -> ProgrammeId {
	let id = create_programme_with(ISSUER, BUDGET, CAP, START, END, policy);
	grant(id, &[(ALICE, 500)]);
	id
}

fn try_spend(
	who: AccountId,
	id: ProgrammeId,
	product: u32,
	amount: EuroCents,
) -> sp_runtime::DispatchResult {
	Voucher::spend(RuntimeOrigin::signed(who), id, product, amount)
}

#[test]
fn spend_moves_amount_to_provider_claimable() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_ok!(try_spend(ALICE, id, SLEEP_APP, 120));

		assert_eq!(allowance(id, ALICE).spent, 120);
		assert_eq!(allowance(id, ALICE).remaining(), 380);
		assert_eq!(programme(id).spent, 120);
		assert_eq!(programme(id).allocated, 500);
		assert_eq!(Claimable::<Test>::get(id, PROVIDER), 120);
		System::assert_last_event(
			Event::Spent {
				programme_id: id,
				beneficiary: ALICE,
				product_id: SLEEP_APP,
				provider: PROVIDER,
				amount: 120,
			}
			.into(),
		);
	});
}

#[test]
fn spend_accumulates_claimable_per_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		grant(id, &[(BOB, 300)]);
		spend(ALICE, id, SLEEP_APP, 100);
		spend(BOB, id, SLEEP_APP, 50);
		spend(ALICE, id, FITNESS_APP, 70);

		assert_eq!(Claimable::<Test>::get(id, PROVIDER), 150);
		assert_eq!(Claimable::<Test>::get(id, OTHER_PROVIDER), 70);
		assert_eq!(programme(id).spent, 220);
	});
}

#[test]
fn spend_accepts_whole_remaining_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_ok!(try_spend(ALICE, id, SLEEP_APP, 500));
		assert_eq!(allowance(id, ALICE).remaining(), 0);
	});
}

#[test]
fn spend_fails_for_unsigned_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_noop!(
			Voucher::spend(RuntimeOrigin::none(), id, SLEEP_APP, 10),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn spend_fails_for_unknown_programme() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_spend(ALICE, 5, SLEEP_APP, 10), Error::<Test>::ProgrammeNotFound);
	});
}

#[test]
fn spend_fails_with_zero_amount() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn spend_fails_before_start() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_programme_with(ISSUER, BUDGET, CAP, 5, END, EligibilityPolicy::default());
		grant(id, &[(ALICE, 100)]);
		set_block(4);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::NotStarted);
		set_block(5);
		assert_ok!(try_spend(ALICE, id, SLEEP_APP, 10));
	});
}

#[test]
fn spend_fails_when_programme_expired() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		set_block(END - 1);
		assert_ok!(try_spend(ALICE, id, SLEEP_APP, 10));

		set_block(END);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::ProgrammeEnded);
		set_block(END + 100);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::ProgrammeEnded);
		// The allowance is still there: no sweep has reached it, yet spending is closed.
		assert_eq!(allowance(id, ALICE).remaining(), 490);
	});
}

#[test]
fn spend_fails_without_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_noop!(try_spend(BOB, id, SLEEP_APP, 10), Error::<Test>::NoAllowance);
		// An allowance in another programme does not count.
		let other = create_default_programme();
		assert_noop!(try_spend(ALICE, other, SLEEP_APP, 10), Error::<Test>::NoAllowance);
	});
}

#[test]
fn spend_fails_over_remaining_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 501), Error::<Test>::InsufficientAllowance);
		spend(ALICE, id, SLEEP_APP, 400);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 101), Error::<Test>::InsufficientAllowance);
	});
}

#[test]
fn spend_fails_for_unknown_product() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		assert_noop!(try_spend(ALICE, id, UNKNOWN_PRODUCT, 10), Error::<Test>::ProductNotFound);
	});
}

#[test]
fn spend_fails_for_suspended_product() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		set_product_status(SLEEP_APP, ProductStatus::Suspended);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::ProductNotActive);
	});
}

#[test]
fn spend_fails_for_retired_product() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		set_product_status(SLEEP_APP, ProductStatus::Retired);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::ProductNotActive);
	});
}

#[test]
fn spend_fails_for_category_not_admitted() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy {
			categories: CategorySet::from_categories(&[Category::Sleep, Category::MentalHealth]),
			..Default::default()
		});
		assert_noop!(try_spend(ALICE, id, FITNESS_APP, 10), Error::<Test>::CategoryNotAdmitted);
		assert_ok!(try_spend(ALICE, id, SLEEP_APP, 10));
	});
}

#[test]
fn spend_fails_when_score_too_low() {
	ExtBuilder::default().build_and_execute(|| {
		let id =
			programme_with_policy(EligibilityPolicy { min_score: 4_201, ..Default::default() });
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::ScoreTooLow);
	});
}

#[test]
fn spend_fails_with_too_few_reviews() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy { min_reviews: 13, ..Default::default() });
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::TooFewReviews);
	});
}

#[test]
fn spend_fails_without_required_attestation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy {
			required_attestations: AttestationKindSet::from_kinds(&[
				AttestationKind::ClinicalEvidence,
				AttestationKind::DataProtection,
			]),
			..Default::default()
		});
		set_reputation(
			SLEEP_APP,
			ReputationSummary {
				valid_attestations: AttestationKindSet::from_kinds(&[
					AttestationKind::ClinicalEvidence,
				]),
				..good_reputation()
			},
		);
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::MissingAttestation);
		assert_ok!(try_spend(ALICE, id, FITNESS_APP, 10));
	});
}

#[test]
fn spend_checks_reputation_at_spend_time() {
	ExtBuilder::default().build_and_execute(|| {
		let id =
			programme_with_policy(EligibilityPolicy { min_score: 4_000, ..Default::default() });
		spend(ALICE, id, SLEEP_APP, 10);

		set_reputation(SLEEP_APP, ReputationSummary { score: 3_999, ..good_reputation() });
		assert_noop!(try_spend(ALICE, id, SLEEP_APP, 10), Error::<Test>::ScoreTooLow);

		set_reputation(SLEEP_APP, good_reputation());
		assert_ok!(try_spend(ALICE, id, SLEEP_APP, 10));
	});
}

#[test]
fn spend_pays_provider_at_spend_time() {
	ExtBuilder::default().build_and_execute(|| {
		let id = programme_with_policy(EligibilityPolicy::default());
		spend(ALICE, id, SLEEP_APP, 10);
		set_product(SLEEP_APP, active_product(OTHER_PROVIDER, Category::Sleep));
		spend(ALICE, id, SLEEP_APP, 30);

		assert_eq!(Claimable::<Test>::get(id, PROVIDER), 10);
		assert_eq!(Claimable::<Test>::get(id, OTHER_PROVIDER), 30);
	});
}

#[test]
fn ineligibility_maps_to_distinct_errors() {
	use wellbeing_traits::Ineligibility;
	let cases = [
		(Ineligibility::NotActive, Error::<Test>::ProductNotActive),
		(Ineligibility::CategoryNotAdmitted, Error::<Test>::CategoryNotAdmitted),
		(Ineligibility::ScoreTooLow, Error::<Test>::ScoreTooLow),
		(Ineligibility::TooFewReviews, Error::<Test>::TooFewReviews),
		(Ineligibility::MissingAttestation, Error::<Test>::MissingAttestation),
	];
	for (reason, expected) in cases {
		assert_eq!(
			DispatchError::from(Error::<Test>::from(reason)),
			DispatchError::from(expected),
			"{reason:?}"
		);
	}
}
