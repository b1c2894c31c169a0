// The job summary: every stage's result and time, what was pushed, the store
// path, and the commands that reproduce the run. Written on failure too.
import * as core from '@actions/core'
import type { Report, StageStatus } from './report.js'
import { failureSections, timelineSection, withinLimit } from './summary-sections.js'

const ICON: Record<StageStatus, string> = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' }

function seconds(value: number): string {
  return value === 0 ? '–' : `${value.toFixed(1)} s`
}

export function summaryMarkdown(report: Report, failure: string | undefined): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const lines = ['## Nix Flake CI', '']
  lines.push(failure ? `**Failed:** ${escape(failure.split('\n')[0] ?? failure)}` : '**All stages passed.**', '')
  lines.push('| stage | result | time | details |', '| --- | --- | --- | --- |')
  for (const stage of report.stages) {
    lines.push(`| ${stage.name} | ${ICON[stage.status]} | ${seconds(stage.seconds)} | ${escape(stage.note)} |`)
  }
  lines.push('')
  for (const note of report.notes) lines.push(`> ${note}`, '')
  lines.push(...failureSections(report.failures), ...timelineSection(report.timeline))
  if (report.image) {
    lines.push('### Image', '', `\`${report.image.reference}\``, '')
    if (report.image.platforms) lines.push(`A multi-platform image index: ${report.image.platforms}.`, '')
    lines.push('| tag |', '| --- |')
    for (const tag of report.image.tags) lines.push(`| \`${tag}\` |`)
    lines.push('')
    if (report.provenance) {
      const { subject, digest, id, url, tlogIndex } = report.provenance
      const named = id === undefined ? 'stored' : url ? `[attestation ${id}](${url})` : `attestation ${id}`
      const logged = tlogIndex === undefined ? '' : ` (transparency log index ${tlogIndex})`
      lines.push('### Provenance', '', `Signed SLSA build provenance for \`${subject}@${digest}\`: ${named}${logged}.`, '')
    }
  } else if (report.pushDecision) {
    lines.push(`Not pushed: ${report.pushDecision}.`, '')
  }
  if (report.storePath) lines.push('### Store path', '', `\`${report.storePath}\``, '')
  if (report.commands.length > 0) {
    lines.push('### Reproduce locally', '', '```sh', ...report.commands, '```', '')
  }
  return withinLimit(lines.join('\n'))
}

export async function writeSummary(report: Report, failure: string | undefined): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return
  await core.summary.addRaw(summaryMarkdown(report, failure), true).write()
}
