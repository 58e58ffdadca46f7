//! Weights of the reputation pallet's calls.
//!
//! NOTE: these weights are conservative estimates, not benchmark results. Each counts the
//! call's storage reads and writes with `DbWeight`, adds a fixed base of 20 µs of reference
//! time, and estimates proof size from the `MaxEncodedLen` of the items the call reads. Replace
//! them with benchmarked weights before production use.

use crate::{
	types::{AssessorInfoOf, AttestationId, AttestationOf, ReviewOf},
	Aggregate, Config,
};
use codec::MaxEncodedLen;
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};
use wellbeing_traits::{ProductId, ProductInfo};

/// Weight functions needed by the reputation pallet.
pub trait WeightInfo {
	/// Weight of `submit_review`.
	fn submit_review() -> Weight;
	/// Weight of `withdraw_review`.
	fn withdraw_review() -> Weight;
	/// Weight of `add_assessor`.
	fn add_assessor() -> Weight;
	/// Weight of `remove_assessor`.
	fn remove_assessor() -> Weight;
	/// Weight of `attest`.
	fn attest() -> Weight;
	/// Weight of `revoke_attestation`.
	fn revoke_attestation() -> Weight;
	/// Weight of `remove_attestation`.
	fn remove_attestation() -> Weight;
}

/// Fixed reference time added to every call.
const BASE_REF_TIME: u64 = 20_000_000;

/// Proof size of one balance-pallet account with its holds. An estimate: an account record
/// (about 80 bytes) plus a few hold entries, with map key overhead.
const BALANCE_PROOF_SIZE: u64 = 300;

/// Proof size of one map entry: the value's maximum encoded length plus a 48-byte key
/// (two 16-byte hashes and a 16-byte suffix or `Blake2_128Concat` key).
fn entry_proof_size(max_encoded_len: usize) -> u64 {
	u64::try_from(max_encoded_len).unwrap_or(u64::MAX).saturating_add(48)
}

/// Weights for the reputation pallet, counted from the runtime's types.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: Config> SubstrateWeight<T> {
	fn product_proof_size() -> u64 {
		entry_proof_size(ProductInfo::<T::AccountId>::max_encoded_len())
	}

	fn review_proof_size() -> u64 {
		entry_proof_size(ReviewOf::<T>::max_encoded_len().saturating_add(
			T::AccountId::max_encoded_len().saturating_add(ProductId::max_encoded_len()),
		))
	}

	fn aggregate_proof_size() -> u64 {
		entry_proof_size(Aggregate::max_encoded_len())
	}

	fn assessor_proof_size() -> u64 {
		entry_proof_size(AssessorInfoOf::<T>::max_encoded_len())
	}

	fn attestation_proof_size() -> u64 {
		entry_proof_size(AttestationOf::<T>::max_encoded_len())
	}

	fn product_attestations_proof_size() -> u64 {
		let ids = usize::try_from(T::MaxAttestationsPerProduct::get()).unwrap_or(usize::MAX);
		entry_proof_size(AttestationId::max_encoded_len().saturating_mul(ids).saturating_add(5))
	}
}

impl<T: Config> WeightInfo for SubstrateWeight<T> {
	/// Reads: the product, the recording app, the review, the aggregate, the reviewer's
	/// balance. Writes: the review, the aggregate, the reviewer's balance and holds.
	fn submit_review() -> Weight {
		let proof = Self::product_proof_size()
			.saturating_mul(2)
			.saturating_add(Self::review_proof_size())
			.saturating_add(Self::aggregate_proof_size())
			.saturating_add(BALANCE_PROOF_SIZE);
		Weight::from_parts(BASE_REF_TIME, proof)
			.saturating_add(T::DbWeight::get().reads_writes(5, 4))
	}

	/// Reads: the review, the aggregate, the reviewer's balance. Writes: the review, the
	/// aggregate, the reviewer's balance and holds.
	fn withdraw_review() -> Weight {
		let proof = Self::review_proof_size()
			.saturating_add(Self::aggregate_proof_size())
			.saturating_add(BALANCE_PROOF_SIZE);
		Weight::from_parts(BASE_REF_TIME, proof)
			.saturating_add(T::DbWeight::get().reads_writes(3, 4))
	}

	/// Reads and writes the assessor entry.
	fn add_assessor() -> Weight {
		Weight::from_parts(BASE_REF_TIME, Self::assessor_proof_size())
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	/// Reads and writes the assessor entry.
	fn remove_assessor() -> Weight {
		Weight::from_parts(BASE_REF_TIME, Self::assessor_proof_size())
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	/// Reads: the assessor, the product, the product's attestation list, the id counter, the
	/// assessor's balance. Writes: the attestation, the list, the counter, the assessor's
	/// balance and holds.
	fn attest() -> Weight {
		let proof = Self::assessor_proof_size()
			.saturating_add(Self::product_proof_size())
			.saturating_add(Self::product_attestations_proof_size())
			.saturating_add(entry_proof_size(AttestationId::max_encoded_len()))
			.saturating_add(BALANCE_PROOF_SIZE);
		Weight::from_parts(BASE_REF_TIME, proof)
			.saturating_add(T::DbWeight::get().reads_writes(5, 5))
	}

	/// Reads and writes the attestation.
	fn revoke_attestation() -> Weight {
		Weight::from_parts(BASE_REF_TIME, Self::attestation_proof_size())
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}

	/// Reads: the attestation, the assessor, the product's attestation list, the assessor's
	/// balance. Writes: the attestation, the list, the assessor's balance and holds.
	fn remove_attestation() -> Weight {
		let proof = Self::attestation_proof_size()
			.saturating_add(Self::assessor_proof_size())
			.saturating_add(Self::product_attestations_proof_size())
			.saturating_add(BALANCE_PROOF_SIZE);
		Weight::from_parts(BASE_REF_TIME, proof)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
}

/// Weights for tests, with `RocksDbWeight` and fixed proof sizes of 10 kB per call.
impl WeightInfo for () {
	fn submit_review() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 4))
	}
	fn withdraw_review() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 4))
	}
	fn add_assessor() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn remove_assessor() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn attest() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 5))
	}
	fn revoke_attestation() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn remove_attestation() -> Weight {
		Weight::from_parts(BASE_REF_TIME, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
}
