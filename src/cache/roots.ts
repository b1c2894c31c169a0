// What this job's own Nix commands evaluated and built: the roots of what
// the cache saves as "built here". The stages that build record their
// derivations (named checks' drvs, the package's and skopeo's drvPath from
// `nix build --json`, the flake's checks for `nix flake check`); post saves
// the build closures of those, never a diff of the store, which on a
// self-hosted machine whose runners share one store would count another
// job's builds as ours.
//
// Appended to a file under RUNNER_TEMP line by line as they are known, so
// post finds them even after main was killed. The cache stage returns a
// BuildRoots only to a run that will save; the pipeline hands it to the
// stages that build, and a run without one records nothing.
import { appendFileSync } from 'node:fs'
import { isDerivationPath, isStorePath as isAnyStorePath, storeDir } from '../nix/store-path.js'

export const STORE_DIR = storeDir()

function append(file: string, lines: string[]): void {
  if (lines.length > 0) appendFileSync(file, lines.map(line => `${line}\n`).join(''))
}

export class BuildRoots {
  /** `checkSetFile`: a matrix job's, whose entry's key is a hash of its checks' derivations, known once they all passed. */
  constructor(
    private readonly rootsFile: string,
    private readonly checkSetFile: string | undefined
  ) {}

  /** Records derivations (`drvs`) and outputs this job asked Nix for; anything that is not a store path is dropped. */
  record(drvs: Iterable<unknown>, outputs: Iterable<unknown> = []): void {
    append(this.rootsFile, [...[...drvs].filter(drv => isStorePath(drv, true)), ...[...outputs].filter(out => isStorePath(out))])
  }

  /** Records the derivations and outputs of `nix build --json`'s output (a list of `{drvPath, outputs}`). */
  recordBuildJson(stdout: string): void {
    let built: { drvPath?: unknown; outputs?: Record<string, unknown> }[]
    try {
      built = JSON.parse(stdout) as typeof built
    } catch {
      // Not JSON (a failed build): nothing of it to keep.
      return
    }
    this.record(
      built.map(item => item.drvPath),
      built.flatMap(item => Object.values(item.outputs ?? {}))
    )
  }

  /** Records that the named checks, these derivations, all passed: a matrix job may save its entry under their key. */
  checkSetPassed(drvs: Iterable<unknown>): void {
    if (this.checkSetFile)
      append(
        this.checkSetFile,
        [...drvs].filter(drv => isStorePath(drv, true))
      )
  }
}

/** Whether `value` is a store path (a derivation when `drv`), and nothing that could be read as anything else. */
export function isStorePath(value: unknown, drv = false): value is string {
  return drv ? isDerivationPath(value) : isAnyStorePath(value) && !value.endsWith('.drv')
}
