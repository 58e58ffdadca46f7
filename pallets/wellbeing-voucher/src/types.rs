//! Types stored by the wellbeing-voucher pallet.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	traits::fungible,
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use wellbeing_traits::EligibilityPolicy;

use crate::Config;

/// Amount of a voucher in euro cents. Vouchers are settled in euros off chain, so this is never
/// a balance of the chain's native token.
pub type EuroCents = u64;

/// Identifier of a programme, assigned in creation order from 0.
pub type ProgrammeId = u32;

/// Identifier of a settlement claim, assigned in creation order from 0.
pub type ClaimId = u32;

/// Balance of the native token that deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// [`IssuerInfo`] as stored for runtime `T`.
pub type IssuerInfoOf<T> = IssuerInfo<<T as Config>::MaxNameLen>;

/// [`Programme`] as stored for runtime `T`.
pub type ProgrammeOf<T> = Programme<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxNameLen,
>;

/// [`Allowance`] as stored for runtime `T`.
pub type AllowanceOf<T> = Allowance<BalanceOf<T>>;

/// [`Claim`] as stored for runtime `T`.
pub type ClaimOf<T> = Claim<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxPaymentRefLen,
>;

/// [`ClaimStatus`] as stored for runtime `T`.
pub type ClaimStatusOf<T> = ClaimStatus<BlockNumberFor<T>, <T as Config>::MaxPaymentRefLen>;

/// Off-chain payment reference as given to `mark_claim_paid`.
pub type PaymentRefOf<T> = BoundedVec<u8, <T as Config>::MaxPaymentRefLen>;

/// Name of an issuer or a programme as given to a call.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// Entries of the sweep schedule: `(end block, programme id)`, sorted ascending.
pub type SweepScheduleOf<T> =
	BoundedVec<(BlockNumberFor<T>, ProgrammeId), <T as Config>::MaxScheduledSweeps>;

/// Region or municipality that governance approved to fund programmes.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(NameLen))]
#[codec(mel_bound())]
pub struct IssuerInfo<NameLen: Get<u32>> {
	/// Human-readable name of the issuer, such as "City of Tampere".
	pub name: BoundedVec<u8, NameLen>,
}

/// Wellbeing programme funded by an issuer.
///
/// Amounts relate as follows. `allocated` is what the issuer granted minus what sweeps returned,
/// so it includes what beneficiaries spent. `spent` is what beneficiaries paid to providers:
/// `spent - claimed` waits in `Claimable`, `claimed - paid` is in pending claims, and `paid` is
/// in claims the issuer marked paid. `allocated + returned` is everything ever granted and never
/// exceeds `budget`, because grants stop at the end block and sweeps start there.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(NameLen))]
#[codec(mel_bound(
	AccountId: MaxEncodedLen,
	Balance: MaxEncodedLen,
	BlockNumber: MaxEncodedLen
))]
pub struct Programme<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	NameLen: Get<u32>,
> {
	/// Account of the issuer that created the programme and settles its claims.
	pub issuer: AccountId,
	/// Human-readable name of the programme.
	pub name: BoundedVec<u8, NameLen>,
	/// Total amount the issuer commits to the programme.
	pub budget: EuroCents,
	/// Amount granted to beneficiaries and not returned by a sweep.
	pub allocated: EuroCents,
	/// Amount beneficiaries spent on products.
	pub spent: EuroCents,
	/// Amount providers moved into settlement claims with `redeem`.
	pub claimed: EuroCents,
	/// Amount of the claims the issuer marked paid.
	pub paid: EuroCents,
	/// Unspent amount that sweeps returned to the budget after the end block.
	pub returned: EuroCents,
	/// Maximum amount granted to one beneficiary over the programme's life.
	pub per_beneficiary_cap: EuroCents,
	/// First block at which beneficiaries may spend.
	pub start: BlockNumber,
	/// First block at which spending and granting stop and sweeping may begin.
	pub end: BlockNumber,
	/// Rule that decides which products the programme pays for, evaluated at each spend.
	pub policy: EligibilityPolicy,
	/// Number of allowances not yet swept.
	pub allowance_count: u32,
	/// Programme deposit held from the issuer until the programme is closed.
	pub deposit: Balance,
}

/// Personal allowance of one beneficiary in one programme.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Allowance<Balance> {
	/// Total amount granted, top-ups included.
	pub granted: EuroCents,
	/// Amount spent so far, never more than `granted`.
	pub spent: EuroCents,
	/// Allowance deposit held from the issuer until the allowance is swept.
	pub deposit: Balance,
}

impl<Balance> Allowance<Balance> {
	/// Returns the amount the beneficiary can still spend.
	pub fn remaining(&self) -> EuroCents {
		self.granted.saturating_sub(self.spent)
	}
}

/// Settlement state of a claim.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(RefLen))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub enum ClaimStatus<BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug, RefLen: Get<u32>> {
	/// The issuer has not yet confirmed payment.
	Pending,
	/// The issuer paid the provider off chain.
	Paid {
		/// Reference of the off-chain payment, such as a bank transfer id.
		payment_ref: BoundedVec<u8, RefLen>,
		/// Block at which the issuer marked the claim paid.
		paid_at: BlockNumber,
	},
}

/// Settlement claim of a provider against a programme's issuer.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(RefLen))]
#[codec(mel_bound(
	AccountId: MaxEncodedLen,
	Balance: MaxEncodedLen,
	BlockNumber: MaxEncodedLen
))]
pub struct Claim<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	RefLen: Get<u32>,
> {
	/// Programme whose spends the claim settles.
	pub programme_id: ProgrammeId,
	/// Provider that receives the payment.
	pub provider: AccountId,
	/// Amount to pay.
	pub amount: EuroCents,
	/// Settlement state.
	pub status: ClaimStatus<BlockNumber, RefLen>,
	/// Block at which the provider created the claim.
	pub created_at: BlockNumber,
	/// Claim deposit held from the provider while the claim is pending. It is released when
	/// the claim is marked paid, and the field keeps the amount as history.
	pub deposit: Balance,
}

impl<AccountId, Balance, BlockNumber, RefLen> Claim<AccountId, Balance, BlockNumber, RefLen>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	RefLen: Get<u32>,
{
	/// Returns whether the claim still waits for payment.
	pub fn is_pending(&self) -> bool {
		matches!(self.status, ClaimStatus::Pending)
	}
}
