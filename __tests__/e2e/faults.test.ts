// Real faults on loopback, and what the step does about them (tries again
// what is transient, says what is not): a flake input that rate-limits or
// fails for a while, a host
// that never recovers, code that is simply wrong, and a
// registry that fails uploads, refuses the password or is down.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startFaultProxy, type FaultProxy, type FaultRule } from '../../test-support/fault-proxy.js'
import { startFlakyServer, type FlakyServer } from '../../test-support/flaky-http.js'
import { freePort, startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, FAST_RETRIES, pullRequest, pushToMain } from '../../test-support/scenario.js'
import { callLine, makeToolWrappers, type ToolWrappers } from '../../test-support/tool-wrappers.js'
import { storePathPattern } from '../../test-support/own-store.js'

let wrappers: ToolWrappers
const env = () => ({ NIX_CONFIG: ACTION_NIX_CONFIG, ...FAST_RETRIES, PATH: wrappers.path })

// What each scenario injected and how the step came out, printed at the end.
const tally: { scenario: string; injected: number; outcome: 'survived' | 'failed as it should' }[] = []

beforeAll(() => {
  wrappers = makeToolWrappers()
})

afterAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  wrappers?.cleanup()
  const injected = tally.reduce((sum, row) => sum + row.injected, 0)
  const survived = tally.filter(row => row.outcome === 'survived')
  console.log(
    [
      ...tally.map(row => `  ${row.scenario}: ${row.injected} fault(s) injected, ${row.outcome}`),
      `faults injected: ${injected} in ${tally.length} scenarios; survived: ${survived.reduce((sum, row) => sum + row.injected, 0)} faults in ${survived.length} scenarios; ` +
        `failed as they should: ${tally.length - survived.length} scenarios`
    ].join('\n')
  )
})

/** The `[command]` lines of `nix <subcommand>` the log shows, in order. */
function nixCommands(run: ActionRun, subcommand: string): string[] {
  return run.log.split('\n').filter(line => line.startsWith('[command]') && new RegExp(`/nix ${subcommand} `).test(line))
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter(a => a.level === 'error').map(a => a.message)
}

function warnings(run: ActionRun): string[] {
  return run.annotations.filter(a => a.level === 'warning').map(a => a.message)
}

const hostOf = (url: string) => new URL(url).host

describe('a flake input that rate-limits or fails', () => {
  // Each scenario gets a new repository and server, whose tarball has a salt
  // of its own: flake.lock pins it by hash, and an input already in the store
  // is never fetched again.
  let repo: FlakeRepo | undefined
  let server: FlakyServer | undefined
  afterAll(async () => {
    await server?.stop()
    await repo?.cleanup()
  })
  async function fresh(status: number, failFirst: number): Promise<{ repo: FlakeRepo; server: FlakyServer }> {
    await server?.stop()
    await repo?.cleanup()
    server = await startFlakyServer({ status, failFirst })
    repo = await makeFlakeRepo({ variant: { httpInput: server.url, httpInputNarHash: server.narHash } })
    return { repo, server }
  }

  // `build: false` keeps the counts the check's own: a build would fetch the
  // same input. Each `nix` command tries a download once (the action sets
  // `download-attempts = 1`), so `attempts` counts every request the input's
  // host sees, whatever Nix's own retry policy is in this version.
  const inputs = { cache: 'false', attempts: '3', build: 'false' }
  test.each([429, 500, 503])('HTTP %i twice: the check is run again with --refresh and passes on the third try', async status => {
    const { repo, server } = await fresh(status, 2)
    const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs, env: env() })

    expect(server.failures()).toBe(2)
    expect(run.main.exitCode).toBe(0)
    const checks = nixCommands(run, 'flake check')
    expect(checks).toHaveLength(3)
    expect(checks.map(line => line.endsWith(' --refresh'))).toEqual([false, true, true])
    expect(checks.every(line => line.includes('download-attempts 1'))).toBe(true)
    expect(run.log).toContain(`HTTP error ${status}`)
    expect(warnings(run)).toContainEqual(
      `Try 1 of 3 failed: ${hostOf(server.url)} answered HTTP ${status}. Trying again with --refresh in 0.2 s (at most 0.6 s of waiting in all).`
    )
    expect(run.summary).toMatch(/\| check \| ✅ passed/)
    tally.push({ scenario: `flake input, HTTP ${status} ×2`, injected: server.failures(), outcome: 'survived' })
  })

  test('a host that never stops answering 429 fails the step after `attempts` requests in all, naming it and saying what helps', async () => {
    const { repo, server } = await fresh(429, Infinity)
    const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs, env: env() })

    expect(run.main.exitCode).toBe(1)
    const checks = nixCommands(run, 'flake check')
    expect(checks).toHaveLength(3)
    expect(checks.map(line => line.endsWith(' --refresh'))).toEqual([false, true, true])
    // Nix's own retries (5 per command, with minute-long backoffs from 2.34 on) are not added on top.
    expect(server.failures()).toBe(3)
    const tries = warnings(run).filter(w => w.startsWith('Try '))
    expect(tries).toHaveLength(2)
    expect(tries.every(w => w.includes('(at most 0.6 s of waiting in all)'))).toBe(true)
    const [error] = errors(run)
    expect(errors(run)).toHaveLength(1)
    expect(error).toContain(`${hostOf(server.url)} rate-limited or failed (HTTP 429) on all 3 tries`)
    expect(error).toMatch(/`github-token`/)
    expect(error).toMatch(/more `attempts`/)
    expect(error).toMatch(/later/)
    expect(run.post?.exitCode).toBe(0)
    tally.push({ scenario: 'flake input, HTTP 429 forever', injected: server.failures(), outcome: 'failed as it should' })
  })

  test('a host that is down is tried `attempts` times too, and named', async () => {
    const down = `http://127.0.0.1:${await freePort()}/x.tar.gz`
    const broken = await makeFlakeRepo({ variant: { httpInput: down } })
    try {
      const run = await runAction({ workspace: broken.dir, event: pullRequest(broken.sha), inputs: { ...inputs, attempts: '2' }, env: env() })
      expect(run.main.exitCode).toBe(1)
      expect(nixCommands(run, 'flake check')).toHaveLength(2)
      expect(errors(run)[0]).toContain(`${hostOf(down)} could not be reached (curl error 7: could not connect) on all 2 tries`)
      tally.push({ scenario: 'flake input host down', injected: 2, outcome: 'failed as it should' })
    } finally {
      await broken.cleanup()
    }
  })
})

