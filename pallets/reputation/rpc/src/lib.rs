//! JSON-RPC methods that read product reputation from the reputation pallet.
//!
//! - `reputation_getSummary(productId, at?)` returns one product's [`SummaryResponse`].
//! - `reputation_getRanking(limit, offset?, category?, at?)` returns a page of active, reviewed
//!   products, best score first.
//!
//! Both call the runtime API [`ReputationRuntimeApi`] at block `at`, or at the best block when
//! `at` is omitted. Failures are [`Error`]s, each with its own JSON-RPC error code.
//!
//! Register the methods in the node's RPC module with
//! `module.merge(Reputation::new(client.clone()).into_rpc())?`.

use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{ErrorObject, ErrorObjectOwned},
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use std::{fmt, marker::PhantomData, sync::Arc};
use wellbeing_traits::{AttestationKind, Category, EvidenceLevel, ProductId, ProductStatus};

pub use pallet_reputation_runtime_api::{ProductReputation, ReputationApi as ReputationRuntimeApi};

/// Largest page `reputation_getRanking` returns.
pub const MAX_RANKING_LIMIT: u32 = 100;

/// JSON-RPC methods of the reputation pallet.
#[rpc(client, server)]
pub trait ReputationApi<BlockHash> {
	/// Returns the reputation of `product_id` at block `at`, or at the best block.
	#[method(name = "reputation_getSummary")]
	fn get_summary(
		&self,
		product_id: ProductId,
		at: Option<BlockHash>,
	) -> RpcResult<SummaryResponse>;

	/// Returns up to `limit` (1 to 100) active, reviewed products ranked by score, then by
	/// review count, then by product id, skipping the first `offset` (default 0).
	/// `category` keeps only products of that category.
	#[method(name = "reputation_getRanking")]
	fn get_ranking(
		&self,
		limit: u32,
		offset: Option<u32>,
		category: Option<Category>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<SummaryResponse>>;
}

/// Reputation of one product as JSON.
///
/// Field names are camelCase. The `u64` rating sums are decimal strings, because JSON numbers
/// above 2^53 lose precision in JavaScript clients. Enum values are camelCase names, such as
/// `"mentalHealth"` or `"clinicalEvidence"`.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SummaryResponse {
	/// Product the reputation belongs to.
	pub product_id: ProductId,
	/// Area the product serves.
	pub category: Category,
	/// Lifecycle status of the product.
	pub status: ProductStatus,
	/// Number of current reviews, one per reviewer.
	pub review_count: u32,
	/// Sum of the current satisfaction ratings.
	#[serde(with = "decimal_string")]
	pub satisfaction_sum: u64,
	/// Sum of the current effectiveness ratings.
	#[serde(with = "decimal_string")]
	pub effectiveness_sum: u64,
	/// Sum of the current reliability ratings.
	#[serde(with = "decimal_string")]
	pub reliability_sum: u64,
	/// Score in thousandths of a star (3000 is 3.0 stars), the pallet's prior included.
	pub score: u32,
	/// Kinds with at least one valid attestation, in declaration order.
	pub valid_attestations: Vec<AttestationKind>,
	/// Whether the product has a valid certification.
	pub certified: bool,
	/// Highest evidence level among valid clinical evidence attestations, or `null`.
	pub evidence_level: Option<EvidenceLevel>,
}

impl From<ProductReputation> for SummaryResponse {
	fn from(reputation: ProductReputation) -> Self {
		let summary = reputation.summary;
		Self {
			product_id: reputation.product_id,
			category: reputation.category,
			status: reputation.status,
			review_count: summary.review_count,
			satisfaction_sum: summary.satisfaction_sum,
			effectiveness_sum: summary.effectiveness_sum,
			reliability_sum: summary.reliability_sum,
			score: summary.score,
			valid_attestations: summary.valid_attestations.to_vec(),
			certified: reputation.certified,
			evidence_level: summary.evidence_level,
		}
	}
}

/// Serde adapter that writes a `u64` as a decimal string and reads it back.
mod decimal_string {
	use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_str(value)
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
		let text = String::deserialize(deserializer)?;
		text.parse().map_err(|error| {
			D::Error::custom(format!("{text:?} is not a decimal u64 string: {error}"))
		})
	}
}

/// Failure of a reputation RPC call.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Error {
	/// The registry has no product with this id at the queried block.
	ProductNotFound(ProductId),
	/// The ranking limit is outside 1 to [`MAX_RANKING_LIMIT`].
	InvalidLimit(u32),
	/// The runtime API call failed; the text is the client's error message.
	RuntimeApiFailed(String),
}

impl Error {
	/// Returns the JSON-RPC error code of this error.
	pub fn code(&self) -> i32 {
		match self {
			Error::ProductNotFound(_) => 8001,
			Error::InvalidLimit(_) => 8002,
			Error::RuntimeApiFailed(_) => 8003,
		}
	}
}

impl fmt::Display for Error {
	fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::ProductNotFound(product_id) => {
				write!(formatter, "product {product_id} not found")
			}
			Error::InvalidLimit(limit) => {
				write!(formatter, "limit {limit} is invalid: use 1 to {MAX_RANKING_LIMIT}")
			}
			Error::RuntimeApiFailed(message) => {
				write!(formatter, "runtime API call failed: {message}")
			}
		}
	}
}

impl std::error::Error for Error {}

impl From<Error> for ErrorObjectOwned {
	fn from(error: Error) -> Self {
		ErrorObject::owned(error.code(), error.to_string(), None::<()>)
	}
}

/// Checks that a ranking `limit` lies in 1 to [`MAX_RANKING_LIMIT`].
pub fn validate_limit(limit: u32) -> Result<u32, Error> {
	if (1..=MAX_RANKING_LIMIT).contains(&limit) {
		Ok(limit)
	} else {
		Err(Error::InvalidLimit(limit))
	}
}

/// Server of the reputation RPC methods, backed by a client that provides the runtime API.
pub struct Reputation<C, Block> {
	client: Arc<C>,
	_marker: PhantomData<Block>,
}

impl<C, Block> Reputation<C, Block> {
	/// Creates the server for `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block> ReputationApiServer<<Block as BlockT>::Hash> for Reputation<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ReputationRuntimeApi<Block>,
{
	fn get_summary(
		&self,
		product_id: ProductId,
		at: Option<Block::Hash>,
	) -> RpcResult<SummaryResponse> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let reputation = self
			.client
			.runtime_api()
			.summary(at, product_id)
			.map_err(|error| Error::RuntimeApiFailed(error.to_string()))?
			.ok_or(Error::ProductNotFound(product_id))?;
		Ok(reputation.into())
	}

	fn get_ranking(
		&self,
		limit: u32,
		offset: Option<u32>,
		category: Option<Category>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<SummaryResponse>> {
		let limit = validate_limit(limit)?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let ranking = self
			.client
			.runtime_api()
			.ranking(at, category, offset.unwrap_or(0), limit)
			.map_err(|error| Error::RuntimeApiFailed(error.to_string()))?;
		Ok(ranking.into_iter().map(SummaryResponse::from).collect())
	}
}

#[cfg(test)]
mod tests;
