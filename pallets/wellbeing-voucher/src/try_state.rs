//! State invariants, checked by `try_state` and after every unit test.
//!
//! Per programme, with sums over its allowances in [`Allowances`] (live, not yet swept):
//!
//! - `allocated + returned <= budget`: everything ever granted fits the budget.
//! - `paid <= claimed <= spent <= allocated`.
//! - `allocated - spent == Σ (granted - spent)`: the unspent part of `allocated` is exactly
//!   what live allowances can still spend. Swept allowances left only their spent part in
//!   `allocated`.
//! - `spent - claimed == Σ Claimable`, `claimed == Σ amount` of its claims and
//!   `paid == Σ amount` of its paid claims. Together: claimable plus claimed equals spent.
//! - `allowance_count` equals the number of live allowances, each with
//!   `0 < granted <= per_beneficiary_cap` and `spent <= granted`.
//! - A programme that has not ended, or still has allowances, is in [`SweepSchedule`].
//!
//! Globally:
//!
//! - The schedule is sorted by end block and lists existing programmes once each.
//! - No allowance or claimable balance belongs to a missing programme, and every claim of a
//!   closed programme is paid.
//! - Ids are below their counters.
//! - Each account's held deposits per [`HoldReason`] equal the deposits recorded for it.

use alloc::collections::{BTreeMap, BTreeSet};
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

use crate::{
	pallet::{
		Allowances, Claimable, Claims, Config, HoldReason, NextClaimId, NextProgrammeId, Pallet,
		Programmes, SweepSchedule,
	},
	types::*,
};

/// Deposits recorded per account, one map per [`HoldReason`].
struct ExpectedHolds<T: Config> {
	programme: BTreeMap<T::AccountId, BalanceOf<T>>,
	allowance: BTreeMap<T::AccountId, BalanceOf<T>>,
	claim: BTreeMap<T::AccountId, BalanceOf<T>>,
}

impl<T: Config> ExpectedHolds<T> {
	fn new() -> Self {
		Self { programme: BTreeMap::new(), allowance: BTreeMap::new(), claim: BTreeMap::new() }
	}

	/// Adds `amount` to the deposits recorded for `who` under `reason`.
	fn add(&mut self, reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
		let map = match reason {
			HoldReason::ProgrammeDeposit => &mut self.programme,
			HoldReason::AllowanceDeposit => &mut self.allowance,
			HoldReason::ClaimDeposit => &mut self.claim,
		};
		map.entry(who.clone()).or_insert_with(Zero::zero).saturating_accrue(amount);
	}

