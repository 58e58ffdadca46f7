//! # Council root pallet
//!
//! A council motion dispatches with the council's collective origin, never with Root, so a
//! council on its own cannot call Root-only functions such as `System::set_code` (a runtime
//! upgrade) or `Sudo::remove_key`. This pallet closes that gap with one call:
//!
//! - `dispatch_as_root(call)`: origin [`Config::CouncilOrigin`] (in the wellbeing runtime,
//!   more than half of the council). It dispatches `call` with the Root origin and emits
//!   [`Event::DispatchedAsRoot`] with the call's result. No deposit, no storage.
//!
//! The inner call's weight and dispatch class are charged to the motion that executes it.

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

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::council-root";

// The code that `#[frame_support::pallet]` generates calls `expect`.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::{WeightInfo, LOG_TARGET};
	use alloc::boxed::Box;
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
	};
	use frame_system::{pallet_prelude::*, RawOrigin};
	use sp_runtime::traits::Dispatchable;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The runtime's call type, which this pallet dispatches.
		type RuntimeCall: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ GetDispatchInfo;

		/// Origin allowed to dispatch a call as Root.
		type CouncilOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The council dispatched a call with the Root origin.
		DispatchedAsRoot {
			/// Result of the inner call.
			result: DispatchResult,
		},
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dispatches `call` with the Root origin.
		///
		/// Origin: [`Config::CouncilOrigin`].
		///
		/// The call itself succeeds when the origin is allowed, even if the inner call fails:
		/// the inner result is reported in [`Event::DispatchedAsRoot`], as a motion's
		/// execution result is reported by the collective.
		///
		/// Emits [`Event::DispatchedAsRoot`].
		#[pallet::call_index(0)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::CouncilOrigin::ensure_origin(origin)?;

			let outcome = call.dispatch(RawOrigin::Root.into());
			let actual_weight = match &outcome {
				Ok(post_info) => post_info.actual_weight,
				Err(error) => error.post_info.actual_weight,
			}
			.map(|weight| weight.saturating_add(T::WeightInfo::dispatch_as_root()));
			let result = outcome.map(|_| ()).map_err(|error| error.error);
			if let Err(error) = result {
				log::debug!(target: LOG_TARGET, "call dispatched as Root failed: {error:?}");
			}

			Self::deposit_event(Event::DispatchedAsRoot { result });
			Ok(actual_weight.into())
		}
	}
}
