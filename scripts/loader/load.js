#!/usr/bin/env node
// Loads a directory of digital health applications into a running wellbeing chain and runs a
// whole voucher programme over it, then prints a report read back from chain state and RPC.
//
// Usage: node loader/load.js FILE.csv [--ws ws://127.0.0.1:9944] [--beneficiaries 300]
//        [--programme-blocks 25] [--json]

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { blake2AsHex } from '@polkadot/util-crypto';
import { loaderAccounts } from '../lib/accounts.js';
import { connectApi, councilMotion, eventsOf, send } from '../lib/chain.js';
import { readDirectory } from '../lib/directory.js';
import { sleep, waitForBlock } from '../lib/network.js';

/** One WELL in the smallest unit. */
export const UNIT = 10n ** 12n;
/** Blocks per day at 6 seconds a block. */
const DAYS = 14_400;
/** Validity of a provisional listing's pending evidence: a provisional trial lasts 12 months. */
export const PROVISIONAL_VALIDITY = 365 * DAYS;
/** Validity given to a permanent listing's evidence: five years, when it must be re-examined. */
export const PERMANENT_VALIDITY = 5 * 365 * DAYS;
/** Category names in the runtime's declaration order; a set is a bit mask over it. */
export const CATEGORIES = [
  'PhysicalActivity', 'Nutrition', 'Sleep', 'SocialWellbeing', 'MentalHealth', 'Metabolism',
  'NervousSystem', 'Musculoskeletal', 'Cancer', 'Urogenital', 'Cardiovascular', 'Hearing',
  'Respiratory', 'Digestion', 'Other',
];
/** Attestation kind names in the runtime's declaration order. */
export const ATTESTATION_KINDS = [
  'Certification', 'ClinicalEvidence', 'SecurityAudit', 'DataProtection', 'Accessibility',
];
/** Allowance granted to each beneficiary, in euro cents. */
export const ALLOWANCE = 5_000;
/** Maximum number of grants in one `grant_allowances` call; equals the runtime's `MaxGrantBatch`. */
const GRANT_BATCH = 100;

/** Bit mask of `names` over `order`. */
export function bitMask(order, names) {
  return names.reduce((mask, name) => mask | (1 << order.indexOf(name)), 0);
}

/** ICD-10 codes named in an indication, as target profile tags (at most eight). */
export function targetProfiles(indication) {
  const codes = indication.match(/\b[A-Z]\d{2}(?:\.\d{1,2})?\b/g) ?? [];
  return [...new Set(codes)].slice(0, 8).map((code) => `icd10:${code}`);
}

/** Reads a number from a codec or a plain value. */
const toNumber = (value) => Number(value.toString());

/**
 * Runs the whole load against `api`. `options.csvText` is the directory file's text.
 * Returns a report object; `options.log` receives progress lines.
 */
export async function runLoader(api, options) {
  const log = options.log ?? (() => {});
  const beneficiaryCount = options.beneficiaries ?? 300;
  const programmeBlocks = options.programmeBlocks ?? 25;
  const accounts = await loaderAccounts();
  const { products, manufacturers } = readDirectory(options.csvText);

  if ((await api.query.productRegistry.providers(accounts.curator.address)).isSome) {
    throw new Error('the curator account is already registered, so this chain already contains loaded data: start a fresh network to load again');
  }

  checkLengths(api, products, manufacturers);
  log(`read ${products.length} rows from ${manufacturers.size} manufacturers`);
  await setUpGovernance(api, accounts, log);
  const beneficiaries = Array.from({ length: beneficiaryCount }, (_, index) => accounts.beneficiary(index));
  await fundAccounts(api, accounts, manufacturers, beneficiaries, log);
  const productIds = await registerProducts(api, accounts, products, manufacturers, log);

  const signerOf = (product) => (product.manufacturerKey
    ? accounts.provider(product.manufacturerKey)
    : accounts.curator);
  const current = toNumber((await api.rpc.chain.getHeader()).number);
  await Promise.all([
    publishVersions(api, products, productIds, signerOf, log),
    attestListings(api, accounts, products, productIds, current, log),
    suspendRemoved(api, accounts, products, productIds, log),
  ]);

  const programme = await runProgramme(api, {
    accounts, products, productIds, beneficiaries, programmeBlocks, signerOf, log,
  });
  return buildReport(api, { accounts, products, productIds, manufacturers, programme });
}

