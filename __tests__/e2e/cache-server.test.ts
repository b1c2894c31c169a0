// The local cache service against the real, unmodified @actions/cache.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as cache from '@actions/cache'
import { startCacheService, type CacheService } from '../../test-support/cache-server.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

// Sets variables (undefined = unset) and returns a function that puts them back.
function applyEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.keys(vars).map(name => [name, process.env[name]] as const)
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) Reflect.deleteProperty(process.env, name)
    else process.env[name] = value
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, name)
      else process.env[name] = value
    }
  }
}

describe('local GitHub Actions cache service', () => {
  let root: string
  let service: CacheService
  let restoreEnv: () => void

  // A directory to cache, filled with `files` (name -> content), cleaned first.
  function fill(dir: string, files: Record<string, string>): void {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  }
  const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8')

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cache-server-test-'))
    mkdirSync(join(root, 'runner-temp'))
    service = await startCacheService()
    restoreEnv = applyEnv({
      ...service.env,
      // Where @actions/cache puts archives, and what it makes paths relative to.
      RUNNER_TEMP: join(root, 'runner-temp'),
      GITHUB_WORKSPACE: root,
      // Either could switch the client away from the v2 service or from writing.
      GITHUB_SERVER_URL: undefined,
      ACTIONS_CACHE_MODE: undefined
    })
  }, 60_000)

  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
    restoreEnv?.()
    await service?.stop()
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    if (root) rmSync(root, { recursive: true, force: true })
  })

  test('saveCache then restoreCache round-trips files', async () => {
    const dir = join(root, 'roundtrip')
    fill(dir, { 'a.txt': 'alpha', 'b.bin': 'x'.repeat(100_000) })
    expect(cache.isFeatureAvailable()).toBe(true)

    const id = await cache.saveCache([dir], 'roundtrip-key')
    expect(id).toBeGreaterThan(0)

    rmSync(dir, { recursive: true, force: true })
    expect(await cache.restoreCache([dir], 'roundtrip-key')).toBe('roundtrip-key')
    expect(read(dir, 'a.txt')).toBe('alpha')
    expect(read(dir, 'b.bin')).toBe('x'.repeat(100_000))

    const entry = service.entries().find(e => e.key === 'roundtrip-key')
    expect(entry).toMatchObject({ finalized: true, scope: 'refs/heads/main' })
    expect(entry?.sizeBytes).toBeGreaterThan(0)
  })

  test('a miss returns undefined, and another path set is another version', async () => {
    const dir = join(root, 'roundtrip')
    expect(await cache.restoreCache([dir], 'no-such-key', ['no-such-'])).toBeUndefined()
    // Same key, different paths: the version hash differs, so no hit.
    expect(await cache.restoreCache([join(root, 'elsewhere')], 'roundtrip-key')).toBeUndefined()
  })

  test('a restore key prefix finds the newest matching entry', async () => {
    const dir = join(root, 'prefix')
    fill(dir, { 'which.txt': 'older' })
    expect(await cache.saveCache([dir], 'deps-linux-1111')).toBeGreaterThan(0)
    fill(dir, { 'which.txt': 'newer' })
    expect(await cache.saveCache([dir], 'deps-linux-2222')).toBeGreaterThan(0)

    rmSync(dir, { recursive: true, force: true })
    const hit = await cache.restoreCache([dir], 'deps-linux-3333', ['deps-linux-', 'deps-'])
    expect(hit).toBe('deps-linux-2222')
    expect(read(dir, 'which.txt')).toBe('newer')
  })

  test('saving an existing key again does not overwrite it', async () => {
    const dir = join(root, 'immutable')
    fill(dir, { 'v.txt': 'first' })
    const firstId = await cache.saveCache([dir], 'immutable-key')
    expect(firstId).toBeGreaterThan(0)

    fill(dir, { 'v.txt': 'second' })
    // As on GitHub: the reservation is refused (409), the client logs it and returns -1.
    expect(await cache.saveCache([dir], 'immutable-key')).toBe(-1)

    rmSync(dir, { recursive: true, force: true })
    expect(await cache.restoreCache([dir], 'immutable-key')).toBe('immutable-key')
    expect(read(dir, 'v.txt')).toBe('first')
    expect(service.entries().filter(e => e.key === 'immutable-key')).toHaveLength(1)
  })

  test('entries are scoped to the branch of the token that wrote them', async () => {
    const dir = join(root, 'scoped')
    fill(dir, { 's.txt': 'from main' })
    expect(await cache.saveCache([dir], 'scoped-key')).toBeGreaterThan(0)

    // A pull-request run: writes its own branch, may read its base branch.
    const back = applyEnv({ ACTIONS_RUNTIME_TOKEN: service.tokenFor('refs/pull/7/merge', ['refs/heads/main']) })
    try {
      fill(dir, { 's.txt': 'from the PR' })
      // Same key, but a different scope: a new entry, not a collision.
      expect(await cache.saveCache([dir], 'scoped-key')).toBeGreaterThan(0)
      fill(dir, { 'pr-only.txt': 'pr' })
      expect(await cache.saveCache([dir], 'pr-only-key')).toBeGreaterThan(0)
      // The PR's own entry comes before its base branch's.
      rmSync(dir, { recursive: true, force: true })
      expect(await cache.restoreCache([dir], 'scoped-key')).toBe('scoped-key')
      expect(read(dir, 's.txt')).toBe('from the PR')
    } finally {
      back()
    }
    // Back on main: the PR's entries are invisible.
    rmSync(dir, { recursive: true, force: true })
    expect(await cache.restoreCache([dir], 'scoped-key')).toBe('scoped-key')
    expect(read(dir, 's.txt')).toBe('from main')
    expect(await cache.restoreCache([dir], 'pr-only-key')).toBeUndefined()
  })

  test('with a dataDir the cache survives a restart of the service', async () => {
    const dataDir = join(root, 'data')
    const dir = join(root, 'persisted')
    fill(dir, { 'p.txt': 'kept' })

    const first = await startCacheService({ dataDir })
    let back = applyEnv(first.env)
    try {
      expect(await cache.saveCache([dir], 'persisted-key')).toBeGreaterThan(0)
    } finally {
      back()
      await first.stop()
    }

    const second = await startCacheService({ dataDir })
    back = applyEnv(second.env)
    try {
      expect(second.entries().map(e => e.key)).toEqual(['persisted-key'])
      rmSync(dir, { recursive: true, force: true })
      expect(await cache.restoreCache([dir], 'persisted-key')).toBe('persisted-key')
      expect(read(dir, 'p.txt')).toBe('kept')
    } finally {
      back()
      await second.stop()
    }
  }, 120_000)

  test('past its size cap, the least recently used entries are evicted', async () => {
    const capped = await startCacheService({ maxBytes: 120_000 })
    const back = applyEnv(capped.env)
    try {
      const dir = join(root, 'capped')
      // Random bytes: zstd cannot shrink them, so each entry is about 50 kB.
      const save = async (key: string) => {
        fill(dir, {})
        writeFileSync(join(dir, 'r.bin'), randomBytes(50_000))
        expect(await cache.saveCache([dir], key)).toBeGreaterThan(0)
      }
      await save('lru-a')
      await save('lru-b')
      // A restore counts as a use: a is now more recent than b.
      expect(await cache.restoreCache([dir], 'lru-a')).toBe('lru-a')
      await save('lru-c')
      expect(
        capped
          .entries()
          .map(e => e.key)
          .sort()
      ).toEqual(['lru-a', 'lru-c'])
      expect(capped.evictions().map(e => e.key)).toEqual(['lru-b'])
      expect(capped.entries().reduce((sum, e) => sum + e.sizeBytes, 0)).toBeLessThanOrEqual(120_000)
    } finally {
      back()
      await capped.stop()
    }
  }, 60_000)

  test('past its upload rate, a save is refused with 429 and Retry-After, and the client does not throw', async () => {
    const limited = await startCacheService({ entriesPerMinute: 2 })
    const back = applyEnv(limited.env)
    try {
      const dir = join(root, 'limited')
      fill(dir, { 'x.txt': 'x' })
      expect(await cache.saveCache([dir], 'rate-1')).toBeGreaterThan(0)
      expect(await cache.saveCache([dir], 'rate-2')).toBeGreaterThan(0)
      expect(await cache.saveCache([dir], 'rate-3')).toBe(-1)
      expect(limited.rateLimited()).toBe(1)
      expect(limited.entries().map(e => e.key)).toEqual(['rate-1', 'rate-2'])
      const answer = await fetch(`${String(limited.env.ACTIONS_RESULTS_URL)}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
        method: 'POST',
        headers: { authorization: `Bearer ${String(limited.env.ACTIONS_RUNTIME_TOKEN)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'rate-4', version: 'v' })
      })
      expect(answer.status).toBe(429)
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(Number(answer.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    } finally {
      back()
      await limited.stop()
    }
  }, 60_000)

  test('npm run cache-server prints the env and ready, and exits 0 on SIGTERM', async () => {
    // Its own process group, so a failed test can still take the whole tree down.
    const child = spawn('npm', ['run', '--silent', 'cache-server'], {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const exited = new Promise<number | null>(resolve =>
      child.once('exit', code => {
        resolve(code)
      })
    )
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no "ready" in 60 s\n${stdout}\n${stderr}`))
        }, 60_000)
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString()
          if (/^ready$/m.test(stdout)) {
            clearTimeout(timer)
            resolve()
          }
        })
        child.once('exit', code => {
          reject(new Error(`exited ${String(code)} before ready\n${stdout}\n${stderr}`))
        })
      })
      const lines = stdout.split('\n').filter(l => l !== '')
      const env = Object.fromEntries(lines.slice(0, lines.indexOf('ready')).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
      expect(env).toMatchObject({ ACTIONS_CACHE_SERVICE_V2: 'True' })
      expect(env.ACTIONS_RESULTS_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      expect(env.ACTIONS_RUNTIME_TOKEN?.split('.')).toHaveLength(3)

      // Signal npm alone, as a benchmark or a supervisor would.
      child.kill('SIGTERM')
      expect(await exited).toBe(0)

      // The service is really gone: its port refuses connections.
      const port = Number(new URL(env.ACTIONS_RESULTS_URL ?? '').port)
      const refused = await new Promise<boolean>(resolve => {
        const socket = connect(port, '127.0.0.1')
        socket.once('connect', () => {
          socket.destroy()
          resolve(false)
        })
        socket.once('error', () => {
          resolve(true)
        })
      })
      expect(refused).toBe(true)
    } finally {
      // Whatever of the tree is still there (nothing, when the test passed).
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // ESRCH: the group is empty
      }
    }
  }, 90_000)
})
