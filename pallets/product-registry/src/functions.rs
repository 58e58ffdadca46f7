//! Input checks, call bodies, deposit helpers, the `ProductInspect` implementation and the
//! storage invariants of the pallet.

use crate::{
	pallet::{
		Config, Error, Event, HoldReason, NextProductId, Pallet, Products, Providers,
		StatusHistory, Versions,
	},
	types::*,
	LOG_TARGET,
};
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult,
};
use wellbeing_traits::{
	Category, ProductId, ProductInfo, ProductInspect, ProductKind, ProductStatus,
};

impl<T: Config> Pallet<T> {
	/// Returns the current (newest) version of a product, if it has published any.
	pub fn current_version(product_id: ProductId) -> Option<Version<T>> {
		Versions::<T>::get(product_id).last().cloned()
	}

	/// Checks the fields of `register_provider` and `update_provider`.
	pub(crate) fn ensure_provider_fields(
		name: &NameOf<T>,
		country: Option<CountryCode>,
		business_id: &Option<BusinessIdOf<T>>,
		metadata: &Option<MetadataRefOf<T>>,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		if let Some(code) = country {
			ensure!(code.iter().all(u8::is_ascii_uppercase), Error::<T>::InvalidCountryCode);
		}
		if let Some(id) = business_id {
			ensure!(!id.is_empty(), Error::<T>::EmptyBusinessId);
		}
		if let Some(metadata) = metadata {
			Self::ensure_metadata(metadata)?;
		}
		Ok(())
	}

	/// Checks the fields of `register_product` and `update_product`.
	pub(crate) fn ensure_product_fields(
		name: &NameOf<T>,
		target_profiles: &TargetProfilesOf<T>,
		metadata: &MetadataRefOf<T>,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		for (position, profile) in target_profiles.iter().enumerate() {
			ensure!(!profile.is_empty(), Error::<T>::EmptyTargetProfile);
			// The list has at most `MaxProfiles` entries, so the quadratic scan stays small.
			let repeated = target_profiles.iter().take(position).any(|earlier| earlier == profile);
			ensure!(!repeated, Error::<T>::DuplicateTargetProfile);
		}
		Self::ensure_metadata(metadata)
	}

	/// Checks that a metadata reference names a URI.
	pub(crate) fn ensure_metadata(metadata: &MetadataRefOf<T>) -> DispatchResult {
		ensure!(!metadata.uri.is_empty(), Error::<T>::EmptyUri);
		Ok(())
	}

	pub(crate) fn do_register_provider(
		who: T::AccountId,
		name: NameOf<T>,
		legal_form: Option<LegalForm>,
		country: Option<CountryCode>,
		business_id: Option<BusinessIdOf<T>>,
		metadata: Option<MetadataRefOf<T>>,
	) -> DispatchResult {
		ensure!(!Providers::<T>::contains_key(&who), Error::<T>::ProviderAlreadyRegistered);

		let deposit = T::ProviderDeposit::get();
		Self::hold_deposit(HoldReason::ProviderDeposit, &who, deposit)?;

		let provider = Provider {
			name,
			legal_form,
			country,
			business_id,
			metadata,
			product_count: 0,
			deposit,
		};
		Providers::<T>::insert(&who, provider);

		log::debug!(target: LOG_TARGET, "provider {who:?} registered");
		Self::deposit_event(Event::ProviderRegistered { provider: who });
		Ok(())
	}

	pub(crate) fn do_update_provider(
		who: T::AccountId,
		name: NameOf<T>,
		legal_form: Option<LegalForm>,
		country: Option<CountryCode>,
		business_id: Option<BusinessIdOf<T>>,
		metadata: Option<MetadataRefOf<T>>,
	) -> DispatchResult {
		Providers::<T>::try_mutate(&who, |maybe_provider| -> DispatchResult {
			let provider = maybe_provider.as_mut().ok_or(Error::<T>::NotProvider)?;
			provider.name = name;
			provider.legal_form = legal_form;
			provider.country = country;
			provider.business_id = business_id;
			provider.metadata = metadata;
			Ok(())
		})?;

		Self::deposit_event(Event::ProviderUpdated { provider: who });
		Ok(())
	}

	pub(crate) fn do_deregister_provider(who: T::AccountId) -> DispatchResult {
		let provider = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
		ensure!(provider.product_count == 0, Error::<T>::ProviderHasProducts);

		Self::release_deposit(HoldReason::ProviderDeposit, &who, provider.deposit)?;
		Providers::<T>::remove(&who);

		log::debug!(target: LOG_TARGET, "provider {who:?} deregistered");
		Self::deposit_event(Event::ProviderDeregistered { provider: who });
		Ok(())
	}

