//! Tests of the JSON encoding, the errors, and the methods served over a mock client.

use super::*;
use jsonrpsee::core::server::MethodsError;
use serde_json::{json, Value};
use sp_api::ApiRef;
use sp_blockchain::{BlockStatus, Info};
use std::sync::Mutex;
use wellbeing_traits::{AttestationKindSet, ReputationSummary};

type Block = sp_runtime::generic::Block<sp_runtime::testing::Header, sp_runtime::OpaqueExtrinsic>;
type Hash = <Block as BlockT>::Hash;

fn reputation(product_id: ProductId, score: u32) -> ProductReputation {
	ProductReputation::new(
		product_id,
		Category::MentalHealth,
		ProductStatus::Active,
		ReputationSummary {
			review_count: 2,
			satisfaction_sum: 9,
			effectiveness_sum: 8,
			reliability_sum: 7,
			score,
			valid_attestations: AttestationKindSet::default(),
			evidence_level: None,
		},
	)
}

#[test]
fn summary_response_json_encoding() {
	let certified = ProductReputation::new(
		42,
		Category::MentalHealth,
		ProductStatus::Suspended,
		ReputationSummary {
			review_count: 3,
			satisfaction_sum: u64::MAX,
			effectiveness_sum: 12,
			reliability_sum: 0,
			score: 3571,
			valid_attestations: AttestationKindSet::from_kinds(&[
				AttestationKind::ClinicalEvidence,
				AttestationKind::Certification,
			]),
			evidence_level: Some(EvidenceLevel::Moderate),
		},
	);

	let encoded = serde_json::to_value(SummaryResponse::from(certified)).unwrap();

	assert_eq!(
		encoded,
		json!({
			"productId": 42,
			"category": "mentalHealth",
			"status": "suspended",
			"reviewCount": 3,
			"satisfactionSum": "18446744073709551615",
			"effectivenessSum": "12",
			"reliabilitySum": "0",
			"score": 3571,
			"validAttestations": ["certification", "clinicalEvidence"],
			"certified": true,
			"evidenceLevel": "moderate",
		})
	);
}

#[test]
fn summary_response_encodes_missing_evidence_level_as_null() {
	let encoded = serde_json::to_value(SummaryResponse::from(reputation(1, 3000))).unwrap();
	assert_eq!(encoded["evidenceLevel"], Value::Null);
	assert_eq!(encoded["validAttestations"], json!([]));
	assert_eq!(encoded["certified"], json!(false));
}

#[test]
fn summary_response_decodes_what_it_encodes() {
	let response = SummaryResponse::from(reputation(7, 3333));
	let text = serde_json::to_string(&response).unwrap();
	assert_eq!(serde_json::from_str::<SummaryResponse>(&text).unwrap(), response);
}

#[test]
fn summary_response_rejects_sum_as_number() {
	let mut encoded = serde_json::to_value(SummaryResponse::from(reputation(7, 3333))).unwrap();
	encoded["satisfactionSum"] = json!(9);
	assert!(serde_json::from_value::<SummaryResponse>(encoded.clone()).is_err());
	encoded["satisfactionSum"] = json!("nine");
	let error = serde_json::from_value::<SummaryResponse>(encoded).unwrap_err();
	assert!(error.to_string().contains("\"nine\" is not a decimal u64 string"), "{error}");
}

#[test]
fn errors_have_codes_and_messages() {
	// (error, code, message)
	let cases = [
		(Error::ProductNotFound(42), 8001, "product 42 not found"),
		(Error::InvalidLimit(0), 8002, "limit 0 is invalid: use 1 to 100"),
		(Error::InvalidLimit(101), 8002, "limit 101 is invalid: use 1 to 100"),
		(
			Error::RuntimeApiFailed("unknown block 0x01".into()),
			8003,
			"runtime API call failed: unknown block 0x01",
		),
	];
	for (error, code, message) in cases {
		assert_eq!(error.code(), code, "{error:?}");
		assert_eq!(error.to_string(), message, "{error:?}");
		let object = ErrorObjectOwned::from(error);
		assert_eq!(object.code(), code);
		assert_eq!(object.message(), message);
		assert!(object.data().is_none());
	}
}

