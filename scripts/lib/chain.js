// Helpers for talking to the wellbeing chain through @polkadot/api: custom RPC definitions,
// transactions that resolve when included, and readable dispatch errors.

import { readFileSync } from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Custom RPC methods and result types of the reputation RPC, for `ApiPromise.create`. */
export const rpcDefinitions = JSON.parse(
  readFileSync(resolve(here, '..', '..', 'pallets', 'reputation', 'rpc', 'definitions.json'), 'utf8'),
);

const providers = new WeakMap();

/**
 * Connects to `endpoint` with the reputation RPC definitions. Rejects if the node does not
 * respond to the first connection attempt.
 */
export async function connectApi(endpoint) {
  const provider = new WsProvider(endpoint, 1_000);
  try {
    const api = await ApiPromise.create({
      provider,
      rpc: rpcDefinitions.rpc,
      types: rpcDefinitions.types,
      throwOnConnect: true,
      noInitWarn: true,
    });
    providers.set(api, provider);
    return api;
  } catch (error) {
    await provider.disconnect().catch(() => {});
    throw error;
  }
}

/**
 * Calls RPC `method` without decoding its result, for methods @polkadot/api 16.5 has no
 * typed wrapper for (`author_rotateKeysWithOwner`) and to see values as they travel.
 */
export function rawRpc(api, method, params = []) {
  const provider = providers.get(api);
  if (!provider) throw new Error('rawRpc needs an api created by connectApi');
  return provider.send(method, params);
}

/** Error raised when an extrinsic was included but its dispatch failed. */
export class DispatchError extends Error {
  constructor(name, docs) {
    super(`${name}${docs ? `: ${docs}` : ''}`);
    this.name = 'DispatchError';
    /** `Pallet.Error` name, such as `WellbeingVoucher.InsufficientAllowance`. */
    this.errorName = name;
  }
}

/** Turns a `DispatchError` codec into a `DispatchError` exception with a `Pallet.Error` name. */
export function decodeDispatchError(api, dispatchError) {
  if (dispatchError.isModule) {
    const meta = api.registry.findMetaError(dispatchError.asModule);
    // @polkadot/api names sections in camel case; the runtime's pallet names start upper case.
    const pallet = meta.section.charAt(0).toUpperCase() + meta.section.slice(1);
    return new DispatchError(`${pallet}.${meta.name}`, meta.docs.join(' '));
  }
  if (dispatchError.isToken) return new DispatchError(`Token.${dispatchError.asToken.type}`);
  if (dispatchError.isArithmetic) return new DispatchError(`Arithmetic.${dispatchError.asArithmetic.type}`);
  return new DispatchError(dispatchError.type);
}

/**
 * Signs and submits `tx` with `signer`, and resolves with `{ blockHash, events }` once it is
 * in a block. Rejects with a `DispatchError` if the extrinsic failed, with the node's error if
 * the pool rejected it, and after `timeoutMs` if it was never included.
 *
 * `options.nonce` sets the nonce explicitly, for several transactions of one signer in flight.
 */
export function send(api, tx, signer, options = {}) {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolvePromise, reject) => {
    let unsubscribe = null;
    const timer = setTimeout(() => {
      if (unsubscribe) unsubscribe();
      reject(new Error(`${tx.method.section}.${tx.method.method} was not included within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (callback) => {
      clearTimeout(timer);
      if (unsubscribe) unsubscribe();
      callback();
    };
    const signOptions = options.nonce === undefined ? {} : { nonce: options.nonce };
    tx.signAndSend(signer, signOptions, (result) => {
      if (result.isError) {
        finish(() => reject(new Error(`${tx.method.section}.${tx.method.method}: ${result.status.type}`)));
        return;
      }
      if (!result.status.isInBlock) return;
      const blockHash = result.status.asInBlock.toHex();
      const failed = result.events.find(({ event }) => api.events.system.ExtrinsicFailed.is(event));
      if (failed) {
        const error = decodeDispatchError(api, failed.event.data[0]);
        finish(() => reject(error));
        return;
      }
      const batchFailure = result.events.find(({ event }) => api.events.utility?.BatchInterrupted?.is(event));
      if (batchFailure) {
        const error = decodeDispatchError(api, batchFailure.event.data[1]);
        finish(() => reject(error));
        return;
      }
      finish(() => resolvePromise({ blockHash, events: result.events }));
    })
      .then((unsub) => {
        unsubscribe = unsub;
      })
      .catch((error) => {
        clearTimeout(timer);
        reject(error);
      });
  });
}

/** Returns the events of `section.method` among `events`, as `event.data` objects. */
export function eventsOf(api, events, section, method) {
  return events
    .filter(({ event }) => event.section === section && event.method === method)
    .map(({ event }) => event.data);
}

/**
 * Submits a council motion that dispatches `call` with more than half of the council, votes
 * aye with the other `members` and closes it. Resolves with the close's events.
 *
 * `members[0]` proposes, and the first `threshold` members (more than half) vote aye.
 */
export async function councilMotion(api, members, call) {
  const threshold = Math.floor(members.length / 2) + 1;
  const lengthBound = call.method.encodedLength ?? call.encodedLength;
  const proposed = await send(api, api.tx.council.propose(threshold, call, lengthBound), members[0]);
  const [event] = eventsOf(api, proposed.events, 'council', 'Proposed');
  if (!event) throw new Error('council.propose emitted no Proposed event');
  const proposalIndex = event.proposalIndex ?? event[1];
  const proposalHash = event.proposalHash ?? event[2];
  // The proposer's aye is not implied: `threshold` members vote, the proposer among them.
  await Promise.all(
    members.slice(0, threshold).map((member) => send(api, api.tx.council.vote(proposalHash, proposalIndex, true), member)),
  );
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, lengthBound);
  const closed = await send(api, api.tx.council.close(proposalHash, proposalIndex, weight, lengthBound), members[0]);
  const executed = eventsOf(api, closed.events, 'council', 'Executed');
  if (executed.length === 0) {
    throw new Error('the council motion was closed but not executed');
  }
  const result = executed[0].result ?? executed[0][1];
  if (result.isErr) throw decodeDispatchError(api, result.asErr);
  return closed;
}
