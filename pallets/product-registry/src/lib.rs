//! # Product registry pallet
//!
//! Registry of wellbeing products (apps, devices, services) and of the providers that offer
//! them. Providers are accounts of companies, cooperatives, associations, public bodies or sole
//! traders. Each provider registers itself once and then registers, updates, versions,
//! transfers, retires and removes its products. Governance suspends and reinstates products.
//! Other pallets read products through [`wellbeing_traits::ProductInspect`], which this pallet
//! implements.
//!
//! Personal or health data never goes on chain. Descriptions and other documents stay off
//! chain, and the chain stores a [`MetadataRef`]: the document's URI and its BLAKE2b-256 hash.
//!
//! ## Deposits
//!
//! Every stored item is paid for by a deposit held from the provider's free balance with
//! [`fungible::MutateHold`]:
//! - [`HoldReason::ProviderDeposit`]: [`Config::ProviderDeposit`] per provider.
//! - [`HoldReason::ProductDeposit`]: [`Config::ProductDeposit`] per product.
//! - [`HoldReason::VersionDeposit`]: [`Config::VersionDeposit`] per stored version. A product
//!   keeps at most [`Config::MaxVersions`] versions. When the list is full, publishing drops the
//!   oldest version and reuses its deposit.
//!
//! The deposits are released when the provider deregisters or removes the product. A transfer
//! moves the product's deposits from the old provider to the new one.
//!
//! ## Calls
//!
//! Provider calls:
//! - 0 `register_provider`, signed: holds `ProviderDeposit`, emits `ProviderRegistered`.
//! - 1 `update_provider`, signed by a provider: emits `ProviderUpdated`.
//! - 2 `deregister_provider`, signed by a provider that owns no products: releases
//!   `ProviderDeposit`, emits `ProviderDeregistered`.
//!
//! Product calls. Any provider signs `register_product`, and the product's provider signs the
//! others:
//! - 3 `register_product`: holds `ProductDeposit`, emits `ProductRegistered`.
//! - 4 `update_product`: emits `ProductUpdated`.
//! - 5 `publish_version`: holds `VersionDeposit` until the version list is full, emits
//!   `VersionPublished`.
//! - 6 `transfer_product`: moves the product and version deposits to the new provider, emits
//!   `ProductTransferred`.
//! - 7 `retire_product`: emits `ProductRetired`.
//! - 10 `remove_product`, once retired: releases the product and version deposits, emits
//!   `ProductRemoved`.
//!
//! Governance calls, from [`Config::GovernanceOrigin`]:
//! - 8 `suspend_product`: emits `ProductSuspended`.
//! - 9 `reinstate_product`: emits `ProductReinstated`.
//!
//! A product starts `Active`. Governance moves it between `Active` and `Suspended`. Its provider
//! can retire it from either status, and `Retired` is final: a retired product can only be
//! transferred or removed.
//!
//! ## Storage
//!
//! - [`NextProductId`]: id that the next registered product gets. Ids are never reused.
//! - [`Providers`]: provider record per account.
//! - [`Products`]: product record per id.
//! - [`Versions`]: up to [`Config::MaxVersions`] newest versions per product, oldest first. The
//!   last entry is the current version.
//! - [`StatusHistory`]: up to [`Config::MaxStatusHistory`] newest status changes per product,
//!   oldest first. Registration, suspension, reinstatement and retirement each add an entry.

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
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::traits::fungible;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::product-registry";

