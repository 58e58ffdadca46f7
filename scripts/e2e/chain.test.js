// End-to-end tests: three real `wellbeing-node` processes on loopback ports, driven through
// @polkadot/api. The loader runs the whole voucher flow on the sample directory, then each
// test checks one part of it, and the rest of the tests send bad input and check the errors.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { blake2AsHex } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { loaderAccounts } from '../lib/accounts.js';
import { councilMotion, eventsOf, rawRpc, send } from '../lib/chain.js';
import { readDirectory } from '../lib/directory.js';
import { LocalNetwork, repoRoot, waitForFinalized } from '../lib/network.js';
import { ALLOWANCE, PROVISIONAL_VALIDITY, runLoader } from '../loader/load.js';

const DATA_FILE = join(repoRoot, 'data', 'digital-health-apps.csv');
const csvText = readFileSync(DATA_FILE, 'utf8');
const directory = readDirectory(csvText);
const BENEFICIARIES = 300;

let network;
let api;
let accounts;
let report;
const productIdByLine = new Map();

/** Expects `promise` to reject with the dispatch error `name`, such as `Reputation.NotAssessor`. */
async function assertDispatchError(promise, name) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.errorName, name, `expected ${name}, got ${error.message}`);
    return true;
  });
}

const toNumber = (value) => Number(value.toString());

/**
 * Returns the `hash` field of a metadata reference as hex. @polkadot/api stores a struct
 * field called `hash` as `hash_`, because every codec already has a `hash` property.
 */
function documentHash(metadataRef) {
  const field = metadataRef.get('hash_') ?? metadataRef.get('hash');
  assert.ok(field, 'the metadata reference has a hash field');
  return field.toHex();
}

async function productIdOf(predicate) {
  const product = directory.products.find(predicate);
  assert.ok(product, 'the directory has a matching row');
  return productIdByLine.get(product.line);
}

