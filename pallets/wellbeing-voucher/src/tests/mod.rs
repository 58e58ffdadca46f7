//! Unit tests, one file per call plus the `on_idle` sweep and an end-to-end flow.

use frame_support::{assert_ok, traits::fungible::InspectHold, BoundedVec};
use wellbeing_traits::EligibilityPolicy;

use crate::{
	mock::*,
	pallet::{Allowances, HoldReason, Programmes},
	types::*,
};

mod approve_issuer;
mod close_programme;
mod create_programme;
mod flow;
mod grant_allowances;
mod mark_claim_paid;
mod on_idle;
mod redeem;
mod revoke_issuer;
mod spend;
mod sweep_expired;

/// Budget of the default programme, in euro cents.
pub const BUDGET: EuroCents = 10_000;
/// Per-beneficiary cap of the default programme, in euro cents.
pub const CAP: EuroCents = 1_000;
/// Start block of the default programme.
pub const START: u64 = 1;
/// End block of the default programme.
pub const END: u64 = 10;

/// Returns `bytes` as a name.
pub fn name(bytes: &[u8]) -> NameOf<Test> {
	BoundedVec::try_from(bytes.to_vec()).expect("test name fits MaxNameLen")
}

/// Returns `bytes` as a payment reference.
pub fn payment_ref(bytes: &[u8]) -> PaymentRefOf<Test> {
	BoundedVec::try_from(bytes.to_vec()).expect("test reference fits MaxPaymentRefLen")
}

/// Returns a grant batch.
pub fn grants(
	entries: &[(AccountId, EuroCents)],
) -> BoundedVec<(AccountId, EuroCents), <Test as crate::Config>::MaxGrantBatch> {
	BoundedVec::try_from(entries.to_vec()).expect("test batch fits MaxGrantBatch")
}

/// Creates a programme of `issuer` and returns its id.
pub fn create_programme_with(
	issuer: AccountId,
	budget: EuroCents,
	cap: EuroCents,
	start: u64,
	end: u64,
	policy: EligibilityPolicy,
) -> ProgrammeId {
	let programme_id = crate::NextProgrammeId::<Test>::get();
	assert_ok!(Voucher::create_programme(
		RuntimeOrigin::signed(issuer),
		name(b"Sleep well 2026"),
		budget,
		cap,
		start,
		end,
		policy,
	));
	programme_id
}

/// Creates the default programme of [`ISSUER`], admitting every active product, and returns
/// its id.
pub fn create_default_programme() -> ProgrammeId {
	create_programme_with(ISSUER, BUDGET, CAP, START, END, EligibilityPolicy::default())
}

/// Grants allowances in `programme_id` as [`ISSUER`].
pub fn grant(programme_id: ProgrammeId, entries: &[(AccountId, EuroCents)]) {
	assert_ok!(Voucher::grant_allowances(
		RuntimeOrigin::signed(ISSUER),
		programme_id,
		grants(entries)
	));
}

/// Spends `amount` of `who`'s allowance on `product_id`.
pub fn spend(who: AccountId, programme_id: ProgrammeId, product_id: u32, amount: EuroCents) {
	assert_ok!(Voucher::spend(RuntimeOrigin::signed(who), programme_id, product_id, amount));
}

/// Returns the stored programme.
pub fn programme(programme_id: ProgrammeId) -> ProgrammeOf<Test> {
	Programmes::<Test>::get(programme_id).expect("programme exists")
}

/// Returns the stored allowance.
pub fn allowance(programme_id: ProgrammeId, who: AccountId) -> AllowanceOf<Test> {
	Allowances::<Test>::get(programme_id, who).expect("allowance exists")
}

/// Returns the amount `who` holds for `reason`.
pub fn held(who: AccountId, reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Voucher(reason), &who)
}

/// Returns the ids of the programmes in the sweep schedule, in order.
pub fn scheduled_ids() -> Vec<ProgrammeId> {
	crate::SweepSchedule::<Test>::get().iter().map(|&(_, id)| id).collect()
}
