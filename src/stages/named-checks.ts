// The named checks (`checks: fmt, test`): one evaluation of the flake for all
// of them, one `nix build --keep-going` of their derivations, then each check
// in its own log group with its own time, result and annotations.
//
// Building each check by its flake attribute evaluated the flake once per
// check, plus once to find misspelt names: three evaluations for two checks.
// The derivations the evaluation names build with no evaluation at all.
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { runNix, runNixBin, currentSystem, transientAdvice, type Nix, type NixRun } from '../nix/command.js'
import { commandLine, withCommandsStopped } from '../process.js'
import { derivationName, errorSummary } from '../nix/output.js'
import { hashMismatches } from '../nix/failure-kind.js'
import { stdoutSink, type LogSink } from '../report/log-sink.js'
import { StageError } from '../errors.js'
import { escapeControl } from '../report/log-text.js'
import {
  bareDerivationBuilt,
  checkOutcomes,
  InternalJsonLog,
  namedChecksExpression,
  parseNamedChecks,
  type CheckOutcome,
  type NamedCheck
} from '../nix/check-output.js'
import { explainFailedBuild, explainFailure, explainHashMismatch } from '../nix/failure.js'
import type { BuildRoots } from '../cache/roots.js'

/** Passes Nix's internal-json log to a reader, line by line, and shows what Nix would have shown. */
class InternalJsonSink implements LogSink {
  private partial = ''
  constructor(private readonly log: InternalJsonLog) {}

  write(text: string): void {
    const lines = (this.partial + text).split('\n')
    this.partial = lines.pop() ?? ''
    for (const line of lines) {
      const shown = this.log.line(line, Date.now())
      if (shown !== undefined) stdoutSink.write(`${shown}\n`)
    }
  }

  later(action: () => void): void {
    stdoutSink.later(action)
  }
}

const quoted = (names: readonly string[]) => names.map(name => `\`${name}\``).join(', ')

function failStage(report: RunRecorder, message: string): never {
  report.record({ name: 'check', status: 'failed', seconds: 0, note: message.split('\n')[0] ?? message })
  throw new StageError('check', message)
}

/** The one evaluation: each named check's derivation, and the names the flake has. */
async function evaluateChecks(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder, system: string): Promise<NamedCheck[]> {
  const attr = `${inputs.flake}#checks.${system}`
  const evaluation = await runNix(nix, ['eval', '--json', '--no-update-lock-file', attr, '--apply', namedChecksExpression(inputs.checks)], {
    attempts: inputs.attempts
  })
  if (evaluation.result.exitCode !== 0) failStage(report, explainFailure(evaluation, `Evaluating ${attr}`, new Map(), inputs, context, report).message)
  const { available, checks, unknown, refused } = parseNamedChecks(evaluation.result.stdout, inputs.checks)
  // A check that is not a derivation (an option-shaped or multi-line drvPath)
  // could only be passed to Nix as an argument it was never meant to be.
  if (refused.length > 0) failStage(report, refused.join('\n'))
  // Said before anything is built, so a misspelt name costs no build.
  if (unknown.length > 0) {
    failStage(report, `\`checks\` names ${quoted(unknown)}, which ${inputs.flake} does not have in checks.${system}; it has ${quoted(available)}.`)
  }
  return checks
}

/**
 * One build of every check's derivation. A bare `.drv` path builds its
 * outputs on Nix 2.8 and means the file itself on newer Nix, where the
 * outputs are `<drv>^*` (which 2.8 cannot parse): what Nix did with the bare
 * path says which it is.
 */
async function buildChecks(nix: Nix, inputs: Inputs, report: RunRecorder, checks: readonly NamedCheck[], system: string) {
  // After `--` a path is never an option, whatever it holds (parseNamedChecks checked them too).
  const args = ['build', '--no-link', '--json', '--keep-going', '--log-format', 'internal-json', '--']
  const reproduce = commandLine('nix', [
    'build',
    '-L',
    '--keep-going',
    ...checks.map(check => `${inputs.flake}#checks.${system}.${check.name}`),
    '--no-update-lock-file'
  ])
  let log = new InternalJsonLog()
  let build = await runNix(nix, [...args, ...checks.map(check => check.drv)], { attempts: inputs.attempts, report, reproduce, sink: new InternalJsonSink(log) })
  if (!bareDerivationBuilt(build.result.exitCode, build.result.stdout)) {
    log = new InternalJsonLog()
    build = await runNix(nix, [...args, ...checks.map(check => `${check.drv}^*`)], { attempts: inputs.attempts, sink: new InternalJsonSink(log) })
  }
  return { log, build }
}

/** Outputs in the store, asked check by check (`nix path-info` fails on any path not there). */
async function validOutputs(nix: Nix, checks: readonly NamedCheck[]): Promise<Set<string>> {
  const valid = new Set<string>()
  await Promise.all(
    checks.map(async check => {
      if (check.outputs.length === 0) return
      const result = await runNixBin(nix, ['path-info', ...nix.commonArgs, '--', ...check.outputs], { silent: true })
      if (result.exitCode === 0) for (const output of check.outputs) valid.add(output)
    })
  )
  return valid
}

