use super::*;
use crate::{Attestations, Error, Event, ProductAttestations};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

fn audit_of(product_id: ProductId) -> AttestationId {
	attest_with(
		ASSESSOR,
		product_id,
		AttestationKind::SecurityAudit,
		AttestationOutcome::Passed,
		50,
	)
}

#[test]
fn remove_attestation_deletes_revoked_and_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = audit_of(APP);
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));

		assert_ok!(Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));

		System::assert_last_event(
			Event::AttestationRemoved { attestation_id, product_id: APP, assessor: ASSESSOR }
				.into(),
		);
		assert_eq!(Attestations::<Test>::get(attestation_id), None);
		assert!(!ProductAttestations::<Test>::contains_key(APP));
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), 0);
		assert_eq!(free(ASSESSOR), INITIAL_BALANCE);
	});
}

#[test]
fn remove_attestation_keeps_other_ids_listed() {
	ExtBuilder::default().build_and_execute(|| {
		let first = audit_of(APP);
		let second = audit_of(APP);
		let third = audit_of(APP);
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), second));

		assert_ok!(Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), second));

		assert_eq!(ProductAttestations::<Test>::get(APP).into_inner(), vec![first, third]);
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), 2 * ATTESTATION_DEPOSIT);
	});
}

#[test]
fn remove_attestation_deletes_expired() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = audit_of(APP);
		System::set_block_number(49);
		assert_noop!(
			Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id),
			Error::<Test>::AttestationStillValid
		);

		// `valid_until` is the first block in which the attestation no longer counts.
		System::set_block_number(50);
		assert_ok!(Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), 0);
	});
}

#[test]
fn remove_attestation_deletes_after_assessor_removed() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = audit_of(APP);
		assert_ok!(Reputation::remove_assessor(RuntimeOrigin::root(), ASSESSOR));

		assert_ok!(Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		assert_eq!(Attestations::<Test>::get(attestation_id), None);
		assert_eq!(held(ASSESSOR, HoldReason::AttestationDeposit), 0);
	});
}

#[test]
fn remove_attestation_frees_slot_for_new_attestation() {
	ExtBuilder::default().build_and_execute(|| {
		let ids: Vec<_> = (0..MAX_ATTESTATIONS).map(|_| audit_of(APP)).collect();
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), ids[0]));
		assert_ok!(Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), ids[0]));

		let new_id = audit_of(APP);
		assert_eq!(ProductAttestations::<Test>::get(APP).len(), MAX_ATTESTATIONS as usize);
		assert!(ProductAttestations::<Test>::get(APP).contains(&new_id));
	});
}

#[test]
fn remove_attestation_fails_when_still_valid() {
	ExtBuilder::default().build_and_execute(|| {
		let passed = audit_of(APP);
		// A failed outcome still counts as a statement in force until revoked or expired.
		let failed = attest_with(
			ASSESSOR,
			APP,
			AttestationKind::DataProtection,
			AttestationOutcome::Failed,
			50,
		);
		for attestation_id in [passed, failed] {
			assert_noop!(
				Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id),
				Error::<Test>::AttestationStillValid
			);
		}
	});
}

#[test]
fn remove_attestation_fails_when_missing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Reputation::remove_attestation(RuntimeOrigin::signed(ASSESSOR), 3),
			Error::<Test>::AttestationNotFound
		);
	});
}

#[test]
fn remove_attestation_fails_when_signer_not_its_assessor() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = audit_of(APP);
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		for signer in [OTHER_ASSESSOR, ALICE, PROVIDER] {
			assert_noop!(
				Reputation::remove_attestation(RuntimeOrigin::signed(signer), attestation_id),
				Error::<Test>::NotAttestationAssessor
			);
		}
	});
}

#[test]
fn remove_attestation_rejects_unsigned_and_root() {
	ExtBuilder::default().build_and_execute(|| {
		let attestation_id = audit_of(APP);
		assert_ok!(Reputation::revoke_attestation(RuntimeOrigin::signed(ASSESSOR), attestation_id));
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Reputation::remove_attestation(origin, attestation_id),
				DispatchError::BadOrigin
			);
		}
	});
}
