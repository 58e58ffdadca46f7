//! Bodies of the issuer, programme, spend and claim calls.
//!
//! Each `do_*` helper checks everything that depends on storage before its first write, so a
//! failing call leaves state untouched even outside a storage transaction.

use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedMul, Zero},
	ArithmeticError, DispatchError,
};
use wellbeing_traits::{EligibilityPolicy, ProductId, ProductInspect, ReputationInspect};

use crate::{
	pallet::{
		Allowances, Claimable, Claims, Config, Error, Event, HoldReason, Issuers, NextClaimId,
		NextProgrammeId, Pallet, Programmes, SweepSchedule,
	},
	types::*,
	LOG_TARGET,
};

impl<T: Config> Pallet<T> {
	/// Stores `issuer` as approved under `name`.
	pub(crate) fn do_approve_issuer(issuer: T::AccountId, name: NameOf<T>) -> DispatchResult {
		ensure!(!Issuers::<T>::contains_key(&issuer), Error::<T>::IssuerAlreadyApproved);

		Issuers::<T>::insert(&issuer, IssuerInfo { name: name.clone() });
		Self::deposit_event(Event::IssuerApproved { issuer, name });
		Ok(())
	}

	/// Removes `issuer` from the approved issuers. Its programmes are not touched.
	pub(crate) fn do_revoke_issuer(issuer: T::AccountId) -> DispatchResult {
		ensure!(Issuers::<T>::contains_key(&issuer), Error::<T>::IssuerNotFound);

		Issuers::<T>::remove(&issuer);
		Self::deposit_event(Event::IssuerRevoked { issuer });
		Ok(())
	}

	/// Stores a new programme, holds the programme deposit and schedules the programme for the
	/// `on_idle` sweep. The caller has checked the amounts and the period.
	pub(crate) fn do_create_programme(
		issuer: T::AccountId,
		name: NameOf<T>,
		budget: EuroCents,
		per_beneficiary_cap: EuroCents,
		start: BlockNumberFor<T>,
		end: BlockNumberFor<T>,
		policy: EligibilityPolicy,
	) -> DispatchResult {
		ensure!(Issuers::<T>::contains_key(&issuer), Error::<T>::NotIssuer);

		let programme_id = NextProgrammeId::<T>::get();
		let next_id = programme_id.checked_add(1).ok_or(ArithmeticError::Overflow)?;

		let mut schedule = SweepSchedule::<T>::get();
		let position = schedule.partition_point(|&(entry_end, _)| entry_end <= end);
		schedule
			.try_insert(position, (end, programme_id))
			.map_err(|_| Error::<T>::SweepScheduleFull)?;

		let deposit = T::ProgrammeDeposit::get();
		T::Currency::hold(&HoldReason::ProgrammeDeposit.into(), &issuer, deposit)?;

		let programme = Programme {
			issuer: issuer.clone(),
			name,
			budget,
			allocated: 0,
			spent: 0,
			claimed: 0,
			paid: 0,
			returned: 0,
			per_beneficiary_cap,
			start,
			end,
			policy,
			allowance_count: 0,
			deposit,
		};
		Programmes::<T>::insert(programme_id, programme);
		NextProgrammeId::<T>::put(next_id);
		SweepSchedule::<T>::put(schedule);

		log::debug!(target: LOG_TARGET, "programme {programme_id} created, ends at {end:?}");
		Self::deposit_event(Event::ProgrammeCreated { programme_id, issuer, budget });
		Ok(())
	}

	/// Grants or tops up allowances and holds one allowance deposit per new allowance. The
	/// caller has checked that `grants` is not empty and has no zero amount.
	pub(crate) fn do_grant_allowances(
		issuer: T::AccountId,
		programme_id: ProgrammeId,
		grants: Vec<(T::AccountId, EuroCents)>,
	) -> DispatchResult {
		let mut programme =
			Programmes::<T>::get(programme_id).ok_or(Error::<T>::ProgrammeNotFound)?;
		ensure!(programme.issuer == issuer, Error::<T>::NotProgrammeIssuer);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < programme.end, Error::<T>::ProgrammeEnded);

		// Add up repeated beneficiaries so that the cap applies to their sum.
		let mut per_beneficiary: BTreeMap<T::AccountId, EuroCents> = BTreeMap::new();
		for (beneficiary, amount) in grants {
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let sum = per_beneficiary.entry(beneficiary).or_default();
			*sum = sum.checked_add(amount).ok_or(Error::<T>::CapExceeded)?;
		}