/** Rejects rows whose names or URIs exceed the runtime's limits, naming the row. */
function checkLengths(api, products, manufacturers) {
  const maxName = toNumber(api.consts.productRegistry.maxNameLen);
  const maxUri = toNumber(api.consts.productRegistry.maxUriLen);
  const bytes = (text) => Buffer.byteLength(text, 'utf8');
  for (const product of products) {
    if (bytes(product.name) > maxName) {
      throw new Error(`line ${product.line}: the name "${product.name}" is ${bytes(product.name)} bytes, the chain allows ${maxName}`);
    }
    if (bytes(product.source_url) > maxUri) {
      throw new Error(`line ${product.line}: the source_url is ${bytes(product.source_url)} bytes, the chain allows ${maxUri}`);
    }
  }
  for (const manufacturer of manufacturers.values()) {
    if (bytes(manufacturer.name) > maxName) {
      throw new Error(`the manufacturer name "${manufacturer.name}" is longer than ${maxName} bytes`);
    }
  }
}

async function setUpGovernance(api, accounts, log) {
  const calls = [];
  if ((await api.query.reputation.assessors(accounts.assessor.address)).isNone) {
    calls.push(api.tx.reputation.addAssessor(accounts.assessor.address, 'Loader assessor (Dave)', null));
  }
  if ((await api.query.wellbeingVoucher.issuers(accounts.issuer.address)).isNone) {
    calls.push(api.tx.wellbeingVoucher.approveIssuer(accounts.issuer.address, 'Municipality of Example (Eve)'));
  }
  if (calls.length === 0) return;
  await councilMotion(api, accounts.council, api.tx.utility.batchAll(calls));
  log('council motion added the assessor and approved the issuer');
}

async function fundAccounts(api, accounts, manufacturers, beneficiaries, log) {
  const targets = [
    ...[...manufacturers.keys()].map((key) => [accounts.provider(key).address, 100n * UNIT]),
    [accounts.curator.address, 100n * UNIT],
    ...beneficiaries.map((pair) => [pair.address, UNIT]),
  ];
  const transfers = targets.map(([address, amount]) => api.tx.balances.transferKeepAlive(address, amount));
  await send(api, api.tx.utility.batchAll(transfers), accounts.funder);
  log(`funded ${manufacturers.size} providers, the curator and ${beneficiaries.length} beneficiaries`);
}

async function registerProducts(api, accounts, products, manufacturers, log) {
  const groups = new Map();
  for (const product of products) {
    const key = product.manufacturerKey ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(product);
  }
  const productIds = new Map();
  await Promise.all([...groups.entries()].map(async ([key, group]) => {
    const manufacturer = manufacturers.get(key);
    const signer = key ? accounts.provider(key) : accounts.curator;
    const registerProvider = manufacturer
      ? api.tx.productRegistry.registerProvider(manufacturer.name, manufacturer.legalForm, manufacturer.country, null, null)
      : api.tx.productRegistry.registerProvider('Wellbeing loader curator', 'PublicBody', null, null, null);
    const registrations = group.map((product) => api.tx.productRegistry.registerProduct(
      product.kind,
      product.category,
      product.name,
      targetProfiles(product.indication ?? ''),
      { uri: product.source_url, hash: product.metadataHash },
    ));
    const { events } = await send(api, api.tx.utility.batchAll([registerProvider, ...registrations]), signer);
    const registered = eventsOf(api, events, 'productRegistry', 'ProductRegistered');
    if (registered.length !== group.length) {
      throw new Error(`${signer.address} registered ${registered.length} of ${group.length} products`);
    }
    group.forEach((product, index) => productIds.set(product.line, toNumber(registered[index].productId)));
  }));
  log(`registered ${groups.size} providers and ${productIds.size} products`);
  return productIds;
}

