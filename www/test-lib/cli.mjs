// The built `claimcheck` binary for browser tests that hand the page's exports to the CLI:
// $CLAIMCHECK_BIN, else the newer of target/release and target/debug (scripts/test.sh
// runs `cargo test`, which builds the debug one, before the browser tests). Null if none.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WWW } from './harness.mjs';

export function cliBinary() {
  if (process.env.CLAIMCHECK_BIN) return process.env.CLAIMCHECK_BIN;
  const found = ['release', 'debug']
    .map((profile) => join(WWW, '..', 'target', profile, 'claimcheck'))
    .filter((path) => existsSync(path))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0] ?? null;
}
