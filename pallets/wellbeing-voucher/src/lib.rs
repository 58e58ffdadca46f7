//! # Wellbeing-voucher pallet
//!
//! Wellbeing vouchers that a region or municipality funds and citizens spend on admitted
//! products.
//!
//! Governance approves *issuers* (regions, municipalities). An issuer creates a *programme* with
//! a budget, a per-beneficiary cap, a spending period and an
//! [`EligibilityPolicy`](wellbeing_traits::EligibilityPolicy) over product reputation. It grants
//! personal *allowances* to beneficiaries, who are pseudonymous accounts. A beneficiary spends
//! the allowance on a product that the policy admits at the moment of the spend. The amount
//! then becomes *claimable* by the product's provider. The provider turns what it received into a
//! settlement *claim*, and the issuer pays the claim in euros off chain and records the payment
//! reference on chain.
//!
//! Amounts are euro cents ([`EuroCents`]). No native tokens move for vouchers: the pallet only
//! records amounts. The native token is used solely for refundable deposits, held with
//! [`fungible::MutateHold`](frame_support::traits::fungible::MutateHold) under [`HoldReason`].
//! No personal or health data goes on chain.
//!
//! ## Calls
//!
//! | # | Call | Origin | Deposit | Event |
//! |---|------|--------|---------|-------|
//! | 0 | `approve_issuer` | governance | none | [`Event::IssuerApproved`] |
//! | 1 | `revoke_issuer` | governance | none | [`Event::IssuerRevoked`] |
//! | 2 | `create_programme` | approved issuer | `ProgrammeDeposit` from the issuer | [`Event::ProgrammeCreated`] |
//! | 3 | `grant_allowances` | programme's issuer | `AllowanceDeposit` from the issuer per new allowance | [`Event::AllowanceGranted`] per beneficiary, [`Event::AllowancesGranted`] |
//! | 4 | `spend` | beneficiary | none | [`Event::Spent`] |
//! | 5 | `redeem` | provider | `ClaimDeposit` from the provider | [`Event::ClaimCreated`] |
//! | 6 | `mark_claim_paid` | programme's issuer | releases the claim deposit | [`Event::ClaimPaid`] |
//! | 7 | `sweep_expired` | any signed account | releases allowance deposits | [`Event::UnspentReturned`] |
//! | 8 | `close_programme` | programme's issuer | releases the programme deposit | [`Event::ProgrammeClosed`] |
//!
//! Revoking an issuer stops it from creating programmes; its existing programmes keep running,
//! and it still grants, settles and closes them. Allowances are personal: no call transfers one.
//!
//! ## Lifecycle of a programme
//!
//! Spending is open from block `start` (inclusive) to block `end` (exclusive). Grants are
//! accepted until `end`, also before `start`. From `end` on, every spend is rejected, even on
//! an allowance that no sweep has reached yet.
//!
//! Unspent allowances return to the programme's budget in two ways, both bounded:
//!
//! - **Automatic sweep in `on_idle`.** [`SweepSchedule`] lists every programme from its creation
//!   until it has ended and has no allowances left, sorted by end block. In each block's idle
//!   time, the pallet takes the programmes at the front whose end has passed and removes their
//!   allowances. It removes at most `MaxSweepPerBlock` allowances per block, and only as many as
//!   the remaining block weight allows. A programme leaves the schedule once it has no
//!   allowances left.
//! - **Permissionless `sweep_expired(programme_id, max)`.** Any signed account can remove up to
//!   `max` allowances (capped at `MaxSweepPerBlock`) of an ended programme, for example when
//!   blocks are too full for `on_idle` to make progress.
//!
//! Each removed allowance adds its unspent remainder to the programme's `returned` and subtracts
//! it from `allocated`, and its allowance deposit is released to the issuer. The spent part stays
//! in `allocated`, because it is owed to providers.
//!
//! Providers can redeem and issuers can mark claims paid at any time, also after `end`. Once
//! every allowance is swept, nothing is claimable and every claim is paid, the issuer closes the
//! programme and gets the programme deposit back.
//!
//! ## Storage
//!
//! - [`Issuers`]: approved issuers and their names.
//! - [`Programmes`], [`NextProgrammeId`]: programmes and the next programme id.
//! - [`Allowances`]: allowance per programme and beneficiary.
//! - [`Claimable`]: amount per programme and provider that the provider has not redeemed yet.
//! - [`Claims`], [`NextClaimId`]: settlement claims and the next claim id. A paid claim stays in
//!   storage as the settlement history, also after its programme is closed.
//! - [`SweepSchedule`]: programmes whose allowances the `on_idle` sweep still has to return.

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

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod functions;
mod sweep;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::wellbeing-voucher";

