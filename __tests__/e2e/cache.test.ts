// The cache's three promises on a fresh runner with the cache restored,
// with the unmodified @actions/cache talking to a local cache
// service, real Nix, skopeo and a registry.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { clearSkopeoBlobInfoCache, startRegistry, type Registry } from '../../test-support/registry.js'
import { startCacheService, type CacheService } from '../../test-support/cache-server.js'
import { runAction, type ActionRun, type RunnerEvent } from '../../test-support/runner.js'
import { derivationsBuilt, makeFreshRunner } from '../../test-support/fresh-runner.js'
import { ACTION_NIX_CONFIG, pullRequest, pushToMain, registryInputs } from '../../test-support/scenario.js'

let registry: Registry
let service: CacheService
// One runner home for every run: the cache's paths live under it, and a real
// runner's home does not move between jobs. It is emptied for a fresh runner.
let home: string

beforeAll(async () => {
  registry = await startRegistry()
  service = await startCacheService()
  home = mkdtempSync(path.join(os.tmpdir(), 'nfci-cache-home-'))
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await service?.stop()
  await registry?.stop()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  rmSync(home, { recursive: true, force: true })
})

function freshHome(): void {
  rmSync(home, { recursive: true, force: true })
}

function runOn(repo: FlakeRepo, event: RunnerEvent, inputs: Record<string, string>, extraEnv: Record<string, string> = service.env): Promise<ActionRun> {
  freshHome()
  return runAction({ workspace: repo.dir, home, event, inputs, env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...extraEnv } })
}

