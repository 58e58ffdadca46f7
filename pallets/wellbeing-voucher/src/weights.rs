//! Weights of the wellbeing-voucher pallet.
//!
//! NOTE: these weights are not benchmarked. They are conservative estimates counted from each
//! call's storage reads and writes (`T::DbWeight::get().reads_writes(r, w)`), plus a fixed base
//! ref-time of 20 µs per call and 5 µs per loop item. The proof size is the sum of the
//! `MaxEncodedLen` of the storage entries touched plus a per-entry key overhead. Replace them
//! with benchmark results before relying on them for fees.

use codec::MaxEncodedLen;
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

use crate::types::{AllowanceOf, ClaimOf, IssuerInfoOf, ProgrammeOf, SweepScheduleOf};

/// Weight functions needed by the wellbeing-voucher pallet.
pub trait WeightInfo {
	/// Weight of `approve_issuer`.
	fn approve_issuer() -> Weight;
	/// Weight of `revoke_issuer`.
	fn revoke_issuer() -> Weight;
	/// Weight of `create_programme`.
	fn create_programme() -> Weight;
	/// Weight of `grant_allowances` with `n` grants.
	fn grant_allowances(n: u32) -> Weight;
	/// Weight of `spend`, including the product and reputation look-ups.
	fn spend() -> Weight;
	/// Weight of `redeem`.
	fn redeem() -> Weight;
	/// Weight of `mark_claim_paid`.
	fn mark_claim_paid() -> Weight;
	/// Weight of sweeping `n` allowances of one programme, by `sweep_expired` or `on_idle`.
	fn sweep_expired(n: u32) -> Weight;
	/// Weight of `close_programme`.
	fn close_programme() -> Weight;
	/// Weight of reading the sweep schedule in `on_idle` and writing it back.
	fn on_idle_schedule() -> Weight;
}

/// Fixed ref-time of every call on top of its storage accesses, in picoseconds.
const BASE_REF_TIME: u64 = 20_000_000;
/// Ref-time of one loop iteration (one grant or one swept allowance), in picoseconds.
const PER_ITEM_REF_TIME: u64 = 5_000_000;
/// Ref-time of one product look-up plus one reputation summary, in picoseconds.
const LOOKUP_REF_TIME: u64 = 10_000_000;
/// Storage reads made by `ProductInspect::product` and `ReputationInspect::summary`.
///
/// NOTE: estimate. The runtime's implementations decide the real count; one read for the
/// product and three for the reputation aggregates are assumed.
const LOOKUP_READS: u64 = 4;
/// Proof size of the product and reputation look-ups, in bytes (estimate).
const LOOKUP_PROOF: u64 = 2_048;
/// Storage reads or writes of one hold or release: the account and its holds.
const HOLD_ACCESSES: u64 = 2;
/// Proof size of a balances account entry plus its holds, in bytes (estimate).
const HOLD_PROOF: u64 = 1_024;
/// Bytes a storage proof adds on top of a value for its key and trie nodes (estimate).
const KEY_PROOF: u64 = 128;

/// Returns the proof size of one storage entry holding a `V`.
fn proof_of<V: MaxEncodedLen>() -> u64 {
	u64::try_from(V::max_encoded_len()).unwrap_or(u64::MAX).saturating_add(KEY_PROOF)
}

/// Proof sizes of the storage entries the calls touch, in bytes.
struct Proofs {
	issuer: u64,
	programme: u64,
	allowance: u64,
	claim: u64,
	schedule: u64,
	/// A counter or a `Claimable` balance.
	small: u64,
}

impl Proofs {
	/// Measures the entries of runtime `T`.
	fn of<T: crate::Config>() -> Self {
		Proofs {
			issuer: proof_of::<IssuerInfoOf<T>>(),
			programme: proof_of::<ProgrammeOf<T>>(),
			allowance: proof_of::<AllowanceOf<T>>(),
			claim: proof_of::<ClaimOf<T>>(),
			schedule: proof_of::<SweepScheduleOf<T>>(),
			small: proof_of::<u64>(),
		}
	}

	/// Sizes for the `()` implementation, which has no runtime to measure: names and payment
	/// references of 64 bytes and a schedule of 1000 entries.
	fn fixed() -> Self {
		Proofs {
			issuer: 256,
			programme: 512,
			allowance: 192,
			claim: 512,
			schedule: 8_192,
			small: 136,
		}
	}
}

/// Storage accesses, extra ref-time and proof size of one call.
struct Cost {
	reads: u64,
	writes: u64,
	ref_time: u64,
	proof_size: u64,
}

impl Cost {
	fn weight(self, db: RuntimeDbWeight) -> Weight {
		Weight::from_parts(BASE_REF_TIME.saturating_add(self.ref_time), self.proof_size)
			.saturating_add(db.reads_writes(self.reads, self.writes))
	}

	fn approve_issuer(p: &Proofs) -> Self {
		// Issuers.
		Cost { reads: 1, writes: 1, ref_time: 0, proof_size: p.issuer }
	}

	fn revoke_issuer(p: &Proofs) -> Self {
		// Issuers.
		Cost { reads: 1, writes: 1, ref_time: 0, proof_size: p.issuer }
	}

	fn create_programme(p: &Proofs) -> Self {
		// Issuers, NextProgrammeId, SweepSchedule and Programmes, plus the programme deposit.
		Cost {
			reads: 3u64.saturating_add(HOLD_ACCESSES),
			writes: 3u64.saturating_add(HOLD_ACCESSES),
			ref_time: 0,
			proof_size: p
				.issuer
				.saturating_add(p.small)
				.saturating_add(p.schedule)
				.saturating_add(p.programme)
				.saturating_add(HOLD_PROOF),
		}
	}