describe('wellbeing chain on three authority nodes', { timeout: 40 * 60_000 }, () => {
  before(async () => {
    network = new LocalNetwork({ log: (line) => console.error(`[network] ${line}`) });
    await network.start();
    api = await network.connect(0, 120_000);
    accounts = await loaderAccounts();
  });

  after(async () => {
    if (api) await api.disconnect();
    if (network) await network.stop();
  });

  test('network produces and finalizes blocks', async () => {
    const finalized = await waitForFinalized(api, 3, 240_000);
    assert.ok(finalized >= 3);
    for (const index of [1, 2]) {
      const peerApi = await network.connect(index);
      try {
        const health = await peerApi.rpc.system.health();
        assert.equal(health.peers.toNumber(), 2, `node ${index} is connected to both others`);
        const head = await peerApi.rpc.chain.getFinalizedHead();
        const header = await peerApi.rpc.chain.getHeader(head);
        assert.ok(header.number.toNumber() >= 3, `node ${index} finalized block #3`);
      } finally {
        await peerApi.disconnect();
      }
    }
    const authorities = await api.query.aura.authorities();
    assert.equal(authorities.length, 3);
    const validators = await api.query.validatorSet.validators();
    assert.deepEqual(
      validators.map((account) => account.toString()).sort(),
      accounts.council.map((pair) => pair.address).sort(),
    );
    const sudoKey = await api.query.sudo.key();
    assert.ok(sudoKey.isNone, 'the local chain has no sudo key');
  });

  test('loader brings in every row and runs the programme', async () => {
    report = await runLoader(api, {
      csvText,
      beneficiaries: BENEFICIARIES,
      programmeBlocks: 25,
      log: (line) => console.error(`[loader] ${line}`),
    });
    const products = await api.query.productRegistry.products.entries();
    assert.equal(products.length, directory.products.length);
    assert.equal(report.rows, 60);
    assert.equal(report.products, 60);
    for (const [key, product] of products) {
      const stored = product.unwrap();
      const row = directory.products.find((candidate) => candidate.source_url === stored.metadata.uri.toUtf8()
        && candidate.name === stored.name.toUtf8());
      assert.ok(row, `product ${key.args[0]} matches a row`);
      productIdByLine.set(row.line, toNumber(key.args[0]));
    }
  });

  test('providers carry legal form and country', async () => {
    const providers = await api.query.productRegistry.providers.entries();
    // 39 manufacturers (Kaia Health is written two ways) and the curator.
    assert.equal(providers.length, directory.manufacturers.size + 1);
    const kaia = await api.query.productRegistry.providers(accounts.provider('kaia health software gmbh').address);
    assert.ok(kaia.isSome);
    assert.equal(kaia.unwrap().legalForm.unwrap().type, 'Company');
    assert.equal(kaia.unwrap().productCount.toNumber(), directory.products.filter((row) => row.manufacturerKey === 'kaia health software gmbh').length);
    const meteda = await api.query.productRegistry.providers(accounts.provider('meteda s.r.l.').address);
    assert.equal(meteda.unwrap().legalForm.unwrap().type, 'Company');
    assert.equal(u8aToHex(meteda.unwrap().country.unwrap()), u8aToHex(new TextEncoder().encode('IT')));
  });

  test('products keep row hash, kind and category', async () => {
    for (const row of directory.products) {
      const id = productIdByLine.get(row.line);
      const product = (await api.query.productRegistry.products(id)).unwrap();
      assert.equal(documentHash(product.metadata), row.metadataHash, `row on line ${row.line}`);
      assert.equal(row.metadataHash, blake2AsHex(csvText.split('\n')[row.line - 1].replace(/\r$/, ''), 256));
      assert.equal(product.kind.type, row.kind);
      assert.equal(product.category.type, row.category);
      const versions = await api.query.productRegistry.versions(id);
      assert.equal(versions.length, 1, `product ${id} has its listing version`);
    }
    const web = directory.products.find((row) => row.kind === 'WebApplication');
    assert.ok(web, 'the file has web rows');
  });

  test('rows without manufacturer go to curator', async () => {
    const rows = directory.products.filter((row) => !row.manufacturerKey);
    assert.equal(rows.length, 3);
    assert.equal(report.curatorProducts.length, 3);
    for (const row of rows) {
      const product = (await api.query.productRegistry.products(productIdByLine.get(row.line))).unwrap();
      assert.equal(product.provider.toString(), accounts.curator.address);
    }
  });

  test('listing status becomes attestation or suspension', async () => {
    const attestations = (await api.query.reputation.attestations.entries()).map(([, value]) => value.unwrap());
    const byProduct = new Map(attestations.map((attestation) => [toNumber(attestation.productId), attestation]));
    for (const row of directory.products) {
      const id = productIdByLine.get(row.line);
      const product = (await api.query.productRegistry.products(id)).unwrap();
      if (row.listing_status === 'removed') {
        assert.equal(product.status.type, 'Suspended', `${row.name} is suspended`);
        assert.ok(!byProduct.has(id));
        const history = await api.query.productRegistry.statusHistory(id);
        const last = history[history.length - 1];
        assert.equal(last.status.type, 'Suspended');
        assert.equal(documentHash(last.reason.unwrap()), row.metadataHash);
      } else {
        assert.equal(product.status.type, 'Active', `${row.name} is active`);
        const attestation = byProduct.get(id);
        assert.equal(attestation.kind.type, 'ClinicalEvidence');
        assert.equal(attestation.assessor.toString(), accounts.assessor.address);
        if (row.listing_status === 'permanent') {
          assert.equal(attestation.outcome.type, 'Passed');
        } else {
          assert.equal(attestation.outcome.type, 'Pending');
          const validity = toNumber(attestation.validUntil) - toNumber(attestation.attestedAt);
          assert.ok(Math.abs(validity - PROVISIONAL_VALIDITY) < 100, `validity ${validity} is about 12 months`);
        }
      }
    }
  });

  test('programme settles claims and returns unspent', async () => {
    const programme = (await api.query.wellbeingVoucher.programmes(report.programme.id)).unwrap();
    const spent = BigInt(programme.spent.toString());
    const returned = BigInt(programme.returned.toString());
    const granted = BigInt(BENEFICIARIES * ALLOWANCE);
    assert.ok(spent > 0n);
    assert.equal(spent + returned, granted, 'what was not spent came back');
    assert.equal(BigInt(programme.allocated.toString()), spent);
    const remaining = await api.query.wellbeingVoucher.allowances.keys(report.programme.id);
    assert.equal(remaining.length, 0);
    assert.ok(report.claims.count > 0);
    assert.equal(report.claims.paid, report.claims.count);
    assert.equal(BigInt(report.claims.total), spent);
    const claimable = await api.query.wellbeingVoucher.claimable.entries(report.programme.id);
    assert.equal(claimable.length, 0);
  });

  test('reputation RPC matches storage', async () => {
    const aggregates = await api.query.reputation.aggregates.entries();
    assert.ok(aggregates.length > 0);
    for (const [key, value] of aggregates.slice(0, 10)) {
      const productId = toNumber(key.args[0]);
      const aggregate = value.unwrap ? value.unwrap() : value;
      const summary = await api.rpc.reputation.getSummary(productId);
      assert.equal(toNumber(summary.productId), productId);
      assert.equal(toNumber(summary.reviewCount), toNumber(aggregate.reviewCount));
      assert.equal(summary.satisfactionSum.toString(), aggregate.satisfactionSum.toString());
      assert.equal(summary.effectivenessSum.toString(), aggregate.effectivenessSum.toString());
      assert.equal(summary.reliabilitySum.toString(), aggregate.reliabilitySum.toString());
      const count = toNumber(aggregate.reviewCount);
      const sum = toNumber(aggregate.satisfactionSum) + toNumber(aggregate.effectivenessSum) + toNumber(aggregate.reliabilitySum);
      const expected = Math.floor((5 * 3000 * 3 + 1000 * sum) / (3 * (5 + count)));
      assert.equal(toNumber(summary.score), expected, `score of product ${productId}`);
    }
    const ranking = await api.rpc.reputation.getRanking(10, null, null);
    assert.ok(ranking.length > 0);
    for (let index = 1; index < ranking.length; index += 1) {
      assert.ok(toNumber(ranking[index - 1].score) >= toNumber(ranking[index].score), 'ranking is sorted by score');
    }
    const raw = await rawRpc(api, 'reputation_getSummary', [toNumber(aggregates[0][0].args[0])]);
    assert.equal(typeof raw.satisfactionSum, 'string', 'u64 values travel as decimal strings');
  });

  test('reputation RPC rejects unknown product', async () => {
    await assert.rejects(rawRpc(api, 'reputation_getSummary', [999_999]), (error) => {
      assert.match(error.message, /999999/);
      return true;
    });
    await assert.rejects(rawRpc(api, 'reputation_getRanking', [0]), (error) => {
      assert.match(error.message, /limit 0/);
      return true;
    });
  });

  describe('bad input', () => {
    let programmeId;
    let eligibleId;
    let provisionalId;
    let suspendedId;
    const beneficiary = () => accounts.beneficiary(0);

    before(async () => {
      eligibleId = await productIdOf((row) => row.listing_status === 'permanent');
      provisionalId = await productIdOf((row) => row.listing_status === 'provisional');
      suspendedId = await productIdOf((row) => row.listing_status === 'removed');
      const now = toNumber((await api.rpc.chain.getHeader()).number);
      const policy = { categories: 0, minScore: 0, minReviews: 0, requiredAttestations: 2 };
      const created = await send(api, api.tx.wellbeingVoucher.createProgramme('Error checks', 100_000, 10_000, now, now + 10_000, policy), accounts.issuer);
      programmeId = toNumber(eventsOf(api, created.events, 'wellbeingVoucher', 'ProgrammeCreated')[0].programmeId);
      await send(api, api.tx.wellbeingVoucher.grantAllowances(programmeId, [[beneficiary().address, 1_000]]), accounts.issuer);
    });

    test('spend on unknown product fails', async () => {
      await assertDispatchError(send(api, api.tx.wellbeingVoucher.spend(programmeId, 999_999, 10), beneficiary()), 'WellbeingVoucher.ProductNotFound');
    });

    test('review of unknown product fails', async () => {
      await assertDispatchError(send(api, api.tx.reputation.submitReview(999_999, 0, 5, 5, 5, null, null), beneficiary()), 'Reputation.ProductNotFound');
    });

    test('spend over allowance fails', async () => {
      await assertDispatchError(send(api, api.tx.wellbeingVoucher.spend(programmeId, eligibleId, 1_001), beneficiary()), 'WellbeingVoucher.InsufficientAllowance');
      const allowance = (await api.query.wellbeingVoucher.allowances(programmeId, beneficiary().address)).unwrap();
      assert.equal(toNumber(allowance.spent), 0, 'the failed spend left the allowance untouched');
    });

    test('spend on ineligible product fails', async () => {
      await assertDispatchError(send(api, api.tx.wellbeingVoucher.spend(programmeId, provisionalId, 10), beneficiary()), 'WellbeingVoucher.MissingAttestation');
    });

    test('spend on suspended product fails', async () => {
      await assertDispatchError(send(api, api.tx.wellbeingVoucher.spend(programmeId, suspendedId, 10), beneficiary()), 'WellbeingVoucher.ProductNotActive');
    });

    test('spend without allowance fails', async () => {
      await assertDispatchError(send(api, api.tx.wellbeingVoucher.spend(programmeId, eligibleId, 10), accounts.beneficiary(1)), 'WellbeingVoucher.NoAllowance');
    });

    test('review of own product fails', async () => {
      const row = directory.products.find((candidate) => candidate.listing_status === 'permanent' && candidate.manufacturerKey);
      const provider = accounts.provider(row.manufacturerKey);
      await assertDispatchError(send(api, api.tx.reputation.submitReview(productIdByLine.get(row.line), 0, 5, 5, 5, null, null), provider), 'Reputation.CannotReviewOwnProduct');
    });

    test('non-issuer creating programme fails', async () => {
      const now = toNumber((await api.rpc.chain.getHeader()).number);
      const policy = { categories: 0, minScore: 0, minReviews: 0, requiredAttestations: 0 };
      const before = (await api.query.wellbeingVoucher.nextProgrammeId()).toNumber();
      await assertDispatchError(send(api, api.tx.wellbeingVoucher.createProgramme('Not mine', 1_000, 100, now, now + 100, policy), beneficiary()), 'WellbeingVoucher.NotIssuer');
      assert.equal((await api.query.wellbeingVoucher.nextProgrammeId()).toNumber(), before);
    });

    test('non-assessor attesting fails', async () => {
      const now = toNumber((await api.rpc.chain.getHeader()).number);
      await assertDispatchError(send(api, api.tx.reputation.attest(eligibleId, null, 'SecurityAudit', 'Passed', null, { uri: 'https://example.org/audit', hash: blake2AsHex('audit') }, now + 1_000), beneficiary()), 'Reputation.NotAssessor');
    });

    test('privileged call without council fails', async () => {
      await assertDispatchError(send(api, api.tx.productRegistry.suspendProduct(eligibleId, { uri: 'https://example.org', hash: blake2AsHex('x') }), accounts.alice), 'BadOrigin');
    });
  });

  describe('governance', () => {
    test('session keys need ownership proof', async () => {
      const owner = accounts.dave;
      const generated = await rawRpc(api, 'author_rotateKeysWithOwner', [u8aToHex(owner.publicKey)]);
      assert.ok(generated.proof, 'the node returns an ownership proof');
      await send(api, api.tx.session.setKeys(generated.keys, generated.proof), owner);
      const stored = await api.query.session.nextKeys(owner.address);
      assert.ok(stored.isSome);
      const plain = await api.rpc.author.rotateKeys();
      await assertDispatchError(send(api, api.tx.session.setKeys(plain, '0x'), accounts.ferdie), 'Session.InvalidProof');
    });

    test('council motion changes validator set', async () => {
      const closed = await councilMotion(api, accounts.council, api.tx.validatorSet.addValidator(accounts.dave.address));
      assert.equal(eventsOf(api, closed.events, 'validatorSet', 'ValidatorAdded').length, 1);
      let validators = (await api.query.validatorSet.validators()).map(String);
      assert.ok(validators.includes(accounts.dave.address));
      await councilMotion(api, accounts.council, api.tx.validatorSet.removeValidator(accounts.dave.address));
      validators = (await api.query.validatorSet.validators()).map(String);
      assert.ok(!validators.includes(accounts.dave.address));
    });

    test('council motion upgrades runtime', async () => {
      const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache', 'wellbeing-chain', 'target');
      const wasmPath = join(target, 'release', 'wbuild', 'wellbeing-runtime', 'wellbeing_runtime.compact.compressed.wasm');
      assert.ok(existsSync(wasmPath), `runtime wasm at ${wasmPath}`);
      const code = u8aToHex(readFileSync(wasmPath));
      // The same code cannot pass `set_code`'s version check, which proves the call ran as
      // Root; `set_code_without_checks` then replaces the code.
      const checked = await councilMotion(api, accounts.council, api.tx.councilRoot.dispatchAsRoot(api.tx.system.setCode(code)));
      const [dispatched] = eventsOf(api, checked.events, 'councilRoot', 'DispatchedAsRoot');
      assert.ok(dispatched.result.isErr);
      assert.equal(api.registry.findMetaError(dispatched.result.asErr.asModule).name, 'SpecVersionNeedsToIncrease');
      const replaced = await councilMotion(api, accounts.council, api.tx.councilRoot.dispatchAsRoot(api.tx.system.setCodeWithoutChecks(code)));
      const [result] = eventsOf(api, replaced.events, 'councilRoot', 'DispatchedAsRoot');
      assert.ok(result.result.isOk);
      assert.equal(eventsOf(api, replaced.events, 'system', 'CodeUpdated').length, 1);
    });
  });
});