// The pallet macros expand to `expect` calls in generated metadata code, so the lint is allowed
// in this module only. The call bodies live in `functions.rs`, where the crate-level deny holds.
#[frame_support::pallet]
#[allow(clippy::expect_used)]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use wellbeing_traits::{Category, ProductId, ProductKind};

	/// Version of the pallet's storage layout.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Currency that pays the deposits.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Origin that suspends and reinstates products.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Amount held from an account while it is registered as a provider.
		#[pallet::constant]
		type ProviderDeposit: Get<BalanceOf<Self>>;

		/// Amount held from the provider for each product.
		#[pallet::constant]
		type ProductDeposit: Get<BalanceOf<Self>>;

		/// Amount held from the provider for each stored version.
		#[pallet::constant]
		type VersionDeposit: Get<BalanceOf<Self>>;

		/// Maximum length in bytes of a provider or product name.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Maximum length in bytes of a metadata URI.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Maximum length in bytes of a provider's business identifier.
		#[pallet::constant]
		type MaxBusinessIdLen: Get<u32>;

		/// Maximum number of target profiles of a product.
		#[pallet::constant]
		type MaxProfiles: Get<u32>;

		/// Maximum length in bytes of one target profile.
		#[pallet::constant]
		type MaxProfileLen: Get<u32>;

		/// Maximum number of versions kept per product, at least 1.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// Maximum length in bytes of a version label.
		#[pallet::constant]
		type MaxVersionLabelLen: Get<u32>;

		/// Maximum number of status changes kept per product, at least 1.
		#[pallet::constant]
		type MaxStatusHistory: Get<u32>;

		/// Weights of the pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Id that the next registered product gets.
	#[pallet::storage]
	pub type NextProductId<T: Config> = StorageValue<_, ProductId, ValueQuery>;

	/// Provider record per account.
	// Blake2_128Concat: any account can register, so the key is chosen by the user.
	#[pallet::storage]
	pub type Providers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Provider<T>, OptionQuery>;

	/// Product record per product id.
	// Twox64Concat: the pallet assigns ids sequentially, so users cannot choose keys that
	// unbalance the trie.
	#[pallet::storage]
	pub type Products<T: Config> = StorageMap<_, Twox64Concat, ProductId, Product<T>, OptionQuery>;

	/// Newest versions of a product, oldest first. The last entry is the current version.
	// Twox64Concat: product ids are assigned by the pallet.
	#[pallet::storage]
	pub type Versions<T: Config> =
		StorageMap<_, Twox64Concat, ProductId, VersionsOf<T>, ValueQuery>;

	/// Newest status changes of a product, oldest first.
	// Twox64Concat: product ids are assigned by the pallet.
	#[pallet::storage]
	pub type StatusHistory<T: Config> =
		StorageMap<_, Twox64Concat, ProductId, StatusHistoryOf<T>, ValueQuery>;

	/// Reason for which the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit of a registered provider.
		#[codec(index = 0)]
		ProviderDeposit,
		/// Deposit of a registered product.
		#[codec(index = 1)]
		ProductDeposit,
		/// Deposit of a stored product version.
		#[codec(index = 2)]
		VersionDeposit,
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account registered as a provider.
		ProviderRegistered {
			/// Account of the new provider.
			provider: T::AccountId,
		},
		/// A provider replaced its details.
		ProviderUpdated {
			/// Account of the provider.
			provider: T::AccountId,
		},
		/// A provider deregistered and got its deposit back.
		ProviderDeregistered {
			/// Account of the former provider.
			provider: T::AccountId,
		},
		/// A provider registered a product.
		ProductRegistered {
			/// Id assigned to the product.
			product_id: ProductId,
			/// Account of the provider that owns the product.
			provider: T::AccountId,
			/// Area the product serves.
			category: Category,
		},
		/// A provider replaced a product's details.
		ProductUpdated {
			/// Id of the product.
			product_id: ProductId,
		},
		/// A provider published a new current version of a product.
		VersionPublished {
			/// Id of the product.
			product_id: ProductId,
			/// Running number of the version within the product.
			index: u32,
			/// Hash that identifies the released artefact.
			release_hash: [u8; 32],
		},
		/// A product and its deposits moved to another provider.
		ProductTransferred {
			/// Id of the product.
			product_id: ProductId,
			/// Account of the previous provider.
			from: T::AccountId,
			/// Account of the new provider.
			to: T::AccountId,
		},
		/// A provider retired a product for good.
		ProductRetired {
			/// Id of the product.
			product_id: ProductId,
		},
		/// Governance suspended a product.
		ProductSuspended {
			/// Id of the product.
			product_id: ProductId,
			/// Hash of the document that gives the reason.
			reason_hash: [u8; 32],
		},
		/// Governance reinstated a suspended product.
		ProductReinstated {
			/// Id of the product.
			product_id: ProductId,
			/// Hash of the document that gives the reason.
			reason_hash: [u8; 32],
		},
		/// A provider removed a retired product and got its deposits back.
		ProductRemoved {
			/// Id of the removed product.
			product_id: ProductId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already registered as a provider. Use `update_provider` to change
		/// its details.
		ProviderAlreadyRegistered,
		/// The name is empty. Pass a name of at least one byte.
		EmptyName,
		/// The country code is not two ASCII uppercase letters. Pass an ISO 3166-1 alpha-2
		/// code such as `DE`, or `None`.
		InvalidCountryCode,
		/// The business identifier is empty. Pass the identifier, or `None` if there is none.
		EmptyBusinessId,
		/// A metadata reference has an empty URI. Pass the URI where the document can be
		/// fetched.
		EmptyUri,
		/// A target profile is empty. Remove the empty entry from the list.
		EmptyTargetProfile,
		/// A target profile appears twice. Remove the repeated entry from the list.
		DuplicateTargetProfile,
		/// The version label is empty. Pass a label such as `1.0.0`.
		EmptyVersionLabel,
		/// The signer is not a registered provider. Register with `register_provider` first.
		NotProvider,
		/// The provider still owns products. Transfer them with `transfer_product`, or retire
		/// and remove them, before deregistering.
		ProviderHasProducts,
		/// All product ids are used up, so no product can be registered. Only a runtime
		/// upgrade that widens `ProductId` can lift this limit.
		ProductIdOverflow,
		/// The product has published the maximum number of versions, `u32::MAX`. Register a
		/// new product for further releases.
		VersionIndexOverflow,
		/// The product id does not exist. Check the id in the `Products` storage or the
		/// `ProductRegistered` event.
		ProductNotFound,
		/// The signer is not the product's provider. Sign with the provider account stored in
		/// the product.
		NotProductProvider,
		/// The product is retired, so it cannot change any more. Register a new product
		/// instead.
		ProductRetired,
		/// The product is already retired. No action is needed.
		AlreadyRetired,
		/// The receiving account is not a registered provider. It must call
		/// `register_provider` before it can receive products.
		ProviderNotFound,
		/// The receiving account is the product's current provider. Name a different provider.
		TransferToSelf,
		/// Only an active product can be suspended, and this one is suspended or retired.
		/// Check the product's status first.
		ProductNotActive,
		/// Only a suspended product can be reinstated, and this one is active or retired.
		/// Check the product's status first.
		ProductNotSuspended,
		/// Only a retired product can be removed. Retire it with `retire_product` first.
		ProductNotRetired,
		/// No version can be stored because the runtime sets `MaxVersions` to 0. The runtime
		/// must set it to at least 1.
		VersionsDisabled,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must be at least 1");
			assert!(T::MaxUriLen::get() > 0, "MaxUriLen must be at least 1");
			assert!(T::MaxVersionLabelLen::get() > 0, "MaxVersionLabelLen must be at least 1");
			assert!(T::MaxVersions::get() > 0, "MaxVersions must be at least 1");
			assert!(T::MaxStatusHistory::get() > 0, "MaxStatusHistory must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers the signer as a provider and holds `ProviderDeposit` from it.
		///
		/// `country` is an ISO 3166-1 alpha-2 code. Emits `ProviderRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_provider())]
		pub fn register_provider(
			origin: OriginFor<T>,
			name: NameOf<T>,
			legal_form: Option<LegalForm>,
			country: Option<CountryCode>,
			business_id: Option<BusinessIdOf<T>>,
			metadata: Option<MetadataRefOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_provider_fields(&name, country, &business_id, &metadata)?;
			Self::do_register_provider(who, name, legal_form, country, business_id, metadata)
		}

		/// Replaces all details of the signer's provider record.
		///
		/// Fields passed as `None` are cleared. Emits `ProviderUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_provider())]
		pub fn update_provider(
			origin: OriginFor<T>,
			name: NameOf<T>,
			legal_form: Option<LegalForm>,
			country: Option<CountryCode>,
			business_id: Option<BusinessIdOf<T>>,
			metadata: Option<MetadataRefOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_provider_fields(&name, country, &business_id, &metadata)?;
			Self::do_update_provider(who, name, legal_form, country, business_id, metadata)
		}

		/// Deregisters the signer as a provider and releases its deposit.
		///
		/// The provider must own no products. Emits `ProviderDeregistered`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::deregister_provider())]
		pub fn deregister_provider(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister_provider(who)
		}

		/// Registers an active product of the signing provider and holds `ProductDeposit`.
		///
		/// The product gets the next free id. Emits `ProductRegistered`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register_product())]
		pub fn register_product(
			origin: OriginFor<T>,
			kind: ProductKind,
			category: Category,
			name: NameOf<T>,
			target_profiles: TargetProfilesOf<T>,
			metadata: MetadataRefOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_product_fields(&name, &target_profiles, &metadata)?;
			Self::do_register_product(who, kind, category, name, target_profiles, metadata)
		}

		/// Replaces the category, name, target profiles and metadata of a product.
		///
		/// Signed by the product's provider, and the product must not be retired. Emits
		/// `ProductUpdated`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::update_product())]
		pub fn update_product(
			origin: OriginFor<T>,
			product_id: ProductId,
			category: Category,
			name: NameOf<T>,
			target_profiles: TargetProfilesOf<T>,
			metadata: MetadataRefOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_product_fields(&name, &target_profiles, &metadata)?;
			Self::do_update_product(who, product_id, category, name, target_profiles, metadata)
		}

		/// Publishes a new current version of a product.
		///
		/// Signed by the product's provider, and the product must not be retired. Holds
		/// `VersionDeposit` unless the version list is full, in which case the oldest version
		/// is dropped and its deposit is reused. Emits `VersionPublished`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::publish_version())]
		pub fn publish_version(
			origin: OriginFor<T>,
			product_id: ProductId,
			label: VersionLabelOf<T>,
			release_hash: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!label.is_empty(), Error::<T>::EmptyVersionLabel);
			Self::do_publish_version(who, product_id, label, release_hash)
		}

		/// Transfers a product to another registered provider.
		///
		/// Signed by the product's provider. The product's deposits and version deposits are
		/// held from `new_provider` and released to the signer, so the call fails if
		/// `new_provider` cannot afford them. Emits `ProductTransferred`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::transfer_product())]
		pub fn transfer_product(
			origin: OriginFor<T>,
			product_id: ProductId,
			new_provider: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer_product(who, product_id, new_provider)
		}

		/// Retires a product for good.
		///
		/// Signed by the product's provider. Emits `ProductRetired`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::retire_product())]
		pub fn retire_product(origin: OriginFor<T>, product_id: ProductId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_product(who, product_id)
		}

		/// Suspends an active product. `reason` references the document that explains why.
		///
		/// Origin: `GovernanceOrigin`. Emits `ProductSuspended`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::suspend_product())]
		pub fn suspend_product(
			origin: OriginFor<T>,
			product_id: ProductId,
			reason: MetadataRefOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::ensure_metadata(&reason)?;
			Self::do_suspend_product(product_id, reason)
		}

		/// Reinstates a suspended product. `reason` references the document that explains why.
		///
		/// Origin: `GovernanceOrigin`. Emits `ProductReinstated`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::reinstate_product())]
		pub fn reinstate_product(
			origin: OriginFor<T>,
			product_id: ProductId,
			reason: MetadataRefOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::ensure_metadata(&reason)?;
			Self::do_reinstate_product(product_id, reason)
		}

		/// Removes a retired product with its versions and status history, and releases its
		/// deposits.
		///
		/// Signed by the product's provider. Emits `ProductRemoved`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::remove_product())]
		pub fn remove_product(origin: OriginFor<T>, product_id: ProductId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_product(who, product_id)
		}
	}
}