		let deposit = T::AllowanceDeposit::get();
		let mut total: EuroCents = 0;
		let mut new_allowances: u32 = 0;
		let mut updated = Vec::with_capacity(per_beneficiary.len());
		for (beneficiary, amount) in per_beneficiary {
			let allowance = match Allowances::<T>::get(programme_id, &beneficiary) {
				Some(mut allowance) => {
					allowance.granted =
						allowance.granted.checked_add(amount).ok_or(Error::<T>::CapExceeded)?;
					allowance
				}
				None => {
					new_allowances =
						new_allowances.checked_add(1).ok_or(ArithmeticError::Overflow)?;
					Allowance { granted: amount, spent: 0, deposit }
				}
			};
			ensure!(allowance.granted <= programme.per_beneficiary_cap, Error::<T>::CapExceeded);
			total = total.checked_add(amount).ok_or(Error::<T>::BudgetExceeded)?;
			updated.push((beneficiary, amount, allowance));
		}

		let allocated = programme.allocated.checked_add(total).ok_or(Error::<T>::BudgetExceeded)?;
		ensure!(allocated <= programme.budget, Error::<T>::BudgetExceeded);
		let allowance_count = programme
			.allowance_count
			.checked_add(new_allowances)
			.ok_or(ArithmeticError::Overflow)?;

		let total_deposit = deposit
			.checked_mul(&BalanceOf::<T>::from(new_allowances))
			.ok_or(ArithmeticError::Overflow)?;
		if !total_deposit.is_zero() {
			T::Currency::hold(&HoldReason::AllowanceDeposit.into(), &issuer, total_deposit)?;
		}

		let count = u32::try_from(updated.len()).map_err(|_| ArithmeticError::Overflow)?;
		for (beneficiary, amount, allowance) in updated {
			let granted = allowance.granted;
			Allowances::<T>::insert(programme_id, &beneficiary, allowance);
			Self::deposit_event(Event::AllowanceGranted {
				programme_id,
				beneficiary,
				amount,
				granted,
			});
		}
		programme.allocated = allocated;
		programme.allowance_count = allowance_count;
		Programmes::<T>::insert(programme_id, programme);

