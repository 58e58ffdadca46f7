//! # Reputation pallet
//!
//! Reputation of the wellbeing products listed in the product registry: reviews by any
//! account, attestations by assessors that governance approves, and the aggregates that make
//! both usable. The chain proves who stated what about a product and when. It does not prove
//! that a statement is true.
//!
//! ## Reviews
//!
//! Any signed account except the product's provider rates a product version from 1 to 5 on
//! satisfaction, effectiveness and reliability. Each account has at most one review per
//! product; a new review replaces the old one. The first review holds
//! [`Config::ReviewDeposit`] from the reviewer, and withdrawing the review releases it.
//!
//! [`Aggregates`] keeps each product's review count and rating sums. Every submission,
//! replacement and withdrawal adjusts them in O(1) by subtracting the old ratings and adding the
//! new ones, so they are never recomputed from [`Reviews`].
//!
//! ## Score
//!
//! A product's score, in thousandths of a star, is the Bayesian average of its ratings and a
//! prior of [`Config::PriorWeight`] virtual reviews that rate [`Config::PriorScore`]:
//!
//! ```text
//! score = (PriorWeight * PriorScore * 3 + 1000 * (satisfaction_sum + effectiveness_sum
//!          + reliability_sum)) / (3 * (PriorWeight + review_count))
//! ```
//!
//! The division is integer division in `u128`, rounded down. A product without reviews scores
//! `PriorScore`. With the suggested prior of 3.0 stars (`PriorScore = 3000`) worth 5 reviews
//! (`PriorWeight = 5`), one 5-star review moves a new product only from 3.000 to 3.333, while
//! 100 such reviews move it to 4.904. A handful of reviews, possibly by the provider's friends,
//! cannot lift a product far above its established rivals.
//!
//! ## Attestations
//!
//! An assessor states the outcome of a certification, clinical study, security audit, data
//! protection or accessibility assessment, with a reference to the evidence and a validity
//! end. Each attestation holds [`Config::AttestationDeposit`] from the assessor. The assessor
//! can revoke an attestation, which keeps the record. Once the attestation is revoked, expired or
//! its assessor removed, the assessor can remove it, which deletes it and releases the deposit.
//!
//! An attestation counts towards a product's valid attestations while it is not revoked, its
//! `valid_until` block is later than the current block, its outcome is passed
//! ([`wellbeing_traits::AttestationOutcome::is_passed`]), and its assessor is still registered. Removing an
//! assessor therefore withdraws every statement the assessor made.
//!
//! ## Calls
//!
//! | Index | Call | Origin | Deposit | Event |
//! |---|---|---|---|---|
//! | 0 | `submit_review` | signed | holds `ReviewDeposit` once | `ReviewSubmitted` |
//! | 1 | `withdraw_review` | the reviewer | releases it | `ReviewWithdrawn` |
//! | 2 | `add_assessor` | `GovernanceOrigin` | none | `AssessorAdded` |
//! | 3 | `remove_assessor` | `GovernanceOrigin` | none | `AssessorRemoved` |
//! | 4 | `attest` | an assessor | holds `AttestationDeposit` | `Attested` |
//! | 5 | `revoke_attestation` | its assessor | stays held | `AttestationRevoked` |
//! | 6 | `remove_attestation` | its assessor | releases it | `AttestationRemoved` |
//!
//! ## Storage
//!
//! - [`Reviews`]: (product, reviewer) to [`Review`].
//! - [`Aggregates`]: product to [`Aggregate`], present while the product has reviews.
//! - [`Assessors`]: account to [`AssessorInfo`].
//! - [`NextAttestationId`]: id the next attestation gets.
//! - [`Attestations`]: attestation id to [`Attestation`].
//! - [`ProductAttestations`]: product to the ids of its attestations, at most
//!   [`Config::MaxAttestationsPerProduct`], so reading a product's attestations is bounded.
//!
//! ## Reading reputation
//!
//! Other pallets read a product's reputation through
//! [`wellbeing_traits::ReputationInspect`]. Nodes call [`Pallet::product_reputation`] and
//! [`Pallet::ranking`] through the runtime API of crate `pallet-reputation-runtime-api`.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(
	not(test),
	deny(
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::panic,
		clippy::indexing_slicing,
		clippy::arithmetic_side_effects
	)
)]

extern crate alloc;

mod functions;
mod impl_reputation;
pub mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::reputation";

