use super::*;
use crate::{Attestations, Error, Event};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

fn certification_of_app() -> AttestationId {
	attest_with(ASSESSOR, APP, AttestationKind::Certification, AttestationOutcome::Passed, 50)
}

#[test]
fn revoke_attestation_marks_record_revoked() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = certification_of_app();

		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));

		System::assert_last_event(
			Event::AttestationRevoked { attestation_id, product_id: APP, assessor: ASSESSOR }
				.into(),
		);
		let attestation = Attestations::<Test>::get(attestation_id).unwrap();
		assert!(attestation.revoked);
		assert_eq!(attestation.outcome, AttestationOutcome::Passed);
		// The deposit stays held until the attestation is removed.
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), ATTESTATION_DEPOSIT);
	});
}

#[test]
fn revoke_attestation_works_after_assessor_removed() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = certification_of_app();
		assert_ok!(Reputation::remove_assessor(RuntimeOrigin::root(), ASSESSOR));

		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		assert!(Attestations::<Test>::get(attestation_id).unwrap().revoked);
	});
}

#[test]
fn revoke_attestation_fails_when_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), 7),
			Error::<Test>::AttestationNotFound
		);
	});
}

#[test]
fn revoke_attestation_fails_when_signer_not_its_assessor() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = certification_of_app();
		for signer in [OTHER_ASSESSOR, ALICE, PROVIDER] {
			assert_noop!(
				Reputation::revoke_attestation(RuntimeOrigin::signed(signer), attestation_id),
				Error::<Test>::NotAttestationAssessor
			);
		}
	});
}

#[test]
fn revoke_attestation_fails_when_already_revoked() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = certification_of_app();
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		assert_noop!(
			Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn revoke_attestation_rejects_unsigned_and_root() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = certification_of_app();
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Reputation::revoke_attestation(origin, attestation_id),
				DispatchError::BadOrigin
			);
		}
	});
}
