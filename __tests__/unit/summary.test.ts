import { execFileSync } from 'node:child_process'
import { Report } from '../../src/report/report.js'
import { summaryMarkdown } from '../../src/report/summary.js'
import { commandLine } from '../../src/process.js'

const DIGEST = 'sha256:4fe848dce84eb1bc7c79bdf0e7d7750c44e10c299a3c44037b2286e02b067d22'
const REPOSITORY = 'quay.io/upgrades/k8s-cloud-tagger-dev'
const STORE_PATH = '/nix/store/2n19alnjssy0y6mjaf7w33sa32x6h17r-docker-image-k8s-cloud-tagger-dev.tar.gz'

function pushedRun(): Report {
  const report = new Report()
  report.record({ name: 'install', status: 'skipped', seconds: 0, note: 'Nix 2.8.0 is already installed' })
  report.record({ name: 'configure', status: 'passed', seconds: 0.2, note: 'flakes on, token for github.com' })
  report.record({ name: 'check', status: 'passed', seconds: 42.5, note: 'nix flake check passed' })
  report.record({ name: 'build', status: 'passed', seconds: 61.3, note: STORE_PATH })
  report.record({ name: 'push', status: 'passed', seconds: 7.9, note: '2 tag(s)' })
  report.built(STORE_PATH)
  report.pushed({ reference: `${REPOSITORY}@${DIGEST}`, digest: DIGEST, tags: [`${REPOSITORY}:sha-abc1234`, `${REPOSITORY}:latest`] })
  report.command(commandLine('nix', ['flake', 'check', '.']))
  report.command(commandLine('nix', ['build', '--no-link', '--json', '.#image-dev']))
  report.command(commandLine('skopeo', ['copy', `docker-archive:${STORE_PATH}`, `docker://${REPOSITORY}:sha-abc1234`]))
  return report
}

/** The table row of a stage, split into its cells. */
function row(markdown: string, stage: string): string[] | undefined {
  const line = markdown.split('\n').find(l => l.startsWith(`| ${stage} |`))
  return line
    ?.split(/(?<!\\)\|/)
    .slice(1, -1)
    .map(cell => cell.trim())
}

describe('summaryMarkdown', () => {
  it('has a row per stage with its result and time', () => {
    const markdown = summaryMarkdown(pushedRun(), undefined)
    // [stage, result, time, note] as pushedRun records them; a skipped stage shows no time.
    const expected: Array<[string, string, string | undefined, string]> = [
      ['install', 'skipped', undefined, 'Nix 2.8.0 is already installed'],
      ['configure', 'passed', '0.2', 'flakes on, token for github.com'],
      ['check', 'passed', '42.5', 'nix flake check passed'],
      ['build', 'passed', '61.3', STORE_PATH],
      ['push', 'passed', '7.9', '2 tag(s)']
    ]
    for (const [stage, status, seconds, note] of expected) {
      const cells = row(markdown, stage)
      expect({ stage, cells }).toEqual({
        stage,
        cells: [stage, expect.stringContaining(status), seconds === undefined ? expect.any(String) : expect.stringContaining(seconds), note]
      })
    }
  })

  it('shows passed, failed and skipped stages and why', () => {
    const report = new Report()
    report.record({ name: 'check fmt', stage: 'check', status: 'passed', seconds: 3.1, note: 'passed' })
    report.record({ name: 'check test', stage: 'check', status: 'failed', seconds: 12.4, note: 'Check test failed: check-test' })
    report.skipRest(['install', 'configure', 'check', 'build', 'push'], 'the check stage failed')
    const markdown = summaryMarkdown(report, 'The check stage failed: 1 of 2 checks failed: test\nmore detail')
    expect(row(markdown, 'check fmt')?.[1]).toContain('passed')
    expect(row(markdown, 'check test')?.[1]).toContain('failed')
    expect(row(markdown, 'check test')?.[2]).toContain('12.4')
    // `check` ran as `check fmt` and `check test`, so it is not listed as skipped.
    expect(row(markdown, 'check')).toBeUndefined()
    for (const stage of ['install', 'configure', 'build', 'push']) {
      expect(row(markdown, stage)?.[1]).toContain('skipped')
      expect(row(markdown, stage)?.[3]).toBe('the check stage failed')
    }
    expect(markdown).toContain('The check stage failed: 1 of 2 checks failed: test')
    expect(markdown).not.toContain('more detail')
    expect(markdown).not.toContain('All stages passed')
  })

  it('shows the pushed image with its digest, and every tag', () => {
    const report = pushedRun()
    const markdown = summaryMarkdown(report, undefined)
    // The image's own section, not the reproduce commands that name a tag too.
    const section = /### Image\n([\s\S]*?)(?=\n### |$)/.exec(markdown)?.[1] ?? ''
    expect(section).toContain(`${REPOSITORY}@${DIGEST}`)
    expect(section).toContain(`${REPOSITORY}:sha-abc1234`)
    expect(section).toContain(`${REPOSITORY}:latest`)
  })

  it('shows the store path', () => {
    expect(summaryMarkdown(pushedRun(), undefined)).toContain(STORE_PATH)
  })

  it('ends with a block of the commands that reproduce the run, in order', () => {
    const report = pushedRun()
    const markdown = summaryMarkdown(report, undefined)
    const block = /```sh\n([\s\S]*?)\n```/.exec(markdown)?.[1]
    expect(block?.split('\n')).toEqual(report.commands)
  })

  it('says why nothing was pushed', () => {
    const report = new Report()
    report.record({ name: 'build', status: 'passed', seconds: 1, note: '' })
    report.notPushed('`pull_request` events do not push')
    const markdown = summaryMarkdown(report, undefined)
    expect(markdown).toContain('Not pushed: `pull_request` events do not push')
    expect(markdown).not.toContain('```sh')
  })

  it('keeps a note with `|` or a line break inside its cell', () => {
    const report = new Report()
    report.record({ name: 'check', status: 'failed', seconds: 1, note: 'a | b\nc' })
    const cells = row(summaryMarkdown(report, 'x'), 'check')
    expect(cells).toHaveLength(4)
    expect(cells?.[3]).toContain('a \\| b')
  })
})

describe('reproduce commands paste into a shell as one word per argument', () => {
  it.each([
    ['a flake URL with `?` and `&`', 'github:owner/repo?dir=sub&ref=main#image-dev'],
    ['a quote', "it's"],
    ['a leading #', '#image-dev'],
    ['a space', 'a b'],
    ['command substitution', '$(id)'],
    ['plain words', '.#image-dev']
  ])('%s', (_what, arg) => {
    const line = commandLine('printf', ['%s\\n', '--flag', arg, 'last'])
    const words = execFileSync('/bin/sh', ['-c', line], { encoding: 'utf8' }).split('\n').slice(0, -1)
    expect(words).toEqual(['--flag', arg, 'last'])
  })

  it('leaves ordinary arguments unquoted', () => {
    expect(commandLine('nix', ['build', '--no-link', '--json', '.#image-dev'])).toBe('nix build --no-link --json .#image-dev')
  })
})
