//! Bounded call arguments reject oversized input while the call is decoded.

use super::*;
use codec::{Decode, Encode};

/// Index of the registry in the mock's `construct_runtime!`.
const PALLET_INDEX: u8 = 2;

/// Encodes a `register_provider` call with a name of `name_len` bytes and no optional fields.
fn register_provider_call(name_len: usize) -> Vec<u8> {
	let mut bytes = vec![PALLET_INDEX, 0];
	bytes.extend(vec![b'a'; name_len].encode());
	// `legal_form`, `country`, `business_id` and `metadata` are all `None`.
	bytes.extend([0u8; 4]);
	bytes
}

/// Encodes a `register_product` call with `profile_count` profiles and a URI of `uri_len` bytes.
fn register_product_call(profile_count: usize, uri_len: usize) -> Vec<u8> {
	let mut bytes = vec![PALLET_INDEX, 3];
	bytes.extend(ProductKind::MobileApp.encode());
	bytes.extend(Category::Sleep.encode());
	bytes.extend(b"App".to_vec().encode());
	let profiles: Vec<Vec<u8>> = (0..profile_count).map(|i| vec![b'a' + i as u8]).collect();
	bytes.extend(profiles.encode());
	bytes.extend(vec![b'u'; uri_len].encode());
	bytes.extend([0u8; 32]);
	bytes
}

fn decodes(bytes: &[u8]) -> bool {
	RuntimeCall::decode(&mut &bytes[..]).is_ok()
}

#[test]
fn decoding_rejects_oversized_name() {
	assert!(decodes(&register_provider_call(16)));
	assert!(!decodes(&register_provider_call(17)));
}

#[test]
fn decoding_rejects_too_many_profiles_and_long_uri() {
	assert!(decodes(&register_product_call(3, 32)));
	assert!(!decodes(&register_product_call(4, 32)));
	assert!(!decodes(&register_product_call(3, 33)));
}
