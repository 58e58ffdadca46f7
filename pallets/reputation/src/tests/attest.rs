use super::*;
use crate::{
	AssessorInfo, Assessors, Attestation, Attestations, Error, Event, ProductAttestations,
};
use frame_support::assert_noop;
use sp_runtime::{DispatchError, TokenError};

/// Calls `attest` for product `APP` as `ASSESSOR` with the given fields, evidence
/// `ipfs://report`.
fn attest_app(
	version: Option<u32>,
	kind: AttestationKind,
	outcome: AttestationOutcome,
	evidence_level: Option<EvidenceLevel>,
	valid_until: u64,
) -> DispatchResult {
	Reputation::attest(
		RuntimeOrigin::signed(ASSESSOR),
		APP,
		version,
		kind,
		outcome,
		evidence_level,
		metadata("ipfs://report"),
		valid_until,
	)
}

#[test]
fn attest_stores_attestation_and_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(3);
		assert_ok!(attest_app(
			Some(1),
			AttestationKind::ClinicalEvidence,
			AttestationOutcome::Passed,
			Some(EvidenceLevel::Moderate),
			50,
		));

		System::assert_last_event(
			Event::Attested {
				attestation_id: 0,
				product_id: APP,
				assessor: ASSESSOR,
				kind: AttestationKind::ClinicalEvidence,
				outcome: AttestationOutcome::Passed,
			}
			.into(),
		);
		assert_eq!(
			Attestations::<Test>::get(0),
			Some(Attestation {
				product_id: APP,
				assessor: ASSESSOR,
				kind: AttestationKind::ClinicalEvidence,
				outcome: AttestationOutcome::Passed,
				version: Some(1),
				evidence_level: Some(EvidenceLevel::Moderate),
				evidence: metadata("ipfs://report"),
				attested_at: 3,
				valid_until: 50,
				revoked: false,
				deposit: ATTESTATION_DEPOSIT,
			})
		);
		assert_eq!(ProductAttestations::<Test>::get(APP).into_inner(), vec![0]);
		assert_eq!(NextAttestationId::<Test>::get(), 1);
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), ATTESTATION_DEPOSIT);
		assert_eq!(free(ASSESSOR), INITIAL_BALANCE - ATTESTATION_DEPOSIT);
	});
}

#[test]
fn attest_assigns_increasing_ids() {
	ExtBuilder::default().build_and_execute(|| {
		let first = attest_with(
			ASSESSOR,
			APP,
			AttestationKind::SecurityAudit,
			AttestationOutcome::Passed,
			9,
		);
		let second = attest_with(
			OTHER_ASSESSOR,
			SLEEP_APP,
			AttestationKind::Accessibility,
			AttestationOutcome::Score(100),
			9,
		);
		let third = attest_with(
			ASSESSOR,
			APP,
			AttestationKind::DataProtection,
			AttestationOutcome::Failed,
			9,
		);

		assert_eq!((first, second, third), (0, 1, 2));
		assert_eq!(ProductAttestations::<Test>::get(APP).into_inner(), vec![0, 2]);
		assert_eq!(ProductAttestations::<Test>::get(SLEEP_APP).into_inner(), vec![1]);
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), 2 * ATTESTATION_DEPOSIT);
		assert_eq!(held(OTHER_ASSESSOR, HoldReason::AttestationDeposit), ATTESTATION_DEPOSIT);
	});
}

#[test]
fn attest_accepts_whole_product_without_versions() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Reputation::attest(
			RuntimeOrigin::signed(ASSESSOR),
			UNRELEASED,
			None,
			AttestationKind::Certification,
			AttestationOutcome::Pending,
			None,
			metadata("ipfs://application"),
			20,
		));
		assert_eq!(Attestations::<Test>::get(0).unwrap().version, None);
	});
}

