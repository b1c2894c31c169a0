// The job summary's sections about a failure and about time: each failure
// explained, the slowest derivations (folded), and the cut that keeps the
// summary under GitHub's limit of 1 MiB per step.
import type { FailureDetail, TimedDerivation } from './report.js'

/** Rows of the timeline: the slowest derivations are where the time went. */
export const TIMELINE_ROWS = 10

/** GitHub refuses a step summary over 1 MiB; this leaves room for the note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024

/** A fence for `text` that no run of backticks inside it can close. */
export function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(run => run[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${info}\n${text}\n${fence}`
}

export function failureSections(failures: readonly FailureDetail[]): string[] {
  if (failures.length === 0) return []
  const lines = ['### What failed', '']
  for (const failure of failures) lines.push(`#### ${failure.title.replace(/\n/g, ' ')}`, '', failure.markdown, '')
  return lines
}

function duration(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`
}

export function timelineSection(timeline: readonly TimedDerivation[]): string[] {
  if (timeline.length === 0) return []
  const shown = timeline.slice(0, TIMELINE_ROWS)
  const title =
    timeline.length > shown.length
      ? `the ${shown.length} slowest of ${timeline.length} derivations`
      : `${timeline.length} derivation${timeline.length === 1 ? '' : 's'}`
  const lines = ['<details><summary>Timeline: ' + title + ' built or substituted</summary>', '', '| derivation | | time |', '| --- | --- | --- |']
  for (const entry of shown) lines.push(`| \`${entry.name.replace(/[`|]/g, '_')}\` | ${entry.kind} | ${duration(entry.seconds)} |`)
  lines.push('', '</details>', '')
  return lines
}

/** `markdown` cut to GitHub's limit, at a line, with a note saying so. */
export function withinLimit(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown
  let cut = Buffer.from(markdown, 'utf8').subarray(0, limit).toString('utf8')
  // A partial character decodes as U+FFFD; a partial line is dropped whole.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  // An open fence would swallow the note.
  const fences = cut.match(/^`{3,}/gm) ?? []
  const close = fences.length % 2 === 1 ? `\n${fences.at(-1) ?? '```'}` : ''
  return `${cut}${close}\n\n> The summary was cut here: GitHub keeps at most 1 MiB of it. The job's log has everything.\n`
}