		Self::deposit_event(Event::AllowancesGranted { programme_id, count, total });
		Ok(())
	}

	/// Spends `amount` of the beneficiary's allowance on `product_id` if the programme's policy
	/// admits the product now, and makes the amount claimable by the product's provider.
	pub(crate) fn do_spend(
		beneficiary: T::AccountId,
		programme_id: ProgrammeId,
		product_id: ProductId,
		amount: EuroCents,
	) -> DispatchResult {
		let mut programme =
			Programmes::<T>::get(programme_id).ok_or(Error::<T>::ProgrammeNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= programme.start, Error::<T>::NotStarted);
		ensure!(now < programme.end, Error::<T>::ProgrammeEnded);

		let mut allowance =
			Allowances::<T>::get(programme_id, &beneficiary).ok_or(Error::<T>::NoAllowance)?;
		ensure!(amount <= allowance.remaining(), Error::<T>::InsufficientAllowance);

		let product = T::Products::product(product_id).ok_or(Error::<T>::ProductNotFound)?;
		let reputation = T::Reputation::summary(product_id);
		programme.policy.evaluate(&product, &reputation).map_err(Error::<T>::from)?;

		allowance.spent = allowance.spent.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		programme.spent = programme.spent.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		let provider = product.provider;
		let claimable = Claimable::<T>::get(programme_id, &provider)
			.checked_add(amount)
			.ok_or(ArithmeticError::Overflow)?;

		Allowances::<T>::insert(programme_id, &beneficiary, allowance);
		Programmes::<T>::insert(programme_id, programme);
		Claimable::<T>::insert(programme_id, &provider, claimable);

		Self::deposit_event(Event::Spent {
			programme_id,
			beneficiary,
			product_id,
			provider,
			amount,
		});
		Ok(())
	}

	/// Moves the provider's claimable balance in the programme into a new pending claim and
	/// holds the claim deposit from the provider.
	pub(crate) fn do_redeem(provider: T::AccountId, programme_id: ProgrammeId) -> DispatchResult {
		let mut programme =
			Programmes::<T>::get(programme_id).ok_or(Error::<T>::ProgrammeNotFound)?;
		let amount = Claimable::<T>::get(programme_id, &provider);
		ensure!(amount > 0, Error::<T>::NothingToRedeem);

		let claim_id = NextClaimId::<T>::get();
		let next_id = claim_id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		programme.claimed =
			programme.claimed.checked_add(amount).ok_or(ArithmeticError::Overflow)?;

		let deposit = T::ClaimDeposit::get();
		T::Currency::hold(&HoldReason::ClaimDeposit.into(), &provider, deposit)?;

		let claim = Claim {
			programme_id,
			provider: provider.clone(),
			amount,
			status: ClaimStatus::Pending,
			created_at: frame_system::Pallet::<T>::block_number(),
			deposit,
		};
		Claims::<T>::insert(claim_id, claim);
		NextClaimId::<T>::put(next_id);
		Claimable::<T>::remove(programme_id, &provider);
		Programmes::<T>::insert(programme_id, programme);

		Self::deposit_event(Event::ClaimCreated { claim_id, programme_id, provider, amount });
		Ok(())
	}

	/// Marks a pending claim paid with the off-chain payment reference and releases the
	/// provider's claim deposit. The claim stays in storage as the settlement history.
	pub(crate) fn do_mark_claim_paid(
		issuer: T::AccountId,
		claim_id: ClaimId,
		payment_ref: PaymentRefOf<T>,
	) -> DispatchResult {
		let mut claim = Claims::<T>::get(claim_id).ok_or(Error::<T>::ClaimNotFound)?;
		// A claim's programme is closed only after all its claims are paid, so a missing
		// programme means the claim is paid already.
		let mut programme =
			Programmes::<T>::get(claim.programme_id).ok_or(Error::<T>::ClaimAlreadyPaid)?;
		ensure!(programme.issuer == issuer, Error::<T>::NotProgrammeIssuer);
		ensure!(claim.is_pending(), Error::<T>::ClaimAlreadyPaid);
		ensure!(!payment_ref.is_empty(), Error::<T>::EmptyPaymentRef);

		programme.paid =
			programme.paid.checked_add(claim.amount).ok_or(ArithmeticError::Overflow)?;
		Self::release_deposit(HoldReason::ClaimDeposit, &claim.provider, claim.deposit)?;

		claim.status = ClaimStatus::Paid {
			payment_ref: payment_ref.clone(),
			paid_at: frame_system::Pallet::<T>::block_number(),
		};
		Programmes::<T>::insert(claim.programme_id, programme);
		Claims::<T>::insert(claim_id, claim);

		Self::deposit_event(Event::ClaimPaid { claim_id, payment_ref });
		Ok(())
	}

	/// Removes a settled programme, takes it off the sweep schedule and releases the programme
	/// deposit.
	pub(crate) fn do_close_programme(
		issuer: T::AccountId,
		programme_id: ProgrammeId,
	) -> DispatchResult {
		let programme = Programmes::<T>::get(programme_id).ok_or(Error::<T>::ProgrammeNotFound)?;
		ensure!(programme.issuer == issuer, Error::<T>::NotProgrammeIssuer);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= programme.end, Error::<T>::ProgrammeNotEnded);
		// Nothing is claimable when `claimed == spent`, and every claim is paid when
		// `paid == claimed`.
		let settled = programme.allowance_count == 0
			&& programme.claimed == programme.spent
			&& programme.paid == programme.claimed;
		ensure!(settled, Error::<T>::ProgrammeNotSettled);

		Self::release_deposit(HoldReason::ProgrammeDeposit, &programme.issuer, programme.deposit)?;
		Self::unschedule(programme_id);
		Programmes::<T>::remove(programme_id);

		log::debug!(
			target: LOG_TARGET,
			"programme {programme_id} closed: spent {}, returned {}",
			programme.spent,
			programme.returned
		);
		Self::deposit_event(Event::ProgrammeClosed { programme_id });
		Ok(())
	}

	/// Releases up to `amount` held for `reason` from `who`.
	///
	/// Releases what is there if less is held than recorded, because a stuck release would
	/// block the cleanup for good. Only this pallet holds with these reasons, so a shortfall
	/// is a bug, which `try_state` detects and which is logged here.
	pub(crate) fn release_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<(), DispatchError> {
		if amount.is_zero() {
			return Ok(());
		}
		let released = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)?;
		if released != amount {
			log::error!(
				target: LOG_TARGET,
				"released {released:?} of a {reason:?} of {amount:?} from {who:?}",
			);
		}
		Ok(())
	}

	/// Removes `programme_id` from the sweep schedule if it is there.
	pub(crate) fn unschedule(programme_id: ProgrammeId) {
		SweepSchedule::<T>::mutate(|schedule| schedule.retain(|&(_, id)| id != programme_id));
	}
}