/** A check's log comes from the code under test: workflow commands in it stay switched off. */
function printUntrusted(lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return Promise.resolve()
  // eslint-disable-next-line @typescript-eslint/require-await -- async so that a throw still reaches the `finally` that resumes commands
  return withCommandsStopped(stdoutSink, async () => {
    stdoutSink.write(`${lines.join('\n')}\n`)
  })
}

/**
 * A failed check's annotations and summary section: a stale hash where the
 * repository writes it (once, though several checks need it), else the
 * derivation that failed first, with its log.
 */
function explainCheck(
  outcome: CheckOutcome,
  errors: readonly string[],
  explained: Set<string>,
  inputs: Inputs,
  context: RunContext,
  report: RunRecorder
): string {
  const { check } = outcome
  const mismatches = hashMismatches(errors.join('\n'))
  if (mismatches.length > 0) {
    for (const mismatch of mismatches.filter(m => !explained.has(m.drv))) {
      explained.add(mismatch.drv)
      explainHashMismatch(mismatch, derivationName(mismatch.drv), inputs, context, report)
    }
    return `Check ${check.name} failed: stale hash in ${mismatches.map(m => derivationName(m.drv)).join(', ')}.`
  }
  const dependency = outcome.failedDependencies[0]
  const first = dependency ? derivationName(dependency) : undefined
  explainFailedBuild(
    { name: check.name, check: true, message: errors.join('\n'), log: outcome.log, ...(first ? { firstFailed: first } : {}) },
    inputs,
    context,
    report
  )
  return first ? `Check ${check.name} failed: it needs ${first}, which failed.` : `Check ${check.name} failed.`
}

async function reportCheck(
  outcome: CheckOutcome,
  log: InternalJsonLog,
  explained: Set<string>,
  inputs: Inputs,
  context: RunContext,
  report: RunRecorder
): Promise<void> {
  const { check, status, seconds } = outcome
  let note = 'passed'
  await core.group(`check ${check.name}`, async () => {
    if (outcome.dropped > 0) core.info(`(${outcome.dropped} earlier lines left out; \`nix log ${escapeControl(outcome.logOf ?? '')}\` has them all)`)
    await printUntrusted(outcome.log)
    if (status === 'passed') {
      // A check whose outputs were already in the store (built by an earlier
      // run, or taken from the cache) took no time of its own.
      note = outcome.built ? 'passed' : 'passed (already built)'
      core.info(outcome.built ? `Check ${check.name} passed in ${seconds.toFixed(1)} s.` : `Check ${check.name} passed: it was already built.`)
      return
    }
    const related = [check.drv, ...outcome.failedDependencies]
    const errors = log.errors.filter(error => related.some(drv => error.includes(drv)))
    await printUntrusted(errors)
    note = explainCheck(outcome, errors, explained, inputs, context, report)
    // Said in the log, not as another annotation: GitHub shows only the first ten of a step.
    core.info(escapeControl(note))
  })
  report.record({ name: `check ${check.name}`, stage: 'check', status, seconds, note })
}

export async function namedChecks(nix: Nix, inputs: Inputs, context: RunContext, report: RunRecorder, roots: BuildRoots | undefined): Promise<string> {
  if (inputs.checkArgs.length > 0) {
    core.warning('`check-args` are arguments of `nix flake check`; with `checks` set, the checks are built with `nix build` and they are not used.')
  }
  // `<system>.<name>` (a plan's matrix job) names the system; else the runner's own.
  const system = inputs.checksSystem ?? (await currentSystem(nix))
  const { checks, log, build } = await core.group(`named checks: evaluate and build ${inputs.checks.join(', ')}`, async () => {
    const checks = await evaluateChecks(nix, inputs, context, report, system)
    roots?.record(
      checks.map(check => check.drv),
      checks.flatMap(check => check.outputs)
    )
    return { checks, ...(await buildChecks(nix, inputs, report, checks, system)) }
  })
  report.timed(log.timed())
  if (build.result.exitCode !== 0 && build.transient) failStage(report, `Building the checks failed: ${transientAdvice(build.transient, inputs.attempts)}`)
  const valid = build.result.exitCode === 0 ? new Set<string>() : await validOutputs(nix, checks)
  const outcomes = checkOutcomes(checks, build.result.exitCode, log, valid)
  const explained = new Set<string>()
  for (const outcome of outcomes) await reportCheck(outcome, log, explained, inputs, context, report)
  const failed = outcomes.filter(outcome => outcome.status === 'failed').map(outcome => outcome.check.name)
  if (failed.length > 0) throw new StageError('check', `${failed.length} of ${checks.length} checks failed: ${failed.join(', ')}`)
  if (build.result.exitCode !== 0) throw new StageError('check', unexplained(build, log))
  roots?.checkSetPassed(checks.map(check => check.drv))
  return `${checks.length} checks passed`
}

/** Nix failed, yet every check's outputs are there. */
function unexplained(build: NixRun, log: InternalJsonLog): string {
  return `\`nix build\` of the checks failed (exit code ${build.result.exitCode}) though every check's outputs are in the store: ${errorSummary(log.errors.join('\n'))}`
}
