//! Reading reputation: the score, the summary behind [`ReputationInspect`], and the queries
//! behind the runtime API.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_reputation_runtime_api::ProductReputation;
use wellbeing_traits::{
	AttestationKind, AttestationKindSet, Category, EvidenceLevel, ProductId, ProductInspect,
	ProductStatus, ReputationInspect, ReputationSummary,
};

impl<T: Config> Pallet<T> {
	/// Returns the score of a product with `aggregate` as its reviews, in thousandths of a
	/// star.
	///
	/// The score is `(PriorWeight * PriorScore * 3 + 1000 * rating_sum) / (3 * (PriorWeight +
	/// review_count))`, where `rating_sum` adds all three dimensions. A product without
	/// reviews scores `PriorScore`.
	pub fn score(aggregate: &Aggregate) -> u32 {
		let prior_score = T::PriorScore::get();
		if aggregate.review_count == 0 {
			return prior_score;
		}
		let prior_weight = u128::from(T::PriorWeight::get());
		let rating_sum = u128::from(aggregate.satisfaction_sum)
			.saturating_add(u128::from(aggregate.effectiveness_sum))
			.saturating_add(u128::from(aggregate.reliability_sum));
		let numerator = prior_weight
			.saturating_mul(u128::from(prior_score))
			.saturating_mul(3)
			.saturating_add(rating_sum.saturating_mul(1000));
		let denominator =
			prior_weight.saturating_add(u128::from(aggregate.review_count)).saturating_mul(3);
		// The score is a weighted mean of `PriorScore` and ratings of at most 5000, so it fits
		// in a u32; saturate anyway rather than trust the configuration.
		numerator
			.checked_div(denominator)
			.map_or(prior_score, |score| u32::try_from(score).unwrap_or(u32::MAX))
	}

	/// Returns whether `attestation` is in force at block `now`: not revoked, not expired, and
	/// made by an assessor who is still registered. Its outcome does not matter.
	pub fn is_in_force(attestation: &AttestationOf<T>, now: BlockNumberFor<T>) -> bool {
		!attestation.revoked
			&& attestation.valid_until > now
			&& Assessors::<T>::contains_key(&attestation.assessor)
	}

	/// Returns whether `attestation` counts towards its product's valid attestations at block
	/// `now`: in force (see [`Self::is_in_force`]) with a passed outcome.
	pub fn is_valid(attestation: &AttestationOf<T>, now: BlockNumberFor<T>) -> bool {
		attestation.outcome.is_passed() && Self::is_in_force(attestation, now)
	}

	/// Returns the reputation of `product_id` as of the current block.
	///
	/// Reads the product's aggregate, its attestation list, and each listed attestation with
	/// its assessor: at most `2 + 2 * MaxAttestationsPerProduct` storage reads. An unknown
	/// product gets the summary of a product without reviews or attestations.
	pub fn reputation_summary(product_id: ProductId) -> ReputationSummary {
		let aggregate = Aggregates::<T>::get(product_id).unwrap_or_default();
		let now = frame_system::Pallet::<T>::block_number();

		let mut valid_attestations = AttestationKindSet::default();
		let mut evidence_level: Option<EvidenceLevel> = None;
		for attestation_id in ProductAttestations::<T>::get(product_id) {
			let Some(attestation) = Attestations::<T>::get(attestation_id) else {
				continue;
			};
			if !Self::is_valid(&attestation, now) {
				continue;
			}
			valid_attestations.insert(attestation.kind);
			if attestation.kind == AttestationKind::ClinicalEvidence {
				evidence_level = evidence_level.max(attestation.evidence_level);
			}
		}

		ReputationSummary {
			review_count: aggregate.review_count,
			satisfaction_sum: aggregate.satisfaction_sum,
			effectiveness_sum: aggregate.effectiveness_sum,
			reliability_sum: aggregate.reliability_sum,
			score: Self::score(&aggregate),
			valid_attestations,
			evidence_level,
		}
	}

	/// Returns the reputation of `product_id` with its registry facts, or `None` if the
	/// registry has no such product. Backs the runtime API's `summary`.
	pub fn product_reputation(product_id: ProductId) -> Option<ProductReputation> {
		let product = T::Products::product(product_id)?;
		Some(ProductReputation::new(
			product_id,
			product.category,
			product.status,
			Self::reputation_summary(product_id),
		))
	}

	/// Returns a page of active products with at least one review, ranked by score (highest
	/// first), then review count (highest first), then product id (lowest first).
	///
	/// `category` keeps only products of that category. The page skips `offset` ranked
	/// products and contains at most `limit`. Backs the runtime API's `ranking`.
	// NOTE: this iterates every reviewed product and reads each one's registry entry, so its
	// cost grows with the number of reviewed products. It is meant for off-chain runtime API
	// calls only; never call it from a dispatchable or a hook.
	pub fn ranking(category: Option<Category>, offset: u32, limit: u32) -> Vec<ProductReputation> {
		struct Ranked {
			product_id: ProductId,
			category: Category,
			score: u32,
			review_count: u32,
		}

		let mut ranked: Vec<Ranked> = Aggregates::<T>::iter()
			.filter_map(|(product_id, aggregate)| {
				let product = T::Products::product(product_id)?;
				let category_matches = category.is_none_or(|wanted| wanted == product.category);
				(product.status == ProductStatus::Active && category_matches).then(|| Ranked {
					product_id,
					category: product.category,
					score: Self::score(&aggregate),
					review_count: aggregate.review_count,
				})
			})
			.collect();
		ranked.sort_unstable_by(|a, b| {
			b.score
				.cmp(&a.score)
				.then(b.review_count.cmp(&a.review_count))
				.then(a.product_id.cmp(&b.product_id))
		});

		let offset = usize::try_from(offset).unwrap_or(usize::MAX);
		let limit = usize::try_from(limit).unwrap_or(usize::MAX);
		ranked
			.into_iter()
			.skip(offset)
			.take(limit)
			.map(|entry| {
				ProductReputation::new(
					entry.product_id,
					entry.category,
					ProductStatus::Active,
					Self::reputation_summary(entry.product_id),
				)
			})
			.collect()
	}
}

impl<T: Config> ReputationInspect for Pallet<T> {
	fn summary(product: ProductId) -> ReputationSummary {
		Self::reputation_summary(product)
	}
}
