//! Weights of the product registry pallet.
//!
//! NOTE: these are conservative estimates, not benchmark results. Each call's weight is a fixed
//! base of 20 µs for decoding, checks and the event, plus the database weight of the storage
//! items it reads and writes (`DbWeight::reads_writes`). The proof size adds, for each item the
//! call reads, its storage key and the `MaxEncodedLen` of its value. Generated weights replace
//! this file once the pallet has benchmarks.

use crate::{Config, Product, Provider, StatusHistoryOf, VersionsOf};
use codec::MaxEncodedLen;
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};
use wellbeing_traits::ProductId;

/// Weight functions of the pallet's calls.
pub trait WeightInfo {
	/// Weight of `register_provider`.
	fn register_provider() -> Weight;
	/// Weight of `update_provider`.
	fn update_provider() -> Weight;
	/// Weight of `deregister_provider`.
	fn deregister_provider() -> Weight;
	/// Weight of `register_product`.
	fn register_product() -> Weight;
	/// Weight of `update_product`.
	fn update_product() -> Weight;
	/// Weight of `publish_version`.
	fn publish_version() -> Weight;
	/// Weight of `transfer_product`.
	fn transfer_product() -> Weight;
	/// Weight of `retire_product`.
	fn retire_product() -> Weight;
	/// Weight of `suspend_product`.
	fn suspend_product() -> Weight;
	/// Weight of `reinstate_product`.
	fn reinstate_product() -> Weight;
	/// Weight of `remove_product`.
	fn remove_product() -> Weight;
}

/// Fixed part of every call's reference time, in picoseconds.
const BASE_REF_TIME: u64 = 20_000_000;

/// Length of a storage key's prefix: the hashes of the pallet name and the item name.
const KEY_PREFIX_LEN: u64 = 32;

/// Estimated proof size, in bytes, of one account's balance entries that a hold or release
/// reads: `System::Account` and `Balances::Holds` with their keys.
const HOLD_PROOF_SIZE: u64 = 500;

/// Proof sizes, in bytes, of the pallet's storage items: key plus maximum encoded value.
struct ProofSizes {
	next_product_id: u64,
	provider: u64,
	product: u64,
	versions: u64,
	status_history: u64,
}

impl ProofSizes {
	/// Sizes for the runtime's own types and bounds.
	fn of<T: Config>() -> Self {
		let account_key = KEY_PREFIX_LEN
			.saturating_add(16)
			.saturating_add(T::AccountId::max_encoded_len() as u64);
		let product_key =
			KEY_PREFIX_LEN.saturating_add(8).saturating_add(ProductId::max_encoded_len() as u64);
		Self {
			next_product_id: KEY_PREFIX_LEN.saturating_add(ProductId::max_encoded_len() as u64),
			provider: account_key.saturating_add(Provider::<T>::max_encoded_len() as u64),
			product: product_key.saturating_add(Product::<T>::max_encoded_len() as u64),
			versions: product_key.saturating_add(VersionsOf::<T>::max_encoded_len() as u64),
			status_history: product_key
				.saturating_add(StatusHistoryOf::<T>::max_encoded_len() as u64),
		}
	}

	/// Sizes for the suggested runtime values. Account ids have 32 bytes, balances 128 bits and
	/// block numbers 32 bits. Names have up to 64 bytes, URIs 256 and business ids 32. A product
	/// has up to 8 profiles of 32 bytes, 16 versions with labels of 32 bytes and 16 status
	/// changes.
	const SUGGESTED: Self = Self {
		next_product_id: 36,
		provider: 80 + 416,
		product: 44 + 696,
		versions: 44 + 1_169,
		status_history: 44 + 4_737,
	};

	fn register_provider(&self, db: RuntimeDbWeight) -> Weight {
		// Reads `Providers`, then the hold reads and writes the account's balance entries.
		weight(db, 3, 3, self.provider.saturating_add(HOLD_PROOF_SIZE))
	}

	fn update_provider(&self, db: RuntimeDbWeight) -> Weight {
		weight(db, 1, 1, self.provider)
	}

	fn deregister_provider(&self, db: RuntimeDbWeight) -> Weight {
		weight(db, 3, 3, self.provider.saturating_add(HOLD_PROOF_SIZE))
	}

	fn register_product(&self, db: RuntimeDbWeight) -> Weight {
		// Also writes `Products` without reading it.
		let proof = self
			.provider
			.saturating_add(self.next_product_id)
			.saturating_add(self.status_history)
			.saturating_add(HOLD_PROOF_SIZE);
		weight(db, 5, 6, proof)
	}

