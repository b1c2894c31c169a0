// Stage 4: `nix flake check`, in its own log group with its own time and
// result (the named checks, `checks:`, are named-checks.ts).
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { runNix, runNixBin, currentSystem, type Nix } from '../nix/command.js'
import { failedDerivations } from '../nix/output.js'
import { explainFailure } from '../nix/failure.js'
import { runStage } from '../stage.js'
import { isDerivationPath } from '../nix/store-path.js'
import type { BuildRoots } from '../cache/roots.js'

/**
 * The flake's checks by derivation path, from one evaluation of
 * `checks.<system>`: the roots the cache keeps (`nix flake check` says nothing
 * of what it built) and the titles of annotations when a check failed.
 * Evaluated only when one of those needs it.
 */
async function checksByDrv(nix: Nix, flake: string): Promise<Map<string, string> | undefined> {
  const apply = 'checks: builtins.mapAttrs (name: check: check.drvPath or null) checks'
  const args = ['eval', '--json', '--no-update-lock-file', '--no-write-lock-file', `${flake}#checks.${await currentSystem(nix)}`, '--apply', apply]
  const result = await runNixBin(nix, [...args, ...nix.commonArgs], { silent: true })
  if (result.exitCode !== 0) return undefined
  const names = new Map<string, string>()
  try {
    // The flake's own strings: only real derivation paths are kept.
    for (const [name, drv] of Object.entries(JSON.parse(result.stdout) as Record<string, unknown>)) if (isDerivationPath(drv)) names.set(drv, name)
  } catch {
    // Not an attribute set: no checks to keep, titles fall back to derivation names.
  }
  return names
}

async function flakeCheck(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder, roots: BuildRoots | undefined): Promise<string> {
  const nixRun = await runNix(nix, ['flake', 'check', inputs.flake, ...inputs.checkArgs, '--no-update-lock-file'], { attempts: inputs.attempts, report })
  const failed = nixRun.result.exitCode !== 0 && failedDerivations(nixRun.result.output).length > 0
  const checks = roots || failed ? await checksByDrv(nix, inputs.flake) : new Map<string, string>()
  if (roots) {
    if (checks) roots.record(checks.keys())
    // Its error is the check stage's to report; here only that the cache lacks the checks.
    else core.info("Could not list the flake's checks for the cache; it keeps what the other commands recorded.")
  }
  if (nixRun.result.exitCode === 0) return 'nix flake check passed'
  throw explainFailure(nixRun, '`nix flake check`', failed && checks ? checks : new Map<string, string>(), inputs, context, report)
}

export async function checkStage(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder, roots: BuildRoots | undefined): Promise<string> {
  return runStage(report, 'check', () => flakeCheck(nix, inputs, context, report, roots))
}
