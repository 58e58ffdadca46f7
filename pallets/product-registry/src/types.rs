//! Types stored by the product registry and taken by its calls.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::fungible, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use wellbeing_traits::{Category, ProductKind, ProductStatus};

/// Balance type of the currency that pays the deposits.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Metadata reference with the runtime's URI bound.
pub type MetadataRefOf<T> = MetadataRef<<T as Config>::MaxUriLen>;

/// Display name of a provider or product, UTF-8 by convention.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// Business or registry identifier of a provider, such as a VAT or trade register number.
pub type BusinessIdOf<T> = BoundedVec<u8, <T as Config>::MaxBusinessIdLen>;

/// One target profile of a product, a short tag such as `students` or `seniors`.
pub type TargetProfileOf<T> = BoundedVec<u8, <T as Config>::MaxProfileLen>;

/// Target profiles of a product.
pub type TargetProfilesOf<T> = BoundedVec<TargetProfileOf<T>, <T as Config>::MaxProfiles>;

/// Label of a version, such as `2.4.1`.
pub type VersionLabelOf<T> = BoundedVec<u8, <T as Config>::MaxVersionLabelLen>;

/// Versions kept for a product, oldest first.
pub type VersionsOf<T> = BoundedVec<Version<T>, <T as Config>::MaxVersions>;

/// Status changes kept for a product, oldest first.
pub type StatusHistoryOf<T> = BoundedVec<StatusChange<T>, <T as Config>::MaxStatusHistory>;

/// ISO 3166-1 alpha-2 country code, two ASCII uppercase letters such as `DE`.
pub type CountryCode = [u8; 2];

/// Legal form of a provider.
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
pub enum LegalForm {
	/// Company with limited liability or a partnership.
	Company,
	/// Cooperative owned by its members.
	Cooperative,
	/// Non-profit association or foundation.
	Association,
	/// Municipality, agency or other public body.
	PublicBody,
	/// Self-employed person trading in their own name.
	SoleTrader,
}

pub use wellbeing_traits::MetadataRef;

/// Registered provider: the account that owns and maintains products.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Provider<T: Config> {
	/// Non-empty display name.
	pub name: NameOf<T>,
	/// Legal form, if the provider states it.
	pub legal_form: Option<LegalForm>,
	/// Country of registration, two ASCII uppercase letters.
	pub country: Option<CountryCode>,
	/// Non-empty business or registry identifier, if the provider states one.
	pub business_id: Option<BusinessIdOf<T>>,
	/// Off-chain profile document, such as contact details and certificates.
	pub metadata: Option<MetadataRefOf<T>>,
	/// Number of products that this provider owns, whatever their status.
	pub product_count: u32,
	/// Amount held from the provider under `HoldReason::ProviderDeposit`.
	pub deposit: BalanceOf<T>,
}

/// Registered product. Its versions and status history are stored in separate maps.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Product<T: Config> {
	/// Account of the provider that owns the product and pays its deposits.
	pub provider: T::AccountId,
	/// Form of the product, fixed at registration.
	pub kind: ProductKind,
	/// Area the product serves.
	pub category: Category,
	/// Non-empty display name.
	pub name: NameOf<T>,
	/// Groups of people the product is meant for, each non-empty and listed once.
	pub target_profiles: TargetProfilesOf<T>,
	/// Off-chain product description.
	pub metadata: MetadataRefOf<T>,
	/// Lifecycle status.
	pub status: ProductStatus,
	/// Block in which the product was registered.
	pub registered_at: BlockNumberFor<T>,
	/// Number of versions ever published, including those dropped from `Versions`. The next
	/// version gets this number as its index.
	pub version_count: u32,
	/// Amount held from the provider under `HoldReason::ProductDeposit` for this product.
	pub deposit: BalanceOf<T>,
	/// Amount held from the provider under `HoldReason::VersionDeposit` for the versions in
	/// `Versions`.
	pub versions_deposit: BalanceOf<T>,
}

/// Published version of a product.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Version<T: Config> {
	/// Running number of the version within its product, from 0 and never reused.
	pub index: u32,
	/// Non-empty label that the provider gives the version, such as `2.4.1`.
	pub label: VersionLabelOf<T>,
	/// Hash that identifies the released artefact, such as the hash of an app bundle.
	pub release_hash: [u8; 32],
	/// Block in which the version was published.
	pub published_at: BlockNumberFor<T>,
}

/// Entry of a product's status history.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct StatusChange<T: Config> {
	/// Status the product entered.
	pub status: ProductStatus,
	/// Block of the change.
	pub at: BlockNumberFor<T>,
	/// Document that gives the reason, set for suspensions and reinstatements.
	pub reason: Option<MetadataRefOf<T>>,
}
