// `npm run bench`: figures, each a median over alternated runs on
// the example flake, with real Nix, skopeo, a registry and the local Actions
// cache service. Prints figures; asserts nothing (timings are not tests).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { changeSource, makeFlakeRepo, NIX_CONFIG } from '../test-support/fixtures.js'
import { clearSkopeoBlobInfoCache, startRegistry } from '../test-support/registry.js'
import { startCacheService } from '../test-support/cache-server.js'
import { repoRoot, runAction, type ActionRun } from '../test-support/runner.js'
import { derivationsBuilt, makeFreshRunner } from '../test-support/fresh-runner.js'
import { ACTION_NIX_CONFIG, pushToMain, registryInputs } from '../test-support/scenario.js'

// Sections that also run alone: `npm run bench -- fan-out`.
const ALONE: Record<string, (report: (line: string) => void) => Promise<void>> = {
  'fan-out': async report => (await import('./bench/fan-out.js')).fanOutSection(report),
  'restore-time': async report => (await import('./bench/restore-time.js')).restoreTimeSection(report)
}
const only = process.argv[2]
if (only !== undefined) {
  const section = ALONE[only]
  if (!section) throw new Error(`no bench section ${JSON.stringify(only)}; known: ${Object.keys(ALONE).join(', ')}`)
  await section(line => {
    console.log(line)
  })
  process.exit(0)
}

const RUNS = Math.max(5, Number(process.env['BENCH_RUNS'] ?? 5))
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

const BUSY_LOOP = Number(process.env['BENCH_BUSY_LOOP'] ?? 1_500_000)
const registry = await startRegistry()
const service = await startCacheService()
let repo = await makeFlakeRepo({ variant: { salt: `bench-${Date.now()}` } })
const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
const token = 'ghs_benchTOKEN'

async function timedAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ ms: number; run: ActionRun }> {
  rmSync(home, { recursive: true, force: true })
  const sha = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).stdout.trim()
  const started = performance.now()
  const run = await runAction({
    workspace: repo.dir,
    home,
    event: pushToMain(sha),
    inputs: { ...registryInputs(registry), 'github-token': token, summary: 'false', ...inputs },
    env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...env }
  })
  const ms = performance.now() - started
  if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
  return { ms, run }
}

function timedShell(tag: string): Promise<number> {
  rmSync(home, { recursive: true, force: true })
  const started = performance.now()
  const env = {
    PATH: process.env['PATH'],
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    NIX_CONFIG: ACTION_NIX_CONFIG,
    BENCH_TOKEN: token,
    BENCH_FLAKE_DIR: repo.flakeDir,
    BENCH_REGISTRY: registry.host,
    BENCH_IMAGE: 'upgrades/k8s-cloud-tagger-dev',
    BENCH_TAG: tag,
    BENCH_USERNAME: registry.username ?? '',
    BENCH_PASSWORD: registry.password ?? ''
  }
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'scripts', 'bench', 'plain.sh'), [], { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('close', code => {
      if (code === 0) resolve(performance.now() - started)
      else reject(new Error(`plain.sh failed:\n${err}`))
    })
  })
}

