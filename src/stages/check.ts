// Stage 4: `nix flake check`, or the named checks (named-checks.ts), each in
// its own log group with its own time and result.
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { RunRecorder } from '../report.js'
import { runNix, runNixBin, currentSystem, transientAdvice, type Nix, type NixRun } from '../nix.js'
import { builderLogFor, builderLogLines, derivationName, errorSummary, failedDerivations } from '../nix-output.js'
import { checkAnnotation, compilerAnnotations, evaluationAnnotation, sourceRoot, type Annotation } from '../annotations.js'
import { runStage } from '../stage.js'
import { namedChecks } from './named-checks.js'
import { isDerivationPath } from '../store-path.js'
import { recordFlakeChecks } from '../cache/roots.js'

export function annotate(annotation: Annotation): void {
  const { message, ...properties } = annotation
  // A compiler warning in a check's log stays a warning.
  const level = /^warning\b/.test(properties.title) ? core.warning : core.error
  level(message, {
    title: properties.title,
    ...(properties.file ? { file: properties.file, startLine: properties.line, startColumn: properties.column } : {})
  })
}

/** Check names by derivation path, to title annotations after `nix flake check` fails. */
async function checkNamesByDrv(nix: Nix, flake: string, system: string): Promise<Map<string, string>> {
  const result = await runNixBin(nix, ['eval', '--json', '--no-update-lock-file', `${flake}#checks.${system}`, '--apply', 'checks: builtins.mapAttrs (name: check: check.drvPath or null) checks', ...nix.commonArgs],
    { silent: true }
  )
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

/** Explains a failed Nix run: annotations, and the error for the stage. */
export function explainFailure(run: NixRun, what: string, names: Map<string, string>, inputs: Inputs, context: RunContext): Error {
  const { output } = run.result
  const root = sourceRoot(inputs.flake, context.workspace)
  const summary = errorSummary(output)
  const failed = failedDerivations(output)
  if (failed.length > 0) {
    const titles = failed.map(drv => {
      const name = names.get(drv) ?? derivationName(drv)
      annotate(checkAnnotation(name, output, summary, drv))
      const log = builderLogFor(output, drv)
      for (const annotation of compilerAnnotations(log.length > 0 ? log : builderLogLines(output), root, context.workspace)) annotate(annotation)
      return name
    })
    const list = titles.join(', ')
    const head = what.endsWith(list) ? `${what} failed.` : `${what} failed: ${list}.`
    return new Error(`${head}\n${summary}\nThe log above has the full output; reproduce with the commands in the job summary.`)
  }
  if (run.transient) return new Error(`${what} failed: ${transientAdvice(run.transient, inputs.attempts)}\n${summary}`)
  // The position is read from the full trace when Nix hid it (see runNix).
  annotate(evaluationAnnotation(run.trace ?? output, summary, root, context.workspace))
  return new Error(`${what} failed (exit code ${run.result.exitCode}): ${summary.replace(/^error:\s*/, '')}`)
}

async function flakeCheck(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder): Promise<string> {
  const nixRun = await runNix(nix, ['flake', 'check', inputs.flake, ...inputs.checkArgs, '--no-update-lock-file'], { attempts: inputs.attempts, report })
  await recordFlakeChecks(nix, inputs.flake)
  if (nixRun.result.exitCode === 0) return 'nix flake check passed'
  const names = failedDerivations(nixRun.result.output).length > 0 ? await checkNamesByDrv(nix, inputs.flake, await currentSystem(nix)) : new Map<string, string>()
  throw explainFailure(nixRun, '`nix flake check`', names, inputs, context)
}

export async function checkStage(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder): Promise<string | void> {
  if (inputs.checks.length > 0) return namedChecks(nix, inputs, context, report)
  return runStage(report, 'check', () => flakeCheck(nix, inputs, context, report))
}
