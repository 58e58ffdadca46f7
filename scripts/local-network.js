#!/usr/bin/env node
// Runs the local three-authority network, loads a directory file into it and keeps it
// running until Ctrl-C. scripts/start-local-network.sh builds the node and calls this.
//
// Usage: node local-network.js FILE.csv

import { readFileSync } from 'node:fs';
import { LocalNetwork, waitForFinalized } from './lib/network.js';
import { formatReport, runLoader } from './loader/load.js';

const PORTS = [
  { p2pPort: 30333, rpcPort: 9944, prometheusPort: 9615 },
  { p2pPort: 30334, rpcPort: 9945, prometheusPort: 9616 },
  { p2pPort: 30335, rpcPort: 9946, prometheusPort: 9617 },
];

const log = (line) => console.error(`[network] ${line}`);

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: local-network.js FILE.csv');
  const csvText = readFileSync(file, 'utf8');

  const network = new LocalNetwork({ ports: PORTS, log, keepLogs: false });
  let api = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping the nodes');
    if (api) await api.disconnect().catch(() => {});
    await network.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  try {
    await network.start();
    api = await network.connect(0);
    log('waiting for the first finalized block');
    await waitForFinalized(api, 1, 180_000);
    log(`loading ${file}`);
    const report = await runLoader(api, { csvText, log: (line) => console.error(`[loader] ${line}`) });
    console.log(formatReport(report));
    console.log('');
    console.log('The network keeps running. Point polkadot.js apps at it:');
    console.log(`  https://polkadot.js.org/apps/?rpc=${encodeURIComponent('ws://127.0.0.1:9944')}#/explorer`);
    console.log('Node logs:');
    for (const node of network.nodes) console.log(`  ${node.name}: ${node.logFile}`);
    console.log('Press Ctrl-C to stop every node and delete their data.');
  } catch (error) {
    console.error(`local network failed: ${error.message}`);
    for (const node of network.nodes) console.error(`  ${node.name} log: ${node.logFile}`);
    network.keepLogs = true;
    await stop(1);
  }
}

main();
