//! Unit tests of the product registry, one file per call or topic.

mod decoding;
mod deregister_provider;
mod product_inspect;
mod publish_version;
mod register_product;
mod register_provider;
mod reinstate_product;
mod remove_product;
mod retire_product;
mod status_history;
mod suspend_product;
mod transfer_product;
mod try_state;
mod update_product;
mod update_provider;

use crate::{mock::*, *};
use frame_support::{assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_runtime::{traits::Get, DispatchResult};
use wellbeing_traits::{Category, ProductId, ProductKind};

/// Converts bytes into a bounded vector, panicking if they do not fit.
pub fn bounded<S: Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	bytes.to_vec().try_into().expect("test input fits its bound")
}

pub fn name(bytes: &[u8]) -> NameOf<Test> {
	bounded(bytes)
}

pub fn metadata(uri: &[u8], hash_byte: u8) -> MetadataRefOf<Test> {
	MetadataRef { uri: bounded(uri), hash: [hash_byte; 32] }
}

pub fn profiles(entries: &[&[u8]]) -> TargetProfilesOf<Test> {
	entries.iter().map(|entry| bounded(entry)).collect::<Vec<_>>().try_into().unwrap()
}

pub fn label(bytes: &[u8]) -> VersionLabelOf<Test> {
	bounded(bytes)
}

/// Amount held from `who` for `reason`.
pub fn held(who: u64, reason: HoldReason) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::ProductRegistry(reason), &who)
}

pub fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

/// Registers `who` as a provider with every optional field set.
pub fn register_provider(who: u64) {
	assert_ok!(ProductRegistry::register_provider(
		RuntimeOrigin::signed(who),
		name(b"Acme"),
		Some(LegalForm::Company),
		Some(*b"DE"),
		Some(bounded(b"HRB 1234")),
		Some(metadata(b"ipfs://provider", 1)),
	));
}

/// Registers a sleep app of `who` and returns its id.
pub fn register_product(who: u64) -> ProductId {
	let product_id = NextProductId::<Test>::get();
	assert_ok!(ProductRegistry::register_product(
		RuntimeOrigin::signed(who),
		ProductKind::MobileApp,
		Category::Sleep,
		name(b"SleepWell"),
		profiles(&[b"adults", b"shift"]),
		metadata(b"ipfs://product", 2),
	));
	product_id
}

/// Registers `who` as a provider with one product and returns the product id.
pub fn provider_with_product(who: u64) -> ProductId {
	register_provider(who);
	register_product(who)
}

/// Publishes a version of `product_id` whose release hash is `hash_byte` repeated.
pub fn publish(who: u64, product_id: ProductId, hash_byte: u8) {
	assert_ok!(ProductRegistry::publish_version(
		RuntimeOrigin::signed(who),
		product_id,
		label(b"1.0"),
		[hash_byte; 32],
	));
}

pub fn retire(who: u64, product_id: ProductId) {
	assert_ok!(ProductRegistry::retire_product(RuntimeOrigin::signed(who), product_id));
}

pub fn suspend(product_id: ProductId) {
	assert_ok!(ProductRegistry::suspend_product(
		RuntimeOrigin::root(),
		product_id,
		metadata(b"ipfs://suspension", 7),
	));
}

pub fn product(product_id: ProductId) -> Product<Test> {
	Products::<Test>::get(product_id).expect("product exists")
}

pub fn provider(who: u64) -> Provider<Test> {
	Providers::<Test>::get(who).expect("provider exists")
}
