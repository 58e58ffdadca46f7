//! Bodies of the pallet's calls. The calls check the origin and the argument values; these
//! helpers check everything that needs storage, then write.

use crate::{pallet::*, types::*, LOG_TARGET};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use wellbeing_traits::{
	AttestationKind, AttestationOutcome, EvidenceLevel, ProductId, ProductInspect, ProductStatus,
	Rating,
};

impl<T: Config> Pallet<T> {
	/// Stores `reviewer`'s review of `product_id` and adjusts the product's aggregate.
	///
	/// `ratings` are (satisfaction, effectiveness, reliability), already checked to lie in
	/// 1..=5.
	pub(crate) fn do_submit_review(
		reviewer: T::AccountId,
		product_id: ProductId,
		version: u32,
		ratings: [Rating; 3],
		comment: Option<MetadataRefOf<T>>,
		recorded_by: Option<ProductId>,
	) -> DispatchResult {
		let product = T::Products::product(product_id).ok_or(Error::<T>::ProductNotFound)?;
		ensure!(product.status != ProductStatus::Retired, Error::<T>::ProductRetired);
		ensure!(version < product.version_count, Error::<T>::UnknownVersion);
		ensure!(product.provider != reviewer, Error::<T>::CannotReviewOwnProduct);
		if let Some(app) = recorded_by {
			ensure!(T::Products::product(app).is_some(), Error::<T>::RecordingAppNotFound);
		}

		let previous = Reviews::<T>::get(product_id, &reviewer);
		let aggregate = Aggregates::<T>::get(product_id).unwrap_or_default();
		let aggregate = match &previous {
			Some(old) => aggregate.without_review(old.ratings()).ok_or_else(|| {
				log::error!(
					target: LOG_TARGET,
					"aggregate of product {product_id} lacks a stored review: {aggregate:?}"
				);
				Error::<T>::AggregateInconsistent
			})?,
			None => aggregate,
		};
		let aggregate = aggregate.with_review(ratings).ok_or(Error::<T>::AggregateOverflow)?;

		let deposit = match &previous {
			Some(old) => old.deposit,
			None => {
				let deposit = T::ReviewDeposit::get();
				T::Currency::hold(&HoldReason::ReviewDeposit.into(), &reviewer, deposit)?;
				deposit
			}
		};

		let [satisfaction, effectiveness, reliability] = ratings;
		let review = Review {
			version,
			satisfaction,
			effectiveness,
			reliability,
			comment,
			recorded_by,
			submitted_at: frame_system::Pallet::<T>::block_number(),
			deposit,
		};
		Reviews::<T>::insert(product_id, &reviewer, review);
		Aggregates::<T>::insert(product_id, aggregate);

		Self::deposit_event(Event::ReviewSubmitted {
			product_id,
			reviewer,
			version,
			satisfaction,
			effectiveness,
			reliability,
			replaced: previous.is_some(),
		});
		Ok(())
	}

	/// Deletes `reviewer`'s review of `product_id`, adjusts the aggregate and releases the
	/// review's deposit.
	pub(crate) fn do_withdraw_review(
		reviewer: T::AccountId,
		product_id: ProductId,
	) -> DispatchResult {
		let review = Reviews::<T>::get(product_id, &reviewer).ok_or(Error::<T>::ReviewNotFound)?;
		let aggregate = Aggregates::<T>::get(product_id)
			.unwrap_or_default()
			.without_review(review.ratings())
			.ok_or_else(|| {
				log::error!(
					target: LOG_TARGET,
					"aggregate of product {product_id} lacks the review of {reviewer:?}"
				);
				Error::<T>::AggregateInconsistent
			})?;

		Reviews::<T>::remove(product_id, &reviewer);
		if aggregate.review_count == 0 {
			Aggregates::<T>::remove(product_id);
		} else {
			Aggregates::<T>::insert(product_id, aggregate);
		}
		Self::release_deposit(HoldReason::ReviewDeposit, &reviewer, review.deposit)?;

		Self::deposit_event(Event::ReviewWithdrawn { product_id, reviewer });
		Ok(())
	}

