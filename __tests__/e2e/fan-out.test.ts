// Fan-out across runners: a plan job (`plan: true`) evaluates the flake once
// and sets `matrix`; each matrix job is an ordinary run with `checks:` on a
// fresh runner (its own empty store, the same store directory, as every
// GitHub-hosted runner has /nix/store), sharing only the Actions cache.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commitAll, makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startCacheService, type CacheService } from '../../test-support/cache-server.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pushToMain } from '../../test-support/scenario.js'
import { callLine, makeToolWrappers, type ToolWrappers } from '../../test-support/tool-wrappers.js'
import { makeFanOutFlake } from '../../scripts/bench/fan-out-flake.js'

interface MatrixEntry {
  system: string
  'runs-on': string
  checks: string
}

let service: CacheService
// One runner home for every run (the cache's paths live under it), emptied
// for each fresh runner; one store directory, emptied too.
let home: string
let machine: string
// Every nix and skopeo the action starts, recorded.
let wrappers: ToolWrappers

beforeAll(async () => {
  service = await startCacheService()
  home = mkdtempSync(path.join(os.tmpdir(), 'nfci-fan-out-home-'))
  machine = mkdtempSync(path.join(os.tmpdir(), 'nfci-fan-out-nix-'))
  wrappers = makeToolWrappers(undefined, ['nix', 'nix-store', 'skopeo'])
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await service?.stop()
  rmSync(home, { recursive: true, force: true })
  rmSync(machine, { recursive: true, force: true })
  wrappers?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

const RUNNERS = 'x86_64-linux=ubuntu-latest'

/** Where a runner keeps its home (RUNNER_TEMP is `<home>/work/_temp`) and the checkout. */
interface RunnerLayout {
  home: string
  workspace: string
}

/** A run on a fresh runner: empty store, the cache service; an empty home unless the checkout lives in it. */
function onFreshRunner(repo: Pick<FlakeRepo, 'dir'>, sha: string, inputs: Record<string, string>, where?: RunnerLayout): Promise<ActionRun> {
  if (!where) rmSync(home, { recursive: true, force: true })
  rmSync(machine, { recursive: true, force: true })
  mkdirSync(machine, { recursive: true })
  wrappers.reset()
  const env = {
    PATH: wrappers.path,
    NIX_CONFIG: ACTION_NIX_CONFIG,
    NIX_STORE_DIR: path.join(machine, 'store'),
    NIX_STATE_DIR: path.join(machine, 'var', 'nix'),
    NIX_LOG_DIR: path.join(machine, 'var', 'log', 'nix'),
    ...service.env
  }
  return runAction({ workspace: where?.workspace ?? repo.dir, home: where?.home ?? home, event: pushToMain(sha), inputs, env })
}

function plan(repo: Pick<FlakeRepo, 'dir' | 'sha'>, sha = repo.sha): Promise<ActionRun> {
  return onFreshRunner(repo, sha, { plan: 'true', runners: RUNNERS })
}

function matrixOf(run: ActionRun, output = 'matrix'): MatrixEntry[] {
  expect(run.main.exitCode).toBe(0)
  return JSON.parse(run.outputs[output] ?? 'null') as MatrixEntry[]
}

/** A matrix job, as `checks: ${{ matrix.checks }}` with `build: false` runs it. */
function matrixJob(repo: Pick<FlakeRepo, 'dir' | 'sha'>, entry: MatrixEntry, sha = repo.sha): Promise<ActionRun> {
  return onFreshRunner(repo, sha, { checks: entry.checks, build: 'false' })
}

/** Derivations Nix built in a run (the store is not /nix/store here). */
const derivationsBuilt = (log: string): string[] => [...log.matchAll(/^building '([^']+\.drv)'/gm)].map(match => match[1] ?? '')

const checksOf = (matrix: readonly MatrixEntry[]) => matrix.flatMap(entry => entry.checks.split(','))

describe('a plan, its matrix jobs, and the next plan', () => {
  let repo: FlakeRepo
  beforeAll(async () => {
    repo = await makeFlakeRepo({ variant: { salt: `fan-out-${Date.now()}` } })
  })
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  afterAll(() => repo?.cleanup())

  test('the plan lists every check and builds none; each job passes on a fresh store; the next plan is empty; a changed check alone comes back', async () => {
    const first = await plan(repo)
    const matrix = matrixOf(first)
    // Its checks share nothing to build: no first wave.
    expect(matrixOf(first, 'first-wave')).toEqual([])
    expect(checksOf(matrix).sort()).toEqual(['x86_64-linux.clippy', 'x86_64-linux.fmt', 'x86_64-linux.test'])
    expect(matrix.every(entry => entry.system === 'x86_64-linux' && entry['runs-on'] === 'ubuntu-latest')).toBe(true)
    expect(derivationsBuilt(first.log)).toEqual([])
    // One evaluation of the flake, and nothing built or checked.
    const calls = wrappers.calls().map(callLine)
    expect(calls.filter(line => /^nix eval\b.*#checks\b/.test(line))).toHaveLength(1)
    expect(calls.filter(line => /^nix (build|flake check)\b/.test(line))).toEqual([])
    // The substituters are read once for the whole plan.
    expect(calls.filter(line => /^nix show-config\b/.test(line))).toHaveLength(1)
    // The flake's aarch64-linux checks have no runner label: said, not planned.
    expect(first.annotations.some(a => a.level === 'notice' && /aarch64-linux/.test(a.message))).toBe(true)
    for (const name of ['fmt', 'clippy', 'test']) expect(first.summary).toMatch(new RegExp(`check x86_64-linux\\.${name} \\|[^\\n]*job \\d of 3`))

    for (const [index, entry] of matrix.entries()) {
      const job = await matrixJob(repo, entry)
      expect(job.main.exitCode).toBe(0)
      expect(job.post?.exitCode).toBe(0)
      // Its own check only: the others are other jobs'.
      expect(
        derivationsBuilt(job.log)
          .map(drv => /-check-(\w+)\.drv$/.exec(drv)?.[1])
          .filter(Boolean)
      ).toEqual([entry.checks.split('.')[1]])
      // After the first, each starts from what an earlier matrix job saved.
      if (index > 0) expect(job.log).toMatch(/restored nix-flake-ci-v2-checks-x86_64-linux-\S+ \(another matrix job's\)/)
      expect(job.log).toMatch(/Saved \d+ store path\(s\) .* as nix-flake-ci-v2-checks-x86_64-linux-/)
    }

    const next = await plan(repo)
    expect(matrixOf(next)).toEqual([])
    expect(derivationsBuilt(next.log)).toEqual([])
    for (const name of ['fmt', 'clippy', 'test']) expect(next.summary).toMatch(new RegExp(`check x86_64-linux\\.${name} \\|[^\\n]*cached`))

    // One check's script changes: that check alone comes back.
    const script = path.join(repo.flakeDir, 'nix', 'fmt.sh')
    writeFileSync(script, `${readFileSync(script, 'utf8')}\n# formatted with a newer rustfmt\n`)
    const sha = await commitAll(repo.dir, 'fmt: newer rustfmt')
    const changed = await plan(repo, sha)
    expect(checksOf(matrixOf(changed))).toEqual(['x86_64-linux.fmt'])
  })
})

describe('matrix jobs on runners whose home is elsewhere (macOS: /Users/runner)', () => {
  test('the next plan, on a runner whose home is /home/runner, finds what they saved', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'nfci-fan-out-homes-'))
    const repo = await makeFlakeRepo({ variant: { salt: 'fan-out-homes' } })
    try {
      // As GitHub lays a runner out: the checkout at <home>/work/<repo>/<repo>, RUNNER_TEMP at <home>/work/_temp.
      const runnerAt = (top: string): RunnerLayout => {
        const runnerHome = path.join(root, top, 'runner')
        const workspace = path.join(runnerHome, 'work', 'repo', 'repo')
        cpSync(repo.dir, workspace, { recursive: true })
        return { home: runnerHome, workspace }
      }
      const linux = runnerAt('home')
      const macos = runnerAt('Users')
      const planned = matrixOf(await onFreshRunner(repo, repo.sha, { plan: 'true', runners: RUNNERS }, linux))
      expect(planned).toHaveLength(3)
      for (const entry of planned) {
        const job = await onFreshRunner(repo, repo.sha, { checks: entry.checks, build: 'false' }, macos)
        expect(job.main.exitCode).toBe(0)
        expect(job.log).toMatch(/Saved \d+ store path\(s\) .* as nix-flake-ci-v2-checks-x86_64-linux-/)
      }
      expect(matrixOf(await onFreshRunner(repo, repo.sha, { plan: 'true', runners: RUNNERS }, linux))).toEqual([])
    } finally {
      await repo.cleanup()
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('a failing check in the matrix', () => {
  test('fails its own job, with its annotation; the others pass; the next plan lists it alone', async () => {
    const repo = await makeFlakeRepo({ variant: { salt: `fan-out-fail-${Date.now()}`, failingCheck: 'clippy' } })
    try {
      const matrix = matrixOf(await plan(repo))
      expect(matrix).toHaveLength(3)
      for (const entry of matrix) {
        const job = await matrixJob(repo, entry)
        if (entry.checks === 'x86_64-linux.clippy') {
          expect(job.main.exitCode).not.toBe(0)
          expect(job.annotations.some(a => a.level === 'error' && a.properties['title'] === 'Check clippy failed')).toBe(true)
          expect(job.log).toMatch(/Not saving .*checks did not all pass/)
        } else {
          expect(job.main.exitCode).toBe(0)
          expect(job.annotations.filter(a => a.level === 'error')).toEqual([])
        }
      }
      expect(checksOf(matrixOf(await plan(repo)))).toEqual(['x86_64-linux.clippy'])
    } finally {
      await repo.cleanup()
    }
  })
})

describe('a first wave for what the checks share', () => {
  test('the plan puts the check covering the shared libraries first; the matrix jobs after it build only their own check; each new path is saved once', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-first-wave-'))
    try {
      // Three checks, each needing both libraries (and the core below them).
      const shape = { checks: 3, libs: 2, coreLoops: 1000, libLoops: 1000, checkLoops: 1000, coreKiB: 16, libKiB: 16 }
      const repo = { dir, sha: makeFanOutFlake(dir, 'x86_64-linux', `first-wave-${Date.now()}`, shape) }
      const planned = await plan(repo)
      const wave = matrixOf(planned, 'first-wave')
      const matrix = matrixOf(planned)
      expect(wave).toEqual([{ system: 'x86_64-linux', 'runs-on': 'ubuntu-latest', checks: 'x86_64-linux.c000' }])
      expect(checksOf(matrix).sort()).toEqual(['x86_64-linux.c001', 'x86_64-linux.c002'])
      expect(derivationsBuilt(planned.log)).toEqual([])
      expect(planned.summary).toMatch(/check x86_64-linux\.c000 \|[^\n]*first-wave job 1 of 1/)

      const names = (run: ActionRun) =>
        derivationsBuilt(run.log)
          .map(drv => path.basename(drv).slice(33, -'.drv'.length))
          .sort()
      const savedCount = (run: ActionRun) => Number(/Saved (\d+) store path\(s\)/.exec(run.log)?.[1] ?? 0)
      const firstJob = await matrixJob(repo, wave[0] as MatrixEntry)
      expect(firstJob.main.exitCode).toBe(0)
      expect(names(firstJob)).toEqual(['check-c000', 'core', 'lib0', 'lib1'])
      const saved = [savedCount(firstJob)]

      // GitHub starts the matrix jobs together once the first wave is done:
      // each restores the first wave's entry, the newest of the system's.
      const together = service.startTogether()
      try {
        for (const entry of matrix) {
          const job = await matrixJob(repo, entry)
          expect(job.main.exitCode).toBe(0)
          expect(job.post?.exitCode).toBe(0)
          expect(job.log).toMatch(/restored nix-flake-ci-v2-checks-x86_64-linux-\S+ \(another matrix job's\)/)
          // Its own check only: the libraries came from the first wave.
          expect(names(job)).toEqual([`check-${entry.checks.split('.')[1] ?? ''}`])
          saved.push(savedCount(job))
        }
      } finally {
        together()
      }
      // Each new path saved once: the first wave core, the libraries and its
      // check; each matrix job its check's output alone.
      expect(saved).toEqual([4, 1, 1])
      const next = await plan(repo)
      expect(matrixOf(next)).toEqual([])
      expect(matrixOf(next, 'first-wave')).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
