// What the action keeps from a pull request's flake on the runner
// itself: its `nixConfig` never becomes a setting on
// events whose code is untrusted, even with `accept-flake-config = true`; the
// registry credentials exist only while skopeo needs them, never while the
// flake's code (a streamLayeredImage script) runs; and a pull-request run
// whose builds are not isolated from the job says so in the log and the
// summary. Single-user Nix as root, as a container job has it; the daemon
// cases are in runners.test.ts.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FlakeRepo } from '../../test-support/fixtures.js'
import { makeHookFlake, type HookFlake } from '../../test-support/flake-config-hook.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun, type RunnerEvent } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, FAST_RETRIES, IMAGE, pullRequest, pushToMain, registryInputs } from '../../test-support/scenario.js'

const warnings = (run: ActionRun) => run.annotations.filter(a => a.level === 'warning')
const titled = (run: ActionRun, title: string) => warnings(run).filter(a => a.properties['title'] === title)

let scratch: string
let registry: Registry
const repos: FlakeRepo[] = []

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'nfci-hardening-'))
  registry = await startRegistry()
})
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  await registry?.stop()
  for (const repo of repos) await repo.cleanup()
  rmSync(scratch, { recursive: true, force: true })
})

async function hostileRepo(name: string): Promise<HookFlake> {
  const flake = await makeHookFlake(scratch, name)
  repos.push(flake.repo)
  return flake
}

function act(repo: FlakeRepo, event: RunnerEvent, inputs: Record<string, string>, env: Record<string, string> = {}, skipPost = false): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    event,
    inputs: { cache: 'false', push: 'false', ...inputs },
    env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...FAST_RETRIES, ...env },
    skipPost
  })
}

const ACCEPT = 'accept-flake-config = true'

describe("a flake's nixConfig (a post-build-hook) with `accept-flake-config = true`", () => {
  test("on a push to main it is the workflow's own code: the hook runs (so the tests below can fail)", async () => {
    const { repo, hookRuns } = await hostileRepo('push')
    const run = await act(repo, pushToMain(repo.sha), { 'extra-conf': ACCEPT, build: 'false' })
    expect(run.main.exitCode).toBe(0)
    expect(hookRuns().length).toBeGreaterThan(0)
    expect(warnings(run)).toEqual([])
  })

  test('on a pull request, set in `extra-conf`: ignored with a warning naming it; no hook runs', async () => {
    const { repo, hookRuns } = await hostileRepo('pr-extra-conf')
    const run = await act(repo, pullRequest(repo.sha), { 'extra-conf': ACCEPT, build: 'false' })
    expect(run.main.exitCode).toBe(0)
    expect(run.summary).toMatch(/check[^\n]*passed/i)
    expect(hookRuns()).toEqual([])
    const [warning] = titled(run, 'accept-flake-config ignored')
    expect(warning?.message).toMatch(/`accept-flake-config = true` \(in `extra-conf`\) is ignored on `pull_request` events/)
  })

  test('on a pull request, set in NIX_CONFIG (which outranks nix.conf): still no hook runs', async () => {
    const { repo, hookRuns } = await hostileRepo('pr-nix-config')
    const run = await act(repo, pullRequest(repo.sha), { build: 'false' }, { NIX_CONFIG: `${ACTION_NIX_CONFIG}\n${ACCEPT}` })
    expect(run.main.exitCode).toBe(0)
    expect(run.summary).toMatch(/check[^\n]*passed/i)
    expect(hookRuns()).toEqual([])
    expect(titled(run, 'accept-flake-config ignored')[0]?.message).toMatch(/\(in NIX_CONFIG\)/)
  })
})

describe('builds that are not isolated from the job, on a pull request', () => {
  test("single-user Nix with `sandbox = false`: a warning and a summary line say a check can read the action's environment; a push run says nothing", async () => {
    const { repo } = await hostileRepo('isolation')
    const pr = await act(repo, pullRequest(repo.sha), { check: 'false', build: 'false' })
    expect(pr.main.exitCode).toBe(0)
    const [warning] = titled(pr, 'Pull request builds are not isolated')
    expect(warning?.message).toMatch(/single-user Nix and no sandbox, as the job's own user \(\S+\): a check can read the action's environment/)
    expect(pr.summary).toMatch(/⚠️ Pull request builds are not isolated: builds run with single-user Nix and no sandbox/)
    const push = await act(repo, pushToMain(repo.sha), { check: 'false', build: 'false' })
    expect(push.main.exitCode).toBe(0)
    expect(titled(push, 'Pull request builds are not isolated')).toEqual([])
    expect(push.summary).not.toContain('not isolated')
  })
})

describe('the registry credentials', () => {
  const authDirs = (run: ActionRun) => readdirSync(run.runnerTemp).filter(name => name.startsWith('nix-flake-ci-auth-'))

  test("do not exist while the stream script (the flake's code) runs, and are gone when main ends, before post", async () => {
    const { repo } = await hostileRepo('stream')
    const run = await act(repo, pushToMain(repo.sha), { ...registryInputs(registry), push: 'true', check: 'false', package: 'image-snoop' }, {}, true)
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['digest']).toBe(await registry.digestOf(IMAGE, `sha-${repo.sha.slice(0, 7)}`))
    expect(run.log).toContain('credentials on disk while the stream script ran: 0')
    // Logged in after the script streamed, and out again after the push.
    const streamed = run.log.indexOf('credentials on disk while the stream script ran')
    const login = run.log.indexOf('Login Succeeded')
    expect(login).toBeGreaterThan(streamed)
    expect(run.log.indexOf('Removed the registry credentials')).toBeGreaterThan(run.log.indexOf(`Pushed ${registry.host}/${IMAGE}@`))
    expect(authDirs(run)).toEqual([])
    expect((JSON.parse(run.state['nix-flake-ci'] ?? '{}') as { authDir?: string }).authDir).toBeUndefined()
    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
  })

  test('a failed login leaves none on disk either, before post', async () => {
    const { repo } = await hostileRepo('bad-login')
    const run = await act(repo, pushToMain(repo.sha), { ...registryInputs(registry), password: 'not-the-password', push: 'true', check: 'false' }, {}, true)
    expect(run.main.exitCode).toBe(1)
    expect(run.log).toMatch(/invalid username\/password/)
    expect(authDirs(run)).toEqual([])
  })
})