#[test]
fn validate_limit_accepts_1_to_100() {
	assert_eq!(validate_limit(1), Ok(1));
	assert_eq!(validate_limit(100), Ok(100));
	assert_eq!(validate_limit(0), Err(Error::InvalidLimit(0)));
	assert_eq!(validate_limit(101), Err(Error::InvalidLimit(101)));
	assert_eq!(validate_limit(u32::MAX), Err(Error::InvalidLimit(u32::MAX)));
}

/// Arguments of one `ranking` runtime API call.
type RankingCall = (Hash, Option<Category>, u32, u32);

/// Runtime API that serves fixed reputations and records the calls it gets.
#[derive(Clone, Default)]
struct MockApi {
	products: Vec<ProductReputation>,
	fail: bool,
	summary_calls: Arc<Mutex<Vec<(Hash, ProductId)>>>,
	ranking_calls: Arc<Mutex<Vec<RankingCall>>>,
}

sp_api::mock_impl_runtime_apis! {
	impl ReputationRuntimeApi<Block> for MockApi {
		#[advanced]
		fn summary(
			&self,
			at: Hash,
			product_id: ProductId,
		) -> Result<Option<ProductReputation>, sp_api::ApiError> {
			self.summary_calls.lock().unwrap().push((at, product_id));
			if self.fail {
				return Err(sp_api::ApiError::UnknownBlock(format!("{at:?}")));
			}
			Ok(self.products.iter().find(|entry| entry.product_id == product_id).cloned())
		}

		#[advanced]
		fn ranking(
			&self,
			at: Hash,
			category: Option<Category>,
			offset: u32,
			limit: u32,
		) -> Result<Vec<ProductReputation>, sp_api::ApiError> {
			self.ranking_calls.lock().unwrap().push((at, category, offset, limit));
			if self.fail {
				return Err(sp_api::ApiError::UnknownBlock(format!("{at:?}")));
			}
			Ok(self.products.clone())
		}
	}
}

/// Client with a fixed best block and the mock runtime API.
struct TestClient {
	api: MockApi,
	best_hash: Hash,
}

impl ProvideRuntimeApi<Block> for TestClient {
	type Api = MockApi;

	fn runtime_api(&self) -> ApiRef<'_, Self::Api> {
		self.api.clone().into()
	}
}

impl HeaderBackend<Block> for TestClient {
	fn header(&self, _hash: Hash) -> sp_blockchain::Result<Option<<Block as BlockT>::Header>> {
		Ok(None)
	}

	fn info(&self) -> Info<Block> {
		Info {
			best_hash: self.best_hash,
			best_number: 7,
			genesis_hash: Hash::zero(),
			finalized_hash: Hash::zero(),
			finalized_number: 0,
			finalized_state: None,
			number_leaves: 1,
			block_gap: None,
		}
	}

	fn status(&self, _hash: Hash) -> sp_blockchain::Result<BlockStatus> {
		Ok(BlockStatus::Unknown)
	}

	fn number(&self, _hash: Hash) -> sp_blockchain::Result<Option<u64>> {
		Ok(None)
	}

	fn hash(&self, _number: u64) -> sp_blockchain::Result<Option<Hash>> {
		Ok(None)
	}
}

const BEST: Hash = Hash::repeat_byte(0xbb);
const OTHER: Hash = Hash::repeat_byte(0x0a);

/// Returns the RPC module over `api` and the api, whose call logs the module shares.
fn rpc_module(api: MockApi) -> (jsonrpsee::RpcModule<Reputation<TestClient, Block>>, MockApi) {
	let client = Arc::new(TestClient { api: api.clone(), best_hash: BEST });
	(Reputation::new(client).into_rpc(), api)
}

