//! Types and traits shared by the wellbeing chain's pallets.
//!
//! The product registry, reputation and wellbeing-voucher pallets never read each other's
//! storage. The registry exposes products through [`ProductInspect`], the reputation pallet
//! exposes aggregates through [`ReputationInspect`], and a programme's admission rule is an
//! [`EligibilityPolicy`] evaluated against both.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
#[cfg(feature = "std")]
use serde::{Deserialize, Serialize};

/// Identifier of a product in the registry, assigned in registration order from 0.
pub type ProductId = u32;

/// Score of a review dimension, from 1 (worst) to 5 (best).
pub type Rating = u8;

/// Lowest accepted rating.
pub const MIN_RATING: Rating = 1;
/// Highest accepted rating.
pub const MAX_RATING: Rating = 5;

/// Lowest 0–100 attestation score that counts as passed.
pub const PASSING_SCORE: u8 = 50;

/// Reference to an off-chain document: where to fetch it and the hash to check it against.
/// The chain stores the hash without checking it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUriLen))]
#[codec(mel_bound(MaxUriLen: Get<u32>))]
pub struct MetadataRef<MaxUriLen: Get<u32>> {
	/// URI of the document, such as `ipfs://…` or `https://…`.
	pub uri: BoundedVec<u8, MaxUriLen>,
	/// BLAKE2b-256 hash of the document's bytes.
	pub hash: [u8; 32],
}

/// Area of wellbeing or medicine that a product serves.
///
/// The first four variants are general wellbeing areas. The rest follow the medical areas of
/// the German directory of prescribable digital health applications (DiGA).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum Category {
	/// Exercise, movement and fitness.
	PhysicalActivity,
	/// Diet and eating habits.
	Nutrition,
	/// Sleep quality and sleep disorders.
	Sleep,
	/// Loneliness, relationships and community.
	SocialWellbeing,
	/// Mental health: anxiety, depression, addiction, stress (DiGA "Psyche").
	MentalHealth,
	/// Metabolism: obesity, diabetes (DiGA "Stoffwechsel").
	Metabolism,
	/// Nervous system: migraine, multiple sclerosis, stroke (DiGA "Nervensystem").
	NervousSystem,
	/// Muscles, bones and joints: back pain, arthrosis (DiGA "Muskeln, Knochen und Gelenke").
	Musculoskeletal,
	/// Cancer care and survivorship (DiGA "Krebs").
	Cancer,
	/// Urogenital system: incontinence, endometriosis, erectile dysfunction (DiGA
	/// "Urogenitalsystem").
	Urogenital,
	/// Heart and circulation: hypertension, heart failure (DiGA "Herz und Kreislauf").
	Cardiovascular,
	/// Ears and hearing: tinnitus (DiGA "Ohren").
	Hearing,
	/// Respiratory tract: COPD, asthma (DiGA "Atemwege").
	Respiratory,
	/// Digestive tract: irritable bowel syndrome (DiGA "Verdauung").
	Digestion,
	/// Any area not listed above.
	Other,
}

impl Category {
	/// Every category, in declaration order.
	pub const ALL: [Category; 15] = [
		Category::PhysicalActivity,
		Category::Nutrition,
		Category::Sleep,
		Category::SocialWellbeing,
		Category::MentalHealth,
		Category::Metabolism,
		Category::NervousSystem,
		Category::Musculoskeletal,
		Category::Cancer,
		Category::Urogenital,
		Category::Cardiovascular,
		Category::Hearing,
		Category::Respiratory,
		Category::Digestion,
		Category::Other,
	];

	/// Returns the bit of this category in a [`CategorySet`].
	pub const fn bit(self) -> u32 {
		1u32 << (self as u8)
	}
}

/// Set of categories stored as a bit mask, one bit per [`Category`] variant.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
)]
pub struct CategorySet(pub u32);

impl CategorySet {
	/// Builds a set from a list of categories; duplicates are ignored.
	pub fn from_categories(categories: &[Category]) -> Self {
		Self(categories.iter().fold(0, |mask, category| mask | category.bit()))
	}

	/// Returns whether `category` is in the set.
	pub fn contains(&self, category: Category) -> bool {
		self.0 & category.bit() != 0
	}

	/// Returns whether the set is empty.
	pub fn is_empty(&self) -> bool {
		self.0 == 0
	}

	/// Lists the categories in the set, in declaration order.
	pub fn to_vec(&self) -> Vec<Category> {
		Category::ALL.iter().copied().filter(|category| self.contains(*category)).collect()
	}
}

/// Form of a product.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum ProductKind {
	/// Application installed on a phone or tablet.
	MobileApp,
	/// Application used in a web browser.
	WebApplication,
	/// Hardware, possibly with companion software.
	Device,
	/// Service delivered by people, such as coaching or a course.
	Service,
}

/// Lifecycle status of a product.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum ProductStatus {
	/// Listed and usable.
	Active,
	/// Taken out of use by governance; governance can reinstate it.
	Suspended,
	/// Withdrawn by its provider for good.
	Retired,
}

