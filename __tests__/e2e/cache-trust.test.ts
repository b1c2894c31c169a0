// What the cache trusts, tried as a hostile neighbour
// would, with real Nix, the unmodified @actions/cache and the local cache
// service: a concurrent job on the same store, a binary cache planted where
// an earlier job could leave one, and, with `cache-signing-key`, an entry
// tampered with in the cache service.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, nixEnv, run, runOk, type FlakeRepo } from '../../test-support/fixtures.js'
import { startCacheService, type CacheService } from '../../test-support/cache-server.js'
import { repoRoot, runAction, type ActionRun, type RunActionOptions, type RunnerEvent } from '../../test-support/runner.js'
import { derivationsBuilt, makeFreshRunner } from '../../test-support/fresh-runner.js'
import { ACTION_NIX_CONFIG, pullRequest, pushToMain } from '../../test-support/scenario.js'
import { storeDirOf } from '../../test-support/own-store.js'

let service: CacheService
let home: string
let nixHome: string

beforeAll(async () => {
  service = await startCacheService()
  home = mkdtempSync(path.join(os.tmpdir(), 'nfci-cache-trust-'))
  nixHome = mkdtempSync(path.join(os.tmpdir(), 'nfci-cache-trust-nix-'))
})

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  await service?.stop()
  rmSync(home, { recursive: true, force: true })
  rmSync(nixHome, { recursive: true, force: true })
})

/** A fresh runner home at the same path each time (RUNNER_TEMP is `<home>/work/_temp`, as on GitHub). */
function runOn(repo: FlakeRepo, event: RunnerEvent, inputs: Record<string, string>, options: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  rmSync(home, { recursive: true, force: true })
  return runAction({ workspace: repo.dir, home, event, inputs, env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...service.env }, ...options })
}

/** The restored or saved binary cache of a run: StorePath of every .narinfo. */
function storePathsIn(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(file => file.endsWith('.narinfo'))
    .map(file => /^StorePath: (.*)$/m.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '')
}

const cacheDirOf = (run: ActionRun) => path.join(run.runnerTemp, 'nix-flake-ci', 'binary-cache')
const valid = async (storePath: string) => (await run('nix', ['path-info', storePath], { env: nixEnv(nixHome) })).code === 0

/** Another job on the same store: builds `count` derivations of its own with plain Nix. */
async function buildAsAnotherJob(salt: string, count: number): Promise<string[]> {
  const expr = `builtins.genList (i: derivation { name = "other-job-\${toString i}"; system = builtins.currentSystem; builder = "/bin/sh"; args = [ "-c" "echo ${salt} \${toString i} > $out" ]; }) ${count}`
  const result = await runOk('nix', ['build', '--impure', '--no-link', '--json', '--expr', expr], { env: nixEnv(nixHome) })
  return (JSON.parse(result.stdout) as { outputs: { out: string } }[]).map(item => item.outputs.out)
}

async function deleteFromStore(paths: string[]): Promise<void> {
  await run('nix', ['store', 'delete', ...paths], { env: nixEnv(nixHome) })
}

describe('a concurrent job on the same store', () => {
  test('builds paths during the step, and none of them is counted, saved or restored on a fresh runner', async () => {
    const repo = await makeFlakeRepo({ variant: { salt: 'concurrent' } })
    let others: string[] = []
    try {
      const first = await runOn(repo, pushToMain(repo.sha), {}, { skipPost: true })
      expect(first.main.exitCode).toBe(0)
      // Between main and post, as another runner on the machine would.
      others = await buildAsAnotherJob('other', 4)
      await first.runPost()
      expect(first.post?.exitCode).toBe(0)
      expect(first.log).toMatch(/Saved \d+ store path\(s\)/)
      const saved = storePathsIn(cacheDirOf(first))
      expect(saved.some(storePath => /-check-/.test(storePath))).toBe(true)
      for (const other of others) {
        expect(saved).not.toContain(other)
        expect(first.log).not.toContain(other)
      }

      await makeFreshRunner(repo.flakeDir)
      await deleteFromStore(others)
      const second = await runOn(repo, pushToMain(repo.sha), {})
      expect(second.main.exitCode).toBe(0)
      expect(second.log).toMatch(/restored nix-flake-ci-v2-nix-/)
      expect(derivationsBuilt(second.log)).toEqual([])
      for (const other of others) expect(await valid(other)).toBe(false)
    } finally {
      await deleteFromStore(others)
      await repo.cleanup()
    }
  })
})