	pub(crate) fn do_register_product(
		who: T::AccountId,
		kind: ProductKind,
		category: Category,
		name: NameOf<T>,
		target_profiles: TargetProfilesOf<T>,
		metadata: MetadataRefOf<T>,
	) -> DispatchResult {
		let mut provider = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
		let product_id = NextProductId::<T>::get();
		let next_product_id = product_id.checked_add(1).ok_or(Error::<T>::ProductIdOverflow)?;

		let deposit = T::ProductDeposit::get();
		Self::hold_deposit(HoldReason::ProductDeposit, &who, deposit)?;

		// Cannot saturate: a provider owns at most as many products as there are ids.
		provider.product_count = provider.product_count.saturating_add(1);
		Providers::<T>::insert(&who, provider);
		NextProductId::<T>::put(next_product_id);

		let now = frame_system::Pallet::<T>::block_number();
		let product = Product {
			provider: who.clone(),
			kind,
			category,
			name,
			target_profiles,
			metadata,
			status: ProductStatus::Active,
			registered_at: now,
			version_count: 0,
			deposit,
			versions_deposit: Zero::zero(),
		};
		Products::<T>::insert(product_id, product);
		Self::record_status(product_id, ProductStatus::Active, None);

		log::debug!(target: LOG_TARGET, "product {product_id} registered by {who:?}");
		Self::deposit_event(Event::ProductRegistered { product_id, provider: who, category });
		Ok(())
	}

	pub(crate) fn do_update_product(
		who: T::AccountId,
		product_id: ProductId,
		category: Category,
		name: NameOf<T>,
		target_profiles: TargetProfilesOf<T>,
		metadata: MetadataRefOf<T>,
	) -> DispatchResult {
		Products::<T>::try_mutate(product_id, |maybe_product| -> DispatchResult {
			let product = maybe_product.as_mut().ok_or(Error::<T>::ProductNotFound)?;
			ensure!(product.provider == who, Error::<T>::NotProductProvider);
			ensure!(product.status != ProductStatus::Retired, Error::<T>::ProductRetired);
			product.category = category;
			product.name = name;
			product.target_profiles = target_profiles;
			product.metadata = metadata;
			Ok(())
		})?;

		Self::deposit_event(Event::ProductUpdated { product_id });
		Ok(())
	}

	pub(crate) fn do_publish_version(
		who: T::AccountId,
		product_id: ProductId,
		label: VersionLabelOf<T>,
		release_hash: [u8; 32],
	) -> DispatchResult {
		let mut product = Products::<T>::get(product_id).ok_or(Error::<T>::ProductNotFound)?;
		ensure!(product.provider == who, Error::<T>::NotProductProvider);
		ensure!(product.status != ProductStatus::Retired, Error::<T>::ProductRetired);

		let index = product.version_count;
		product.version_count = index.checked_add(1).ok_or(Error::<T>::VersionIndexOverflow)?;

		let mut versions = Versions::<T>::get(product_id);
		ensure!(T::MaxVersions::get() > 0, Error::<T>::VersionsDisabled);
		// A full list drops its oldest version, whose deposit then pays for the new one.
		if !versions.is_full() {
			let deposit = T::VersionDeposit::get();
			Self::hold_deposit(HoldReason::VersionDeposit, &who, deposit)?;
			product.versions_deposit = product.versions_deposit.saturating_add(deposit);
		}
		let published_at = frame_system::Pallet::<T>::block_number();
		let version = Version { index, label, release_hash, published_at };
		let position = versions.len();
		versions
			.force_insert_keep_right(position, version)
			.map_err(|_| Error::<T>::VersionsDisabled)?;

		Versions::<T>::insert(product_id, versions);
		Products::<T>::insert(product_id, product);

		log::debug!(target: LOG_TARGET, "product {product_id} published version {index}");
		Self::deposit_event(Event::VersionPublished { product_id, index, release_hash });
		Ok(())
	}

