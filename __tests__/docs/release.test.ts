// .github/workflows/release.yml is what makes `uses: upgrades/nix-flake-ci@v1`
// resolve: on a version tag it checks dist/ and the tests, then moves the
// major tag. The script that moves the tag is run here for real, in a
// scratch repository whose `origin` is a local bare one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface Step {
  uses?: string
  run?: string
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  /** A job that calls a reusable workflow has no steps of its own. */
  uses?: string
  steps?: Step[]
}
const workflow = parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push?: { tags?: string[] } }
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}
const jobs = Object.entries(workflow.jobs)
const runs = (job: Job): string => (job.steps ?? []).map(step => step.run ?? '').join('\n')
const needs = (job: Job): string[] => (job.needs === undefined ? [] : ([] as string[]).concat(job.needs))

/** Every job `name` waits for, directly or not. */
function before(name: string): Set<string> {
  const seen = new Set<string>()
  const visit = (job: string): void => {
    const needed = workflow.jobs[job]
    if (needed === undefined) throw new Error(`release.yml has no job ${job}`)
    for (const need of needs(needed)) {
      if (!seen.has(need)) {
        seen.add(need)
        visit(need)
      }
    }
  }
  visit(name)
  return seen
}

const moverJob = jobs.find(([, job]) => /git push -f origin/.test(runs(job)))
if (moverJob === undefined) throw new Error('release.yml has no job that moves the tag (git push -f origin)')
const [moverName, mover] = moverJob
const moveStep = (mover.steps ?? []).find(step => /git tag -f/.test(step.run ?? ''))
if (moveStep === undefined) throw new Error(`release.yml: job ${moverName} has no step that runs git tag -f`)

describe('release.yml', () => {
  test('runs on pushes of semantic-version tags only', () => {
    expect(Object.keys(workflow.on)).toEqual(['push'])
    expect(workflow.on.push?.tags).toEqual(['v*.*.*'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  test('checks that dist/ on the tag equals a fresh build', () => {
    const dist = jobs.find(([, job]) => /git diff --exit-code dist\//.test(runs(job)))
    expect(dist).toBeDefined()
    const commands = dist ? runs(dist[1]) : ''
    expect(commands.indexOf('npm ci')).toBeGreaterThanOrEqual(0)
    expect(commands.indexOf('npm ci')).toBeLessThan(commands.indexOf('npm run package'))
    expect(commands.indexOf('npm run package')).toBeLessThan(commands.indexOf('git diff --exit-code dist/'))
    expect(before(moverName)).toContain(dist?.[0])
  })

  test('runs the tests (test.yml, as ci.yml does) before the tag moves', () => {
    const tests = jobs.find(([, job]) => job.uses === './.github/workflows/test.yml')
    expect(tests).toBeDefined()
    expect(before(moverName)).toContain(tests?.[0])
    const called = parse(readFileSync(path.join(root, '.github/workflows/test.yml'), 'utf8')) as { jobs: Record<string, Job> }
    expect(Object.values(called.jobs).some(job => (job.steps ?? []).some(step => step.run === 'npm test'))).toBe(true)
  })

  test('only the job that moves the tag may write, and only contents', () => {
    expect(mover.permissions).toEqual({ contents: 'write' })
    for (const [name, job] of jobs) if (name !== moverName) expect(job.permissions).toBeUndefined()
    expect(moveStep.env?.['TAG']).toBe('${{ github.ref_name }}')
  })
})

describe('moving the major tag (the workflow step, run in a scratch repository)', () => {
  let dir: string
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' }
    }).trim()

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nfci-release-'))
    git(dir, 'init', '-q', '--bare', 'origin.git')
    git(dir, 'init', '-q', 'work')
    git(path.join(dir, 'work'), 'remote', 'add', 'origin', path.join(dir, 'origin.git'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  /** Commits, tags and pushes `tag`, then runs the step as the runner would on that tag's checkout. */
  function release(tag: string): string {
    const work = path.join(dir, 'work')
    writeFileSync(path.join(work, 'file'), tag)
    git(work, 'add', 'file')
    git(work, 'commit', '-q', '-m', tag)
    git(work, 'tag', '-a', tag, '-m', tag)
    git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`)
    git(work, 'checkout', '-q', '--detach', tag)
    const script = path.join(dir, 'step.sh')
    writeFileSync(script, moveStep?.run ?? '')
    // The shell GitHub runs `run:` with by default.
    execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: work, env: { ...process.env, TAG: tag }, stdio: 'pipe' })
    return git(work, 'rev-parse', 'HEAD')
  }
  const remoteTag = (name: string): string | undefined =>
    git(dir, '--git-dir', path.join(dir, 'origin.git'), 'for-each-ref', '--format=%(objectname) %(*objectname)', `refs/tags/${name}`)
      .split(' ')
      .filter(Boolean)
      .pop()

  test('v1.0.0 creates v1 and v1.1.0 moves it', () => {
    const first = release('v1.0.0')
    expect(remoteTag('v1')).toBe(first)
    const second = release('v1.1.0')
    expect(second).not.toBe(first)
    expect(remoteTag('v1')).toBe(second)
  })

  test('a pre-release moves nothing', () => {
    const stable = release('v1.0.0')
    release('v1.1.0-rc.1')
    expect(remoteTag('v1')).toBe(stable)
  })

  test('a fix to an older line does not pull the major tag back', () => {
    release('v1.2.0')
    const newest = release('v1.3.0')
    release('v1.2.1')
    expect(remoteTag('v1')).toBe(newest)
  })

  test('v2.0.0 starts v2 and leaves v1 alone', () => {
    const one = release('v1.4.0')
    const two = release('v2.0.0')
    expect(remoteTag('v1')).toBe(one)
    expect(remoteTag('v2')).toBe(two)
  })
})