#[test]
fn attest_fails_when_signer_not_assessor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::attest(
				RuntimeOrigin::signed(ALICE),
				APP,
				None,
				AttestationKind::Certification,
				AttestationOutcome::Passed,
				None,
				metadata("ipfs://report"),
				20,
			),
			Error::<Test>::NotAssessor
		);
	});
}

#[test]
fn attest_fails_when_product_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::attest(
				RuntimeOrigin::signed(ASSESSOR),
				MISSING,
				None,
				AttestationKind::Certification,
				AttestationOutcome::Passed,
				None,
				metadata("ipfs://report"),
				20,
			),
			Error::<Test>::ProductNotFound
		);
	});
}

#[test]
fn attest_fails_when_version_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			attest_app(
				Some(2),
				AttestationKind::SecurityAudit,
				AttestationOutcome::Passed,
				None,
				20
			),
			Error::<Test>::UnknownVersion
		);
	});
}

#[test]
fn attest_fails_when_score_above_100() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			attest_app(
				None,
				AttestationKind::Accessibility,
				AttestationOutcome::Score(101),
				None,
				20
			),
			Error::<Test>::InvalidScore
		);
		assert_ok!(attest_app(
			None,
			AttestationKind::Accessibility,
			AttestationOutcome::Score(100),
			None,
			20
		));
	});
}

#[test]
fn attest_fails_when_validity_in_past() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(10);
		for valid_until in [0, 9, 10] {
			assert_noop!(
				attest_app(
					None,
					AttestationKind::SecurityAudit,
					AttestationOutcome::Passed,
					None,
					valid_until
				),
				Error::<Test>::ValidityInPast
			);
		}
		assert_ok!(attest_app(
			None,
			AttestationKind::SecurityAudit,
			AttestationOutcome::Passed,
			None,
			11
		));
	});
}

#[test]
fn attest_fails_when_evidence_level_not_applicable() {
	ExtBuilder::default().build_and_execute(|| {
		for kind in AttestationKind::ALL {
			if kind == AttestationKind::ClinicalEvidence {
				continue;
			}
			assert_noop!(
				attest_app(None, kind, AttestationOutcome::Passed, Some(EvidenceLevel::High), 20),
				Error::<Test>::EvidenceLevelNotApplicable
			);
		}
	});
}

#[test]
fn attest_fails_when_product_list_full() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..MAX_ATTESTATIONS {
			attest_with(
				ASSESSOR,
				APP,
				AttestationKind::SecurityAudit,
				AttestationOutcome::Passed,
				9,
			);
		}
		assert_noop!(
			attest_app(None, AttestationKind::SecurityAudit, AttestationOutcome::Passed, None, 9),
			Error::<Test>::TooManyAttestations
		);
		// Other products still take attestations.
		attest_with(
			ASSESSOR,
			SLEEP_APP,
			AttestationKind::SecurityAudit,
			AttestationOutcome::Passed,
			9,
		);
	});
}

#[test]
fn attest_fails_when_ids_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextAttestationId::<Test>::put(u32::MAX);
		assert_noop!(
			attest_app(None, AttestationKind::SecurityAudit, AttestationOutcome::Passed, None, 9),
			Error::<Test>::NoAttestationIdAvailable
		);
	});
}

#[test]
fn attest_fails_when_deposit_unaffordable() {
	ExtBuilder::default().build_and_execute(|| {
		Assessors::<Test>::insert(
			POOR,
			AssessorInfo { name: assessor_name("Poor assessor"), metadata: None, added_at: 1 },
		);
		assert_noop!(
			Reputation::attest(
				RuntimeOrigin::signed(POOR),
				APP,
				None,
				AttestationKind::SecurityAudit,
				AttestationOutcome::Passed,
				None,
				metadata("ipfs://report"),
				20,
			),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn attest_rejects_unsigned_and_root() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Reputation::attest(
					origin,
					APP,
					None,
					AttestationKind::SecurityAudit,
					AttestationOutcome::Passed,
					None,
					metadata("ipfs://report"),
					20,
				),
				DispatchError::BadOrigin
			);
		}
	});
}
