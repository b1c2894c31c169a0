// Cancellation and the user's own nix.conf: SIGINT or SIGTERM in
// the middle of a slow push stops skopeo, and the post step, which the
// runner runs after a cancellation too, still takes the token out of
// nix.conf (leaving the user's file byte for byte as it was) and removes
// the registry credentials.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startFaultProxy, type FaultProxy } from '../../test-support/fault-proxy.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, FAST_RETRIES, pullRequest, pushToMain } from '../../test-support/scenario.js'

const TOKEN = `ghs_${randomBytes(16).toString('hex')}`
// A file Nix users really have: their own settings, an older token for
// another host, and no new line at the end (an editor that does not add one).
const USER_CONF = '# my settings\nmax-jobs = 4\nextra-substituters = https://cache.example.org\naccess-tokens = gitlab.example.com=glpat-OLDER-token'
const env = { NIX_CONFIG: ACTION_NIX_CONFIG, ...FAST_RETRIES }

let repo: FlakeRepo
let registry: Registry
let proxy: FaultProxy
let checked = 0

beforeAll(async () => {
  repo = await makeFlakeRepo()
  registry = await startRegistry()
  // Every layer upload hangs for two minutes: a push that is still running
  // whenever the signal comes.
  proxy = await startFaultProxy(registry.host, [{ method: 'PATCH', path: /\/blobs\/uploads\//, delayMs: 120_000 }])
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await proxy?.stop()
  await registry?.stop()
  await repo?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  console.log(`cancellations survived: ${checked} (children stopped, token block and auth file removed by post)`)
})

/** A runner home whose nix.conf holds USER_CONF, mode 0644. */
function homeWithNixConf(): { home: string; conf: string } {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-home-'))
  const dir = path.join(home, '.config', 'nix')
  mkdirSync(dir, { recursive: true })
  const conf = path.join(dir, 'nix.conf')
  writeFileSync(conf, USER_CONF)
  chmodSync(conf, 0o644)
  return { home, conf }
}

/** Processes whose command line mentions `needle`, as `pid: cmdline`. */
function processesMentioning(needle: string): string[] {
  const found: string[] = []
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
      if (cmdline.includes(needle) && Number(pid) !== process.pid) found.push(`${pid}: ${cmdline}`)
    } catch {
      // gone meanwhile
    }
  }
  return found
}

function authDirOf(run: ActionRun): string | undefined {
  const raw = run.state['nix-flake-ci']
  return raw ? (JSON.parse(raw) as { authDir?: string }).authDir : undefined
}

describe.each(['SIGINT', 'SIGTERM'] as const)('%s during a slow push', signal => {
  test('stops skopeo, and post still removes the token block and the auth file', async () => {
    const image = `upgrades/cancel-${signal.toLowerCase()}-${randomBytes(4).toString('hex')}`
    const { home, conf } = homeWithNixConf()
    const run = await runAction({
      workspace: repo.dir,
      home,
      event: pushToMain(repo.sha),
      inputs: {
        registry: proxy.host,
        image,
        username: registry.username ?? '',
        password: registry.password ?? '',
        'tls-verify': 'false',
        'github-token': TOKEN,
        cache: 'false',
        check: 'false'
      },
      env,
      // Two seconds after skopeo starts on the layers, its upload is hanging in the proxy.
      cancel: { when: /Copying blob/, signal, delayMs: 2000 },
      skipPost: true
    })

    // Main stopped: failed, saying why, with no skopeo left behind.
    expect(run.main.exitCode).toBe(1)
    const left = processesMentioning(image)
    // Should the action leave one, the test does not: it ends it, by pid.
    for (const entry of left) process.kill(Number(entry.split(':')[0]), 'SIGKILL')
    expect(left).toEqual([])
    // It really was mid-upload: a layer's PATCH was held by the proxy, and
    // skopeo went away before it was answered.
    const patches = proxy.requests().filter(r => r.method === 'PATCH' && r.url.includes(image))
    expect(patches.length).toBeGreaterThan(0)
    expect(patches.every(r => r.status === 0)).toBe(true)
    const cancelled = run.annotations.find(a => a.level === 'error' && a.message.startsWith(`Cancelled (${signal})`))
    expect(cancelled?.message).toMatch(/stopped 1 running command/)

    // What post has to clean up is there.
    const authDir = authDirOf(run)
    expect(authDir).toBeDefined()
    expect(existsSync(path.join(authDir ?? '', 'auth.json'))).toBe(true)
    expect(readFileSync(conf, 'utf8')).toContain(`access-tokens = github.com=${TOKEN}`)

    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
    expect(readFileSync(conf, 'utf8')).toBe(USER_CONF)
    expect(statSync(conf).mode & 0o777).toBe(0o644)
    expect(existsSync(authDir ?? '')).toBe(false)
    expect(readdirSync(run.runnerTemp).filter(name => name.startsWith('nix-flake-ci-auth-'))).toEqual([])
    expect(await registry.tags(image)).toEqual([])
    checked++
  })
})

describe('a nix.conf that already had content', () => {
  test('is byte for byte the same after post, mode included; the user lines work during the job', async () => {
    const { home, conf } = homeWithNixConf()
    const run = await runAction({
      workspace: repo.dir,
      home,
      event: pullRequest(repo.sha),
      inputs: { 'github-token': TOKEN, build: 'false', cache: 'false' },
      env,
      skipPost: true
    })
    expect(run.main.exitCode).toBe(0)
    const during = readFileSync(conf, 'utf8')
    expect(during.startsWith(`${USER_CONF}\n# >>> nix-flake-ci`)).toBe(true)
    expect(during).toContain(`access-tokens = github.com=${TOKEN}`)
    expect(statSync(conf).mode & 0o777).toBe(0o600)

    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
    expect(readFileSync(conf)).toEqual(Buffer.from(USER_CONF))
    expect(statSync(conf).mode & 0o777).toBe(0o644)
  })
})
