// `plan: true`: one evaluation of the flake's checks for the systems in
// `runners`, the checks already built left out, the rest as the output
// `matrix` for a job matrix whose jobs are ordinary runs of the action with
// `checks: ${{ matrix.checks }}`.
//
// "Already built" is any of: the outputs are valid in this store, or held by
// a substituter Nix is configured with (the restored entry of main's runs is
// one), or the Actions cache has the entry a matrix job saves under a hash of
// its checks' derivations, which it saves only when they all passed.
//
// What two or more pending checks of a system share and nobody built goes
// first: the checks covering it become the output `first-wave`, whose job
// the matrix waits for (plan/first-wave.ts says why checks, and the cost).
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import { isCheckName } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { runNix, type Nix } from '../nix/command.js'
import { planChecksExpression, parsePlannedChecks, type PlannedCheck } from '../nix/check-output.js'
import { explainFailure } from '../nix/failure.js'
import { StageError } from '../errors.js'
import { alreadyBuilt, storesToAsk } from '../nix/substitutable.js'
import { groupChecks, matrixEntries, qualifiedName, type MatrixEntry, type MatrixJob } from '../plan/matrix.js'
import { checkEntryPrefix, checkSetKey } from '../cache/keys.js'
import { entriesFound } from '../cache/check-entries.js'
import { sharedWork } from '../nix/shared-derivations.js'
import { firstWave } from '../plan/first-wave.js'

export interface MatrixPlan {
  matrix: MatrixEntry[]
  /** The jobs the matrix waits for: one per system, the checks that build what matrix jobs share. */
  firstWave: MatrixEntry[]
  checks: number
  cached: number
}

function failPlan(report: RunRecorder, message: string): never {
  report.record({ name: 'plan', status: 'failed', seconds: 0, note: message.split('\n')[0] ?? message })
  throw new StageError('plan', message)
}

/** The matrix job's key, as the job computes it when it saves (cache-restore.ts, save.ts). */
export const jobKey = (flake: string, job: MatrixJob): string =>
  checkSetKey(
    checkEntryPrefix(flake, job.system),
    job.checks.map(check => check.drv)
  )

export async function planMatrix(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder): Promise<MatrixPlan> {
  const systems = inputs.runners.map(runner => runner.system)
  const attr = `${inputs.flake}#checks`
  const evaluation = await runNix(nix, ['eval', '--json', '--no-update-lock-file', attr, '--apply', planChecksExpression(systems)], {
    attempts: inputs.attempts,
    report
  })
  if (evaluation.result.exitCode !== 0) failPlan(report, explainFailure(evaluation, `Evaluating ${attr}`, new Map(), inputs, context, report).message)
  const { checks, unplanned, refused } = parsePlannedChecks(evaluation.result.stdout, systems, isCheckName)
  if (refused.length > 0) failPlan(report, refused.join('\n'))
  if (checks.length === 0 && unplanned.length > 0) {
    failPlan(
      report,
      `\`runners\` has no label for ${unplanned.map(u => u.system).join(', ')}, the systems ${inputs.flake} has checks for; add a \`system=label\` line for each to plan.`
    )
  }
  if (unplanned.length > 0) {
    const note = `Not planned (no label in \`runners\`): ${unplanned.map(u => `${u.count} check(s) of ${u.system}`).join(', ')}.`
    core.notice(note)
    report.warn(note)
  }

  const stores = await storesToAsk(nix)
  const where = new Map<string, string>(await alreadyBuilt(nix, stores, checks))
  const pending = checks.filter(check => !where.has(check.drv))
  const { closures, frontierOf } = await sharedWork(nix, stores, pending)
  const early = new Set(firstWave(pending, closures, frontierOf))
  // One first-wave job per system: its key is a hash of its checks'
  // derivations like any matrix job's, which the next plan asks for.
  const waveJobs: MatrixJob[] = [...new Set([...early].map(check => check.system))].map(system => ({
    system,
    checks: pending.filter(check => check.system === system && early.has(check))
  }))
  const jobs = [...waveJobs, ...groupChecks(pending.filter(check => !early.has(check)))]
  const keys = new Map(jobs.map(job => [job, jobKey(inputs.flake, job)]))
  const found = inputs.cache ? await entriesFound([...keys.values()], context.runnerTemp) : new Set<string>()
  for (const job of jobs) {
    if (found.has(keys.get(job) ?? '')) for (const check of job.checks) where.set(check.drv, 'in the cache of an earlier matrix job')
  }
  const planned = jobs.filter(job => !found.has(keys.get(job) ?? ''))
  const plannedWave = planned.filter(job => waveJobs.includes(job))
  const plannedMatrix = planned.filter(job => !waveJobs.includes(job))
  const wave = matrixEntries(plannedWave, inputs.runners)
  const matrix = matrixEntries(plannedMatrix, inputs.runners)
  listChecks(
    checks,
    [
      { what: 'first-wave job', jobs: plannedWave, entries: wave },
      { what: 'job', jobs: plannedMatrix, entries: matrix }
    ],
    where,
    report
  )
  return { matrix, firstWave: wave, checks: checks.length, cached: checks.length - planned.reduce((sum, job) => sum + job.checks.length, 0) }
}

/** Jobs of one wave, and their entries in the same order. */
interface Wave {
  what: string
  jobs: readonly MatrixJob[]
  entries: readonly MatrixEntry[]
}

/** Every check with its job or where it is already built: in the log, and as the summary's rows. */
function listChecks(checks: readonly PlannedCheck[], waves: readonly Wave[], where: ReadonlyMap<string, string>, report: RunRecorder): void {
  const jobOf = new Map<string, string>()
  for (const { what, jobs, entries } of waves) {
    jobs.forEach((job, index) => {
      const entry = entries[index]
      if (entry === undefined) return
      const label = `${what} ${index + 1} of ${entries.length} (\`${entry.checks.length > 60 ? `${entry.checks.slice(0, 57)}...` : entry.checks}\` on ${entry['runs-on']})`
      for (const check of job.checks) jobOf.set(check.drv, label)
    })
  }
  for (const check of checks) {
    const note = jobOf.get(check.drv) ?? `cached: ${where.get(check.drv) ?? 'built'}`
    core.info(`${qualifiedName(check)}: ${note}`)
    report.record({ name: `check ${qualifiedName(check)}`, stage: 'plan', status: 'skipped', seconds: 0, note })
  }
}
