// Turning this machine back into "a fresh runner" between two runs of the
// action: the store paths earlier runs built are deleted and skopeo's
// blob-info cache is removed, so only a restored cache can save work.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { nixEnv, runOk, run } from './fixtures.js'
import type { StoreChoice } from './own-store.js'
import { clearSkopeoBlobInfoCache } from './registry.js'

/** Every check and package output of the flake at `flakeDir` for this system. */
export async function flakeOutputs(flakeDir: string, store: StoreChoice = 'own'): Promise<string[]> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'nfci-eval-'))
  try {
    const apply =
      'sets: builtins.concatMap (s: map (d: d.outPath) (builtins.attrValues s)) [ sets.checks.${builtins.currentSystem} sets.packages.${builtins.currentSystem} ]'
    const expr = `(${apply}) (builtins.getFlake ${JSON.stringify(flakeDir)})`
    const result = await runOk('nix', ['eval', '--impure', '--json', '--expr', expr], { env: nixEnv(home, process.env, store) })
    return JSON.parse(result.stdout) as string[]
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

/** Deletes the flake's outputs from the store (this test file's, or the machine's) and forgets skopeo's pushes. */
export async function makeFreshRunner(flakeDir: string, store: StoreChoice = 'own'): Promise<string[]> {
  const outputs = await flakeOutputs(flakeDir, store)
  const home = await mkdtemp(path.join(os.tmpdir(), 'nfci-gc-'))
  try {
    const deleted = await run('nix', ['store', 'delete', ...outputs], { env: nixEnv(home, process.env, store) })
    // Paths that were never built (or are gone already) are fine; anything else is not.
    if (deleted.code !== 0 && !/is not valid|not in the Nix store/.test(deleted.stderr)) {
      throw new Error(`nix store delete failed: ${deleted.stderr}`)
    }
  } finally {
    await rm(home, { recursive: true, force: true })
  }
  await clearSkopeoBlobInfoCache(undefined, store)
  return outputs
}

/** Derivations Nix built in a run, from its `building '…drv'` lines (in whichever store). */
export function derivationsBuilt(log: string): string[] {
  return [...log.matchAll(/^building '(\/[^']+\.drv)'/gm)].map(match => match[1] ?? '')
}