	/// Checks that each recorded account holds exactly its recorded deposits.
	///
	/// NOTE: an account that holds deposits under these reasons but appears in no record is
	/// not found, because the pallet cannot list the currency's accounts.
	fn check(self) -> Result<(), TryRuntimeError> {
		let maps = [
			(HoldReason::ProgrammeDeposit, self.programme),
			(HoldReason::AllowanceDeposit, self.allowance),
			(HoldReason::ClaimDeposit, self.claim),
		];
		for (reason, expected) in maps {
			for (who, amount) in expected {
				let held = T::Currency::balance_on_hold(&reason.into(), &who);
				ensure!(held == amount, "held deposit differs from the recorded deposits");
			}
		}
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Checks every invariant listed in this module's documentation.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut holds = ExpectedHolds::<T>::new();

		let schedule = SweepSchedule::<T>::get();
		ensure!(
			schedule.windows(2).all(|pair| matches!(pair, [a, b] if a.0 <= b.0)),
			"SweepSchedule is not sorted by end block"
		);
		let scheduled: BTreeSet<ProgrammeId> = schedule.iter().map(|&(_, id)| id).collect();
		ensure!(scheduled.len() == schedule.len(), "SweepSchedule lists a programme twice");
		for &(end, programme_id) in schedule.iter() {
			let programme = Programmes::<T>::get(programme_id)
				.ok_or("SweepSchedule lists a missing programme")?;
			ensure!(programme.end == end, "SweepSchedule entry has the wrong end block");
		}

		let next_programme_id = NextProgrammeId::<T>::get();
		let mut claims_per_programme: BTreeMap<ProgrammeId, (EuroCents, EuroCents)> =
			BTreeMap::new();
		let next_claim_id = NextClaimId::<T>::get();
		for (claim_id, claim) in Claims::<T>::iter() {
			ensure!(claim_id < next_claim_id, "claim id is not below NextClaimId");
			ensure!(claim.amount > 0, "claim amount is zero");
			let totals = claims_per_programme.entry(claim.programme_id).or_default();
			totals.0.saturating_accrue(claim.amount);
			if claim.is_pending() {
				totals.1.saturating_accrue(claim.amount);
				holds.add(HoldReason::ClaimDeposit, &claim.provider, claim.deposit);
			}
		}

		for (programme_id, programme) in Programmes::<T>::iter() {
			ensure!(programme_id < next_programme_id, "programme id is not below NextProgrammeId");
			ensure!(programme.start < programme.end, "programme start is not before its end");
			ensure!(
				programme.allocated.saturating_add(programme.returned) <= programme.budget,
				"programme allocated plus returned exceeds its budget"
			);
			ensure!(programme.spent <= programme.allocated, "programme spent exceeds allocated");
			ensure!(programme.claimed <= programme.spent, "programme claimed exceeds spent");
			ensure!(programme.paid <= programme.claimed, "programme paid exceeds claimed");
			holds.add(HoldReason::ProgrammeDeposit, &programme.issuer, programme.deposit);

			let mut live: u32 = 0;
			let mut unspent: EuroCents = 0;
			for (_, allowance) in Allowances::<T>::iter_prefix(programme_id) {
				ensure!(allowance.granted > 0, "allowance granted is zero");
				ensure!(
					allowance.granted <= programme.per_beneficiary_cap,
					"allowance granted exceeds the per-beneficiary cap"
				);
				ensure!(allowance.spent <= allowance.granted, "allowance spent exceeds granted");
				live.saturating_inc();
				unspent.saturating_accrue(allowance.remaining());
				holds.add(HoldReason::AllowanceDeposit, &programme.issuer, allowance.deposit);
			}
			ensure!(live == programme.allowance_count, "allowance_count differs from Allowances");
			ensure!(
				unspent == programme.allocated.saturating_sub(programme.spent),
				"unspent allowances differ from allocated minus spent"
			);

			let mut claimable: EuroCents = 0;
			for (_, amount) in Claimable::<T>::iter_prefix(programme_id) {
				ensure!(amount > 0, "Claimable stores a zero balance");
				claimable.saturating_accrue(amount);
			}
			ensure!(
				claimable == programme.spent.saturating_sub(programme.claimed),
				"Claimable differs from spent minus claimed"
			);

			let (claimed, pending) = claims_per_programme.remove(&programme_id).unwrap_or_default();
			ensure!(claimed == programme.claimed, "claims differ from programme claimed");
			ensure!(
				pending == programme.claimed.saturating_sub(programme.paid),
				"pending claims differ from claimed minus paid"
			);

			if programme.allowance_count > 0 || now < programme.end {
				ensure!(scheduled.contains(&programme_id), "open programme is not scheduled");
			}
		}

		// What is left belongs to closed programmes, which must have no pending claim.
		ensure!(
			claims_per_programme.values().all(|&(_, pending)| pending == 0),
			"a closed programme has a pending claim"
		);
		ensure!(
			Allowances::<T>::iter_keys().all(|(id, _)| Programmes::<T>::contains_key(id)),
			"an allowance belongs to a missing programme"
		);
		ensure!(
			Claimable::<T>::iter_keys().all(|(id, _)| Programmes::<T>::contains_key(id)),
			"a claimable balance belongs to a missing programme"
		);

		holds.check()
	}
}