describe('a second run on an unchanged flake, on a fresh runner', () => {
  let repo: FlakeRepo
  beforeAll(async () => {
    repo = await makeFlakeRepo({ variant: { salt: 'cache' } })
  })
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  afterAll(() => repo?.cleanup())

  test('builds no derivation and uploads no layer', async () => {
    const image = 'upgrades/cache'
    const inputs = { ...registryInputs(registry), image }
    await clearSkopeoBlobInfoCache()
    const first = await runOn(repo, pushToMain(repo.sha), inputs)
    expect(first.main.exitCode).toBe(0)
    expect(derivationsBuilt(first.log).length).toBeGreaterThanOrEqual(4)
    expect(first.log).toMatch(/Saved \d+ store path\(s\) .* as nix-flake-ci-v2-nix-/)
    expect(first.log).toMatch(/Saved skopeo's blob-info cache .* as nix-flake-ci-v2-skopeo-/)
    expect(service.entries().filter(entry => entry.finalized)).not.toHaveLength(0)

    await makeFreshRunner(repo.flakeDir)
    const uploadsBefore = registry.uploadCount()
    const second = await runOn(repo, pushToMain(repo.sha), inputs)
    expect(second.main.exitCode).toBe(0)
    expect(second.log).toMatch(/restored nix-flake-ci-v2-nix-/)
    expect(second.log).toMatch(/restored nix-flake-ci-v2-skopeo-/)
    // Nothing built: the checks came from the cache (Nix before 2.32 copies
    // them; 2.32+ skips a check it can substitute). The cold control below
    // shows the same fresh runner builds them all without the cache.
    expect(derivationsBuilt(second.log)).toEqual([])
    expect(second.outputs['digest']).toBe(first.outputs['digest'])
    expect(registry.uploadCount() - uploadsBefore).toBe(0)

    // The control: the same fresh runner without the cache builds and uploads again.
    await makeFreshRunner(repo.flakeDir)
    const uploadsCold = registry.uploadCount()
    const cold = await runOn(repo, pushToMain(repo.sha), { ...inputs, cache: 'false' })
    expect(cold.main.exitCode).toBe(0)
    expect(derivationsBuilt(cold.log).length).toBeGreaterThanOrEqual(4)
    expect(registry.uploadCount() - uploadsCold).toBeGreaterThan(0)
  })
})

describe('three fresh runners in a row, the cache restored each time', () => {
  test('build the flake once, then nothing, then nothing; unchanged re-runs save nothing', async () => {
    // Nix 2.32+ skips a check it can substitute, so the second run fetches
    // no check: it must still keep them in what the third run restores.
    const repo = await makeFlakeRepo({ variant: { salt: 'warm' } })
    try {
      const inputs = { ...registryInputs(registry), image: 'upgrades/warm' }
      await clearSkopeoBlobInfoCache()
      const built: number[] = []
      const saved: number[] = []
      const saveLogs: string[] = []
      for (let run = 1; run <= 3; run++) {
        if (run > 1) await makeFreshRunner(repo.flakeDir)
        const before = service.entries().length
        const result = await runOn(repo, pushToMain(repo.sha), inputs)
        expect(result.main.exitCode).toBe(0)
        expect(result.post?.exitCode).toBe(0)
        built.push(derivationsBuilt(result.log).length)
        saved.push(service.entries().length - before)
        saveLogs.push(
          /::group::cache save\n([\s\S]*?)::endgroup::/
            .exec(result.log)?.[1]
            ?.split('\n')
            .filter(line => !line.startsWith('::debug'))
            .join('\n') ?? ''
        )
      }
      // What each run's post said about saving, shown when the figures below are not the expected ones.
      if (saved.join() !== '2,0,0') console.log(saveLogs.join('\n----\n'))
      expect(built[0]).toBeGreaterThanOrEqual(4)
      expect(built.slice(1)).toEqual([0, 0])
      // The first run saves the Nix paths and skopeo's knowledge of the image;
      // the next two, which built and pushed nothing new, save nothing.
      expect(saved).toEqual([2, 0, 0])
    } finally {
      await repo.cleanup()
    }
  })
})

describe('a run that builds something new on a restored cache', () => {
  test('keeps what it took from the cache in what it saves, so the next fresh runner builds nothing', async () => {
    // Nix 2.32+ does not fetch a check it can substitute: only the action's
    // own substituter knows the run relied on it.
    const salt = 'carry'
    const before = await makeFlakeRepo({ variant: { salt, imageMarker: 'one' } })
    const after = await makeFlakeRepo({ variant: { salt, imageMarker: 'two' } })
    try {
      const first = await runOn(before, pushToMain(before.sha), {})
      expect(first.main.exitCode).toBe(0)
      expect(derivationsBuilt(first.log).length).toBeGreaterThanOrEqual(4)

      // A new image, the same checks: only the image is built, and saved with the checks.
      await makeFreshRunner(after.flakeDir)
      const second = await runOn(after, pushToMain(after.sha), {})
      expect(second.main.exitCode).toBe(0)
      const builtSecond = derivationsBuilt(second.log)
      expect(builtSecond.length).toBeGreaterThan(0)
      expect(builtSecond.every(drv => !/-check-/.test(drv))).toBe(true)

      await makeFreshRunner(after.flakeDir)
      const third = await runOn(after, pushToMain(after.sha), {})
      expect(third.main.exitCode).toBe(0)
      expect(derivationsBuilt(third.log)).toEqual([])
    } finally {
      await before.cleanup()
      await after.cleanup()
    }
  })
})

describe('extra tags', () => {
  test('four tags upload what one tag does, plus one manifest each', async () => {
    const repo = await makeFlakeRepo({ variant: { imageMarker: 'tags' } })
    try {
      const inputs = { ...registryInputs(registry), cache: 'false', check: 'false' }
      await clearSkopeoBlobInfoCache()
      let uploads = registry.uploadCount()
      let manifests = registry.manifestPutCount()
      const one = await runOn(repo, pushToMain(repo.sha), { ...inputs, image: 'upgrades/one-tag', tags: 'v1' })
      expect(one.main.exitCode).toBe(0)
      const oneTag = { uploads: registry.uploadCount() - uploads, manifests: registry.manifestPutCount() - manifests }

      // skopeo's cache is emptied again: extra tags must not depend on it.
      await clearSkopeoBlobInfoCache()
      uploads = registry.uploadCount()
      manifests = registry.manifestPutCount()
      const four = await runOn(repo, pushToMain(repo.sha), { ...inputs, image: 'upgrades/four-tags', tags: 'v1, v1.2, v1.2.3, latest' })
      expect(four.main.exitCode).toBe(0)
      const fourTags = { uploads: registry.uploadCount() - uploads, manifests: registry.manifestPutCount() - manifests }

      expect(oneTag.uploads).toBeGreaterThan(0)
      expect(fourTags.uploads).toBe(oneTag.uploads)
      expect(fourTags.manifests).toBe(oneTag.manifests + 3)
      expect(await registry.tags('upgrades/four-tags')).toEqual(['latest', 'v1', 'v1.2', 'v1.2.3'])
    } finally {
      await repo.cleanup()
    }
  })
})

describe('saving', () => {
  test('begins only after the token and the registry credentials are gone', async () => {
    const repo = await makeFlakeRepo({ variant: { salt: 'order' } })
    try {
      const run = await runOn(repo, pushToMain(repo.sha), { ...registryInputs(registry), image: 'upgrades/order', 'github-token': 'ghp_order0123456789' })
      expect(run.main.exitCode).toBe(0)
      expect(run.post?.exitCode).toBe(0)
      const lines = run.log.split('\n')
      const at = (pattern: RegExp) => lines.findIndex(line => pattern.test(line))
      const credentialsGone = at(/^Removed the registry credentials/)
      const tokenGone = at(/removed .*nix\.conf/i)
      const saveBegins = at(/^::group::cache save/)
      const saved = at(/^Saved /)
      expect(credentialsGone).toBeGreaterThan(-1)
      expect(tokenGone).toBeGreaterThan(-1)
      expect(saved).toBeGreaterThan(saveBegins)
      expect(credentialsGone).toBeLessThan(saveBegins)
      expect(tokenGone).toBeLessThan(saveBegins)
    } finally {
      await repo.cleanup()
    }
  })

  test('happens after a failed check, keeping the checks that passed', async () => {
    const repo = await makeFlakeRepo({ variant: { failingCheck: 'test', salt: 'failed' } })
    try {
      const run = await runOn(repo, pullRequest(repo.sha), { build: 'false' })
      expect(run.main.exitCode).toBe(1)
      expect(run.post?.exitCode).toBe(0)
      expect(run.log).toMatch(/Saved \d+ store path\(s\)/)
    } finally {
      await repo.cleanup()
    }
  })

  test('does not happen after a cancellation', async () => {
    const repo = await makeFlakeRepo({ variant: { salt: 'cancel' } })
    try {
      freshHome()
      const run = await runAction({
        workspace: repo.dir,
        home,
        event: pullRequest(repo.sha),
        inputs: {},
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...service.env },
        cancel: { when: /::group::check/, signal: 'SIGINT' }
      })
      expect(run.main.exitCode).not.toBe(0)
      expect(run.post?.exitCode).toBe(0)
      expect(run.log).toContain('Not saving the cache: the job was cancelled')
      expect(run.log).not.toMatch(/Saved \d+ store path/)
    } finally {
      await repo.cleanup()
    }
  })
})