	/// Registers `assessor`.
	pub(crate) fn do_add_assessor(
		assessor: T::AccountId,
		name: BoundedVec<u8, T::MaxAssessorNameLen>,
		metadata: Option<MetadataRefOf<T>>,
	) -> DispatchResult {
		ensure!(!Assessors::<T>::contains_key(&assessor), Error::<T>::AssessorAlreadyExists);
		let info =
			AssessorInfo { name, metadata, added_at: frame_system::Pallet::<T>::block_number() };
		Assessors::<T>::insert(&assessor, info);
		Self::deposit_event(Event::AssessorAdded { assessor });
		Ok(())
	}

	/// Removes `assessor`; its attestations stay stored.
	pub(crate) fn do_remove_assessor(assessor: T::AccountId) -> DispatchResult {
		ensure!(Assessors::<T>::contains_key(&assessor), Error::<T>::AssessorNotFound);
		Assessors::<T>::remove(&assessor);
		Self::deposit_event(Event::AssessorRemoved { assessor });
		Ok(())
	}

	/// Stores a new attestation by `assessor`, who is already checked to be registered, and
	/// holds its deposit.
	pub(crate) fn do_attest(
		assessor: T::AccountId,
		product_id: ProductId,
		version: Option<u32>,
		kind: AttestationKind,
		outcome: AttestationOutcome,
		evidence_level: Option<EvidenceLevel>,
		evidence: MetadataRefOf<T>,
		valid_until: BlockNumberFor<T>,
	) -> DispatchResult {
		let product = T::Products::product(product_id).ok_or(Error::<T>::ProductNotFound)?;
		if let Some(version) = version {
			ensure!(version < product.version_count, Error::<T>::UnknownVersion);
		}

		let attestation_id = NextAttestationId::<T>::get();
		let next_id = attestation_id.checked_add(1).ok_or(Error::<T>::NoAttestationIdAvailable)?;
		let mut product_attestations = ProductAttestations::<T>::get(product_id);
		product_attestations
			.try_push(attestation_id)
			.map_err(|_| Error::<T>::TooManyAttestations)?;

		let deposit = T::AttestationDeposit::get();
		T::Currency::hold(&HoldReason::AttestationDeposit.into(), &assessor, deposit)?;

		let attestation = Attestation {
			product_id,
			assessor: assessor.clone(),
			kind,
			outcome,
			version,
			evidence_level,
			evidence,
			attested_at: frame_system::Pallet::<T>::block_number(),
			valid_until,
			revoked: false,
			deposit,
		};
		Attestations::<T>::insert(attestation_id, attestation);
		ProductAttestations::<T>::insert(product_id, product_attestations);
		NextAttestationId::<T>::put(next_id);

		Self::deposit_event(Event::Attested {
			attestation_id,
			product_id,
			assessor,
			kind,
			outcome,
		});
		Ok(())
	}

	/// Marks attestation `attestation_id` revoked, if `assessor` made it.
	pub(crate) fn do_revoke_attestation(
		assessor: T::AccountId,
		attestation_id: AttestationId,
	) -> DispatchResult {
		let product_id = Attestations::<T>::try_mutate(attestation_id, |maybe_attestation| {
			let attestation = maybe_attestation.as_mut().ok_or(Error::<T>::AttestationNotFound)?;
			ensure!(attestation.assessor == assessor, Error::<T>::NotAttestationAssessor);
			ensure!(!attestation.revoked, Error::<T>::AlreadyRevoked);
			attestation.revoked = true;
			Ok::<_, Error<T>>(attestation.product_id)
		})?;

		Self::deposit_event(Event::AttestationRevoked { attestation_id, product_id, assessor });
		Ok(())
	}