/// Calls `method` with `params` and returns the JSON result or the JSON-RPC error.
fn call(
	module: &jsonrpsee::RpcModule<Reputation<TestClient, Block>>,
	method: &str,
	params: Vec<Value>,
) -> Result<Value, ErrorObjectOwned> {
	match futures::executor::block_on(module.call::<_, Value>(method, params)) {
		Ok(value) => Ok(value),
		Err(MethodsError::JsonRpc(error)) => Err(error),
		Err(other) => panic!("{method} failed outside JSON-RPC: {other}"),
	}
}

#[test]
fn get_summary_returns_product_at_best_block() {
	let (module, api) =
		rpc_module(MockApi { products: vec![reputation(42, 3333)], ..Default::default() });

	let result = call(&module, "reputation_getSummary", vec![json!(42)]).unwrap();

	assert_eq!(result, serde_json::to_value(SummaryResponse::from(reputation(42, 3333))).unwrap());
	assert_eq!(*api.summary_calls.lock().unwrap(), vec![(BEST, 42)]);
}

#[test]
fn get_summary_queries_given_block() {
	let (module, api) =
		rpc_module(MockApi { products: vec![reputation(42, 3333)], ..Default::default() });

	call(&module, "reputation_getSummary", vec![json!(42), json!(OTHER)]).unwrap();

	assert_eq!(*api.summary_calls.lock().unwrap(), vec![(OTHER, 42)]);
}

#[test]
fn get_summary_fails_when_product_missing() {
	let (module, _) = rpc_module(MockApi::default());

	let error = call(&module, "reputation_getSummary", vec![json!(42)]).unwrap_err();

	assert_eq!(error.code(), 8001);
	assert_eq!(error.message(), "product 42 not found");
}

#[test]
fn get_summary_fails_when_runtime_api_fails() {
	let (module, _) = rpc_module(MockApi { fail: true, ..Default::default() });

	let error = call(&module, "reputation_getSummary", vec![json!(42)]).unwrap_err();

	assert_eq!(error.code(), 8003);
	assert!(error.message().starts_with("runtime API call failed: "), "{}", error.message());
}

#[test]
fn get_ranking_passes_defaults_and_filters() {
	let products = vec![reputation(3, 3571), reputation(1, 3333)];
	let (module, api) = rpc_module(MockApi { products: products.clone(), ..Default::default() });

	let result = call(&module, "reputation_getRanking", vec![json!(10)]).unwrap();
	let expected: Vec<_> = products.into_iter().map(SummaryResponse::from).collect();
	assert_eq!(result, serde_json::to_value(expected).unwrap());

	call(
		&module,
		"reputation_getRanking",
		vec![json!(100), json!(20), json!("mentalHealth"), json!(OTHER)],
	)
	.unwrap();

	assert_eq!(
		*api.ranking_calls.lock().unwrap(),
		vec![(BEST, None, 0, 10), (OTHER, Some(Category::MentalHealth), 20, 100)]
	);
}

#[test]
fn get_ranking_fails_when_limit_invalid() {
	let (module, api) = rpc_module(MockApi::default());

	for limit in [0, 101] {
		let error = call(&module, "reputation_getRanking", vec![json!(limit)]).unwrap_err();
		assert_eq!(error.code(), 8002);
		assert_eq!(error.message(), format!("limit {limit} is invalid: use 1 to 100"));
	}
	// The limit is checked before the runtime is called.
	assert!(api.ranking_calls.lock().unwrap().is_empty());
}

#[test]
fn get_ranking_fails_when_runtime_api_fails() {
	let (module, _) = rpc_module(MockApi { fail: true, ..Default::default() });

	let error = call(&module, "reputation_getRanking", vec![json!(5)]).unwrap_err();

	assert_eq!(error.code(), 8003);
}

#[test]
fn get_ranking_rejects_unknown_category() {
	let (module, api) = rpc_module(MockApi::default());

	let error =
		call(&module, "reputation_getRanking", vec![json!(5), json!(0), json!("astrology")])
			.unwrap_err();

	assert_eq!(error.code(), -32602);
	assert!(api.ranking_calls.lock().unwrap().is_empty());
}
