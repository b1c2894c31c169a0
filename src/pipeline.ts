// The main step: check the inputs (plan/plan.ts), then run the stages in
// order. Each stage is its own module; this file decides which run and in
// what order, and hands each what the earlier ones returned.
import * as core from '@actions/core'
import type { Inputs } from './plan/inputs.js'
import type { RunContext } from './plan/context.js'
import { StageError, errorMessage } from './errors.js'
import type { PushDecision } from './plan/push-policy.js'
import { plan, type Plan } from './plan/plan.js'
import { Report } from './report/report.js'
import { runStage, stageFailed } from './stage.js'
import { updateState } from './state.js'
import { writeSummary } from './report/summary.js'
import type { Nix } from './nix/command.js'
import type { BuildRoots } from './cache/roots.js'
import type { HeadStart } from './nix/head-start.js'
import { installStage } from './stages/install.js'
import { configureStage } from './stages/configure.js'
import { checkStage } from './stages/check.js'
import { namedChecks } from './stages/named-checks.js'
import { finishBuild, startBuild } from './stages/build.js'
import { DeferredSink } from './report/log-sink.js'
import { attestPushed } from './stages/attest.js'
import type { Pushed } from './registry/publish.js'
import { REFUSE_FLAKE_CONFIG, codeIsUntrusted } from './runner/untrusted-code.js'
import { warnUnisolatedBuilds } from './runner/build-isolation.js'
import { checkLockedInputs } from './stages/locked-inputs.js'

/** Masks the secrets before anything else can print them. */
export function maskSecrets(): void {
  for (const name of ['github-token', 'password', 'cache-signing-key']) {
    const value = core.getInput(name)
    if (value !== '') core.setSecret(value)
  }
  const user = core.getInput('username')
  const password = core.getInput('password')
  // skopeo's auth file holds base64(user:password); mask that form too.
  if (password !== '') core.setSecret(Buffer.from(`${user}:${password}`).toString('base64'))
}

const STAGES = ['install', 'configure', 'cache restore', 'check', 'build', 'push']

/** Runs the stages; returns what was pushed, if anything. */
async function stages(
  { inputs, context, push, tags, sources, buildSkopeo, skopeo: runnerSkopeo }: Plan,
  report: Report,
  headStart?: HeadStart
): Promise<Pushed | undefined> {
  // Said in the summary whatever happens later; a failed push says so itself.
  if (!push.push) report.notPushed(push.reason)
  // A combine job (`manifest-from`, nothing to check or build) needs skopeo
  // alone: no Nix to install and no Nix cache to restore, unless skopeo is
  // built. Any other job installs and configures Nix, for later steps too.
  const combineOnly = inputs.manifestFrom.length > 0 && !inputs.check && !inputs.build && !buildSkopeo
  const { nix, roots } = combineOnly ? { nix: undefined, roots: undefined } : await prepareNix(inputs, context, push, report, headStart)
  if (!nix) for (const stage of ['install', 'configure', 'cache restore']) report.skip(stage, 'a combine job (`manifest-from`) needs skopeo only')

  if (nix && (inputs.check || inputs.build || inputs.plan)) await lockedInputs(nix, inputs, context, report)
  if (nix && inputs.plan) {
    await planStage(nix, inputs, context, report)
    return undefined
  }

  // Push code (skopeo, image archives) is loaded only by runs that push. The
  // registry login waits for the push stage: no credentials are on disk
  // while the flake's code (checks, build, a stream script) runs.
  let skopeo = runnerSkopeo ?? 'skopeo'
  if (buildSkopeo && nix) {
    skopeo = await runStage(
      report,
      'skopeo',
      async () => {
        const { provideSkopeo } = await import('./registry/skopeo-locate.js')
        return provideSkopeo(nix, inputs, roots)
      },
      { note: bin => `built from ${inputs.skopeoFlake}: ${bin}` }
    )
  }
  const pushModule = push.push ? await import('./stages/push.js') : undefined

  // The build runs alongside the checks; its log waits for them (build.ts).
  const building = inputs.build && nix ? startBuildAlongside(nix, inputs, roots) : undefined
  try {
    if (inputs.check && nix && inputs.checks.length > 0) await namedChecks(nix, inputs, context, report, roots)
    else if (inputs.check && nix) await checkStage(nix, inputs, context, report, roots)
    else report.skip('check', '`check: false`')
  } catch (error) {
    building?.abort.abort()
    await building?.done
    throw error
  }

  if (!building) {
    report.skip('build', '`build: false`')
    if (pushModule && sources.length > 0) {
      const { pushIndexStage } = await import('./stages/push-index.js')
      return runStage(
        report,
        'push',
        () => {
          core.info(`Combining ${sources.join(', ')} into one image index: ${push.reason}.`)
          return pushIndexStage(skopeo, sources, tags, inputs, context, report)
        },
        { note: pushed => `image index of ${sources.length} platforms, ${pushed.references.length} tag(s), ${pushed.digest.slice(0, 19)}…` }
      )
    } else {
      // The log says why nothing is pushed, as it does when a build ran.
      core.info(`Not pushing: ${push.reason}.`)
      report.skip('push', push.reason)
    }
    return undefined
  }
  const storePath = await runStage(
    report,
    'build',
    async () => {
      building.sink.release()
      return finishBuild(await building.done, inputs, context, report)
    },
    { startedAt: building.startedAt }
  )

  if (!pushModule) {
    core.info(`Not pushing: ${push.reason}.`)
    report.skip('push', push.reason)
    return undefined
  }
  return runStage(
    report,
    'push',
    () => {
      core.info(`Pushing: ${push.reason}.`)
      return pushModule.pushStage(skopeo, storePath, tags, inputs, context, report)
    },
    { note: pushed => `${pushed.references.length} tag(s), ${pushed.digest.slice(0, 19)}…` }
  )
}

