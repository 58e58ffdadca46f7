use super::*;
use crate::Assessors;
use pallet_reputation_runtime_api::ProductReputation;
use wellbeing_traits::{
	AttestationKindSet, Category, ProductStatus, ReputationInspect, ReputationSummary,
};

fn valid_kinds(product_id: ProductId) -> Vec<AttestationKind> {
	<Reputation as ReputationInspect>::summary(product_id).valid_attestations.to_vec()
}

#[test]
fn summary_reports_review_totals() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 4, 3]));
		assert_ok!(review(BOB, APP, [2, 2, 2]));

		assert_eq!(
			<Reputation as ReputationInspect>::summary(APP),
			ReputationSummary {
				review_count: 2,
				satisfaction_sum: 7,
				effectiveness_sum: 6,
				reliability_sum: 5,
				score: 3000,
				valid_attestations: AttestationKindSet::default(),
				evidence_level: None,
			}
		);
	});
}

#[test]
fn summary_counts_passed_attestation_until_expiry() {
	ExtBuilder::default().build_and_execute(|| {
		attest_with(ASSESSOR, APP, AttestationKind::SecurityAudit, AttestationOutcome::Passed, 20);
		assert_eq!(valid_kinds(APP), vec![AttestationKind::SecurityAudit]);

		System::set_block_number(19);
		assert_eq!(valid_kinds(APP), vec![AttestationKind::SecurityAudit]);

		System::set_block_number(20);
		assert_eq!(valid_kinds(APP), vec![]);
	});
}

#[test]
fn summary_ignores_revoked_attestation() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = attest_with(
			ASSESSOR,
			APP,
			AttestationKind::SecurityAudit,
			AttestationOutcome::Passed,
			20,
		);
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		assert_eq!(valid_kinds(APP), vec![]);
	});
}

#[test]
fn summary_ignores_attestation_of_removed_assessor() {
	ExtBuilder::default().build_and_execute(|| {
		attest_with(ASSESSOR, APP, AttestationKind::SecurityAudit, AttestationOutcome::Passed, 20);
		assert_ok!(Reputation::remove_assessor(RuntimeOrigin::root(), ASSESSOR));
		assert_eq!(valid_kinds(APP), vec![]);

		// Registering the account again restores its attestations.
		assert_ok!(Reputation::add_assessor(
			RuntimeOrigin::root(),
			ASSESSOR,
			assessor_name("Back again"),
			None
		));
		assert!(Assessors::<Test>::contains_key(ASSESSOR));
		assert_eq!(valid_kinds(APP), vec![AttestationKind::SecurityAudit]);
	});
}

#[test]
fn summary_counts_only_passed_outcomes() {
	// (outcome, counted)
	let cases = [
		(AttestationOutcome::Passed, true),
		(AttestationOutcome::Failed, false),
		(AttestationOutcome::Pending, false),
		(AttestationOutcome::Score(0), false),
		(AttestationOutcome::Score(49), false),
		(AttestationOutcome::Score(50), true),
		(AttestationOutcome::Score(100), true),
	];
	for (outcome, counted) in cases {
		ExtBuilder::default().build_and_execute(|| {
			attest_with(ASSESSOR, APP, AttestationKind::Accessibility, outcome, 20);
			let expected = if counted { vec![AttestationKind::Accessibility] } else { vec![] };
			assert_eq!(valid_kinds(APP), expected, "{outcome:?}");
		});
	}
}

#[test]
fn summary_lists_each_valid_kind_once() {
	ExtBuilder::default().build_and_execute(|| {
		attest_with(ASSESSOR, APP, AttestationKind::DataProtection, AttestationOutcome::Passed, 20);
		attest_with(
			OTHER_ASSESSOR,
			APP,
			AttestationKind::DataProtection,
			AttestationOutcome::Score(80),
			20,
		);
		attest_with(ASSESSOR, APP, AttestationKind::Certification, AttestationOutcome::Passed, 20);
		// An attestation of another product does not count for this one.
		attest_with(
			ASSESSOR,
			SLEEP_APP,
			AttestationKind::Accessibility,
			AttestationOutcome::Passed,
			20,
		);

		assert_eq!(
			valid_kinds(APP),
			vec![AttestationKind::Certification, AttestationKind::DataProtection]
		);
	});
}

#[test]
fn summary_reports_highest_valid_evidence_level() {
	ExtBuilder::default().build_and_execute(|| {
		let summary = || <Reputation as ReputationInspect>::summary(APP);

		attest_clinical(APP, None);
		assert_eq!(summary().evidence_level, None);
		assert_eq!(valid_kinds(APP), vec![AttestationKind::ClinicalEvidence]);

		attest_clinical(APP, Some(EvidenceLevel::Low));
		let moderate = attest_clinical(APP, Some(EvidenceLevel::Moderate));
		assert_eq!(summary().evidence_level, Some(EvidenceLevel::Moderate));

		// A revoked, failed or expired study does not raise the level.
		let high = attest_clinical(APP, Some(EvidenceLevel::High));
		assert_eq!(summary().evidence_level, Some(EvidenceLevel::High));
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), high));
		assert_eq!(summary().evidence_level, Some(EvidenceLevel::Moderate));
		assert_ok!(Reputation::attest(
			RuntimeOrigin::signed(OTHER_ASSESSOR),
			APP,
			None,
			AttestationKind::ClinicalEvidence,
			AttestationOutcome::Failed,
			Some(EvidenceLevel::High),
			metadata("ipfs://failed-study"),
			100,
		));
		assert_eq!(summary().evidence_level, Some(EvidenceLevel::Moderate));

		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), moderate));
		assert_eq!(summary().evidence_level, Some(EvidenceLevel::Low));

		System::set_block_number(100);
		assert_eq!(summary().evidence_level, None);
		assert_eq!(valid_kinds(APP), vec![]);
	});
}

#[test]
fn product_reputation_reports_registry_facts() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(review(ALICE, APP, [5, 5, 5]));
		set_status(APP, ProductStatus::Suspended);

		let reputation = Reputation::product_reputation(APP).unwrap();
		assert_eq!(
			reputation,
			ProductReputation {
				product_id: APP,
				category: Category::MentalHealth,
				status: ProductStatus::Suspended,
				summary: <Reputation as ReputationInspect>::summary(APP),
				certified: false,
			}
		);
		assert_eq!(reputation.summary.score, 3333);
	});
}

#[test]
fn product_reputation_certified_needs_valid_certification() {
	ExtBuilder::default().build_and_execute(|| {
		attest_with(ASSESSOR, APP, AttestationKind::Certification, AttestationOutcome::Pending, 30);
		attest_with(ASSESSOR, APP, AttestationKind::SecurityAudit, AttestationOutcome::Passed, 30);
		assert!(!Reputation::product_reputation(APP).unwrap().certified);

		let certification = attest_with(
			ASSESSOR,
			APP,
			AttestationKind::Certification,
			AttestationOutcome::Passed,
			30,
		);
		assert!(Reputation::product_reputation(APP).unwrap().certified);

		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), certification));
		assert!(!Reputation::product_reputation(APP).unwrap().certified);
	});
}

#[test]
fn product_reputation_is_none_for_missing_product() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Reputation::product_reputation(MISSING), None);
	});
}
