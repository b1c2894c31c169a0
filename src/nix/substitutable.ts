// Which checks' outputs a plan need not build: valid in this store, or held
// by a substituter Nix is configured with (the restored cache's among them).
// Read by exit codes: `nix path-info` fails when any path it is given is not
// in the store it asks.
import { runNixBin, type Nix } from './command.js'
import type { PlannedCheck } from './check-output.js'
import { eachLimited, heldByHalves } from '../limited.js'

/** The substituters Nix would use, from `nix show-config --json` (one shape from Nix 2.8 to 2.34). */
export function substitutersOf(showConfigJson: string): string[] {
  try {
    const value = (JSON.parse(showConfigJson) as { substituters?: { value?: unknown } }).substituters?.value
    return Array.isArray(value) ? value.filter((url): url is string => typeof url === 'string' && url !== '') : []
  } catch {
    return []
  }
}

/** A store a plan asks, and what to say of a path found there; `store` undefined is this machine's. */
export type StoreToAsk = [store: string | undefined, where: string]

/** This machine's store, then each substituter Nix is configured with: read once per plan. */
export async function storesToAsk(nix: Nix): Promise<StoreToAsk[]> {
  const result = await runNixBin(nix, ['show-config', '--json'], { silent: true })
  const urls = result.exitCode === 0 ? substitutersOf(result.stdout) : []
  return [[undefined, 'in this store'], ...urls.map((url): StoreToAsk => [url, 'substitutable'])]
}

/** Whether every path is in `store` (undefined: this machine's store). */
async function holds(nix: Nix, store: string | undefined, paths: readonly string[]): Promise<boolean> {
  // The store goes in NIX_CONFIG, not on the command line: the restored
  // cache's loopback URL stays out of process listings (child-env.ts).
  const asked = store === undefined ? nix : { ...nix, settings: [...nix.settings, `store = ${store}`] }
  const result = await runNixBin(asked, ['path-info', ...nix.commonArgs, '--', ...paths], { silent: true })
  return result.exitCode === 0
}

/**
 * Where each check's (or derivation's) outputs already are: its derivation
 * to `this store` or `a substituter`. All of a store's checks are asked in one
 * process first (the common answer on an unchanged flake is "all there" or
 * "none"), then one at a time only when that fails. `mostlyBuilt` (the
 * derivations a plan's checks share: most come from the substituters, as a
 * toolchain does) asks halves of the groups refused instead, far fewer
 * processes for thousands of derivations of which a few are not built.
 */
export async function alreadyBuilt(
  nix: Nix,
  stores: readonly StoreToAsk[],
  checks: readonly Pick<PlannedCheck, 'drv' | 'outputs'>[],
  mostlyBuilt = false
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const [store, where] of stores) {
    const left = checks.filter(check => !found.has(check.drv))
    if (left.length === 0) break
    if (mostlyBuilt) {
      for (const check of await heldByHalves(left, 4, group =>
        holds(
          nix,
          store,
          group.flatMap(item => item.outputs)
        )
      ))
        found.set(check.drv, where)
      continue
    }
    if (
      await holds(
        nix,
        store,
        left.flatMap(check => check.outputs)
      )
    ) {
      for (const check of left) found.set(check.drv, where)
      continue
    }
    if (left.length === 1) continue
    await eachLimited(left, 4, async check => {
      if (await holds(nix, store, check.outputs)) found.set(check.drv, where)
    })
  }
  return found
}
