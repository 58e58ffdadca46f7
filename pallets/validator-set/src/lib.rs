//! # Validator set pallet
//!
//! Keeps the list of accounts that author blocks (Aura) and vote on finality (GRANDPA), and
//! hands it to `pallet-session` as its `SessionManager`. Governance changes the list:
//!
//! - `add_validator(account)`: origin [`Config::GovernanceOrigin`]; emits
//!   [`Event::ValidatorAdded`].
//! - `remove_validator(account)`: origin [`Config::GovernanceOrigin`]; emits
//!   [`Event::ValidatorRemoved`].
//!
//! Neither call takes a deposit: governance pays nothing, and the list is bounded by
//! [`Config::MaxValidators`].
//!
//! ## When a change takes effect
//!
//! `pallet-session` requests the next set at the end of each session and queues it for one
//! session, so a change made during session `n` takes effect at the start of session `n + 2`.
//! A new validator must also have registered its session keys with `Session::set_keys`
//! before that rotation: `pallet-session` leaves out validators without keys.
//!
//! ## Storage
//!
//! - [`Validators`]: the current list, in the order they were added.

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

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use pallet::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use sp_staking::SessionIndex;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::validator-set";

// The code that `#[frame_support::pallet]` generates calls `expect`.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::{WeightInfo, LOG_TARGET};
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Origin that adds and removes validators.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Minimum number of validators the set may shrink to.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Maximum number of validators in the set.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Current validators, in the order they were added.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Validators at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial validators; they also need session keys in `pallet-session`'s genesis. An
		/// empty list leaves the choice to `pallet-session`'s genesis keys until governance adds
		/// validators.
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// An empty list leaves the set to `pallet-session`'s own genesis keys; see
			// `new_session`.
			if self.validators.is_empty() {
				return;
			}
			let count = self.validators.len();
			assert!(count >= T::MinValidators::get() as usize, "genesis: too few validators");
			assert!(count <= T::MaxValidators::get() as usize, "genesis: too many validators");
			for (index, validator) in self.validators.iter().enumerate() {
				let later = self.validators.iter().skip(index.saturating_add(1));
				assert!(!later.into_iter().any(|other| other == validator), "genesis: duplicate");
			}
			let validators = BoundedVec::<T::AccountId, T::MaxValidators>::truncate_from(
				self.validators.clone(),
			);
			Validators::<T>::put(validators);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account joined the validator set; it authors from the session after next.
		ValidatorAdded {
			/// The new validator.
			validator: T::AccountId,
		},
		/// An account left the validator set; it stops from the session after next.
		ValidatorRemoved {
			/// The removed validator.
			validator: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator. Nothing needs to be done.
		AlreadyValidator,
		/// The account is not a validator. Check the `Validators` storage for the current set.
		NotValidator,
		/// The set already contains `MaxValidators` accounts. Remove a validator first.
		TooManyValidators,
		/// Removing the account would leave fewer than `MinValidators`. Add a validator first.
		TooFewValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `validator` to the set.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		///
		/// The account authors and votes from the session after next, once it has set its
		/// session keys.
		///
		/// Errors: [`Error::AlreadyValidator`], [`Error::TooManyValidators`].
		///
		/// Emits [`Event::ValidatorAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|validators| -> DispatchResult {
				ensure!(!validators.contains(&validator), Error::<T>::AlreadyValidator);
				validators
					.try_push(validator.clone())
					.map_err(|_| Error::<T>::TooManyValidators)?;
				Ok(())
			})?;
			log::info!(target: LOG_TARGET, "validator {validator:?} added");
			Self::deposit_event(Event::ValidatorAdded { validator });
			Ok(())
		}

		/// Removes `validator` from the set.
		///
		/// Origin: [`Config::GovernanceOrigin`].
		///
		/// The account keeps authoring until the session after next starts.
		///
		/// Errors: [`Error::NotValidator`], [`Error::TooFewValidators`].
		///
		/// Emits [`Event::ValidatorRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|validators| -> DispatchResult {
				let position = validators
					.iter()
					.position(|account| account == &validator)
					.ok_or(Error::<T>::NotValidator)?;
				ensure!(
					validators.len() > T::MinValidators::get() as usize,
					Error::<T>::TooFewValidators
				);
				validators.remove(position);
				Ok(())
			})?;
			log::info!(target: LOG_TARGET, "validator {validator:?} removed");
			Self::deposit_event(Event::ValidatorRemoved { validator });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants: the set is within its bounds and has no duplicates.
	#[cfg(any(test, feature = "try-runtime"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::Get;

		let validators = Validators::<T>::get();
		// An empty set is valid: genesis may leave the choice to `pallet-session`.
		frame_support::ensure!(
			validators.is_empty() || validators.len() >= T::MinValidators::get() as usize,
			"fewer validators than MinValidators"
		);
		let mut sorted: Vec<_> = validators.iter().collect();
		sorted.sort();
		sorted.dedup();
		frame_support::ensure!(sorted.len() == validators.len(), "duplicate validator");
		Ok(())
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get().into_inner();
		// An empty set would halt block production; keep the current one instead.
		if validators.is_empty() {
			log::warn!(target: LOG_TARGET, "no validators stored; session {new_index} keeps the set");
			return None;
		}
		log::debug!(
			target: LOG_TARGET,
			"session {new_index} planned with {} validators",
			validators.len()
		);
		Some(validators)
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}