async function publishVersions(api, products, productIds, signerOf, log) {
  const bySigner = new Map();
  for (const product of products) {
    const signer = signerOf(product);
    if (!bySigner.has(signer.address)) bySigner.set(signer.address, { signer, calls: [] });
    // The directory lists no releases: the version records the listing, and its hash covers
    // the directory entry and its date until the provider publishes a real release hash.
    bySigner.get(signer.address).calls.push(api.tx.productRegistry.publishVersion(
      productIds.get(product.line),
      `listed ${product.listed_on || 'undated'}`,
      blake2AsHex(`${product.source_url}#${product.listed_on}`, 256),
    ));
  }
  await Promise.all([...bySigner.values()].map(({ signer, calls }) => send(api, api.tx.utility.batchAll(calls), signer)));
  log(`published a version of each of ${products.length} products`);
}

async function attestListings(api, accounts, products, productIds, current, log) {
  const calls = products
    .filter((product) => product.listing_status !== 'removed')
    .map((product) => {
      const permanent = product.listing_status === 'permanent';
      return api.tx.reputation.attest(
        productIds.get(product.line),
        null,
        'ClinicalEvidence',
        permanent ? 'Passed' : 'Pending',
        null,
        { uri: product.source_url, hash: product.metadataHash },
        current + (permanent ? PERMANENT_VALIDITY : PROVISIONAL_VALIDITY),
      );
    });
  await send(api, api.tx.utility.batchAll(calls), accounts.assessor);
  log(`assessor attested ${calls.length} listings`);
}

async function suspendRemoved(api, accounts, products, productIds, log) {
  const removed = products.filter((product) => product.listing_status === 'removed');
  if (removed.length === 0) return;
  const calls = removed.map((product) => api.tx.productRegistry.suspendProduct(
    productIds.get(product.line),
    { uri: product.source_url, hash: product.metadataHash },
  ));
  await councilMotion(api, accounts.council, api.tx.utility.batchAll(calls));
  log(`council motion suspended ${removed.length} removed products`);
}