	fn update_product(&self, db: RuntimeDbWeight) -> Weight {
		weight(db, 1, 1, self.product)
	}

	fn publish_version(&self, db: RuntimeDbWeight) -> Weight {
		let proof = self.product.saturating_add(self.versions).saturating_add(HOLD_PROOF_SIZE);
		weight(db, 4, 4, proof)
	}

	fn transfer_product(&self, db: RuntimeDbWeight) -> Weight {
		// Reads both providers and the balance entries of both accounts.
		let proof = self
			.product
			.saturating_add(self.provider.saturating_mul(2))
			.saturating_add(HOLD_PROOF_SIZE.saturating_mul(2));
		weight(db, 7, 7, proof)
	}

	fn change_status(&self, db: RuntimeDbWeight) -> Weight {
		weight(db, 2, 2, self.product.saturating_add(self.status_history))
	}

	fn remove_product(&self, db: RuntimeDbWeight) -> Weight {
		// Also deletes `Versions` and `StatusHistory` without reading them.
		let proof = self.product.saturating_add(self.provider).saturating_add(HOLD_PROOF_SIZE);
		weight(db, 4, 6, proof)
	}
}

/// Base weight plus `reads` and `writes` database accesses and `proof_size` bytes of proof.
fn weight(db: RuntimeDbWeight, reads: u64, writes: u64, proof_size: u64) -> Weight {
	Weight::from_parts(BASE_REF_TIME, proof_size).saturating_add(db.reads_writes(reads, writes))
}

/// Weights for a runtime, from its database weights and storage bounds.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: Config> WeightInfo for SubstrateWeight<T> {
	fn register_provider() -> Weight {
		ProofSizes::of::<T>().register_provider(T::DbWeight::get())
	}
	fn update_provider() -> Weight {
		ProofSizes::of::<T>().update_provider(T::DbWeight::get())
	}
	fn deregister_provider() -> Weight {
		ProofSizes::of::<T>().deregister_provider(T::DbWeight::get())
	}
	fn register_product() -> Weight {
		ProofSizes::of::<T>().register_product(T::DbWeight::get())
	}
	fn update_product() -> Weight {
		ProofSizes::of::<T>().update_product(T::DbWeight::get())
	}
	fn publish_version() -> Weight {
		ProofSizes::of::<T>().publish_version(T::DbWeight::get())
	}
	fn transfer_product() -> Weight {
		ProofSizes::of::<T>().transfer_product(T::DbWeight::get())
	}
	fn retire_product() -> Weight {
		ProofSizes::of::<T>().change_status(T::DbWeight::get())
	}
	fn suspend_product() -> Weight {
		ProofSizes::of::<T>().change_status(T::DbWeight::get())
	}
	fn reinstate_product() -> Weight {
		ProofSizes::of::<T>().change_status(T::DbWeight::get())
	}
	fn remove_product() -> Weight {
		ProofSizes::of::<T>().remove_product(T::DbWeight::get())
	}
}

/// Weights for tests: RocksDB database weights and the suggested runtime bounds.
impl WeightInfo for () {
	fn register_provider() -> Weight {
		ProofSizes::SUGGESTED.register_provider(RocksDbWeight::get())
	}
	fn update_provider() -> Weight {
		ProofSizes::SUGGESTED.update_provider(RocksDbWeight::get())
	}
	fn deregister_provider() -> Weight {
		ProofSizes::SUGGESTED.deregister_provider(RocksDbWeight::get())
	}
	fn register_product() -> Weight {
		ProofSizes::SUGGESTED.register_product(RocksDbWeight::get())
	}
	fn update_product() -> Weight {
		ProofSizes::SUGGESTED.update_product(RocksDbWeight::get())
	}
	fn publish_version() -> Weight {
		ProofSizes::SUGGESTED.publish_version(RocksDbWeight::get())
	}
	fn transfer_product() -> Weight {
		ProofSizes::SUGGESTED.transfer_product(RocksDbWeight::get())
	}
	fn retire_product() -> Weight {
		ProofSizes::SUGGESTED.change_status(RocksDbWeight::get())
	}
	fn suspend_product() -> Weight {
		ProofSizes::SUGGESTED.change_status(RocksDbWeight::get())
	}
	fn reinstate_product() -> Weight {
		ProofSizes::SUGGESTED.change_status(RocksDbWeight::get())
	}
	fn remove_product() -> Weight {
		ProofSizes::SUGGESTED.remove_product(RocksDbWeight::get())
	}
}