	pub(crate) fn do_transfer_product(
		who: T::AccountId,
		product_id: ProductId,
		new_provider: T::AccountId,
	) -> DispatchResult {
		let mut product = Products::<T>::get(product_id).ok_or(Error::<T>::ProductNotFound)?;
		ensure!(product.provider == who, Error::<T>::NotProductProvider);
		ensure!(new_provider != who, Error::<T>::TransferToSelf);
		let mut receiver =
			Providers::<T>::get(&new_provider).ok_or(Error::<T>::ProviderNotFound)?;

		// Hold from the receiver first: if it cannot afford the deposits, the call fails before
		// any write.
		Self::hold_deposit(HoldReason::ProductDeposit, &new_provider, product.deposit)?;
		Self::hold_deposit(HoldReason::VersionDeposit, &new_provider, product.versions_deposit)?;
		Self::release_deposit(HoldReason::ProductDeposit, &who, product.deposit)?;
		Self::release_deposit(HoldReason::VersionDeposit, &who, product.versions_deposit)?;

		Providers::<T>::mutate(&who, |maybe_sender| {
			if let Some(sender) = maybe_sender {
				sender.product_count = sender.product_count.saturating_sub(1);
			}
		});
		// Cannot saturate: a provider owns at most as many products as there are ids.
		receiver.product_count = receiver.product_count.saturating_add(1);
		Providers::<T>::insert(&new_provider, receiver);
		product.provider = new_provider.clone();
		Products::<T>::insert(product_id, product);

		log::debug!(
			target: LOG_TARGET,
			"product {product_id} transferred from {who:?} to {new_provider:?}"
		);
		Self::deposit_event(Event::ProductTransferred { product_id, from: who, to: new_provider });
		Ok(())
	}

	pub(crate) fn do_retire_product(who: T::AccountId, product_id: ProductId) -> DispatchResult {
		Products::<T>::try_mutate(product_id, |maybe_product| -> DispatchResult {
			let product = maybe_product.as_mut().ok_or(Error::<T>::ProductNotFound)?;
			ensure!(product.provider == who, Error::<T>::NotProductProvider);
			ensure!(product.status != ProductStatus::Retired, Error::<T>::AlreadyRetired);
			product.status = ProductStatus::Retired;
			Ok(())
		})?;
		Self::record_status(product_id, ProductStatus::Retired, None);

		log::debug!(target: LOG_TARGET, "product {product_id} retired");
		Self::deposit_event(Event::ProductRetired { product_id });
		Ok(())
	}

	pub(crate) fn do_suspend_product(
		product_id: ProductId,
		reason: MetadataRefOf<T>,
	) -> DispatchResult {
		Self::change_status_by_governance(
			product_id,
			ProductStatus::Active,
			ProductStatus::Suspended,
			Error::<T>::ProductNotActive,
		)?;
		let reason_hash = reason.hash;
		Self::record_status(product_id, ProductStatus::Suspended, Some(reason));

		log::debug!(target: LOG_TARGET, "product {product_id} suspended");
		Self::deposit_event(Event::ProductSuspended { product_id, reason_hash });
		Ok(())
	}

	pub(crate) fn do_reinstate_product(
		product_id: ProductId,
		reason: MetadataRefOf<T>,
	) -> DispatchResult {
		Self::change_status_by_governance(
			product_id,
			ProductStatus::Suspended,
			ProductStatus::Active,
			Error::<T>::ProductNotSuspended,
		)?;
		let reason_hash = reason.hash;
		Self::record_status(product_id, ProductStatus::Active, Some(reason));

		log::debug!(target: LOG_TARGET, "product {product_id} reinstated");
		Self::deposit_event(Event::ProductReinstated { product_id, reason_hash });
		Ok(())
	}

	pub(crate) fn do_remove_product(who: T::AccountId, product_id: ProductId) -> DispatchResult {
		let product = Products::<T>::get(product_id).ok_or(Error::<T>::ProductNotFound)?;
		ensure!(product.provider == who, Error::<T>::NotProductProvider);
		ensure!(product.status == ProductStatus::Retired, Error::<T>::ProductNotRetired);

		Self::release_deposit(HoldReason::ProductDeposit, &who, product.deposit)?;
		Self::release_deposit(HoldReason::VersionDeposit, &who, product.versions_deposit)?;

		Products::<T>::remove(product_id);
		Versions::<T>::remove(product_id);
		StatusHistory::<T>::remove(product_id);
		Providers::<T>::mutate(&who, |maybe_provider| {
			if let Some(provider) = maybe_provider {
				provider.product_count = provider.product_count.saturating_sub(1);
			}
		});

		log::debug!(target: LOG_TARGET, "product {product_id} removed by {who:?}");
		Self::deposit_event(Event::ProductRemoved { product_id });
		Ok(())
	}

	/// Moves a product from status `from` to status `to`, failing with `wrong_status` if the
	/// product is in another status.
	fn change_status_by_governance(
		product_id: ProductId,
		from: ProductStatus,
		to: ProductStatus,
		wrong_status: Error<T>,
	) -> DispatchResult {
		Products::<T>::try_mutate(product_id, |maybe_product| -> DispatchResult {
			let product = maybe_product.as_mut().ok_or(Error::<T>::ProductNotFound)?;
			ensure!(product.status == from, wrong_status);
			product.status = to;
			Ok(())
		})
	}