async function runProgramme(api, context) {
  const { accounts, products, productIds, beneficiaries, programmeBlocks, signerOf, log } = context;
  const categories = [...new Set(products.map((product) => product.category))];
  const policy = {
    categories: bitMask(CATEGORIES, categories),
    minScore: 2_500,
    minReviews: 0,
    requiredAttestations: bitMask(ATTESTATION_KINDS, ['ClinicalEvidence']),
  };
  const start = toNumber((await api.rpc.chain.getHeader()).number);
  const end = start + programmeBlocks;
  const budget = BigInt(beneficiaries.length * ALLOWANCE + 100_000);
  const created = await send(
    api,
    api.tx.wellbeingVoucher.createProgramme('Wellbeing voucher 2027', budget, 2 * ALLOWANCE, start, end, policy),
    accounts.issuer,
  );
  const [createdEvent] = eventsOf(api, created.events, 'wellbeingVoucher', 'ProgrammeCreated');
  const programmeId = toNumber(createdEvent.programmeId);
  log(`issuer created programme ${programmeId}, ending at block #${end}`);

  const nonce = toNumber(await api.rpc.system.accountNextIndex(accounts.issuer.address));
  const batches = [];
  for (let index = 0; index < beneficiaries.length; index += GRANT_BATCH) {
    batches.push(beneficiaries.slice(index, index + GRANT_BATCH).map((pair) => [pair.address, ALLOWANCE]));
  }
  await Promise.all(batches.map((grants, index) => send(
    api, api.tx.wellbeingVoucher.grantAllowances(programmeId, grants), accounts.issuer, { nonce: nonce + index },
  )));
  log(`granted ${beneficiaries.length} allowances of ${ALLOWANCE} cents`);

  const eligible = products.filter((product) => product.listing_status === 'permanent');
  if (eligible.length === 0) {
    throw new Error('the file has no permanent listing, so the programme admits no product');
  }
  const spends = beneficiaries.map((pair, index) => {
    // Every fifth beneficiary spends nothing, so that its allowance returns at the end.
    if (index % 5 === 4) return null;
    const product = eligible[index % eligible.length];
    const productId = productIds.get(product.line);
    const amount = 1_000 * (1 + (index % 4));
    const recordedBy = product.kind === 'MobileApp' ? productId : null;
    const review = api.tx.reputation.submitReview(
      productId, 0, 3 + (index % 3), 2 + (index % 4), 4 + (index % 2), null, recordedBy,
    );
    const tx = api.tx.utility.batchAll([api.tx.wellbeingVoucher.spend(programmeId, productId, amount), review]);
    return send(api, tx, pair).then(() => amount);
  });
  const spent = (await Promise.all(spends.filter(Boolean))).reduce((sum, amount) => sum + amount, 0);
  log(`beneficiaries spent ${spent} cents and reviewed what they used`);

  const claimable = await api.query.wellbeingVoucher.claimable.entries(programmeId);
  const providers = new Map(products.map((product) => [signerOf(product).address, signerOf(product)]));
  await Promise.all(claimable.map(([key]) => {
    const provider = providers.get(key.args[1].toString());
    return send(api, api.tx.wellbeingVoucher.redeem(programmeId), provider);
  }));
  const claims = (await api.query.wellbeingVoucher.claims.entries())
    .filter(([, claim]) => toNumber(claim.unwrap().programmeId) === programmeId)
    .map(([key]) => toNumber(key.args[0]));
  log(`${claims.length} providers redeemed their claimable balances`);

  if (claims.length > 0) {
    const payments = claims.map((claimId) => api.tx.wellbeingVoucher.markClaimPaid(claimId, `SEPA-WBV-${claimId}`));
    await send(api, api.tx.utility.batchAll(payments), accounts.issuer);
    log(`issuer marked ${claims.length} claims paid`);
  }

  log(`waiting for the programme to end at block #${end}`);
  await waitForBlock(api, end);
  await waitForSweep(api, accounts, programmeId, log);
  return { programmeId, start, end, spent, claims, eligible: eligible.length };
}

async function waitForSweep(api, accounts, programmeId, log) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const remaining = await api.query.wellbeingVoucher.allowances.keys(programmeId);
    if (remaining.length === 0) {
      log('unspent allowances returned to the programme budget');
      return;
    }
    if (attempt >= 10) {
      // The idle-time sweep runs only in blocks with weight to spare; sweep by hand as well.
      const max = Math.min(remaining.length, toNumber(api.consts.wellbeingVoucher.maxSweepPerBlock));
      await send(api, api.tx.wellbeingVoucher.sweepExpired(programmeId, max), accounts.issuer);
    }
    await sleep(6_000);
  }
  throw new Error(`allowances of programme ${programmeId} were not swept within 20 blocks`);
}