/** `plan: true`: the matrix instead of check, build and push. */
async function planStage(nix: Nix, inputs: Inputs, context: RunContext, report: Report): Promise<void> {
  const { planMatrix } = await import('./stages/plan-matrix.js')
  const planned = await runStage(report, 'plan', () => planMatrix(nix, inputs, context, report), {
    note: ({ matrix, firstWave, checks, cached }) =>
      `${checks} check(s): ${firstWave.length > 0 ? `${firstWave.length} first-wave job(s), ` : ''}${matrix.length} matrix job(s), ${cached} cached`
  })
  core.setOutput('matrix', JSON.stringify(planned.matrix))
  core.setOutput('first-wave', JSON.stringify(planned.firstWave))
  const why = '`plan: true`: the matrix jobs check; a job after them builds and pushes'
  for (const stage of ['check', 'build', 'push']) report.skip(stage, why)
}

/** Install, configure and cache restore: the Nix that check, build and skopeo's build use, and where they record what they built. */
async function prepareNix(
  inputs: Inputs,
  context: RunContext,
  push: PushDecision,
  report: Report,
  headStart?: HeadStart
): Promise<{ nix: Nix; roots?: BuildRoots | undefined }> {
  const installed = await runStage(report, 'install', () => installStage(inputs, context, report, headStart), { note: result => result.note })
  const installedNix: Nix = {
    bin: installed.bin,
    version: installed.version,
    commonArgs: codeIsUntrusted(context.eventName) ? [...REFUSE_FLAKE_CONFIG] : [],
    settings: []
  }
  updateState({ nixBin: installed.bin })

  // The install stage's trust check (`nix store info`) was the one Nix process
  // that opened the store: on a brand-new store it created the database alone,
  // before check and build run side by side.
  await runStage(report, 'configure', () => Promise.resolve(configureStage(inputs, context, installed.confLines)))
  // After configure: `extra-conf` may have changed the sandbox.
  if (codeIsUntrusted(context.eventName)) await warnUnisolatedBuilds(installedNix, installed.daemon, context.eventName, installed.user, report)

  if (!inputs.cache) {
    report.skip('cache restore', '`cache: false`')
    return { nix: installedNix }
  }
  const restored = await runStage(
    report,
    'cache restore',
    async () => {
      const { restoreCache } = await import('./stages/cache-restore.js')
      return restoreCache(installedNix, inputs, context, push.push)
    },
    { note: result => result.note }
  )
  // The restored entry, if any, is a substituter of every Nix command from here on.
  return { nix: { ...installedNix, settings: restored.settings }, roots: restored.roots }
}

/**
 * Before anything evaluates the flake: an input flake.lock does not pin is
 * refused before Nix could fetch it. A failure is the first stage's that
 * would have evaluated the flake; a pass is only a line in the log.
 */
async function lockedInputs(nix: Nix, inputs: Inputs, context: RunContext, report: Report): Promise<void> {
  const stage = inputs.plan ? 'plan' : inputs.check ? 'check' : 'build'
  try {
    core.info(`Flake inputs: ${await checkLockedInputs(nix, inputs, context)}`)
  } catch (error) {
    // Not a stage of its own: a pass is a log line, not a row of the summary.
    throw stageFailed(report, stage, 0, error)
  }
}

/** Starts the build now; its log is held back until the build stage's group opens. */
function startBuildAlongside(nix: Nix, inputs: Inputs, roots: BuildRoots | undefined) {
  const sink = new DeferredSink()
  const abort = new AbortController()
  const startedAt = Date.now()
  const done = startBuild(nix, inputs, sink, abort.signal, roots)
  return { sink, abort, startedAt, done }
}

export async function runMain(headStart?: HeadStart): Promise<void> {
  maskSecrets()
  core.setOutput('pushed', 'false')
  let planned: Plan
  try {
    planned = await plan()
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }
  const report = new Report()
  let failure: string | undefined
  try {
    const pushed = await stages(planned, report, headStart)
    const notPushed = planned.push.push ? 'the push stage did not run' : planned.push.reason
    if (planned.inputs.attest) await attestPushed(planned.inputs, pushed ?? notPushed, report)
    updateState({ outcome: 'succeeded' })
  } catch (error) {
    updateState({ outcome: 'failed' })
    const stage = error instanceof StageError ? error.stage : 'setup'
    failure = `The ${stage} stage failed: ${errorMessage(error)}`
    core.setFailed(failure)
    report.skipRest(planned.inputs.attest ? [...STAGES, 'attest'] : STAGES, `the ${stage} stage failed`)
  } finally {
    if (planned.inputs.summary)
      await writeSummary(report, failure).catch((error: unknown) => {
        core.warning(`Could not write the job summary: ${errorMessage(error)}`)
      })
  }
}
