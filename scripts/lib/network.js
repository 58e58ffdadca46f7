// Starts and stops a local network of real `wellbeing-node` processes on loopback ports.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectApi } from './chain.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Root of the repository. */
export const repoRoot = resolve(here, '..', '..');

/** Path of the node binary: `$WELLBEING_NODE`, or the release build in the target directory. */
export function nodeBinary() {
  if (process.env.WELLBEING_NODE) return process.env.WELLBEING_NODE;
  const target = process.env.CARGO_TARGET_DIR
    ?? join(process.env.HOME ?? '/root', '.cache', 'wellbeing-chain', 'target');
  return join(target, 'release', 'wellbeing-node');
}

/**
 * Generates a network key into `file` with the node's own `key generate-node-key` and returns
 * the peer id it belongs to.
 */
function generateNodeKeyWithPeerId(binary, file) {
  const result = spawnSyncText(binary, ['key', 'generate-node-key', '--file', file]);
  const peerId = (result.stdout.trim() || result.stderr.trim()).split('\n').pop().trim();
  if (!/^12D3Koo[1-9A-HJ-NP-Za-km-z]+$/.test(peerId)) {
    throw new Error(`key generate-node-key returned no peer id for ${file}: ${result.stderr}`);
  }
  return peerId;
}

function spawnSyncText(binary, args) {
  const result = spawnSync(binary, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`${binary} ${args.join(' ')} failed: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${binary} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

/**
 * A running network of authority nodes.
 *
 * `options.authorities` names the development accounts that run a node (default Alice, Bob
 * and Charlie), `options.basePort` the first of the ports the nodes use (each node takes
 * three: p2p, RPC and Prometheus) unless `options.ports` lists them, and `options.chain` the
 * chain spec.
 */
export class LocalNetwork {
  constructor(options = {}) {
    this.authorities = options.authorities ?? ['alice', 'bob', 'charlie'];
    this.basePort = options.basePort ?? 30_400 + Math.floor(Math.random() * 2_000) * 3;
    this.chain = options.chain ?? 'local';
    this.binary = options.binary ?? nodeBinary();
    this.keepLogs = options.keepLogs ?? false;
    this.log = options.log ?? (() => {});
    this.baseDir = options.baseDir ?? mkdtempSync(join(tmpdir(), 'wellbeing-net-'));
    this.ports = options.ports ?? null;
    this.nodes = [];
  }

  /** Ports of node `index`: from `options.ports`, or three consecutive ones from `basePort`. */
  portsOf(index) {
    if (this.ports) return this.ports[index];
    const p2pPort = this.basePort + index * 3;
    return { p2pPort, rpcPort: p2pPort + 1, prometheusPort: p2pPort + 2 };
  }

  /** Starts every node; the first is the boot node of the others. */
  async start() {
    let bootnode = null;
    for (const [index, name] of this.authorities.entries()) {
      const { p2pPort, rpcPort, prometheusPort } = this.portsOf(index);
      const basePath = join(this.baseDir, name);
      mkdirSync(basePath, { recursive: true });
      const keyFile = join(basePath, 'node-key');
      const peerId = generateNodeKeyWithPeerId(this.binary, keyFile);
      const args = [
        '--chain', this.chain,
        '--base-path', basePath,
        `--${name}`,
        '--validator',
        '--node-key-file', keyFile,
        '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
        '--rpc-port', String(rpcPort),
        '--prometheus-port', String(prometheusPort),
        '--no-mdns',
        '--no-telemetry',
        '--name', name,
      ];
      if (bootnode) args.push('--bootnodes', bootnode);
      const logFile = join(this.baseDir, `${name}.log`);
      const logFd = openSync(logFile, 'a');
      const child = spawn(this.binary, args, { stdio: ['ignore', logFd, logFd] });
      closeSync(logFd);
      const node = { name, child, rpcPort, p2pPort, prometheusPort, logFile, peerId, exited: null };
      child.on('exit', (code, signal) => {
        node.exited = { code, signal };
      });
      this.nodes.push(node);
      this.log(`started ${name}: rpc ws://127.0.0.1:${rpcPort}, log ${logFile}`);
      if (!bootnode) bootnode = `/ip4/127.0.0.1/tcp/${p2pPort}/p2p/${peerId}`;
    }
    return this;
  }

  /** WebSocket endpoint of node `index`. */
  endpoint(index = 0) {
    return `ws://127.0.0.1:${this.nodes[index].rpcPort}`;
  }

  /** Connects `@polkadot/api` to node `index`, waiting until its RPC server responds. */
  async connect(index = 0, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const node = this.nodes[index];
      if (node.exited) {
        throw new Error(`node ${node.name} exited (${JSON.stringify(node.exited)}); see ${node.logFile}`);
      }
      try {
        return await connectApi(this.endpoint(index));
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`node ${node.name} RPC did not respond within ${timeoutMs} ms: ${error.message}`);
        }
        await sleep(500);
      }
    }
  }

  /** Stops every node and deletes their data unless `keepLogs` was set. */
  async stop() {
    await Promise.all(this.nodes.map((node) => stopProcess(node)));
    if (!this.keepLogs) rmSync(this.baseDir, { recursive: true, force: true });
  }
}

function stopProcess(node) {
  return new Promise((resolvePromise) => {
    if (node.exited) return resolvePromise();
    const timer = setTimeout(() => node.child.kill('SIGKILL'), 10_000);
    node.child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    node.child.kill('SIGINT');
  });
}

/** Waits `ms` milliseconds. */
export function sleep(ms) {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

/** Waits until the finalized block number reaches `target`, or fails after `timeoutMs`. */
export async function waitForFinalized(api, target, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const head = await api.rpc.chain.getFinalizedHead();
    const header = await api.rpc.chain.getHeader(head);
    const number = header.number.toNumber();
    if (number >= target) return number;
    if (Date.now() > deadline) {
      throw new Error(`finalized block is #${number}, expected #${target} within ${timeoutMs} ms`);
    }
    await sleep(1_000);
  }
}

/** Waits until the best block number reaches `target`. */
export async function waitForBlock(api, target, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const header = await api.rpc.chain.getHeader();
    const number = header.number.toNumber();
    if (number >= target) return number;
    if (Date.now() > deadline) {
      throw new Error(`best block is #${number}, expected #${target} within ${timeoutMs} ms`);
    }
    await sleep(1_000);
  }
}
