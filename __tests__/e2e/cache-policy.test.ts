// Who saves the cache and how much: main's entry survives a busy
// stream of pull requests under a size cap, runs of untrusted code in the base
// branch's scope never save, and `cache-save` does what it says. Real Nix,
// the unmodified @actions/cache and the local cache service with GitHub's
// least-recently-used eviction.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startCacheService, type CacheEntry, type CacheService } from '../../test-support/cache-server.js'
import { runAction, type ActionRun, type RunnerEvent } from '../../test-support/runner.js'
import { derivationsBuilt, makeFreshRunner } from '../../test-support/fresh-runner.js'
import { ACTION_NIX_CONFIG, pushToMain } from '../../test-support/scenario.js'

let service: CacheService
let home: string

beforeAll(async () => {
  service = await startCacheService()
  home = mkdtempSync(path.join(os.tmpdir(), 'nfci-cache-policy-'))
})

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  await service?.stop()
  rmSync(home, { recursive: true, force: true })
})

function runOn(repo: FlakeRepo, event: RunnerEvent, inputs: Record<string, string>, env: Record<string, string> = service.env): Promise<ActionRun> {
  rmSync(home, { recursive: true, force: true })
  return runAction({ workspace: repo.dir, home, event, inputs, env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...env } })
}

const pullRequestNumber = (n: number, sha: string): RunnerEvent => ({
  name: 'pull_request',
  ref: `refs/pull/${n}/merge`,
  sha,
  payload: { repository: { default_branch: 'main' } }
})
const onMain = (name: string, sha: string): RunnerEvent => ({ name, ref: 'refs/heads/main', sha, payload: { repository: { default_branch: 'main' } } })
const added = (before: CacheEntry[]) => service.entries().filter(entry => !before.some(old => old.id === entry.id))

describe("main's entry", () => {
  test('survives 10 pull-request runs under a size cap, each saving only what main lacks', async () => {
    const salt = 'survive'
    const main = await makeFlakeRepo({ variant: { salt } })
    const prs: FlakeRepo[] = []
    try {
      let before = service.entries()
      const first = await runOn(main, pushToMain(main.sha), {})
      expect(first.main.exitCode).toBe(0)
      const mainEntry = added(before).find(entry => entry.key.startsWith('nix-flake-ci-v2-nix-') && !entry.key.includes('-delta-'))
      expect(mainEntry).toBeDefined()
      const mainKey = mainEntry?.key ?? ''
      const mainSize = mainEntry?.sizeBytes ?? 0

      const deltas: CacheEntry[] = []
      for (let n = 1; n <= 10; n++) {
        // Each pull request changes the image and keeps the checks.
        const pr = await makeFlakeRepo({ variant: { salt, imageMarker: `pr-${n}` } })
        prs.push(pr)
        await makeFreshRunner(pr.flakeDir)
        before = service.entries()
        const env = { ...service.env, ACTIONS_RUNTIME_TOKEN: service.tokenFor(`refs/pull/${n}/merge`, ['refs/heads/main']) }
        const run = await runOn(pr, pullRequestNumber(n, pr.sha), {}, env)
        expect(run.main.exitCode).toBe(0)
        expect(run.log).toContain(`restored ${mainKey}`)
        // The checks came from main's entry; only the image was built.
        const built = derivationsBuilt(run.log)
        expect(built.length).toBeGreaterThan(0)
        expect(built.filter(drv => /-check-/.test(drv))).toEqual([])
        const saved = added(before)
        expect(saved).toHaveLength(1)
        deltas.push(...saved)
        // Scaled down: main's entry and two deltas fit, ten do not.
        if (n === 1) service.setMaxBytes(mainSize + 2 * (saved[0]?.sizeBytes ?? 0))
      }
      for (const delta of deltas) {
        expect(delta.key).toContain('-delta-')
        expect(delta.sizeBytes).toBeLessThan(mainSize)
      }
      // The cap was reached, and what went were pull requests' deltas.
      expect(service.evictions().length).toBeGreaterThan(0)
      expect(service.entries().map(entry => entry.key)).toContain(mainKey)

      await makeFreshRunner(main.flakeDir)
      const again = await runOn(main, pushToMain(main.sha), {})
      expect(again.main.exitCode).toBe(0)
      expect(again.log).toContain(`restored ${mainKey}`)
      expect(derivationsBuilt(again.log)).toEqual([])
    } finally {
      service.setMaxBytes(Infinity)
      await main.cleanup()
      for (const pr of prs) await pr.cleanup()
    }
  })
})

describe('cache-save', () => {
  test.each(['pull_request_target', 'workflow_run', 'issue_comment'])('`auto` never saves on %s, and says why', async event => {
    const repo = await makeFlakeRepo({ variant: { salt: `untrusted-${event}` } })
    try {
      const before = service.entries()
      const run = await runOn(repo, onMain(event, repo.sha), { build: 'false' })
      expect(run.main.exitCode).toBe(0)
      expect(run.post?.exitCode).toBe(0)
      expect(derivationsBuilt(run.log).length).toBeGreaterThanOrEqual(3)
      expect(added(before)).toEqual([])
      expect(run.log).toMatch(new RegExp(`Not saving the cache: .*${event}`))
    } finally {
      await repo.cleanup()
    }
  })

  test('`never` never saves; `always` saves even where `auto` would not', async () => {
    const repo = await makeFlakeRepo({ variant: { salt: 'modes' } })
    try {
      let before = service.entries()
      const never = await runOn(repo, pushToMain(repo.sha), { build: 'false', 'cache-save': 'never' })
      expect(never.main.exitCode).toBe(0)
      expect(added(before)).toEqual([])

      await makeFreshRunner(repo.flakeDir)
      before = service.entries()
      const always = await runOn(repo, onMain('workflow_run', repo.sha), { build: 'false', 'cache-save': 'always' })
      expect(always.main.exitCode).toBe(0)
      expect(added(before)).toHaveLength(1)
    } finally {
      await repo.cleanup()
    }
  })
})

describe('a cache service that does not answer', () => {
  test('costs the job a warning: nothing restored, nothing saved, the checks pass', async () => {
    const repo = await makeFlakeRepo({ variant: { salt: 'down' } })
    try {
      // Port 1 on loopback: nothing listens there.
      const down = { ...service.env, ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }
      const run = await runOn(repo, pushToMain(repo.sha), { build: 'false' }, down)
      expect(run.main.exitCode).toBe(0)
      expect(run.post?.exitCode).toBe(0)
      expect(run.log).toMatch(/^::warning::Not restoring: .*127\.0\.0\.1:1/m)
      // Post had no cache to save: its cache group is empty.
      expect(run.log).toMatch(/::group::cache save\n::endgroup::/)
    } finally {
      await repo.cleanup()
    }
  })
})

describe('a rate-limited cache service', () => {
  test('turns a refused save into a warning, never a failure', async () => {
    // A repository past its limit: every new entry is answered 429.
    const limited = await startCacheService({ entriesPerMinute: 0 })
    const repo = await makeFlakeRepo({ variant: { salt: 'limited' } })
    try {
      const run = await runOn(repo, pushToMain(repo.sha), { build: 'false' }, limited.env)
      expect(run.main.exitCode).toBe(0)
      expect(run.post?.exitCode).toBe(0)
      expect(limited.rateLimited()).toBe(1)
      expect(limited.entries()).toEqual([])
      expect(run.log).toMatch(/^::warning::/m)
      expect(run.log).not.toMatch(/^::error::/m)
    } finally {
      await repo.cleanup()
      await limited.stop()
    }
  })
})