async function buildReport(api, context) {
  const { accounts, products, productIds, manufacturers, programme } = context;
  const storedProducts = await api.query.productRegistry.products.entries();
  const statusCounts = {};
  for (const [, product] of storedProducts) {
    const status = product.unwrap().status.type;
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
  }
  const providers = await api.query.productRegistry.providers.entries();
  const attestations = await api.query.reputation.attestations.entries();
  const outcomeCounts = {};
  for (const [, attestation] of attestations) {
    const outcome = attestation.unwrap().outcome.type;
    outcomeCounts[outcome] = (outcomeCounts[outcome] ?? 0) + 1;
  }
  const stored = (await api.query.wellbeingVoucher.programmes(programme.programmeId)).unwrap();
  const claims = (await api.query.wellbeingVoucher.claims.entries())
    .map(([key, claim]) => ({ id: toNumber(key.args[0]), claim: claim.unwrap() }))
    .filter(({ claim }) => toNumber(claim.programmeId) === programme.programmeId);
  const ranking = await api.rpc.reputation.getRanking(5, null, null);
  const curated = products
    .filter((product) => !product.manufacturerKey)
    .map((product) => ({ productId: productIds.get(product.line), name: product.name }));
  return {
    rows: products.length,
    manufacturers: manufacturers.size,
    providers: providers.length,
    products: storedProducts.length,
    productStatus: statusCounts,
    attestations: outcomeCounts,
    curatorProducts: curated,
    curator: accounts.curator.address,
    programme: {
      id: programme.programmeId,
      start: programme.start,
      end: programme.end,
      budget: stored.budget.toString(),
      allocated: stored.allocated.toString(),
      spent: stored.spent.toString(),
      returned: stored.returned.toString(),
      eligibleProducts: programme.eligible,
    },
    claims: {
      count: claims.length,
      paid: claims.filter(({ claim }) => claim.status.isPaid).length,
      total: claims.reduce((sum, { claim }) => sum + BigInt(claim.amount.toString()), 0n).toString(),
    },
    topRanked: ranking.map((entry) => ({
      productId: toNumber(entry.productId),
      score: toNumber(entry.score),
      reviews: toNumber(entry.reviewCount),
    })),
  };
}

/** Formats the report for a terminal. */
export function formatReport(report) {
  const lines = [
    `Rows loaded:          ${report.rows} (${report.manufacturers} manufacturers)`,
    `Providers on chain:   ${report.providers}`,
    `Products on chain:    ${report.products} ${JSON.stringify(report.productStatus)}`,
    `Attestations:         ${JSON.stringify(report.attestations)}`,
    `Curated products (no manufacturer in the file, held by ${report.curator} for transfer):`,
    ...report.curatorProducts.map(({ productId, name }) => `  #${productId} ${name}`),
    `Programme ${report.programme.id}: blocks #${report.programme.start}..#${report.programme.end}, `
      + `budget ${report.programme.budget} cents, allocated ${report.programme.allocated}, `
      + `spent ${report.programme.spent}, returned ${report.programme.returned}`,
    `Settlement claims:    ${report.claims.count} (${report.claims.paid} paid, ${report.claims.total} cents)`,
    'Top products by score (reputation_getRanking):',
    ...report.topRanked.map(({ productId, score, reviews }) => `  #${productId} score ${score / 1000} from ${reviews} reviews`),
  ];
  return lines.join('\n');
}

function parseArguments(argv) {
  const options = { ws: 'ws://127.0.0.1:9944', beneficiaries: 300, programmeBlocks: 25, json: false };
  const positional = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--ws') options.ws = argv[++index];
    else if (argument === '--beneficiaries') options.beneficiaries = Number(argv[++index]);
    else if (argument === '--programme-blocks') options.programmeBlocks = Number(argv[++index]);
    else if (argument === '--json') options.json = true;
    else positional.push(argument);
  }
  if (positional.length !== 1) {
    throw new Error('usage: load.js FILE.csv [--ws URL] [--beneficiaries N] [--programme-blocks N] [--json]');
  }
  [options.file] = positional;
  return options;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const csvText = readFileSync(options.file, 'utf8');
  const api = await connectApi(options.ws);
  try {
    const report = await runLoader(api, {
      csvText,
      beneficiaries: options.beneficiaries,
      programmeBlocks: options.programmeBlocks,
      log: (line) => console.error(`[loader] ${line}`),
    });
    console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
  } finally {
    await api.disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`loader failed: ${error.message}`);
    process.exit(1);
  });
}