function timedNode(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' })
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(result.status)}`)
  return performance.now() - started
}

const lines: string[] = []
const report = (line: string) => {
  lines.push(line)
  console.log(line)
}

try {
  console.log(`Benchmarking with ${RUNS} alternated runs per figure on ${os.cpus().length} cores (${process.version}).\n`)

  // 1. The action against the plain script, same commands, same work: each
  // run gets a new commit, so both check, build and push a new image. Once on
  // the example as shipped (every derivation takes milliseconds, so fixed
  // costs show), once with each derivation spending CPU as a compiler would.
  async function compare(label: string): Promise<void> {
    const action: number[] = []
    const shell: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ['action', 'shell'] : ['shell', 'action']
      for (const who of order) {
        await changeSource(repo.dir, `${who}-${i}-${Date.now()}`)
        if (who === 'action') action.push((await timedAction({ cache: 'false', tags: `action-${i}` })).ms)
        else shell.push(await timedShell(`shell-${i}`))
      }
    }
    const ratio = median(action) / median(shell)
    report(`${label}: action (main + post) ${seconds(median(action))} vs plain shell ${seconds(median(shell))}, ratio ${ratio.toFixed(3)} (target <= 1.10)`)
  }
  await compare('1a. example flake as shipped')
  const shipped = repo
  repo = await makeFlakeRepo({ variant: { salt: `busy-${Date.now()}`, busyLoop: BUSY_LOOP } })
  await compare(`1b. example flake, each derivation spinning ${BUSY_LOOP} shell loops`)
  await repo.cleanup()
  repo = shipped

  // 2. A fresh runner: cold, against the cache restored.
  async function freshRunner(label: string): Promise<void> {
    const cold: number[] = []
    const warm: number[] = []
    const coldBuilt: number[] = []
    const warmBuilt: number[] = []
    for (let i = 0; i < RUNS; i++) {
      await changeSource(repo.dir, `cache-${i}-${Date.now()}`)
      await timedAction({ tags: `seed-${i}` }, service.env)
      const order = i % 2 === 0 ? ['warm', 'cold'] : ['cold', 'warm']
      for (const which of order) {
        await makeFreshRunner(repo.flakeDir)
        const { ms, run } = await timedAction(which === 'warm' ? { tags: `warm-${i}` } : { tags: `cold-${i}`, cache: 'false' }, service.env)
        ;(which === 'warm' ? warm : cold).push(ms)
        ;(which === 'warm' ? warmBuilt : coldBuilt).push(derivationsBuilt(run.log).length)
      }
    }
    report(
      `${label}: cold ${seconds(median(cold))}, ${median(coldBuilt)} derivations built; ` +
        `cache restored ${seconds(median(warm))}, ${median(warmBuilt)} derivations built (target 0)`
    )
  }
  await freshRunner('2a. fresh runner, example flake as shipped')
  repo = await makeFlakeRepo({ variant: { salt: `busy2-${Date.now()}`, busyLoop: BUSY_LOOP } })
  await freshRunner(`2b. fresh runner, each derivation spinning ${BUSY_LOOP} shell loops`)
  await repo.cleanup()
  repo = shipped

  // 3. Blobs uploaded: 1 tag, 4 tags, and a re-push on a fresh runner.
  const oneTag: number[] = []
  const fourTags: number[] = []
  const repush: number[] = []
  for (let i = 0; i < RUNS; i++) {
    await changeSource(repo.dir, `tags-${i}-${Date.now()}`)
    await clearSkopeoBlobInfoCache()
    let before = registry.uploadCount()
    await timedAction({ cache: 'false', check: 'false', image: `upgrades/bench-one-${i}`, tags: 'v1' })
    oneTag.push(registry.uploadCount() - before)
    await clearSkopeoBlobInfoCache()
    before = registry.uploadCount()
    await timedAction({ cache: 'false', check: 'false', image: `upgrades/bench-four-${i}`, tags: 'v1, v1.2, v1.2.3, latest' })
    fourTags.push(registry.uploadCount() - before)
    // Seed the cache with this image, then push it again from a fresh runner.
    await timedAction({ check: 'false', image: `upgrades/bench-re-${i}`, tags: 'v1' }, service.env)
    await makeFreshRunner(repo.flakeDir)
    before = registry.uploadCount()
    await timedAction({ check: 'false', image: `upgrades/bench-re-${i}`, tags: 'v1' }, service.env)
    repush.push(registry.uploadCount() - before)
  }
  report(`3. blobs uploaded: 1 tag ${median(oneTag)}, 4 tags ${median(fourTags)} (target = 1 tag), re-push on a fresh runner ${median(repush)} (target 0)`)

  // 5-7 (scripts/bench/): named checks, check and build side by side, the
  // overhead with the cache on and no service.
  await (await import('./bench/named-checks.js')).namedChecksSection(RUNS, report)
  await (await import('./bench/overlap.js')).overlapSection(RUNS, report)
  await (await import('./bench/overhead.js')).overheadSection(RUNS, report)

  // 4. Cold start of the bundle with every stage off, against bare node.
  const stagesOff: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: home, NIX_CONFIG }
  const yml = (await import('yaml')).parse((await import('node:fs')).readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  for (const [name, spec] of Object.entries(yml.inputs))
    stagesOff[`INPUT_${name.toUpperCase()}`] = (spec.default ?? '').includes('${{') ? '' : (spec.default ?? '')
  Object.assign(stagesOff, { INPUT_CHECK: 'false', INPUT_BUILD: 'false', INPUT_CACHE: 'false', INPUT_SUMMARY: 'false', INPUT_PUSH: 'false' })
  const bare: number[] = []
  const bundle: number[] = []
  for (let i = 0; i < Math.max(RUNS, 9); i++) {
    bare.push(timedNode(['-e', ''], stagesOff))
    bundle.push(timedNode([path.join(repoRoot, 'dist', 'main', 'index.js')], stagesOff))
  }
  report(
    `4. cold start, every stage off: bundle ${median(bundle).toFixed(0)} ms vs node -e '' ${median(bare).toFixed(0)} ms (+${(median(bundle) - median(bare)).toFixed(0)} ms)`
  )

  // 5. The cache at GitHub's scale, in its own file.
  await (await import('./bench/cache-at-scale.js')).cacheAtScale(report)

  // 8-9. Restoring a large entry, and the fan-out across runners.
  for (const section of Object.values(ALONE)) await section(report)
} finally {
  rmSync(home, { recursive: true, force: true })
  await repo.cleanup()
  await service.stop()
  await registry.stop()
}
