// The project's own workflows can run on GitHub: the test command
// never sits in an unprivileged container (it makes debootstrap chroots and
// mount namespaces), and the action runs via `uses: ./` with the real
// installer on x86_64 Linux, arm64 Linux and macOS, on every pull request and
// before every release.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = path.join(root, '.github/workflows')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  'runs-on'?: string
  container?: string | { image: string; options?: string }
  strategy?: { matrix?: Record<string, unknown> }
  uses?: string
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}

const workflows = Object.fromEntries(
  readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => [name, parse(readFileSync(path.join(dir, name), 'utf8')) as Workflow])
)
const allJobs = Object.entries(workflows).flatMap(([file, workflow]) => Object.entries(workflow.jobs).map(([name, job]) => ({ file, name, job })))

/** The runner labels a job runs on: its `runs-on`, or the matrix values it names. */
function runnerLabels(job: Job): string[] {
  const label = job['runs-on'] ?? ''
  const fromMatrix = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(label)?.[1]
  if (!fromMatrix) return [label]
  const values = job.strategy?.matrix?.[fromMatrix]
  return Array.isArray(values) ? values.map(String) : []
}

describe('.github/workflows', () => {
  test('every job that runs the test command is on a VM or in a privileged container', () => {
    const testing = allJobs.filter(({ job }) => (job.steps ?? []).some(step => /\bnpm test\b/.test(step.run ?? '')))
    expect(testing.length).toBeGreaterThan(0)
    for (const { file, name, job } of testing) {
      const container = job.container
      if (container === undefined) continue
      const options = typeof container === 'string' ? '' : (container.options ?? '')
      expect({ job: `${file}:${name}`, privileged: /--privileged\b/.test(options) }).toEqual({ job: `${file}:${name}`, privileged: true })
    }
  })

  test('the test jobs cover each toolchain of scripts/test.mjs', () => {
    const testing = allJobs.find(({ job }) => (job.steps ?? []).some(step => step.run === 'npm test'))
    expect(testing?.job.strategy?.matrix?.['toolchain']).toEqual(['bookworm', 'trixie', 'sid'])
  })

  test('the action runs via `uses: ./` with the real installer on x86_64 Linux, arm64 Linux and macOS', () => {
    const labels = allJobs
      .filter(({ job }) => (job.steps ?? []).some(step => step.uses === './' && step.with?.['install'] === true && step.with['install-url'] === undefined))
      .flatMap(({ job }) => runnerLabels(job))
    expect(labels).toEqual(expect.arrayContaining(['ubuntu-latest', 'ubuntu-24.04-arm', 'macos-latest']))
  })

  test('pull requests, main and releases all run test.yml, which only they call', () => {
    expect(Object.keys(workflows['test.yml']?.on ?? {})).toEqual(['workflow_call'])
    const callers = allJobs.filter(({ job }) => job.uses === './.github/workflows/test.yml').map(({ file }) => file)
    expect(callers.sort()).toEqual(['ci.yml', 'release.yml'])
    expect(Object.keys(workflows['ci.yml']?.on ?? {}).sort()).toEqual(['pull_request', 'push'])
  })
})
