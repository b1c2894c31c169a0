// What this job's own Nix commands evaluated and built: the roots of what
// the cache saves as "built here". The stages that build record their
// derivations (named checks' drvs, the package's and skopeo's drvPath from
// `nix build --json`, the flake's checks for `nix flake check`); post saves
// the build closures of those, never a diff of the store, which on a
// self-hosted machine whose runners share one store would count another
// job's builds as ours.
//
// Appended to a file under RUNNER_TEMP line by line as they are known, so
// post finds them even after main was killed. Nothing is recorded unless
// the cache stage started recording (a run that will save).
import { appendFileSync } from 'node:fs'
import { isDerivationPath, isStorePath as isAnyStorePath, storeDir } from '../nix/store-path.js'

export const STORE_DIR = storeDir()

let rootsFile: string | undefined
let checkSetFile: string | undefined

export function startRecordingRoots(file: string): void {
  rootsFile = file
}

/** A matrix job: its entry's key is a hash of the checks' derivations, known once they all passed. */
export function startRecordingCheckSet(file: string): void {
  checkSetFile = file
}

/** Records that the named checks, these derivations, all passed: a matrix job may save its entry under their key. */
export function recordCheckSetPassed(drvs: Iterable<unknown>): void {
  if (!checkSetFile) return
  const lines = [...drvs].filter(drv => isStorePath(drv, true))
  if (lines.length > 0) appendFileSync(checkSetFile, lines.map(line => `${line}\n`).join(''))
}

export function recordingRoots(): boolean {
  return rootsFile !== undefined
}

/** Whether `value` is a store path (a derivation when `drv`), and nothing that could be read as anything else. */
export function isStorePath(value: unknown, drv = false): value is string {
  return drv ? isDerivationPath(value) : isAnyStorePath(value) && !value.endsWith('.drv')
}

/** Records derivations (`drvs`) and outputs this job asked Nix for; anything that is not a store path is dropped. */
export function recordRoots(drvs: Iterable<unknown>, outputs: Iterable<unknown> = []): void {
  if (!rootsFile) return
  const lines = [...[...drvs].filter(drv => isStorePath(drv, true)), ...[...outputs].filter(out => isStorePath(out))]
  if (lines.length > 0) appendFileSync(rootsFile, lines.map(line => `${line}\n`).join(''))
}

/** Records the derivations and outputs of `nix build --json`'s output (a list of `{drvPath, outputs}`). */
export function recordBuildJson(stdout: string): void {
  if (!rootsFile) return
  try {
    const built = JSON.parse(stdout) as { drvPath?: unknown; outputs?: Record<string, unknown> }[]
    recordRoots(
      built.map(item => item.drvPath),
      built.flatMap(item => Object.values(item.outputs ?? {}))
    )
  } catch {
    // Not JSON (a failed build): nothing of it to keep.
  }
}