/** A binary cache holding a NAR for `storePath` (a file saying "planted"), unsigned, as an earlier job could leave one. */
async function plantBinaryCache(dir: string, storePath: string): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'nfci-plant-'))
  try {
    writeFileSync(path.join(scratch, 'planted'), 'planted\n')
    const narFile = path.join(scratch, 'x.nar')
    // Through a file: a NAR is binary.
    await runOk('sh', ['-c', 'nix-store --dump "$1" > "$2"', 'sh', path.join(scratch, 'planted'), narFile], { env: nixEnv(nixHome) })
    const narHash = (await runOk('nix-hash', ['--type', 'sha256', '--flat', '--base32', narFile])).stdout.trim()
    mkdirSync(path.join(dir, 'nar'), { recursive: true })
    cpSync(narFile, path.join(dir, 'nar', `${narHash}.nar`))
    writeFileSync(path.join(dir, 'nix-cache-info'), `StoreDir: ${storeDirOf()}\nWantMassQuery: 1\nPriority: 30\n`)
    const size = readFileSync(narFile).length
    const info = [
      `StorePath: ${storePath}`,
      `URL: nar/${narHash}.nar`,
      'Compression: none',
      `FileHash: sha256:${narHash}`,
      `FileSize: ${size}`,
      `NarHash: sha256:${narHash}`,
      `NarSize: ${size}`,
      'References: ',
      ''
    ]
    writeFileSync(path.join(dir, `${path.basename(storePath).slice(0, 32)}.narinfo`), info.join('\n'))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

describe('a binary cache planted on the runner', () => {
  test('in the home or in RUNNER_TEMP is never served: a failing check still fails', async () => {
    const repo = await makeFlakeRepo({ variant: { failingCheck: 'test', salt: 'planted' } })
    const outPath = (await runOk('nix', ['eval', '--raw', `path:${repo.flakeDir}#checks.x86_64-linux.test.outPath`], { env: nixEnv(nixHome) })).stdout.trim()
    try {
      rmSync(home, { recursive: true, force: true })
      const runnerTemp = path.join(home, 'work', '_temp')
      // Where releases before this one kept the restored entry, and where this one does.
      for (const dir of [path.join(home, '.cache', 'nix-flake-ci', 'binary-cache'), path.join(runnerTemp, 'nix-flake-ci', 'binary-cache')])
        await plantBinaryCache(dir, outPath)
      const run = await runAction({
        workspace: repo.dir,
        home,
        runnerTemp,
        event: pullRequest(repo.sha),
        inputs: { build: 'false' },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...service.env }
      })
      expect(run.main.exitCode).toBe(1)
      // Built and failed, whatever words this Nix uses for it.
      expect(run.annotations.some(annotation => annotation.level === 'error' && annotation.properties['title'] === 'Check test failed')).toBe(true)
      expect(await valid(outPath)).toBe(false)

      // The control: served as a trusted substituter, the planted NAR does make the check's output appear.
      const planted = path.join(home, '.cache', 'nix-flake-ci', 'binary-cache')
      rmSync(home, { recursive: true, force: true })
      await plantBinaryCache(planted, outPath)
      await runOk('nix-store', ['--realise', outPath, '--option', 'substituters', `file://${planted}?trusted=1`], { env: nixEnv(nixHome) })
      expect(readFileSync(outPath, 'utf8')).toBe('planted\n')
    } finally {
      await deleteFromStore([outPath])
      await repo.cleanup()
    }
  })
})

/** A key as `nix key generate-secret --key-name NAME` writes it. */
function nixSecretKey(name: string): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url')
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  return `${name}:${Buffer.concat([d, x]).toString('base64')}`
}

/**
 * Saves `dir`, under the runner's home, as a cache entry under `key`, with the
 * unmodified @actions/cache, as a job of `workspace` would: the path named
 * `~/…`, as the action names it (the version hashes the path as given).
 */
function saveEntryAs(dir: string, key: string, workspace: string, runnerHome: string): Promise<void> {
  const cacheModule = path.join(repoRoot, 'node_modules', '@actions', 'cache', 'lib', 'cache.js')
  const given = `~/${path.relative(runnerHome, dir)}`
  const script = `const { saveCache } = await import(${JSON.stringify(cacheModule)}); const id = await saveCache([${JSON.stringify(given)}], ${JSON.stringify(key)}); if (id === -1) process.exit(3)`
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: workspace,
      env: {
        PATH: process.env['PATH'],
        HOME: runnerHome,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: mkdtempSync(path.join(os.tmpdir(), 'nfci-save-')),
        ...service.env
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', chunk => (output += String(chunk)))
    child.stderr.on('data', chunk => (output += String(chunk)))
    child.on('error', reject)
    child.on('close', code => {
      if (code === 0) resolve()
      else reject(new Error(`saving ${key} failed (${String(code)}): ${output}`))
    })
  })
}

