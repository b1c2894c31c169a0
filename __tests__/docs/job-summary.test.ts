// The README shows a picture of the job summary: docs/job-summary.png, the
// summary a demo run wrote (docs/job-summary.md) rendered by
// docs/job-summary.mjs in headless Chromium. The picture cannot be compared
// pixel by pixel with anything here, so its list of sections is kept in
// docs/job-summary.json and held both to the Markdown it was made from and to
// what the code writes today for a run that checks, builds and pushes. When
// summary.ts gains or loses a section, this fails until the picture is made
// again (see docs/job-summary.mjs).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { summaryMarkdown } from '../../src/report/summary.js'
import { Report } from '../../src/report/report.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const picture = JSON.parse(read('docs/job-summary.json')) as { png: string; headings: string[] }
const headings = (markdown: string): string[] => [...markdown.matchAll(/^#{2,3} .+$/gm)].map(match => match[0])

/** A run like the demo's: every stage passed, one tag pushed. */
function pushingRun(): Report {
  const report = new Report()
  for (const name of ['install', 'configure', 'cache restore', 'check', 'build', 'push']) report.record({ name, status: 'passed', seconds: 0.2, note: '' })
  report.built('/nix/store/00000000000000000000000000000000-docker-image-app.tar')
  report.pushed({ reference: 'ghcr.io/o/app@sha256:0', digest: 'sha256:0', tags: ['ghcr.io/o/app:sha-0000000'] })
  report.command('nix flake check .')
  return report
}

describe('the job summary picture', () => {
  test('lists the sections of the Markdown it was rendered from', () => {
    expect(picture.headings).toEqual(headings(read('docs/job-summary.md')))
  })

  test('lists the sections the code writes for a pushing run today', () => {
    expect(headings(summaryMarkdown(pushingRun(), undefined))).toEqual(picture.headings)
  })

  test('is a PNG, and the renderer turns every section into a heading', async () => {
    const png = readFileSync(path.join(root, picture.png))
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const { toHtml } = (await import(path.join(root, 'docs', 'job-summary.mjs'))) as { toHtml: (markdown: string) => string }
    const html = toHtml(read('docs/job-summary.md'))
    for (const heading of picture.headings) expect(html).toContain(`>${heading.replace(/^#+ /, '')}</h`)
    expect(html).toContain('<table>')
  })

  test('the README shows it, naming its sections in the alt text', () => {
    const readme = read('README.md')
    const image = /!\[([^\]]*)\]\((docs\/job-summary\.png)\)/.exec(readme)
    expect(image).not.toBeNull()
    for (const heading of picture.headings.slice(1)) expect(image?.[1]).toContain(heading.replace(/^#+ /, ''))
  })
})