	/// Deletes attestation `attestation_id`, if `assessor` made it and it no longer counts,
	/// and releases its deposit.
	pub(crate) fn do_remove_attestation(
		assessor: T::AccountId,
		attestation_id: AttestationId,
	) -> DispatchResult {
		let attestation =
			Attestations::<T>::get(attestation_id).ok_or(Error::<T>::AttestationNotFound)?;
		ensure!(attestation.assessor == assessor, Error::<T>::NotAttestationAssessor);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(!Self::is_in_force(&attestation, now), Error::<T>::AttestationStillValid);

		let product_id = attestation.product_id;
		ProductAttestations::<T>::mutate_exists(product_id, |maybe_ids| {
			if let Some(ids) = maybe_ids {
				ids.retain(|id| *id != attestation_id);
				if ids.is_empty() {
					*maybe_ids = None;
				}
			}
		});
		Attestations::<T>::remove(attestation_id);
		Self::release_deposit(HoldReason::AttestationDeposit, &assessor, attestation.deposit)?;

		Self::deposit_event(Event::AttestationRemoved { attestation_id, product_id, assessor });
		Ok(())
	}

	/// Releases `amount` held from `who` for `reason`, or as much as is held if that is less.
	///
	/// The pallet never slashes its holds, so a shortfall means that other runtime code changed
	/// the hold. The shortfall is logged and the rest is released, because the owner must still
	/// be able to delete the item.
	fn release_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let released = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)?;
		if released < amount {
			log::warn!(
				target: LOG_TARGET,
				"released {released:?} of a {amount:?} {reason:?} deposit held from {who:?}"
			);
		}
		Ok(())
	}
}

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks the pallet's storage invariants.
	///
	/// - Each aggregate equals the totals of the product's stored reviews and is non-empty,
	///   and every reviewed product has an aggregate.
	/// - Every stored rating lies in 1..=5.
	/// - Every id in `ProductAttestations` names an attestation of that product, no id appears
	///   twice, and every attestation is listed under its product.
	/// - Every attestation id is below `NextAttestationId`.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;

		let mut totals: BTreeMap<ProductId, Aggregate> = BTreeMap::new();
		for (product_id, _, review) in Reviews::<T>::iter() {
			ensure!(ratings_valid(review.ratings()), "a stored review has an invalid rating");
			let entry = totals.entry(product_id).or_default();
			*entry = entry.with_review(review.ratings()).ok_or("review totals overflow")?;
		}
		for (product_id, aggregate) in Aggregates::<T>::iter() {
			ensure!(aggregate.review_count > 0, "an aggregate with zero reviews is stored");
			ensure!(
				totals.remove(&product_id) == Some(aggregate),
				"an aggregate differs from the totals of its reviews"
			);
		}
		ensure!(totals.is_empty(), "a reviewed product has no aggregate");

		let next_id = NextAttestationId::<T>::get();
		let mut listed = 0usize;
		for (product_id, ids) in ProductAttestations::<T>::iter() {
			ensure!(!ids.is_empty(), "an empty attestation list is stored");
			ensure!(
				ids.len() <= usize::try_from(T::MaxAttestationsPerProduct::get()).unwrap_or(0),
				"an attestation list exceeds its bound"
			);
			let mut sorted = ids.clone().into_inner();
			sorted.sort_unstable();
			sorted.dedup();
			ensure!(sorted.len() == ids.len(), "an attestation id is listed twice");
			for id in ids.iter() {
				let attestation =
					Attestations::<T>::get(id).ok_or("a listed attestation is missing")?;
				ensure!(
					attestation.product_id == product_id,
					"an attestation is listed under another product"
				);
			}
			listed = listed.saturating_add(ids.len());
		}
		let mut stored = 0usize;
		for (id, _) in Attestations::<T>::iter() {
			ensure!(id < next_id, "an attestation id is not below NextAttestationId");
			stored = stored.saturating_add(1);
		}
		ensure!(stored == listed, "an attestation is not listed under its product");
		Ok(())
	}
}
