//! Weights of the validator set pallet.
//!
//! NOTE: these are conservative estimates, not benchmark results: a fixed base plus the
//! database weight of the storage each call reads and writes (one read and one write of
//! `Validators`). Generated weights replace this file once the pallet has benchmarks.

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weight functions of the pallet's calls.
pub trait WeightInfo {
	/// Weight of `add_validator`.
	fn add_validator() -> Weight;
	/// Weight of `remove_validator`.
	fn remove_validator() -> Weight;
}

/// Base cost of a call, in picoseconds of reference time.
const BASE: u64 = 20_000_000;
/// Proof size of `Validators` with 100 validators of 32 bytes each.
const VALIDATORS_PROOF: u64 = 3_300;

/// Weights for a runtime whose database weights come from `frame_system`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn add_validator() -> Weight {
		Weight::from_parts(BASE, VALIDATORS_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(BASE, VALIDATORS_PROOF)
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
}

impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(BASE, VALIDATORS_PROOF)
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(BASE, VALIDATORS_PROOF)
	}
}
