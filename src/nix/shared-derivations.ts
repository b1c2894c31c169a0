// What the pending checks of a plan share and nobody has built: the
// derivations in the build closures of two or more checks of a system whose
// outputs are neither valid here nor substitutable. Read with the legacy
// `nix-store --query`, one store path a line from Nix 2.8 to 2.34, by exit
// code and path shape only.
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { runNixBin, type Nix } from './command.js'
import type { PlannedCheck } from './check-output.js'
import { isDerivationPath, isStorePath } from './store-path.js'
import { alreadyBuilt, type StoreToAsk } from './substitutable.js'
import { eachLimited } from '../limited.js'
import { frontier, sharedDerivations } from '../plan/first-wave.js'

export interface SharedWork {
  /** Each pending check's build closure (its .drv files, its own among them), by the check's derivation. */
  closures: Map<string, Set<string>>
  /** Per system: the uncached shared derivations not below another one. */
  frontierOf: Map<string, Set<string>>
}

/** One `nix-store --query` of `drv`: the store paths it prints, or undefined when it fails. */
async function query(nixStore: Nix, flag: string, drv: string): Promise<string[] | undefined> {
  const result = await runNixBin(nixStore, ['--query', flag, drv], { silent: true })
  return result.exitCode === 0 ? result.stdout.split('\n').filter(line => isStorePath(line)) : undefined
}

const drvsOf = (paths: readonly string[]): Set<string> => new Set(paths.filter(line => isDerivationPath(line)))

/** Nothing shared when nix-store is not beside nix or a query fails: the plan then has no first wave. */
export async function sharedWork(nix: Nix, stores: readonly StoreToAsk[], pending: readonly PlannedCheck[]): Promise<SharedWork> {
  const none: SharedWork = { closures: new Map(), frontierOf: new Map() }
  const bin = path.join(path.dirname(nix.bin), 'nix-store')
  if (pending.length < 2) return none
  if (!existsSync(bin)) {
    core.info(`No nix-store beside ${nix.bin}: no first wave (the matrix jobs build what their checks share).`)
    return none
  }
  const nixStore: Nix = { ...nix, bin }
  const closures = new Map<string, Set<string>>()
  await eachLimited(pending, 4, async check => {
    const closure = await query(nixStore, '--requisites', check.drv)
    if (closure !== undefined) closures.set(check.drv, drvsOf(closure))
  })
  if (closures.size < pending.length) {
    core.info('Could not read every pending check’s build closure: no first wave.')
    return none
  }
  const sharedOf = new Map<string, Set<string>>()
  for (const system of new Set(pending.map(check => check.system))) {
    const own = pending.filter(check => check.system === system).map(check => closures.get(check.drv) ?? new Set<string>())
    sharedOf.set(system, sharedDerivations(own))
  }
  const shared = [...new Set([...sharedOf.values()].flatMap(drvs => [...drvs]))]
  const outputs: { drv: string; outputs: string[] }[] = []
  await eachLimited(shared, 8, async drv => {
    const paths = await query(nixStore, '--outputs', drv)
    if (paths !== undefined && paths.length > 0) outputs.push({ drv, outputs: paths })
  })
  // As for checks: valid here or substitutable is built.
  const built = await alreadyBuilt(nix, stores, outputs, true)
  const unbuilt = outputs.map(item => item.drv).filter(drv => !built.has(drv))
  const below = new Map<string, Set<string>>()
  await eachLimited(unbuilt, 4, async drv => {
    below.set(drv, drvsOf((await query(nixStore, '--requisites', drv)) ?? []))
  })
  const frontierOf = new Map<string, Set<string>>()
  for (const [system, drvs] of sharedOf) {
    const left = new Set([...drvs].filter(drv => below.has(drv)))
    frontierOf.set(system, frontier(left, below))
  }
  return { closures, frontierOf }
}