describe('code that is wrong is never retried', () => {
  test('a failing check: exactly one `nix flake check`', async () => {
    const failing = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
    try {
      wrappers.reset()
      const run = await runAction({ workspace: failing.dir, event: pullRequest(failing.sha), inputs: { cache: 'false', attempts: '3' }, env: env() })
      expect(run.main.exitCode).toBe(1)
      expect(nixCommands(run, 'flake check')).toHaveLength(1)
      expect(wrappers.calls().filter(call => callLine(call).startsWith('nix flake check'))).toHaveLength(1)
      expect(warnings(run).filter(w => w.startsWith('Try '))).toEqual([])
      expect(run.annotations.some(a => a.level === 'error' && a.properties['title'] === 'Check test failed')).toBe(true)
    } finally {
      await failing.cleanup()
    }
  })

  test('named checks: one evaluation and one build for all, the failing one annotated, no retry', async () => {
    const failing = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
    try {
      const run = await runAction({
        workspace: failing.dir,
        event: pullRequest(failing.sha),
        inputs: { cache: 'false', attempts: '3', checks: 'fmt, test', build: 'false' },
        env: env()
      })
      expect(run.main.exitCode).toBe(1)
      // A failed check is no transient failure: nothing is tried again.
      expect(nixCommands(run, 'eval')).toHaveLength(1)
      const builds = nixCommands(run, 'build')
      expect(builds.length).toBeGreaterThan(0)
      expect(builds.some(line => line.includes('--refresh'))).toBe(false)
      expect(builds.every(line => line.includes('check-fmt.drv') && line.includes('check-test.drv'))).toBe(true)
      expect(run.summary).toMatch(/\| check test \| ❌ failed \| [0-9.]+ s \| Check test failed\. \|/)
      expect(run.summary).toMatch(/\| check fmt \| ✅ passed/)
      expect(run.log).toContain('The check stage failed: 1 of 2 checks failed: test')
    } finally {
      await failing.cleanup()
    }
  })

  test('an evaluation error: exactly one `nix flake check`, no build', async () => {
    const broken = await makeFlakeRepo({ variant: { evalError: true } })
    try {
      const run = await runAction({ workspace: broken.dir, event: pullRequest(broken.sha), inputs: { cache: 'false', attempts: '3' }, env: env() })
      expect(run.main.exitCode).toBe(1)
      expect(nixCommands(run, 'flake check')).toHaveLength(1)
      expect(nixCommands(run, 'build')).toEqual([])
      expect(warnings(run).filter(w => w.startsWith('Try '))).toEqual([])
      expect(run.annotations.find(a => a.properties['title'] === 'Nix evaluation error')?.message).toContain("undefined variable 'cargoToml'")
    } finally {
      await broken.cleanup()
    }
  })
})

