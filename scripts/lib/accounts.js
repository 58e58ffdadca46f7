// Development accounts of the local network and accounts the loader derives from them.

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Creates a keyring with the development accounts and the loader's derived accounts. */
export async function loaderAccounts(options = {}) {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const dev = (name) => keyring.addFromUri(`//${name}`);
  // Every loader account derives from one secret, so a second run finds the same accounts.
  const secret = options.secret ?? '//Ferdie//wellbeing-loader';
  return {
    keyring,
    alice: dev('Alice'),
    bob: dev('Bob'),
    charlie: dev('Charlie'),
    dave: dev('Dave'),
    eve: dev('Eve'),
    ferdie: dev('Ferdie'),
    /** Council members of the `local` and `dev` presets. */
    council: [dev('Alice'), dev('Bob'), dev('Charlie')],
    /** Account that funds the loader's accounts. */
    funder: dev('Alice'),
    /** Accredited assessor that attests listing statuses. */
    assessor: dev('Dave'),
    /** Municipality that issues the voucher programme. */
    issuer: dev('Eve'),
    /** Provider that registers rows without a manufacturer, until their maker takes them. */
    curator: keyring.addFromUri(`${secret}//curator`),
    provider: (key) => keyring.addFromUri(`${secret}//provider//${key}`),
    beneficiary: (index) => keyring.addFromUri(`${secret}//beneficiary//${index}`),
  };
}