type Tamper = 'NarHash changed' | 'NAR changed' | 'Sig removed'

function tamper(dir: string, how: Tamper): void {
  const file = readdirSync(dir).find(name => name.endsWith('.narinfo') && /-check-test/.test(readFileSync(path.join(dir, name), 'utf8')))
  if (!file) throw new Error(`no narinfo of check-test in ${dir}`)
  const narinfo = path.join(dir, file)
  const text = readFileSync(narinfo, 'utf8')
  if (how === 'NarHash changed')
    writeFileSync(
      narinfo,
      text.replace(/^NarHash: sha256:(.)/m, (_all, first: string) => `NarHash: sha256:${first === '0' ? '1' : '0'}`)
    )
  if (how === 'Sig removed') writeFileSync(narinfo, text.replace(/^Sig: .*\n/gm, ''))
  if (how === 'NAR changed') {
    const nar = path.join(dir, /^URL: (.*)$/m.exec(text)?.[1] ?? '')
    const bytes = readFileSync(nar)
    const at = bytes.indexOf('passed')
    bytes.write(at >= 0 ? 'PASSED' : 'x', at >= 0 ? at : bytes.length - 20)
    writeFileSync(nar, bytes)
  }
}

describe('with cache-signing-key', () => {
  let repo: FlakeRepo
  let honest: string
  let keyPrefix: string
  const key = nixSecretKey('nfci-test-1')

  beforeAll(async () => {
    repo = await makeFlakeRepo({ variant: { salt: 'signed' } })
    honest = mkdtempSync(path.join(os.tmpdir(), 'nfci-honest-'))
  })
  afterAll(async () => {
    rmSync(honest, { recursive: true, force: true })
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
    await repo?.cleanup()
  })

  test('an honest entry is signed by Nix and restores with 0 rebuilds', async () => {
    const first = await runOn(repo, pushToMain(repo.sha), { build: 'false', 'cache-signing-key': key })
    expect(first.main.exitCode).toBe(0)
    const savedKey = /Saved \d+ store path\(s\) \(the Nix paths, signed by nfci-test-1\) as (\S+)/.exec(first.log)?.[1]
    expect(savedKey).toBeDefined()
    keyPrefix = (savedKey ?? '').slice(0, -16)
    const saved = cacheDirOf(first)
    const narinfos = readdirSync(saved).filter(name => name.endsWith('.narinfo'))
    expect(narinfos.length).toBeGreaterThan(0)
    for (const name of narinfos) expect(readFileSync(path.join(saved, name), 'utf8')).toMatch(/^Sig: nfci-test-1:/m)
    cpSync(saved, honest, { recursive: true })
    // The key never reached the log nor stayed on disk.
    expect(first.visibleLog).not.toContain(key.slice(12))
    expect(readdirSync(first.runnerTemp).filter(name => name.startsWith('nix-flake-ci-key-'))).toEqual([])

    await makeFreshRunner(repo.flakeDir)
    const second = await runOn(repo, pushToMain(repo.sha), { build: 'false', 'cache-signing-key': key })
    expect(second.main.exitCode).toBe(0)
    expect(second.log).toContain(`restored ${String(savedKey)}`)
    expect(second.log).toContain('Every path of the restored Nix entry is signed by nfci-test-1.')
    expect(derivationsBuilt(second.log)).toEqual([])
  })

  test.each<Tamper>(['NarHash changed', 'NAR changed', 'Sig removed'])(
    'an entry with its %s is refused with a warning, and the run is cold but correct',
    async how => {
      expect(keyPrefix).toMatch(/^nix-flake-ci-v2-nix-/)
      // The tampered copy, saved where the action restores from, newer than the honest entry.
      const dir = path.join(home, 'work', '_temp', 'nix-flake-ci', 'binary-cache')
      rmSync(home, { recursive: true, force: true })
      cpSync(honest, dir, { recursive: true })
      tamper(dir, how)
      const tamperedKey = `${keyPrefix}tampered-${how.split(' ')[0]?.toLowerCase() ?? ''}`
      await saveEntryAs(dir, tamperedKey, repo.dir, home)

      await makeFreshRunner(repo.flakeDir)
      const run = await runOn(repo, pushToMain(repo.sha), { build: 'false', 'cache-signing-key': key })
      expect(run.main.exitCode).toBe(0)
      const refusal = run.annotations.find(
        annotation => annotation.level === 'warning' && annotation.message.includes(`Refused the restored cache ${tamperedKey}`)
      )
      expect(refusal?.message).toMatch(/check-test/)
      expect(derivationsBuilt(run.log).length).toBeGreaterThanOrEqual(3)
      expect(run.log).not.toMatch(/Every path of the restored Nix entry is signed/)
    }
  )
})
