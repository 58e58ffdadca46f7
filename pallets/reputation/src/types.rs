//! Types stored by the reputation pallet and taken by its calls.

use crate::Config;
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	traits::{fungible, Get},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::traits::StaticLookup;
use wellbeing_traits::{
	AttestationKind, AttestationOutcome, EvidenceLevel, ProductId, Rating, MAX_RATING, MIN_RATING,
};

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Account reference accepted by calls that name another account.
pub type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;

/// Identifier of an attestation, assigned from the `NextAttestationId` counter.
pub type AttestationId = u32;

/// [`MetadataRef`] with the runtime's URI length bound.
pub type MetadataRefOf<T> = MetadataRef<<T as Config>::MaxUriLen>;

/// [`Review`] with the runtime's types.
pub type ReviewOf<T> = Review<BlockNumberFor<T>, BalanceOf<T>, <T as Config>::MaxUriLen>;

/// [`AssessorInfo`] with the runtime's types.
pub type AssessorInfoOf<T> =
	AssessorInfo<BlockNumberFor<T>, <T as Config>::MaxAssessorNameLen, <T as Config>::MaxUriLen>;

/// [`Attestation`] with the runtime's types.
pub type AttestationOf<T> = Attestation<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	BalanceOf<T>,
	<T as Config>::MaxUriLen,
>;

pub use wellbeing_traits::MetadataRef;

/// One account's review of one product.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUriLen))]
pub struct Review<BlockNumber, Balance, MaxUriLen: Get<u32>>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Index of the product version the reviewer used.
	pub version: u32,
	/// Satisfaction rating, 1 to 5.
	pub satisfaction: Rating,
	/// Effectiveness rating, 1 to 5.
	pub effectiveness: Rating,
	/// Reliability rating, 1 to 5.
	pub reliability: Rating,
	/// Off-chain comment, if the reviewer wrote one.
	pub comment: Option<MetadataRef<MaxUriLen>>,
	/// Registered product (an app) through which the review was recorded, if any.
	pub recorded_by: Option<ProductId>,
	/// Block in which the review was submitted or last replaced.
	pub submitted_at: BlockNumber,
	/// Amount held from the reviewer for this review; released when it is withdrawn.
	pub deposit: Balance,
}

/// Running totals of a product's current reviews.
///
/// Submitting, replacing and withdrawing a review adjust the totals in O(1), so they are never
/// recomputed from the reviews.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct Aggregate {
	/// Number of current reviews, one per reviewer.
	pub review_count: u32,
	/// Sum of the current satisfaction ratings.
	pub satisfaction_sum: u64,
	/// Sum of the current effectiveness ratings.
	pub effectiveness_sum: u64,
	/// Sum of the current reliability ratings.
	pub reliability_sum: u64,
}

impl Aggregate {
	/// Returns the totals with `ratings` (satisfaction, effectiveness, reliability) added as
	/// one more review, or `None` on overflow.
	pub fn with_review(&self, ratings: [Rating; 3]) -> Option<Self> {
		let [satisfaction, effectiveness, reliability] = ratings;
		Some(Self {
			review_count: self.review_count.checked_add(1)?,
			satisfaction_sum: self.satisfaction_sum.checked_add(u64::from(satisfaction))?,
			effectiveness_sum: self.effectiveness_sum.checked_add(u64::from(effectiveness))?,
			reliability_sum: self.reliability_sum.checked_add(u64::from(reliability))?,
		})
	}

	/// Returns the totals with the review of `ratings` taken out, or `None` if the totals do
	/// not contain such a review (an underflow).
	pub fn without_review(&self, ratings: [Rating; 3]) -> Option<Self> {
		let [satisfaction, effectiveness, reliability] = ratings;
		Some(Self {
			review_count: self.review_count.checked_sub(1)?,
			satisfaction_sum: self.satisfaction_sum.checked_sub(u64::from(satisfaction))?,
			effectiveness_sum: self.effectiveness_sum.checked_sub(u64::from(effectiveness))?,
			reliability_sum: self.reliability_sum.checked_sub(u64::from(reliability))?,
		})
	}
}

impl<BlockNumber, Balance, MaxUriLen> Review<BlockNumber, Balance, MaxUriLen>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxUriLen: Get<u32>,
{
	/// Returns the ratings as (satisfaction, effectiveness, reliability).
	pub fn ratings(&self) -> [Rating; 3] {
		[self.satisfaction, self.effectiveness, self.reliability]
	}
}

/// Returns whether every rating lies in `MIN_RATING..=MAX_RATING`.
pub fn ratings_valid(ratings: [Rating; 3]) -> bool {
	ratings.iter().all(|rating| (MIN_RATING..=MAX_RATING).contains(rating))
}

/// Assessor registered by governance.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxNameLen, MaxUriLen))]
pub struct AssessorInfo<BlockNumber, MaxNameLen: Get<u32>, MaxUriLen: Get<u32>>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Display name of the assessor, UTF-8.
	pub name: BoundedVec<u8, MaxNameLen>,
	/// Off-chain description, such as an accreditation record.
	pub metadata: Option<MetadataRef<MaxUriLen>>,
	/// Block in which governance added the assessor.
	pub added_at: BlockNumber,
}

/// Statement by an assessor about a product.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUriLen))]
pub struct Attestation<AccountId, BlockNumber, Balance, MaxUriLen: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Product the statement is about.
	pub product_id: ProductId,
	/// Assessor who made the statement.
	pub assessor: AccountId,
	/// Kind of assessment.
	pub kind: AttestationKind,
	/// Result of the assessment.
	pub outcome: AttestationOutcome,
	/// Product version assessed; `None` means the product as a whole.
	pub version: Option<u32>,
	/// Certainty of the evidence; set only for [`AttestationKind::ClinicalEvidence`].
	pub evidence_level: Option<EvidenceLevel>,
	/// Off-chain report that backs the statement.
	pub evidence: MetadataRef<MaxUriLen>,
	/// Block in which the statement was made.
	pub attested_at: BlockNumber,
	/// First block in which the attestation no longer counts.
	pub valid_until: BlockNumber,
	/// Whether the assessor has revoked the statement.
	pub revoked: bool,
	/// Amount held from the assessor; released when the attestation is removed.
	pub deposit: Balance,
}