/// Registry facts about a product that other pallets rely on.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ProductInfo<AccountId> {
	/// Account of the provider that owns the product.
	pub provider: AccountId,
	/// Form of the product.
	pub kind: ProductKind,
	/// Area the product serves.
	pub category: Category,
	/// Lifecycle status.
	pub status: ProductStatus,
	/// Number of versions published so far; the newest has index `version_count - 1`.
	pub version_count: u32,
}

/// Read access to the product registry.
pub trait ProductInspect<AccountId> {
	/// Returns the product's registry facts, or `None` if no product has this id.
	fn product(id: ProductId) -> Option<ProductInfo<AccountId>>;
}

/// Kind of statement an assessor makes about a product.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum AttestationKind {
	/// Certification by a certification body, such as a medical device conformity assessment.
	Certification,
	/// Evidence of effect from a clinical study.
	ClinicalEvidence,
	/// Security audit or penetration test.
	SecurityAudit,
	/// Data protection assessment.
	DataProtection,
	/// Accessibility assessment.
	Accessibility,
}

impl AttestationKind {
	/// Every attestation kind, in declaration order.
	pub const ALL: [AttestationKind; 5] = [
		AttestationKind::Certification,
		AttestationKind::ClinicalEvidence,
		AttestationKind::SecurityAudit,
		AttestationKind::DataProtection,
		AttestationKind::Accessibility,
	];

	/// Returns the bit of this kind in an [`AttestationKindSet`].
	pub const fn bit(self) -> u8 {
		1u8 << (self as u8)
	}
}

/// Set of attestation kinds stored as a bit mask, one bit per [`AttestationKind`] variant.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
)]
pub struct AttestationKindSet(pub u8);

impl AttestationKindSet {
	/// Builds a set from a list of kinds; duplicates are ignored.
	pub fn from_kinds(kinds: &[AttestationKind]) -> Self {
		Self(kinds.iter().fold(0, |mask, kind| mask | kind.bit()))
	}

	/// Adds `kind` to the set.
	pub fn insert(&mut self, kind: AttestationKind) {
		self.0 |= kind.bit();
	}

	/// Returns whether `kind` is in the set.
	pub fn contains(&self, kind: AttestationKind) -> bool {
		self.0 & kind.bit() != 0
	}

	/// Returns whether every kind of `other` is in this set.
	pub fn contains_all(&self, other: &AttestationKindSet) -> bool {
		self.0 & other.0 == other.0
	}

	/// Lists the kinds in the set, in declaration order.
	pub fn to_vec(&self) -> Vec<AttestationKind> {
		AttestationKind::ALL.iter().copied().filter(|kind| self.contains(*kind)).collect()
	}
}

/// Result an assessor reports.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum AttestationOutcome {
	/// The product met the assessment's criteria.
	Passed,
	/// The product did not meet the criteria.
	Failed,
	/// The assessment is under way; no result yet.
	Pending,
	/// A score from 0 to 100; [`PASSING_SCORE`] or more counts as passed.
	Score(u8),
}

impl AttestationOutcome {
	/// Returns whether the outcome counts as passed.
	pub fn is_passed(&self) -> bool {
		match self {
			AttestationOutcome::Passed => true,
			AttestationOutcome::Score(score) => *score >= PASSING_SCORE,
			AttestationOutcome::Failed | AttestationOutcome::Pending => false,
		}
	}
}

/// Certainty of clinical evidence, graded as in the GRADE approach (very low to high).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum EvidenceLevel {
	/// The true effect may be substantially different from the estimate.
	VeryLow,
	/// The true effect might be substantially different from the estimate.
	Low,
	/// The true effect is probably close to the estimate.
	Moderate,
	/// The true effect is similar to the estimate.
	High,
}

/// Aggregated reputation of one product at one block.
///
/// `score` is in thousandths of a star on the 1–5 scale: 3000 means 3.0 stars. It blends the
/// reviews' mean with a prior, so that a product with few reviews stays close to the prior.
/// The reputation pallet documents the prior.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct ReputationSummary {
	/// Number of current reviews (one per reviewer).
	pub review_count: u32,
	/// Sum of all current satisfaction ratings.
	pub satisfaction_sum: u64,
	/// Sum of all current effectiveness ratings.
	pub effectiveness_sum: u64,
	/// Sum of all current reliability ratings.
	pub reliability_sum: u64,
	/// Score in thousandths of a star, prior included.
	pub score: u32,
	/// Kinds with at least one attestation that is passed, not revoked and not expired.
	pub valid_attestations: AttestationKindSet,
	/// Highest evidence level among valid clinical evidence attestations.
	pub evidence_level: Option<EvidenceLevel>,
}

/// Read access to product reputation.
pub trait ReputationInspect {
	/// Returns the product's reputation as of the current block.
	fn summary(product: ProductId) -> ReputationSummary;
}

/// Rule that decides which products a voucher programme pays for.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
)]
pub struct EligibilityPolicy {
	/// Categories admitted; an empty set admits every category.
	pub categories: CategorySet,
	/// Minimum score, in thousandths of a star.
	pub min_score: u32,
	/// Minimum number of reviews.
	pub min_reviews: u32,
	/// Attestation kinds that must all be valid.
	pub required_attestations: AttestationKindSet,
}

