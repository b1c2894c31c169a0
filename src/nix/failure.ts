// What a failed Nix run means for the user: annotations on the lines to fix
// (a failed check's compiler errors, an evaluation error's position) and the
// error the failing stage reports. Used by check, named checks and build.
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { transientAdvice, type NixRun } from './command.js'
import { builderLogFor, builderLogLines, derivationName, errorSummary, failedDerivations } from './output.js'
import { checkAnnotation, compilerAnnotations, evaluationAnnotation, sourceRoot, type Annotation } from '../report/annotations.js'

export function annotate(annotation: Annotation): void {
  const { message, ...properties } = annotation
  // A compiler warning in a check's log stays a warning.
  const level = /^warning\b/.test(properties.title) ? core.warning : core.error
  level(message, {
    title: properties.title,
    ...(properties.file ? { file: properties.file, startLine: properties.line, startColumn: properties.column } : {})
  })
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