describe('trust', () => {
  test("a pull request's cache is not restored on the default branch", async () => {
    const repo = await makeFlakeRepo({ variant: { salt: 'scope' } })
    try {
      const prEnv = { ...service.env, ACTIONS_RUNTIME_TOKEN: service.tokenFor('refs/pull/9/merge', ['refs/heads/main']) }
      const pr = await runOn(repo, pullRequest(repo.sha), { build: 'false' }, prEnv)
      const prKey = /Saved \d+ store path\(s\) .* as (\S+)/.exec(pr.log)?.[1]
      expect(prKey).toBeDefined()

      await makeFreshRunner(repo.flakeDir)
      const main = await runOn(repo, pushToMain(repo.sha), { build: 'false' })
      expect(main.main.exitCode).toBe(0)
      // Other tests' caches of this flake may be restored; the PR's never is.
      expect(main.log).not.toContain(`restored ${String(prKey)}`)
      expect(derivationsBuilt(main.log).length).toBeGreaterThanOrEqual(3)

      // The same PR, run again, does see its own cache.
      await makeFreshRunner(repo.flakeDir)
      const prAgain = await runOn(repo, pullRequest(repo.sha), { build: 'false' }, prEnv)
      expect(prAgain.log).toContain(`restored ${String(prKey)}`)
      expect(derivationsBuilt(prAgain.log)).toEqual([])
    } finally {
      await repo.cleanup()
    }
  })
})
