// Checks that the chain specs in chain-specs/ hold the genesis that the node's presets
// produce now. The runtime code is left out of the comparison, because its bytes can depend
// on the paths of the build.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeBinary, repoRoot } from '../lib/network.js';

/** Storage key of the runtime code, `:code`. */
const CODE_KEY = '0x3a636f6465';

function genesisWithoutCode(spec) {
  const top = { ...spec.genesis.raw.top };
  assert.ok(top[CODE_KEY], 'the spec has runtime code');
  delete top[CODE_KEY];
  return { top, childrenDefault: spec.genesis.raw.childrenDefault };
}

for (const chain of ['dev', 'local', 'pilot']) {
  test(`chain-specs/${chain}.json matches preset`, () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, 'chain-specs', `${chain}.json`), 'utf8'));
    const generated = JSON.parse(execFileSync(
      nodeBinary(),
      ['build-spec', '--chain', chain, '--raw', '--disable-default-bootnode'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    ));
    assert.equal(committed.id, generated.id);
    assert.deepEqual(committed.properties, generated.properties);
    assert.deepEqual(genesisWithoutCode(committed), genesisWithoutCode(generated));
  });
}
