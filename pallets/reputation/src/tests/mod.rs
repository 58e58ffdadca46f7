//! Unit tests of the reputation pallet, one file per call or topic.

use crate::{mock::*, AttestationId, HoldReason, NextAttestationId};
use frame_support::{
	assert_ok,
	pallet_prelude::DispatchResult,
	traits::fungible::{Inspect, InspectHold},
};
use frame_system::pallet_prelude::BlockNumberFor;
use wellbeing_traits::{AttestationKind, AttestationOutcome, EvidenceLevel, ProductId, Rating};

mod add_assessor;
mod attest;
mod ranking;
mod remove_assessor;
mod remove_attestation;
mod revoke_attestation;
mod score;
mod submit_review;
mod summary;
mod withdraw_review;

/// Returns the amount held from `who` for `reason`.
fn held(who: u64, reason: HoldReason) -> u64 {
	<Balances as InspectHold<u64>>::balance_on_hold(&reason.into(), &who)
}

/// Returns the free balance of `who`.
fn free(who: u64) -> u64 {
	<Balances as Inspect<u64>>::balance(&who)
}

/// Submits `reviewer`'s review of version 0 of `product_id`, without comment or app.
fn review(reviewer: u64, product_id: ProductId, ratings: [Rating; 3]) -> DispatchResult {
	let [satisfaction, effectiveness, reliability] = ratings;
	Reputation::submit_review(
		RuntimeOrigin::signed(reviewer),
		product_id,
		0,
		satisfaction,
		effectiveness,
		reliability,
		None,
		None,
	)
}

/// Makes an attestation of `product_id` by `assessor` without evidence level and returns its
/// id.
fn attest_with(
	assessor: u64,
	product_id: ProductId,
	kind: AttestationKind,
	outcome: AttestationOutcome,
	valid_until: BlockNumberFor<Test>,
) -> AttestationId {
	let attestation_id = NextAttestationId::<Test>::get();
	assert_ok!(Reputation::attest(
		RuntimeOrigin::signed(assessor),
		product_id,
		None,
		kind,
		outcome,
		None,
		metadata("ipfs://report"),
		valid_until,
	));
	attestation_id
}

/// Makes a passed clinical evidence attestation of `product_id` with `level`, valid until
/// block 100, and returns its id.
fn attest_clinical(product_id: ProductId, level: Option<EvidenceLevel>) -> AttestationId {
	let attestation_id = NextAttestationId::<Test>::get();
	assert_ok!(Reputation::attest(
		RuntimeOrigin::signed(ASSESSOR),
		product_id,
		None,
		AttestationKind::ClinicalEvidence,
		AttestationOutcome::Passed,
		level,
		metadata("ipfs://study"),
		100,
	));
	attestation_id
}
