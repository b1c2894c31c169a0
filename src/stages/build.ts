// Stage 5: `nix build <flake>#<package>`, reporting the store path.
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { Report } from '../report.js'
import { runNix, type Nix } from '../nix.js'
import { commandLine } from '../process.js'
import { storePathFromBuildJson } from '../nix-output.js'
import { explainFailure } from './check.js'

export async function buildStage(nix: Nix, inputs: Inputs, context: RunContext, report: Report): Promise<string> {
  const installable = `${inputs.flake}#${inputs.package}`
  const nixRun = await runNix(nix, ['build', installable, '--json', '--no-link'], {
    attempts: inputs.attempts,
    report,
    reproduce: commandLine('nix', ['build', installable])
  })
  if (nixRun.result.exitCode !== 0) {
    throw explainFailure(nixRun, `Building \`${installable}\``, new Map(), inputs, context, inputs.attempts)
  }
  const storePath = storePathFromBuildJson(nixRun.result.stdout)
  core.setOutput('store-path', storePath)
  report.storePath = storePath
  core.info(`Built ${storePath}`)
  return storePath
}
