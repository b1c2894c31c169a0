// What a failed Nix run means for the user: annotations on the lines to fix
// (a stale hash, a failed check's compiler errors, an evaluation error's
// position), a section of the job summary per failure, and the error the
// failing stage reports. Used by check, named checks and build.
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { transientAdvice, type NixRun } from './command.js'
import { derivationName, errorSummary, failedBuilds, failedDerivations } from './output.js'
import { hashMismatches, resourceAdvice, resourceFailure, type HashMismatch } from './failure-kind.js'
import { hashForms } from './hash-forms.js'
import { localFlake } from './flake-ref.js'
import { compilerAnnotations, evaluationAnnotation, sourceRoot, type Annotation } from '../report/annotations.js'
import { evaluationDetail, failedBuild, staleHash, type Explained } from '../report/failure-details.js'
import { findHash, lockedInputs } from '../report/hash-location.js'
import { escapeControl } from '../report/log-text.js'
import { fenced } from '../report/summary-sections.js'

// GitHub shows 10 error annotations per step (and 50 per job) and drops the
// rest; past that they are said in the log, and one is left for the step's
// own failure. Messages are clipped likewise.
export const MAX_ERRORS = 9
export const MAX_MESSAGE_CHARS = 4000
let errorsShown = 0

export function annotate(annotation: Annotation): void {
  const { message, ...properties } = annotation
  // A compiler warning in a check's log stays a warning.
  const warning = /^warning\b/.test(properties.title)
  if (!warning && errorsShown >= MAX_ERRORS) {
    core.info(`Not annotated (GitHub shows 10 errors per step): ${escapeControl(properties.title)}`)
    return
  }
  if (!warning) errorsShown++
  const text = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}\n… (cut short; the log has all of it)` : message
  ;(warning ? core.warning : core.error)(text, {
    title: properties.title,
    ...(properties.file ? { file: properties.file, startLine: properties.line, startColumn: properties.column } : {})
  })
}

function publish(explained: Explained, report: RunRecorder): void {
  for (const annotation of explained.annotations) annotate(annotation)
  report.explain(explained.detail)
}

/** A stale fixed-output hash, annotated where the repository writes it. */
export function explainHashMismatch(mismatch: HashMismatch, name: string, inputs: Inputs, context: RunContext, report: RunRecorder): void {
  const specified = hashForms(mismatch.specified)
  const root = sourceRoot(inputs.flake, context.workspace)
  const locations = specified && root ? findHash(root, context.workspace, specified) : []
  const flakeDir = localFlake(inputs.flake, context.workspace)?.flakeDir
  publish(staleHash(mismatch, name, { specified, got: hashForms(mismatch.got) }, locations, flakeDir ? lockedInputs(flakeDir) : []), report)
}

/** A derivation that failed to build: its annotation, its section, and compiler errors in its log. */
export function explainFailedBuild(build: Parameters<typeof failedBuild>[0], inputs: Inputs, context: RunContext, report: RunRecorder): void {
  publish(failedBuild(build), report)
  for (const annotation of compilerAnnotations(build.log, sourceRoot(inputs.flake, context.workspace), context.workspace)) annotate(annotation)
}

/** Derivations that failed only because one they need failed (every Nix version's wording). */
function dependants(output: string): number {
  return [...output.matchAll(/dependencies of derivation '[^']+' failed to build|Reason: \d+ dependenc(?:y|ies) failed/g)].length
}

/** Explains a failed Nix run: annotations, summary sections, and the error for the stage. */
export function explainFailure(run: NixRun, what: string, names: Map<string, string>, inputs: Inputs, context: RunContext, report: RunRecorder): Error {
  const { output } = run.result
  const summary = errorSummary(output)
  const mismatches = hashMismatches(output)
  // A fixed-output derivation whose hash is stale is that, not also a failed build.
  const failed = failedDerivations(output).filter(drv => !mismatches.some(mismatch => mismatch.drv === drv))
  const nameOf = (drv: string) => names.get(drv) ?? derivationName(drv)
  if (mismatches.length > 0 || failed.length > 0) {
    for (const mismatch of mismatches) explainHashMismatch(mismatch, nameOf(mismatch.drv), inputs, context, report)
    const others = dependants(output)
    for (const { drv, message, log } of failedBuilds(output).filter(build => failed.includes(build.drv))) {
      explainFailedBuild({ name: nameOf(drv), check: names.has(drv), message, log, dependants: others }, inputs, context, report)
    }
    const list = [...mismatches.map(m => `stale hash in ${nameOf(m.drv)}`), ...failed.map(nameOf)].join(', ')
    const head = what.endsWith(list) ? `${what} failed.` : `${what} failed: ${list}.`
    return new Error(`${head}\n${summary}\nThe log above has the full output; reproduce with the commands in the job summary.`)
  }
  if (run.transient) return new Error(`${what} failed: ${transientAdvice(run.transient, inputs.attempts)}\n${summary}`)
  // Nix itself out of disk (writing to the store), or killed (an evaluation out of memory): no builder failed.
  const resource = resourceFailure(run.result.exitCode === 137 ? 'failed due to signal 9' : '', summary.split('\n'))
  if (resource) {
    const title = resource.kind === 'disk' ? 'Nix ran out of disk' : 'Nix was killed'
    const advice = resourceAdvice(resource).replace(/^The builder was/, 'Nix was')
    annotate({ title, message: `${advice}\n\n${summary}` })
    report.explain({ title, markdown: `${advice}\n\n${fenced(summary)}` })
    return new Error(`${what} failed: ${title.toLowerCase().replace(/^nix/, 'Nix')} (exit code ${run.result.exitCode}).\n${summary}`)
  }
  // The position is read from the full trace when Nix hid it (see runNix).
  const annotation = evaluationAnnotation(run.trace ?? output, summary, sourceRoot(inputs.flake, context.workspace), context.workspace)
  annotate(annotation)
  report.explain(evaluationDetail(annotation))
  return new Error(`${what} failed (exit code ${run.result.exitCode}): ${summary.replace(/^error:\s*/, '')}`)
}
