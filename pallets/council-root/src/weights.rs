//! Weights of the council root pallet.
//!
//! NOTE: these are conservative estimates, not benchmark results. The call reads and writes
//! no storage of its own, so its weight is a fixed base for decoding and dispatching the inner
//! call. The inner call's own weight is added on top. Generated weights replace this file once
//! the pallet has benchmarks.

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions of the pallet's calls.
pub trait WeightInfo {
	/// Weight of `dispatch_as_root`, without the inner call.
	fn dispatch_as_root() -> Weight;
}

/// Weights for a runtime whose database weights come from `frame_system`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(15_000_000, 0)
	}
}

impl WeightInfo for () {
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(15_000_000, 0)
	}
}
