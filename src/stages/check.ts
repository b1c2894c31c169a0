// Stage 4: `nix flake check`, in its own log group with its own time and
// result (the named checks, `checks:`, are named-checks.ts).
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { runNix, runNixBin, currentSystem, type Nix } from '../nix/command.js'
import { failedDerivations } from '../nix/output.js'
import { explainFailure } from '../nix/failure.js'
import { runStage } from '../stage.js'
import { isDerivationPath } from '../nix/store-path.js'
import { recordFlakeChecks } from '../cache/roots.js'

/** Check names by derivation path, to title annotations after `nix flake check` fails. */
async function checkNamesByDrv(nix: Nix, flake: string, system: string): Promise<Map<string, string>> {
  const apply = 'checks: builtins.mapAttrs (name: check: check.drvPath or null) checks'
  const result = await runNixBin(nix, ['eval', '--json', '--no-update-lock-file', `${flake}#checks.${system}`, '--apply', apply, ...nix.commonArgs], { silent: true })
  const names = new Map<string, string>()
  if (result.exitCode !== 0) return names
  try {
    // The flake's own strings: only real derivation paths are matched against Nix's output.
    for (const [name, drv] of Object.entries(JSON.parse(result.stdout) as Record<string, unknown>)) if (isDerivationPath(drv)) names.set(drv, name)
  } catch {
    // titles fall back to derivation names
  }
  return names
}

async function flakeCheck(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder): Promise<string> {
  const nixRun = await runNix(nix, ['flake', 'check', inputs.flake, ...inputs.checkArgs, '--no-update-lock-file'], { attempts: inputs.attempts, report })
  await recordFlakeChecks(nix, inputs.flake)
  if (nixRun.result.exitCode === 0) return 'nix flake check passed'
  const names = failedDerivations(nixRun.result.output).length > 0 ? await checkNamesByDrv(nix, inputs.flake, await currentSystem(nix)) : new Map<string, string>()
  throw explainFailure(nixRun, '`nix flake check`', names, inputs, context)
}

export async function checkStage(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder): Promise<string> {
  return runStage(report, 'check', () => flakeCheck(nix, inputs, context, report))
}
