//! Runtime API of the reputation pallet.
//!
//! [`ReputationApi`] lets a node read a product's reputation, or a ranking of reviewed products,
//! without submitting a transaction. The node's `reputation_getSummary` and
//! `reputation_getRanking` JSON-RPC methods (crate `pallet-reputation-rpc`) call it.
//!
//! This crate depends on `wellbeing-traits` only, so that node-side code can use it without
//! pulling in the pallet.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use wellbeing_traits::{AttestationKind, Category, ProductId, ProductStatus, ReputationSummary};

/// Reputation of one product together with the registry facts needed to display it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ProductReputation {
	/// Product the reputation belongs to.
	pub product_id: ProductId,
	/// Area the product serves, as registered.
	pub category: Category,
	/// Lifecycle status of the product, as registered.
	pub status: ProductStatus,
	/// Review aggregates, score and valid attestations as of the block queried.
	pub summary: ReputationSummary,
	/// Whether the product has a valid [`AttestationKind::Certification`].
	pub certified: bool,
}

impl ProductReputation {
	/// Builds the reputation of `product_id`, deriving `certified` from `summary`.
	pub fn new(
		product_id: ProductId,
		category: Category,
		status: ProductStatus,
		summary: ReputationSummary,
	) -> Self {
		let certified = summary.valid_attestations.contains(AttestationKind::Certification);
		Self { product_id, category, status, summary, certified }
	}
}

sp_api::decl_runtime_apis! {
	/// Read access to product reputation for node-side callers.
	pub trait ReputationApi {
		/// Returns the reputation of `product_id`, or `None` if the registry has no such
		/// product.
		fn summary(product_id: ProductId) -> Option<ProductReputation>;

		/// Returns a page of active, reviewed products ranked by score (highest first), then
		/// by review count (highest first), then by product id (lowest first).
		///
		/// `category` restricts the ranking to one category. The page skips `offset` entries
		/// and contains at most `limit` entries.
		fn ranking(category: Option<Category>, offset: u32, limit: u32) -> Vec<ProductReputation>;
	}
}
