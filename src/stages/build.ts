// Stage 5: `nix build <flake>#<package>`, reporting the store path.
//
// The build starts while the checks run (pipeline.ts): neither changes the
// other's result, and a 2-core runner spends much of a check waiting. Its
// output is held back and shown in its own group once the checks are done.
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { runNix, type Nix, type NixRun } from '../nix/command.js'
import { commandLine } from '../process.js'
import type { LogSink } from '../report/log-sink.js'
import { storePathFromBuildJson } from '../nix/output.js'
import { explainFailure } from '../nix/failure.js'
import { escapeControl } from '../report/log-text.js'
import type { BuildRoots } from '../cache/roots.js'

export function installable(inputs: Inputs): string {
  return `${inputs.flake}#${inputs.package}`
}

export function startBuild(nix: Nix, inputs: Inputs, sink: LogSink, signal: AbortSignal, roots: BuildRoots | undefined): Promise<NixRun> {
  // Recorded for the cache as soon as it is built, even if a check fails.
  return runNix(nix, ['build', installable(inputs), '--json', '--no-link', '--no-update-lock-file'], { attempts: inputs.attempts, sink, signal }).then(run => {
    roots?.recordBuildJson(run.result.stdout)
    return run
  })
}

/** The store path of a finished build, or an error that says what went wrong. */
export function finishBuild(nixRun: NixRun, inputs: Inputs, context: RunContext, report: RunRecorder): string {
  // Recorded here, not at the start, so the commands read in the order a user
  // runs them; with the lock-file flag, as the build ran, so a local run
  // evaluates the same inputs.
  report.command(commandLine('nix', ['build', installable(inputs), '--no-update-lock-file']))
  if (nixRun.result.exitCode !== 0) {
    throw explainFailure(nixRun, `Building \`${installable(inputs)}\``, new Map(), inputs, context, report)
  }
  const storePath = storePathFromBuildJson(nixRun.result.stdout)
  core.setOutput('store-path', storePath)
  report.built(storePath)
  core.info(`Built ${escapeControl(storePath)}`)
  return storePath
}