// FRAME's macros expand to `expect` calls on pallet metadata inside this module. The pallet's
// own logic lives in `functions.rs` and `sweep.rs`, under the crate-level deny.
#[frame_support::pallet]
#[allow(clippy::expect_used)]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		dispatch::PostDispatchInfo,
		pallet_prelude::*,
		traits::{fungible, EnsureOrigin},
	};
	use frame_system::pallet_prelude::*;
	use wellbeing_traits::{
		EligibilityPolicy, Ineligibility, ProductId, ProductInspect, ReputationInspect,
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Native currency in which deposits are held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// Overarching hold reason, which includes this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// Origin that approves and revokes issuers, such as Root or a council majority.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Read access to the product registry.
		type Products: ProductInspect<Self::AccountId>;

		/// Read access to product reputation.
		type Reputation: ReputationInspect;

		/// Deposit held from an issuer per programme until the programme is closed.
		#[pallet::constant]
		type ProgrammeDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from an issuer per allowance until the allowance is swept.
		#[pallet::constant]
		type AllowanceDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from a provider per claim until the claim is marked paid.
		#[pallet::constant]
		type ClaimDeposit: Get<BalanceOf<Self>>;

		/// Maximum length of an issuer or programme name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Maximum length of an off-chain payment reference, in bytes.
		#[pallet::constant]
		type MaxPaymentRefLen: Get<u32>;

		/// Maximum number of grants in one `grant_allowances` call.
		#[pallet::constant]
		type MaxGrantBatch: Get<u32>;

		/// Maximum number of allowances removed by one `sweep_expired` call, and by `on_idle` in
		/// one block.
		#[pallet::constant]
		type MaxSweepPerBlock: Get<u32>;

		/// Maximum number of programmes in [`SweepSchedule`]. A programme counts from its creation
		/// until it has ended and has no allowances left; `create_programme` fails with
		/// [`Error::SweepScheduleFull`] while the schedule is full.
		#[pallet::constant]
		type MaxScheduledSweeps: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Reasons for which this pallet holds native funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a programme, held from its issuer until the programme is closed.
		ProgrammeDeposit,
		/// Deposit for an allowance, held from the issuer until the allowance is swept.
		AllowanceDeposit,
		/// Deposit for a settlement claim, held from the provider until the claim is paid.
		ClaimDeposit,
	}

	/// Approved issuers.
	// Blake2_128Concat: governance chooses the account, and the key must stay unpredictable so
	// that no one can craft accounts that unbalance the trie.
	#[pallet::storage]
	pub type Issuers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, IssuerInfoOf<T>, OptionQuery>;

	/// Programmes by id. A programme is removed by `close_programme`.
	// Twox64Concat: the pallet assigns ids sequentially, so no user chooses the key.
	#[pallet::storage]
	pub type Programmes<T: Config> =
		StorageMap<_, Twox64Concat, ProgrammeId, ProgrammeOf<T>, OptionQuery>;

	/// Id the next programme gets.
	#[pallet::storage]
	pub type NextProgrammeId<T: Config> = StorageValue<_, ProgrammeId, ValueQuery>;

	/// Allowance per programme and beneficiary.
	// Twox64Concat on the pallet-assigned programme id. Blake2_128Concat on the beneficiary,
	// because the issuer chooses it and could otherwise pick accounts whose keys unbalance the
	// trie.
	#[pallet::storage]
	pub type Allowances<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ProgrammeId,
		Blake2_128Concat,
		T::AccountId,
		AllowanceOf<T>,
		OptionQuery,
	>;

	/// Amount spent on a provider's products per programme that the provider has not yet
	/// redeemed. Absent means zero.
	// Blake2_128Concat on the provider: providers choose their accounts.
	#[pallet::storage]
	pub type Claimable<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ProgrammeId,
		Blake2_128Concat,
		T::AccountId,
		EuroCents,
		ValueQuery,
	>;

	/// Settlement claims by id. Paid claims stay as the settlement history.
	///
	/// NOTE: no deposit covers a paid claim, so this map grows by one entry per claim for good.
	// Twox64Concat: the pallet assigns ids sequentially.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, ClaimId, ClaimOf<T>, OptionQuery>;

	/// Id the next claim gets.
	#[pallet::storage]
	pub type NextClaimId<T: Config> = StorageValue<_, ClaimId, ValueQuery>;

	/// Programmes that may still have allowances to sweep, as `(end block, programme id)` sorted
	/// ascending. `on_idle` works from the front.
	#[pallet::storage]
	pub type SweepSchedule<T: Config> = StorageValue<_, SweepScheduleOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Issuers approved at genesis, as `(account, name)`.
		pub issuers: Vec<(T::AccountId, alloc::string::String)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (issuer, name) in &self.issuers {
				// A chain spec with an oversize name must not start a chain.
				let name: NameOf<T> = name
					.as_bytes()
					.to_vec()
					.try_into()
					.expect("genesis issuer name is longer than MaxNameLen");
				Issuers::<T>::insert(issuer, IssuerInfo { name });
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance approved an issuer.
		IssuerApproved {
			/// Account of the issuer.
			issuer: T::AccountId,
			/// Name of the issuer.
			name: NameOf<T>,
		},
		/// Governance revoked an issuer. Its existing programmes keep running.
		IssuerRevoked {
			/// Account of the former issuer.
			issuer: T::AccountId,
		},
		/// An issuer created a programme.
		ProgrammeCreated {
			/// Id of the new programme.
			programme_id: ProgrammeId,
			/// Account of the issuer.
			issuer: T::AccountId,
			/// Budget of the programme in euro cents.
			budget: EuroCents,
		},
		/// An issuer granted or topped up one beneficiary's allowance.
		AllowanceGranted {
			/// Programme of the allowance.
			programme_id: ProgrammeId,
			/// Account of the beneficiary.
			beneficiary: T::AccountId,
			/// Amount added by this grant, in euro cents.
			amount: EuroCents,
			/// Total granted to the beneficiary after this grant, in euro cents.
			granted: EuroCents,
		},
		/// An issuer granted a batch of allowances.
		AllowancesGranted {
			/// Programme of the allowances.
			programme_id: ProgrammeId,
			/// Number of distinct beneficiaries in the batch.
			count: u32,
			/// Sum of the batch, in euro cents.
			total: EuroCents,
		},
		/// A beneficiary spent part of an allowance on a product.
		Spent {
			/// Programme of the allowance.
			programme_id: ProgrammeId,
			/// Account of the beneficiary.
			beneficiary: T::AccountId,
			/// Product paid for.
			product_id: ProductId,
			/// Provider of the product, to whom the amount became claimable.
			provider: T::AccountId,
			/// Amount spent, in euro cents.
			amount: EuroCents,
		},
		/// A provider turned its claimable balance into a settlement claim.
		ClaimCreated {
			/// Id of the new claim.
			claim_id: ClaimId,
			/// Programme whose issuer pays the claim.
			programme_id: ProgrammeId,
			/// Account of the provider.
			provider: T::AccountId,
			/// Amount claimed, in euro cents.
			amount: EuroCents,
		},
		/// An issuer recorded the off-chain payment of a claim.
		ClaimPaid {
			/// Id of the claim.
			claim_id: ClaimId,
			/// Reference of the off-chain payment.
			payment_ref: PaymentRefOf<T>,
		},
		/// A sweep removed allowances of an ended programme and returned their unspent parts.
		UnspentReturned {
			/// Programme swept.
			programme_id: ProgrammeId,
			/// Number of allowances removed.
			allowances: u32,
			/// Sum of their unspent parts, in euro cents.
			amount: EuroCents,
		},
		/// An issuer closed a settled programme and got its deposit back.
		ProgrammeClosed {
			/// Id of the closed programme.
			programme_id: ProgrammeId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already an approved issuer. Revoke it first to approve it again.
		IssuerAlreadyApproved,
		/// The account is not an approved issuer. Check the `Issuers` storage.
		IssuerNotFound,
		/// The caller is not an approved issuer. Ask governance to approve the account.
		NotIssuer,
		/// The name is empty. Give a non-empty name.
		EmptyName,
		/// The budget is zero. Give a budget of at least one euro cent.
		ZeroBudget,
		/// The per-beneficiary cap is zero or above the budget. Give a cap between 1 and the
		/// budget.
		InvalidCap,
		/// The period is invalid because `start` is not before `end`, or `end` is not after the
		/// current block. Choose an end block in the future and a start block before it.
		InvalidPeriod,
		/// The sweep schedule has `MaxScheduledSweeps` programmes. Wait until ended programmes
		/// are swept, or sweep them with `sweep_expired`.
		SweepScheduleFull,
		/// The programme id does not exist. Check the id with the `Programmes` storage or the
		/// ProgrammeCreated event.
		ProgrammeNotFound,
		/// The caller is not the issuer of the programme. Sign with the issuer's account.
		NotProgrammeIssuer,
		/// The programme's end block has been reached. Spending and granting are closed.
		ProgrammeEnded,
		/// The grant batch is empty. Give at least one grant.
		NoGrants,
		/// An amount is zero. Give an amount of at least one euro cent.
		ZeroAmount,
		/// A grant would raise a beneficiary's total above the programme's per-beneficiary cap.
		/// Lower the amount to at most the cap minus what was already granted.
		CapExceeded,
		/// The grants exceed the programme's unallocated budget. Lower the amounts to at most
		/// `budget - allocated`.
		BudgetExceeded,
		/// The programme's start block has not been reached. Spend from the start block on.
		NotStarted,
		/// The caller has no allowance in the programme. Ask the issuer for a grant.
		NoAllowance,
		/// The amount exceeds the allowance's remaining balance. Spend at most `granted - spent`.
		InsufficientAllowance,
		/// The product id does not exist. Check the id in the product registry.
		ProductNotFound,
		/// The product is suspended or retired. Choose an active product.
		ProductNotActive,
		/// The programme's policy does not admit the product's category. Choose a product in an
		/// admitted category.
		CategoryNotAdmitted,
		/// The product's reputation score is below the programme's minimum. Choose a product with
		/// a higher score.
		ScoreTooLow,
		/// The product has fewer reviews than the programme's minimum. Choose a product with more
		/// reviews.
		TooFewReviews,
		/// The product lacks a valid attestation that the programme requires. Choose a product
		/// with every required attestation.
		MissingAttestation,
		/// The caller has no claimable balance in the programme. Redeem after a beneficiary has
		/// spent on one of the caller's products.
		NothingToRedeem,
		/// The claim id does not exist. Check the id with the `Claims` storage or the
		/// ClaimCreated event.
		ClaimNotFound,
		/// The claim is already marked paid. Nothing is left to do.
		ClaimAlreadyPaid,
		/// The payment reference is empty. Give the reference of the off-chain payment.
		EmptyPaymentRef,
		/// The programme's end block has not been reached. Sweep or close from the end block on.
		ProgrammeNotEnded,
		/// The programme has no allowances left, or `max` is zero. Nothing is left to sweep.
		NothingToSweep,
		/// The programme still has allowances, a claimable balance or a pending claim. Sweep
		/// the allowances, wait for providers to redeem and mark every claim paid first.
		ProgrammeNotSettled,
	}

	impl<T> From<Ineligibility> for Error<T> {
		fn from(reason: Ineligibility) -> Self {
			match reason {
				Ineligibility::NotActive => Error::ProductNotActive,
				Ineligibility::CategoryNotAdmitted => Error::CategoryNotAdmitted,
				Ineligibility::ScoreTooLow => Error::ScoreTooLow,
				Ineligibility::TooFewReviews => Error::TooFewReviews,
				Ineligibility::MissingAttestation => Error::MissingAttestation,
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			Self::sweep_on_idle(now, remaining_weight)
		}

		fn integrity_test() {
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must be positive");
			assert!(T::MaxPaymentRefLen::get() > 0, "MaxPaymentRefLen must be positive");
			assert!(T::MaxGrantBatch::get() > 0, "MaxGrantBatch must be positive");
			assert!(T::MaxSweepPerBlock::get() > 0, "MaxSweepPerBlock must be positive");
			assert!(T::MaxScheduledSweeps::get() > 0, "MaxScheduledSweeps must be positive");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Approves `issuer` to create programmes.
		///
		/// Origin: `GovernanceOrigin`. Emits [`Event::IssuerApproved`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::approve_issuer())]
		pub fn approve_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			name: NameOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			Self::do_approve_issuer(issuer, name)
		}

		/// Revokes `issuer`. Its existing programmes keep running, and it can still grant,
		/// settle and close them, but it cannot create new ones.
		///
		/// Origin: `GovernanceOrigin`. Emits [`Event::IssuerRevoked`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_issuer())]
		pub fn revoke_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_revoke_issuer(issuer)
		}

		/// Creates a programme with `budget` euro cents, at most `per_beneficiary_cap` per
		/// beneficiary, spending open from block `start` to block `end` (exclusive), and
		/// products admitted by `policy`.
		///
		/// Origin: an approved issuer. Holds `ProgrammeDeposit` from the issuer. Emits
		/// [`Event::ProgrammeCreated`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::create_programme())]
		pub fn create_programme(
			origin: OriginFor<T>,
			name: NameOf<T>,
			budget: EuroCents,
			per_beneficiary_cap: EuroCents,
			start: BlockNumberFor<T>,
			end: BlockNumberFor<T>,
			policy: EligibilityPolicy,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(budget > 0, Error::<T>::ZeroBudget);
			ensure!(
				per_beneficiary_cap > 0 && per_beneficiary_cap <= budget,
				Error::<T>::InvalidCap
			);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(start < end && end > now, Error::<T>::InvalidPeriod);
			Self::do_create_programme(issuer, name, budget, per_beneficiary_cap, start, end, policy)
		}

		/// Grants allowances, given as `(beneficiary, amount)`. A grant to a beneficiary that
		/// already has an allowance tops it up, and repeated beneficiaries in one batch add up.
		///
		/// Origin: the programme's issuer, before the end block. Holds `AllowanceDeposit` from
		/// the issuer per new allowance. Emits [`Event::AllowanceGranted`] per beneficiary and
		/// [`Event::AllowancesGranted`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::grant_allowances(grants.len() as u32))]
		pub fn grant_allowances(
			origin: OriginFor<T>,
			programme_id: ProgrammeId,
			grants: BoundedVec<(T::AccountId, EuroCents), T::MaxGrantBatch>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			ensure!(!grants.is_empty(), Error::<T>::NoGrants);
			ensure!(grants.iter().all(|(_, amount)| *amount > 0), Error::<T>::ZeroAmount);
			Self::do_grant_allowances(issuer, programme_id, grants.into_inner())
		}

		/// Spends `amount` of the caller's allowance on `product_id`. The policy is checked
		/// against the product's registry status and reputation at this block, and the amount
		/// becomes claimable by the product's provider.
		///
		/// Origin: a beneficiary, from the start block until before the end block. Emits
		/// [`Event::Spent`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::spend())]
		pub fn spend(
			origin: OriginFor<T>,
			programme_id: ProgrammeId,
			product_id: ProductId,
			amount: EuroCents,
		) -> DispatchResult {
			let beneficiary = ensure_signed(origin)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			Self::do_spend(beneficiary, programme_id, product_id, amount)
		}

		/// Turns the caller's whole claimable balance in the programme into a pending claim.
		///
		/// Origin: a provider with a claimable balance. Holds `ClaimDeposit` from the provider
		/// until the claim is marked paid. Emits [`Event::ClaimCreated`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::redeem())]
		pub fn redeem(origin: OriginFor<T>, programme_id: ProgrammeId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_redeem(provider, programme_id)
		}

		/// Records that the issuer paid the claim off chain, with the payment reference.
		///
		/// The claim stays in storage with status `Paid` as the settlement history.
		///
		/// Origin: the issuer of the claim's programme. Releases the provider's claim deposit.
		/// Emits [`Event::ClaimPaid`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::mark_claim_paid())]
		pub fn mark_claim_paid(
			origin: OriginFor<T>,
			claim_id: ClaimId,
			payment_ref: PaymentRefOf<T>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_mark_claim_paid(issuer, claim_id, payment_ref)
		}

		/// Removes up to `max` allowances of an ended programme and returns their unspent parts
		/// to the programme's budget. `max` is capped at `MaxSweepPerBlock`, and the fee covers
		/// only the allowances actually removed.
		///
		/// Origin: any signed account, from the end block on. Releases each allowance's deposit
		/// to the issuer. Emits [`Event::UnspentReturned`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::sweep_expired((*max).min(T::MaxSweepPerBlock::get())))]
		pub fn sweep_expired(
			origin: OriginFor<T>,
			programme_id: ProgrammeId,
			max: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			ensure!(max > 0, Error::<T>::NothingToSweep);
			let limit = max.min(T::MaxSweepPerBlock::get());
			let swept = Self::do_sweep_expired(programme_id, limit)?;
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::sweep_expired(swept)),
				pays_fee: Pays::Yes,
			})
		}

		/// Removes a settled programme: ended, every allowance swept, nothing claimable and
		/// every claim paid. Its claims stay in storage as the settlement history.
		///
		/// Origin: the programme's issuer. Releases the programme deposit. Emits
		/// [`Event::ProgrammeClosed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::close_programme())]
		pub fn close_programme(origin: OriginFor<T>, programme_id: ProgrammeId) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_close_programme(issuer, programme_id)
		}
	}
}
