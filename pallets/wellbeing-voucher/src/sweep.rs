//! Return of unspent allowances after a programme's end block.
//!
//! Two paths remove allowances, both bounded by `MaxSweepPerBlock`. The `on_idle` hook works
//! through [`SweepSchedule`] in end-block order within the block's remaining weight. The
//! permissionless `sweep_expired` call sweeps one named programme.

use frame_support::{
	ensure,
	storage::with_storage_layer,
	traits::Get,
	weights::{Weight, WeightMeter},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

use crate::{
	pallet::{Allowances, Config, Error, Event, HoldReason, Pallet, Programmes, SweepSchedule},
	types::*,
	weights::WeightInfo,
	LOG_TARGET,
};

impl<T: Config> Pallet<T> {
	/// Removes up to `limit` allowances of an ended programme, as `sweep_expired` does. Returns
	/// the number removed.
	pub(crate) fn do_sweep_expired(
		programme_id: ProgrammeId,
		limit: u32,
	) -> Result<u32, DispatchError> {
		let mut programme =
			Programmes::<T>::get(programme_id).ok_or(Error::<T>::ProgrammeNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= programme.end, Error::<T>::ProgrammeNotEnded);
		ensure!(programme.allowance_count > 0, Error::<T>::NothingToSweep);

		let swept = Self::sweep_allowances(programme_id, &mut programme, limit)?;
		if programme.allowance_count == 0 {
			Self::unschedule(programme_id);
		}
		Programmes::<T>::insert(programme_id, programme);
		Ok(swept)
	}

	/// Sweeps ended programmes from the front of [`SweepSchedule`] within `remaining_weight`,
	/// removing at most `MaxSweepPerBlock` allowances. Returns the weight used.
	///
	/// A programme leaves the schedule once it has no allowances left. A programme whose sweep
	/// fails stays in the schedule and is skipped for this block.
	pub(crate) fn sweep_on_idle(now: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(remaining_weight);
		if meter.try_consume(T::WeightInfo::on_idle_schedule()).is_err() {
			return meter.consumed();
		}

		let mut schedule = SweepSchedule::<T>::get();
		let mut schedule_changed = false;
		let mut allowances_left = T::MaxSweepPerBlock::get();
		let programme_weight = T::WeightInfo::sweep_expired(0);
		let allowance_weight = T::WeightInfo::sweep_expired(1).saturating_sub(programme_weight);

		let mut index = 0;
		while let Some(&(end, programme_id)) = schedule.get(index) {
			if end > now || allowances_left == 0 {
				break;
			}
			if meter.try_consume(programme_weight).is_err() {
				break;
			}
			let fitting = meter
				.remaining()
				.checked_div_per_component(&allowance_weight)
				.map_or(u32::MAX, |fitting| u32::try_from(fitting).unwrap_or(u32::MAX));
			let limit = allowances_left.min(fitting);

			match with_storage_layer(|| Self::sweep_scheduled(programme_id, limit)) {
				Ok((swept, finished)) => {
					meter.consume(allowance_weight.saturating_mul(u64::from(swept)));
					allowances_left.saturating_reduce(swept);
					if !finished {
						// Out of allowance budget or weight; continue in a later block.
						break;
					}
					schedule.remove(index);
					schedule_changed = true;
				}
				Err(error) => {
					log::error!(
						target: LOG_TARGET,
						"on_idle sweep of programme {programme_id} failed: {error:?}",
					);
					index.saturating_inc();
				}
			}
		}

		if schedule_changed {
			SweepSchedule::<T>::put(schedule);
		}
		meter.consumed()
	}

	/// Sweeps up to `limit` allowances of a scheduled programme whose end has passed. Returns
	/// the number removed and whether the programme has no allowances left.
	fn sweep_scheduled(
		programme_id: ProgrammeId,
		limit: u32,
	) -> Result<(u32, bool), DispatchError> {
		let Some(mut programme) = Programmes::<T>::get(programme_id) else {
			log::error!(target: LOG_TARGET, "scheduled programme {programme_id} does not exist");
			return Ok((0, true));
		};
		if programme.allowance_count == 0 {
			return Ok((0, true));
		}
		if limit == 0 {
			return Ok((0, false));
		}

		let swept = Self::sweep_allowances(programme_id, &mut programme, limit)?;
		let finished = programme.allowance_count == 0;
		Programmes::<T>::insert(programme_id, programme);
		Ok((swept, finished))
	}

	/// Removes up to `limit` allowances of the programme, returns their unspent parts to its
	/// budget and releases their deposits to the issuer. Updates `programme` without writing
	/// it, and emits [`Event::UnspentReturned`] if it removed any. Returns the number removed.
	fn sweep_allowances(
		programme_id: ProgrammeId,
		programme: &mut ProgrammeOf<T>,
		limit: u32,
	) -> Result<u32, DispatchError> {
		let mut swept: u32 = 0;
		let mut unspent: EuroCents = 0;
		let mut deposits = BalanceOf::<T>::zero();
		let take = usize::try_from(limit).unwrap_or(usize::MAX);
		for (_, allowance) in Allowances::<T>::drain_prefix(programme_id).take(take) {
			swept.saturating_inc();
			unspent.saturating_accrue(allowance.remaining());
			deposits.saturating_accrue(allowance.deposit);
		}
		if swept == 0 {
			log::error!(
				target: LOG_TARGET,
				"programme {programme_id} counts {} allowances but has none in storage",
				programme.allowance_count,
			);
			programme.allowance_count = 0;
			return Ok(0);
		}

		// `allocated` contains every unspent remainder, so this never saturates unless the
		// accounting is broken, which `try_state` reports.
		programme.allocated = programme.allocated.saturating_sub(unspent);
		programme.returned = programme.returned.saturating_add(unspent);
		programme.allowance_count = programme.allowance_count.saturating_sub(swept);
		Self::release_deposit(HoldReason::AllowanceDeposit, &programme.issuer, deposits)?;

		log::debug!(
			target: LOG_TARGET,
			"programme {programme_id}: swept {swept} allowances, returned {unspent} cents",
		);
		Self::deposit_event(Event::UnspentReturned {
			programme_id,
			allowances: swept,
			amount: unspent,
		});
		Ok(swept)
	}
}