	/// Appends a change to the product's status history, dropping the oldest entry when the
	/// history is full.
	fn record_status(
		product_id: ProductId,
		status: ProductStatus,
		reason: Option<MetadataRefOf<T>>,
	) {
		let at = frame_system::Pallet::<T>::block_number();
		StatusHistory::<T>::mutate(product_id, |history| {
			let position = history.len();
			// Fails only when `MaxStatusHistory` is 0, which `integrity_test` rules out.
			if history
				.force_insert_keep_right(position, StatusChange { status, at, reason })
				.is_err()
			{
				log::warn!(
					target: LOG_TARGET,
					"status change of product {product_id} not recorded: MaxStatusHistory is 0"
				);
			}
		});
	}

	/// Holds `amount` from `who` for `reason`. A zero amount holds nothing.
	fn hold_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
	}

	/// Releases up to `amount` held from `who` for `reason`.
	///
	/// Releases what is held if that is less than `amount`, and logs the shortfall: the pallet
	/// never slashes its holds, so a shortfall means another part of the runtime took funds.
	fn release_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let released = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)?;
		if released < amount {
			log::warn!(
				target: LOG_TARGET,
				"released {released:?} of a {amount:?} deposit of {who:?} for {reason:?}"
			);
		}
		Ok(())
	}

	/// Checks the pallet's storage invariants:
	/// - every product's id is below `NextProductId` and its provider is registered;
	/// - every provider's `product_count` is the number of products it owns;
	/// - a product keeps at most `MaxVersions` versions, with increasing indices below its
	///   `version_count`, and the newest has index `version_count - 1`;
	/// - versions and status histories exist only for registered products;
	/// - the amounts held for each reason equal the deposits the records store.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;

		#[derive(Default)]
		struct Owned<Balance> {
			products: u32,
			product_deposits: Balance,
			versions_deposits: Balance,
		}

		let next_product_id = NextProductId::<T>::get();
		let mut owned: BTreeMap<T::AccountId, Owned<BalanceOf<T>>> = BTreeMap::new();

		for (product_id, product) in Products::<T>::iter() {
			ensure!(product_id < next_product_id, "product id not below NextProductId");
			ensure!(
				Providers::<T>::contains_key(&product.provider),
				"product's provider not registered"
			);

			let versions = Versions::<T>::get(product_id);
			ensure!(versions.len() <= T::MaxVersions::get() as usize, "more than MaxVersions");
			ensure!(
				versions.len() <= product.version_count as usize,
				"more versions stored than published"
			);
			let mut previous_index: Option<u32> = None;
			for version in versions.iter() {
				if let Some(previous) = previous_index {
					ensure!(version.index > previous, "version indices not increasing");
				}
				previous_index = Some(version.index);
			}
			if let Some(newest) = versions.last() {
				ensure!(
					newest.index.saturating_add(1) == product.version_count,
					"newest version index not version_count - 1"
				);
			}

			let entry = owned.entry(product.provider.clone()).or_default();
			entry.products = entry.products.saturating_add(1);
			entry.product_deposits = entry.product_deposits.saturating_add(product.deposit);
			entry.versions_deposits =
				entry.versions_deposits.saturating_add(product.versions_deposit);
		}

		for product_id in Versions::<T>::iter_keys() {
			ensure!(Products::<T>::contains_key(product_id), "versions of a missing product");
		}
		for product_id in StatusHistory::<T>::iter_keys() {
			ensure!(Products::<T>::contains_key(product_id), "history of a missing product");
		}

		for (who, provider) in Providers::<T>::iter() {
			let expected = owned.remove(&who).unwrap_or_default();
			ensure!(provider.product_count == expected.products, "product_count mismatch");
			let held = |reason: HoldReason| T::Currency::balance_on_hold(&reason.into(), &who);
			ensure!(
				held(HoldReason::ProviderDeposit) == provider.deposit,
				"provider deposit not held"
			);
			ensure!(
				held(HoldReason::ProductDeposit) == expected.product_deposits,
				"product deposits not held"
			);
			ensure!(
				held(HoldReason::VersionDeposit) == expected.versions_deposits,
				"version deposits not held"
			);
		}
		Ok(())
	}
}

impl<T: Config> ProductInspect<T::AccountId> for Pallet<T> {
	fn product(id: ProductId) -> Option<ProductInfo<T::AccountId>> {
		Products::<T>::get(id).map(|product| ProductInfo {
			provider: product.provider,
			kind: product.kind,
			category: product.category,
			status: product.status,
			version_count: product.version_count,
		})
	}
}