/// Reason a product does not meet an [`EligibilityPolicy`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ineligibility {
	/// The product is suspended or retired.
	NotActive,
	/// The product's category is not admitted.
	CategoryNotAdmitted,
	/// The product's score is below the minimum.
	ScoreTooLow,
	/// The product has fewer reviews than the minimum.
	TooFewReviews,
	/// A required attestation kind is not valid for the product.
	MissingAttestation,
}

impl EligibilityPolicy {
	/// Checks a product against the policy, reporting the first unmet condition.
	pub fn evaluate<AccountId>(
		&self,
		product: &ProductInfo<AccountId>,
		reputation: &ReputationSummary,
	) -> Result<(), Ineligibility> {
		if product.status != ProductStatus::Active {
			return Err(Ineligibility::NotActive);
		}
		if !self.categories.is_empty() && !self.categories.contains(product.category) {
			return Err(Ineligibility::CategoryNotAdmitted);
		}
		if reputation.score < self.min_score {
			return Err(Ineligibility::ScoreTooLow);
		}
		if reputation.review_count < self.min_reviews {
			return Err(Ineligibility::TooFewReviews);
		}
		if !reputation.valid_attestations.contains_all(&self.required_attestations) {
			return Err(Ineligibility::MissingAttestation);
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn product(status: ProductStatus, category: Category) -> ProductInfo<u64> {
		ProductInfo {
			provider: 1,
			kind: ProductKind::MobileApp,
			category,
			status,
			version_count: 1,
		}
	}

	fn reputation(score: u32, reviews: u32, kinds: &[AttestationKind]) -> ReputationSummary {
		ReputationSummary {
			review_count: reviews,
			score,
			valid_attestations: AttestationKindSet::from_kinds(kinds),
			..Default::default()
		}
	}

	#[test]
	fn policy_admits_product_meeting_every_condition() {
		let policy = EligibilityPolicy {
			categories: CategorySet::from_categories(&[Category::Sleep]),
			min_score: 3500,
			min_reviews: 2,
			required_attestations: AttestationKindSet::from_kinds(&[
				AttestationKind::ClinicalEvidence,
			]),
		};
		let summary = reputation(3600, 2, &[AttestationKind::ClinicalEvidence]);
		assert_eq!(
			policy.evaluate(&product(ProductStatus::Active, Category::Sleep), &summary),
			Ok(())
		);
	}

	#[test]
	fn policy_reports_first_unmet_condition() {
		let policy = EligibilityPolicy {
			categories: CategorySet::from_categories(&[Category::Sleep]),
			min_score: 3500,
			min_reviews: 2,
			required_attestations: AttestationKindSet::from_kinds(&[
				AttestationKind::ClinicalEvidence,
			]),
		};
		let good = reputation(3600, 2, &[AttestationKind::ClinicalEvidence]);
		let sleep = product(ProductStatus::Active, Category::Sleep);
		let cases = [
			(product(ProductStatus::Suspended, Category::Sleep), good, Ineligibility::NotActive),
			(product(ProductStatus::Retired, Category::Sleep), good, Ineligibility::NotActive),
			(
				product(ProductStatus::Active, Category::Nutrition),
				good,
				Ineligibility::CategoryNotAdmitted,
			),
			(sleep.clone(), reputation(3499, 2, &[]), Ineligibility::ScoreTooLow),
			(sleep.clone(), reputation(3600, 1, &[]), Ineligibility::TooFewReviews),
			(sleep.clone(), reputation(3600, 2, &[]), Ineligibility::MissingAttestation),
		];
		for (product, summary, expected) in cases {
			assert_eq!(policy.evaluate(&product, &summary), Err(expected), "{product:?}");
		}
	}

	#[test]
	fn empty_category_set_admits_all() {
		let policy = EligibilityPolicy::default();
		for category in Category::ALL {
			let summary = reputation(0, 0, &[]);
			assert_eq!(
				policy.evaluate(&product(ProductStatus::Active, category), &summary),
				Ok(())
			);
		}
	}

	#[test]
	fn score_outcome_passes_from_threshold() {
		assert!(!AttestationOutcome::Score(PASSING_SCORE - 1).is_passed());
		assert!(AttestationOutcome::Score(PASSING_SCORE).is_passed());
		assert!(AttestationOutcome::Passed.is_passed());
		assert!(!AttestationOutcome::Pending.is_passed());
		assert!(!AttestationOutcome::Failed.is_passed());
	}

	#[test]
	fn kind_set_round_trips() {
		let kinds = [AttestationKind::SecurityAudit, AttestationKind::Certification];
		let set = AttestationKindSet::from_kinds(&kinds);
		assert_eq!(
			set.to_vec(),
			vec![AttestationKind::Certification, AttestationKind::SecurityAudit]
		);
		assert!(
			set.contains_all(&AttestationKindSet::from_kinds(&[AttestationKind::Certification]))
		);
		assert!(
			!set.contains_all(&AttestationKindSet::from_kinds(&[AttestationKind::Accessibility]))
		);
	}
}