describe('registry faults, through a fault proxy in front of the real registry', () => {
  let repo: FlakeRepo
  // A registry per scenario: nothing one push stored can turn the next
  // one's uploads into "already there".
  let registry: Registry | undefined
  let proxy: FaultProxy | undefined
  beforeAll(async () => {
    repo = await makeFlakeRepo()
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
    await repo?.cleanup()
  })
  async function behindProxy(rules: FaultRule[]): Promise<{ registry: Registry; proxy: FaultProxy }> {
    await proxy?.stop()
    await registry?.stop()
    registry = await startRegistry()
    proxy = await startFaultProxy(registry.host, rules)
    return { registry, proxy }
  }
  const tag = () => `sha-${repo.sha.slice(0, 7)}`
  // Credentials are per host:port: the action logs in to the proxy.
  const pushInputs = (host: string, image: string, password: string) => ({
    registry: host,
    image,
    username: 'ci',
    password,
    'tls-verify': 'false',
    cache: 'false',
    check: 'false',
    attempts: '3'
  })
  const skopeoCalls = (subcommand: string) => wrappers.calls().filter(call => call.tool === 'skopeo' && call.argv[0] === subcommand)

  test('503 on the first upload initiations: the push is tried again and the digest is what the registry serves', async () => {
    const uploads = /\/blobs\/uploads\/(\?.*)?$/
    const { registry, proxy } = await behindProxy([{ method: 'POST', path: uploads, status: 503, times: 2 }])
    wrappers.reset()
    const image = 'upgrades/faults-503'
    const run = await runAction({
      workspace: repo.dir,
      event: pushToMain(repo.sha),
      inputs: pushInputs(proxy.host, image, registry.password ?? ''),
      env: env()
    })

    expect(proxy.injected()).toBe(2)
    expect(run.main.exitCode).toBe(0)
    const served = await registry.digestOf(image, tag())
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(run.outputs['digest']).toBe(served)
    expect(run.outputs['pushed']).toBe('true')
    expect(warnings(run).some(w => w.startsWith(`Pushing ${proxy.host}/${image}:${tag()}: try 1 of 3 failed`) && w.includes('503'))).toBe(true)
    const copies = skopeoCalls('copy')
    expect(copies.length).toBeGreaterThanOrEqual(2)
    expect(copies.length).toBeLessThanOrEqual(3)
    tally.push({ scenario: 'registry, 503 on the first 2 upload POSTs', injected: proxy.injected(), outcome: 'survived' })
  })

  test('503 on the manifest upload: tried again, the layers are not sent twice', async () => {
    const { registry, proxy } = await behindProxy([{ method: 'PUT', path: /\/manifests\//, status: 503, times: 1 }])
    const image = 'upgrades/faults-manifest'
    const run = await runAction({
      workspace: repo.dir,
      event: pushToMain(repo.sha),
      inputs: pushInputs(proxy.host, image, registry.password ?? ''),
      env: env()
    })

    expect(proxy.injected()).toBe(1)
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['digest']).toBe(await registry.digestOf(image, tag()))
    expect(registry.uploadCount()).toBe(3) // 2 layers + config, once each
    tally.push({ scenario: 'registry, 503 on the manifest PUT', injected: proxy.injected(), outcome: 'survived' })
  })

  test('a wrong password fails at login, at once, naming the registry; nothing is pushed', async () => {
    const { registry, proxy } = await behindProxy([])
    wrappers.reset()
    const image = 'upgrades/faults-password'
    const run = await runAction({ workspace: repo.dir, event: pushToMain(repo.sha), inputs: pushInputs(proxy.host, image, 'not-the-password'), env: env() })

    expect(run.main.exitCode).toBe(1)
    expect(skopeoCalls('login')).toHaveLength(1)
    expect(skopeoCalls('copy')).toEqual([])
    expect(warnings(run).filter(w => /try \d+ of/i.test(w))).toEqual([])
    const [error] = errors(run)
    expect(errors(run)).toHaveLength(1)
    expect(error).toContain(`The push stage failed: Logging in to ${proxy.host} failed: logging into "${proxy.host}": invalid username/password`)
    expect(error).toContain(`${proxy.host} refused the credentials`)
    expect(await registry.tags(image)).toEqual([])
    expect(registry.uploadCount()).toBe(0)
    expect(proxy.requests().filter(r => r.method !== 'GET')).toEqual([])
    expect(run.outputs['pushed']).toBe('false')
    expect(run.post?.exitCode).toBe(0)
    tally.push({ scenario: 'registry, wrong password', injected: 1, outcome: 'failed as it should' })
  })

  test('a registry that is down fails after `attempts` tries, naming the host; the store path is still an output', async () => {
    const host = `127.0.0.1:${await freePort()}`
    wrappers.reset()
    const run = await runAction({ workspace: repo.dir, event: pushToMain(repo.sha), inputs: pushInputs(host, 'upgrades/faults-down', 'whatever'), env: env() })

    expect(run.main.exitCode).toBe(1)
    expect(skopeoCalls('login')).toHaveLength(3)
    // The login runs while Nix works; its retries are still shown as warnings.
    expect(warnings(run).filter(w => w.startsWith(`Logging in to ${host}: try `))).toHaveLength(2)
    const [error] = errors(run)
    expect(error).toContain(`Logging in to ${host} failed after 3 tries`)
    expect(error).toContain('connection refused')
    expect(error).toContain(`${host} could not be reached or kept failing (3 tries)`)
    expect(run.outputs['store-path']).toMatch(storePathPattern('[0-9a-z]{32}-docker-image'))
    expect(existsSync(run.outputs['store-path'] ?? '')).toBe(true)
    expect(run.summary).toMatch(/\| build \| ✅ passed/)
    expect(run.summary).toMatch(/\| push \| ❌ failed/)
    expect(run.outputs['pushed']).toBe('false')
    tally.push({ scenario: 'registry down', injected: 3, outcome: 'failed as it should' })
  })
})