	fn grant_allowances(p: &Proofs, n: u32) -> Self {
		// Programmes and `n` Allowances, plus the allowance deposits.
		let n = u64::from(n);
		Cost {
			reads: 1u64.saturating_add(n).saturating_add(HOLD_ACCESSES),
			writes: 1u64.saturating_add(n).saturating_add(HOLD_ACCESSES),
			ref_time: PER_ITEM_REF_TIME.saturating_mul(n),
			proof_size: p
				.programme
				.saturating_add(p.allowance.saturating_mul(n))
				.saturating_add(HOLD_PROOF),
		}
	}

	fn spend(p: &Proofs) -> Self {
		// Programmes, Allowances and Claimable, plus the product and reputation look-ups.
		Cost {
			reads: 3u64.saturating_add(LOOKUP_READS),
			writes: 3,
			ref_time: LOOKUP_REF_TIME,
			proof_size: p
				.programme
				.saturating_add(p.allowance)
				.saturating_add(p.small)
				.saturating_add(LOOKUP_PROOF),
		}
	}

	fn redeem(p: &Proofs) -> Self {
		// Programmes, Claimable, NextClaimId and Claims, plus the claim deposit.
		Cost {
			reads: 3u64.saturating_add(HOLD_ACCESSES),
			writes: 4u64.saturating_add(HOLD_ACCESSES),
			ref_time: 0,
			proof_size: p
				.programme
				.saturating_add(p.small.saturating_mul(2))
				.saturating_add(p.claim)
				.saturating_add(HOLD_PROOF),
		}
	}

	fn mark_claim_paid(p: &Proofs) -> Self {
		// Claims and Programmes, plus the claim deposit release.
		Cost {
			reads: 2u64.saturating_add(HOLD_ACCESSES),
			writes: 2u64.saturating_add(HOLD_ACCESSES),
			ref_time: 0,
			proof_size: p.claim.saturating_add(p.programme).saturating_add(HOLD_PROOF),
		}
	}

	fn sweep_expired(p: &Proofs, n: u32) -> Self {
		// Programmes, SweepSchedule and `n` Allowances, plus the allowance deposit release.
		let n = u64::from(n);
		Cost {
			reads: 2u64.saturating_add(n).saturating_add(HOLD_ACCESSES),
			writes: 2u64.saturating_add(n).saturating_add(HOLD_ACCESSES),
			ref_time: PER_ITEM_REF_TIME.saturating_mul(n),
			proof_size: p
				.programme
				.saturating_add(p.schedule)
				.saturating_add(p.allowance.saturating_mul(n))
				.saturating_add(HOLD_PROOF),
		}
	}

	fn close_programme(p: &Proofs) -> Self {
		// Programmes and SweepSchedule, plus the programme deposit release.
		Cost {
			reads: 2u64.saturating_add(HOLD_ACCESSES),
			writes: 2u64.saturating_add(HOLD_ACCESSES),
			ref_time: 0,
			proof_size: p.programme.saturating_add(p.schedule).saturating_add(HOLD_PROOF),
		}
	}

	fn on_idle_schedule(p: &Proofs) -> Self {
		// SweepSchedule.
		Cost { reads: 1, writes: 1, ref_time: 0, proof_size: p.schedule }
	}
}

/// Weights for a runtime, using its database weights and its storage bounds.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: crate::Config> WeightInfo for SubstrateWeight<T> {
	fn approve_issuer() -> Weight {
		Cost::approve_issuer(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn revoke_issuer() -> Weight {
		Cost::revoke_issuer(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn create_programme() -> Weight {
		Cost::create_programme(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn grant_allowances(n: u32) -> Weight {
		Cost::grant_allowances(&Proofs::of::<T>(), n).weight(T::DbWeight::get())
	}
	fn spend() -> Weight {
		Cost::spend(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn redeem() -> Weight {
		Cost::redeem(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn mark_claim_paid() -> Weight {
		Cost::mark_claim_paid(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn sweep_expired(n: u32) -> Weight {
		Cost::sweep_expired(&Proofs::of::<T>(), n).weight(T::DbWeight::get())
	}
	fn close_programme() -> Weight {
		Cost::close_programme(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
	fn on_idle_schedule() -> Weight {
		Cost::on_idle_schedule(&Proofs::of::<T>()).weight(T::DbWeight::get())
	}
}

/// Weights for tests, using RocksDB database weights and fixed proof sizes.
impl WeightInfo for () {
	fn approve_issuer() -> Weight {
		Cost::approve_issuer(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn revoke_issuer() -> Weight {
		Cost::revoke_issuer(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn create_programme() -> Weight {
		Cost::create_programme(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn grant_allowances(n: u32) -> Weight {
		Cost::grant_allowances(&Proofs::fixed(), n).weight(RocksDbWeight::get())
	}
	fn spend() -> Weight {
		Cost::spend(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn redeem() -> Weight {
		Cost::redeem(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn mark_claim_paid() -> Weight {
		Cost::mark_claim_paid(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn sweep_expired(n: u32) -> Weight {
		Cost::sweep_expired(&Proofs::fixed(), n).weight(RocksDbWeight::get())
	}
	fn close_programme() -> Weight {
		Cost::close_programme(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
	fn on_idle_schedule() -> Weight {
		Cost::on_idle_schedule(&Proofs::fixed()).weight(RocksDbWeight::get())
	}
}