// The code that `#[frame_support::pallet]` generates for the pallet struct, the storage items and
// the error enum calls `expect`, which the crate-level `deny` would reject. The hand-written code
// in this module calls neither `expect` nor `unwrap`.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, EnsureOrigin},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{StaticLookup, Zero};
	use wellbeing_traits::{
		AttestationKind, AttestationOutcome, EvidenceLevel, ProductId, ProductInspect, Rating,
	};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Currency from which review and attestation deposits are held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Origin that adds and removes assessors.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Read access to the product registry.
		type Products: ProductInspect<Self::AccountId>;

		/// Amount held from a reviewer for each product they review.
		#[pallet::constant]
		type ReviewDeposit: Get<BalanceOf<Self>>;

		/// Amount held from an assessor for each attestation.
		#[pallet::constant]
		type AttestationDeposit: Get<BalanceOf<Self>>;

		/// Maximum length of a metadata URI, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Maximum length of an assessor's name, in bytes.
		#[pallet::constant]
		type MaxAssessorNameLen: Get<u32>;

		/// Maximum number of attestations a product can have, revoked and expired ones
		/// included until their assessor removes them.
		#[pallet::constant]
		type MaxAttestationsPerProduct: Get<u32>;

		/// Number of virtual reviews the score's prior is worth.
		#[pallet::constant]
		type PriorWeight: Get<u32>;

		/// Rating of the score's virtual reviews, in thousandths of a star (3000 is 3.0 stars).
		/// It is also the score of a product without reviews.
		#[pallet::constant]
		type PriorScore: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Reasons for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a review, held from the reviewer.
		ReviewDeposit,
		/// Deposit for an attestation, held from the assessor.
		AttestationDeposit,
	}

	/// Reviews by product and reviewer.
	///
	/// Both keys are chosen by the signer of `submit_review`, so both use `Blake2_128Concat`
	/// to keep the trie balanced.
	#[pallet::storage]
	pub type Reviews<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		ProductId,
		Blake2_128Concat,
		T::AccountId,
		ReviewOf<T>,
		OptionQuery,
	>;

	/// Review count and rating sums by product, present while the product has reviews.
	///
	/// The product id is chosen by reviewers, hence `Blake2_128Concat`.
	#[pallet::storage]
	pub type Aggregates<T: Config> =
		StorageMap<_, Blake2_128Concat, ProductId, Aggregate, OptionQuery>;

	/// Registered assessors.
	///
	/// Governance chooses the account, but `Blake2_128Concat` costs little here and keeps the
	/// map safe if account ids can be crafted.
	#[pallet::storage]
	pub type Assessors<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AssessorInfoOf<T>, OptionQuery>;

	/// Id the next attestation gets.
	#[pallet::storage]
	pub type NextAttestationId<T: Config> = StorageValue<_, AttestationId, ValueQuery>;

	/// Attestations by id.
	///
	/// The pallet assigns ids from a counter, so no user can choose a key and `Twox64Concat`
	/// is safe.
	#[pallet::storage]
	pub type Attestations<T: Config> =
		StorageMap<_, Twox64Concat, AttestationId, AttestationOf<T>, OptionQuery>;

	/// Ids of each product's attestations, in creation order.
	///
	/// The product id is chosen by assessors, hence `Blake2_128Concat`.
	#[pallet::storage]
	pub type ProductAttestations<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		ProductId,
		BoundedVec<AttestationId, T::MaxAttestationsPerProduct>,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Assessors accredited at genesis, as `(account, name)`.
		pub assessors: alloc::vec::Vec<(T::AccountId, alloc::string::String)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (assessor, name) in &self.assessors {
				// A chain spec with an oversize name must not start a chain.
				let name: BoundedVec<u8, T::MaxAssessorNameLen> = name
					.as_bytes()
					.to_vec()
					.try_into()
					.expect("genesis assessor name is longer than MaxAssessorNameLen");
				let info = AssessorInfo { name, metadata: None, added_at: Zero::zero() };
				Assessors::<T>::insert(assessor, info);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A review was stored, replacing the reviewer's previous review of the product if
		/// `replaced` is true.
		ReviewSubmitted {
			/// Product reviewed.
			product_id: ProductId,
			/// Account that wrote the review.
			reviewer: T::AccountId,
			/// Index of the product version reviewed.
			version: u32,
			/// Satisfaction rating, 1 to 5.
			satisfaction: Rating,
			/// Effectiveness rating, 1 to 5.
			effectiveness: Rating,
			/// Reliability rating, 1 to 5.
			reliability: Rating,
			/// Whether the review replaced an earlier one by the same reviewer.
			replaced: bool,
		},
		/// A review was withdrawn and its deposit released.
		ReviewWithdrawn {
			/// Product the review was about.
			product_id: ProductId,
			/// Account that wrote the review.
			reviewer: T::AccountId,
		},
		/// Governance registered an assessor.
		AssessorAdded {
			/// Account of the assessor.
			assessor: T::AccountId,
		},
		/// Governance removed an assessor; the assessor's attestations no longer count.
		AssessorRemoved {
			/// Account of the former assessor.
			assessor: T::AccountId,
		},
		/// An assessor made an attestation about a product.
		Attested {
			/// Id of the new attestation.
			attestation_id: AttestationId,
			/// Product assessed.
			product_id: ProductId,
			/// Assessor who made the attestation.
			assessor: T::AccountId,
			/// Kind of assessment.
			kind: AttestationKind,
			/// Result of the assessment.
			outcome: AttestationOutcome,
		},
		/// An assessor revoked an attestation; the record stays, marked revoked.
		AttestationRevoked {
			/// Id of the revoked attestation.
			attestation_id: AttestationId,
			/// Product the attestation is about.
			product_id: ProductId,
			/// Assessor who revoked it.
			assessor: T::AccountId,
		},
		/// An assessor removed a revoked or expired attestation and got the deposit back.
		AttestationRemoved {
			/// Id of the removed attestation.
			attestation_id: AttestationId,
			/// Product the attestation was about.
			product_id: ProductId,
			/// Assessor who removed it.
			assessor: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A rating is outside 1 to 5. Rate each dimension from 1 (worst) to 5 (best).
		InvalidRating,
		/// The product id does not exist. Check the id in the product registry's storage or
		/// its `ProductRegistered` event.
		ProductNotFound,
		/// The product is retired, so it takes no new reviews. Review an active product.
		ProductRetired,
		/// The version index is not below the product's version count, or the product has no
		/// version yet. Use an index from 0 to `version_count - 1`, or wait until the provider
		/// publishes a version.
		UnknownVersion,
		/// The `recorded_by` product id does not exist. Pass the id of a registered app, or
		/// `None`.
		RecordingAppNotFound,
		/// The signer is the product's provider, who cannot review their own product. Review
		/// from an account that is not the provider.
		CannotReviewOwnProduct,
		/// The signer has no review of this product. Check the product id and the signing
		/// account.
		ReviewNotFound,
		/// The product's review count or rating sums would overflow. This needs about four
		/// billion reviews of one product and indicates corrupt storage; report it.
		AggregateOverflow,
		/// The product's aggregate does not contain the review being replaced or withdrawn.
		/// This indicates corrupt storage; report it.
		AggregateInconsistent,
		/// The account is already an assessor. Remove it first to register it again.
		AssessorAlreadyExists,
		/// The account is not an assessor. Check the account in the `Assessors` storage.
		AssessorNotFound,
		/// The signer is not a registered assessor. Ask governance to add the account with
		/// `add_assessor`.
		NotAssessor,
		/// An `AttestationOutcome::Score` is above 100. Give a score from 0 to 100.
		InvalidScore,
		/// `valid_until` is not later than the current block. Give a future block number.
		ValidityInPast,
		/// An evidence level was given for an attestation kind other than
		/// `ClinicalEvidence`. Pass `None`, or use kind `ClinicalEvidence`.
		EvidenceLevelNotApplicable,
		/// The product has `MaxAttestationsPerProduct` attestations. Its assessors must remove
		/// revoked or expired ones first.
		TooManyAttestations,
		/// Every attestation id has been used. No new attestation can be made; report it.
		NoAttestationIdAvailable,
		/// The attestation id does not exist. Check the id in the `Attested` event.
		AttestationNotFound,
		/// The signer is not the attestation's assessor. Sign with the assessor's account.
		NotAttestationAssessor,
		/// The attestation is already revoked. Nothing to do; remove it to release the
		/// deposit.
		AlreadyRevoked,
		/// The attestation still counts: it is not revoked, not expired and its assessor is
		/// registered. Revoke it first with `revoke_attestation`.
		AttestationStillValid,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxAttestationsPerProduct::get() > 0,
				"MaxAttestationsPerProduct must be at least 1"
			);
			assert!(
				(1000..=5000).contains(&T::PriorScore::get()),
				"PriorScore must lie between 1000 and 5000 (1 to 5 stars)"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Reviews version `version` of product `product_id`, replacing the signer's earlier
		/// review of the product if there is one.
		///
		/// Each rating is from 1 to 5. `comment` references an off-chain text. `recorded_by`
		/// names the registered app through which the review was recorded. The first review
		/// of a product holds `ReviewDeposit`; a replacement keeps that deposit.
		///
		/// Emits `ReviewSubmitted`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_review())]
		pub fn submit_review(
			origin: OriginFor<T>,
			product_id: ProductId,
			version: u32,
			satisfaction: Rating,
			effectiveness: Rating,
			reliability: Rating,
			comment: Option<MetadataRefOf<T>>,
			recorded_by: Option<ProductId>,
		) -> DispatchResult {
			let reviewer = ensure_signed(origin)?;
			let ratings = [satisfaction, effectiveness, reliability];
			ensure!(ratings_valid(ratings), Error::<T>::InvalidRating);
			Self::do_submit_review(reviewer, product_id, version, ratings, comment, recorded_by)
		}

		/// Withdraws the signer's review of `product_id` and releases its deposit.
		///
		/// Emits `ReviewWithdrawn`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_review())]
		pub fn withdraw_review(origin: OriginFor<T>, product_id: ProductId) -> DispatchResult {
			let reviewer = ensure_signed(origin)?;
			Self::do_withdraw_review(reviewer, product_id)
		}

		/// Registers `account` as an assessor named `name` (UTF-8), with an optional
		/// reference to off-chain details such as an accreditation.
		///
		/// Origin: `GovernanceOrigin`. Emits `AssessorAdded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_assessor())]
		pub fn add_assessor(
			origin: OriginFor<T>,
			account: AccountIdLookupOf<T>,
			name: BoundedVec<u8, T::MaxAssessorNameLen>,
			metadata: Option<MetadataRefOf<T>>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let account = T::Lookup::lookup(account)?;
			Self::do_add_assessor(account, name, metadata)
		}

		/// Removes assessor `account`. Its attestations stay stored but no longer count, and
		/// it can still revoke and remove them.
		///
		/// Origin: `GovernanceOrigin`. Emits `AssessorRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_assessor())]
		pub fn remove_assessor(
			origin: OriginFor<T>,
			account: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let account = T::Lookup::lookup(account)?;
			Self::do_remove_assessor(account)
		}

		/// Attests the outcome of an assessment of `product_id`.
		///
		/// `version` names the version assessed, or `None` for the product as a whole.
		/// `evidence_level` is only for `ClinicalEvidence`. The attestation counts until block
		/// `valid_until`, which must be later than the current block. Holds
		/// `AttestationDeposit` from the signer, who must be an assessor.
		///
		/// Emits `Attested`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			product_id: ProductId,
			version: Option<u32>,
			kind: AttestationKind,
			outcome: AttestationOutcome,
			evidence_level: Option<EvidenceLevel>,
			evidence: MetadataRefOf<T>,
			valid_until: BlockNumberFor<T>,
		) -> DispatchResult {
			let assessor = ensure_signed(origin)?;
			ensure!(Assessors::<T>::contains_key(&assessor), Error::<T>::NotAssessor);
			if let AttestationOutcome::Score(score) = outcome {
				ensure!(score <= 100, Error::<T>::InvalidScore);
			}
			ensure!(
				evidence_level.is_none() || kind == AttestationKind::ClinicalEvidence,
				Error::<T>::EvidenceLevelNotApplicable
			);
			ensure!(
				valid_until > frame_system::Pallet::<T>::block_number(),
				Error::<T>::ValidityInPast
			);
			Self::do_attest(
				assessor,
				product_id,
				version,
				kind,
				outcome,
				evidence_level,
				evidence,
				valid_until,
			)
		}

		/// Revokes attestation `attestation_id`. The record stays, marked revoked, and the
		/// deposit stays held until the assessor removes it.
		///
		/// Origin: signed by the attestation's assessor. Emits `AttestationRevoked`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_attestation())]
		pub fn revoke_attestation(
			origin: OriginFor<T>,
			attestation_id: AttestationId,
		) -> DispatchResult {
			let assessor = ensure_signed(origin)?;
			Self::do_revoke_attestation(assessor, attestation_id)
		}

		/// Deletes attestation `attestation_id` and releases its deposit. The attestation must
		/// no longer count: it is revoked, expired, or its assessor was removed.
		///
		/// Origin: signed by the attestation's assessor. Emits `AttestationRemoved`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_attestation())]
		pub fn remove_attestation(
			origin: OriginFor<T>,
			attestation_id: AttestationId,
		) -> DispatchResult {
			let assessor = ensure_signed(origin)?;
			Self::do_remove_attestation(assessor, attestation_id)
		}
	}
}
