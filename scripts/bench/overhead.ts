// `npm run bench`, the action's overhead (issue 10): the whole step (main +
// post) against scripts/bench/plain.sh, the same commands typed by hand, on
// the example flake, cache on but no cache service (what a runner without
// the Actions cache, or with it down, gives), summary on (the default). Each
// run gets a new commit, so both check, build and push a new image. Then
// where the action's time goes: the stages (from the job summary), and the
// cold start of each bundle against `node -e ''`.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { changeSource, makeFlakeRepo, NIX_CONFIG, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { repoRoot, runAction } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pushToMain, registryInputs } from '../../test-support/scenario.js'
import { makeToolWrappers, type ToolWrappers } from '../../test-support/tool-wrappers.js'
import { median, type Reporter } from './stats.js'

const TOKEN = 'ghs_benchTOKEN'
const ms = (value: number) => `${value.toFixed(0)} ms`

function plainScript(repo: FlakeRepo, registry: Registry, tag: string, pathValue = process.env['PATH']): Promise<number> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
  const env = {
    PATH: pathValue,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    NIX_CONFIG: ACTION_NIX_CONFIG,
    BENCH_TOKEN: TOKEN,
    BENCH_FLAKE_DIR: repo.flakeDir,
    BENCH_REGISTRY: registry.host,
    BENCH_IMAGE: 'upgrades/k8s-cloud-tagger-dev',
    BENCH_TAG: tag,
    BENCH_USERNAME: registry.username ?? '',
    BENCH_PASSWORD: registry.password ?? ''
  }
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'scripts', 'bench', 'plain.sh'), [], { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('close', code => {
      rmSync(home, { recursive: true, force: true })
      if (code === 0) resolve(performance.now() - started)
      else reject(new Error(`plain.sh failed:\n${err}`))
    })
  })
}

/** Stage times in ms from the job summary's table (`| check | ✅ passed | 0.2 s | … |`). */
function stageTimes(summary: string): Record<string, number> {
  const times: Record<string, number> = {}
  for (const match of summary.matchAll(/^\| ([^|]+?) \| [^|]+ \| ([0-9.]+) s \|/gm)) times[match[1] ?? ''] = Number(match[2]) * 1000
  return times
}

/**
 * When each tool started, in ms from `since` (Date.now()): the wrappers name
 * each call's record by its start time in ns. Keyed `nix flake`, `nix build`,
 * `skopeo copy`…, first start of each.
 */
function starts(wrappers: ToolWrappers, since: number): Record<string, number> {
  const dir = path.join(path.dirname(wrappers.bin), 'calls')
  const found: Record<string, number> = {}
  for (const name of readdirSync(dir).filter(name => !name.endsWith('.tmp')).sort()) {
    const [tool, command] = readFileSync(path.join(dir, name), 'utf8').split('\x1d')[0]?.split('\x1f') ?? []
    const key = `${tool} ${command}`
    found[key] ??= Number(BigInt(name.split('-')[0] ?? '0') / 1_000_000n) - since
  }
  return found
}

/**
 * Where the time goes, from when each tool started (a few runs through the
 * tool wrappers, which cost a shell each, so these are not the timed runs):
 * before the first check or build, the checks and build, the push, post.
 */
async function breakdown(runs: number, report: Reporter, repo: FlakeRepo, registry: Registry): Promise<void> {
  const wrappers = makeToolWrappers()
  const action: Record<string, number[]> = { 'to first check/build': [], 'check and build': [], push: [], 'main total': [], post: [] }
  const shell: Record<string, number[]> = { 'to flake check': [], 'flake check': [], build: [], 'login and copy': [], total: [] }
  try {
    for (let i = 0; i < runs; i++) {
      wrappers.reset()
      let sha = await changeSource(repo.dir, `breakdown-action-${i}-${Date.now()}`)
      let since = Date.now()
      const run = await runAction({
        workspace: repo.dir,
        event: pushToMain(sha),
        inputs: { ...registryInputs(registry), 'github-token': TOKEN, cache: 'true', tags: `breakdown-${i}` },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, PATH: wrappers.path }
      })
      if (run.main.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
      let at = starts(wrappers, since)
      const first = Math.min(at['nix flake'] ?? Infinity, at['nix build'] ?? Infinity)
      // When main started, in ms after `since`: the harness's own work before it is left out.
      const offset = Date.now() - since - (run.post?.ms ?? 0) - run.main.ms
      const copy = at['skopeo copy'] ?? first
      action['to first check/build']?.push(first - offset)
      action['check and build']?.push(copy - first)
      action.push?.push(run.main.ms - (copy - offset))
      action['main total']?.push(run.main.ms)
      action.post?.push(run.post?.ms ?? 0)

      wrappers.reset()
      sha = await changeSource(repo.dir, `breakdown-shell-${i}-${Date.now()}`)
      since = Date.now()
      const total = await plainScript(repo, registry, `breakdown-shell-${i}`, wrappers.path)
      at = starts(wrappers, since)
      shell['to flake check']?.push(at['nix flake'] ?? 0)
      shell['flake check']?.push((at['nix build'] ?? 0) - (at['nix flake'] ?? 0))
      shell.build?.push((at['skopeo login'] ?? 0) - (at['nix build'] ?? 0))
      shell['login and copy']?.push(total - (at['skopeo login'] ?? 0))
      shell.total?.push(total)
    }
  } finally {
    wrappers.cleanup()
  }
  const line = (parts: Record<string, number[]>) => Object.entries(parts).map(([part, times]) => `${part} ${ms(median(times))}`).join(', ')
  report(`   where the action's time goes (through tool wrappers): ${line(action)}`)
  report(`   where the plain script's time goes: ${line(shell)}`)
}

function coldStart(script: string | undefined, env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, script ? [script] : ['-e', ''], { env, stdio: 'ignore' })
  if (result.status !== 0) throw new Error(`node ${script ?? "-e ''"} exited ${result.status}`)
  return performance.now() - started
}

export async function overheadSection(runs: number, report: Reporter): Promise<void> {
  const registry = await startRegistry()
  const repo = await makeFlakeRepo({ variant: { salt: `overhead-${Date.now()}` } })
  try {
    const total: number[] = []
    const main: number[] = []
    const post: number[] = []
    const shell: number[] = []
    const stages: Record<string, number[]> = {}
    for (let i = 0; i < runs; i++) {
      for (const who of i % 2 === 0 ? ['action', 'shell'] : ['shell', 'action']) {
        const sha = await changeSource(repo.dir, `overhead-${who}-${i}-${Date.now()}`)
        if (who === 'shell') {
          shell.push(await plainScript(repo, registry, `shell-${i}`))
          continue
        }
        const started = performance.now()
        const run = await runAction({
          workspace: repo.dir,
          event: pushToMain(sha),
          inputs: { ...registryInputs(registry), 'github-token': TOKEN, cache: 'true', tags: `action-${i}` },
          env: { NIX_CONFIG: ACTION_NIX_CONFIG }
        })
        total.push(performance.now() - started)
        if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
        main.push(run.main.ms)
        post.push(run.post?.ms ?? 0)
        for (const [stage, time] of Object.entries(stageTimes(run.summary))) (stages[stage] ??= []).push(time)
      }
    }
    const ratio = median(total) / median(shell)
    report(
      `7. overhead, example flake, cache on and no cache service: action ${ms(median(total))} (main ${ms(median(main))}, post ${ms(median(post))}) ` +
        `vs plain shell ${ms(median(shell))}, ratio ${ratio.toFixed(2)} (goal <= 1.10)`
    )
    report(`   stages (job summary, 0.1 s steps): ${Object.entries(stages).map(([stage, times]) => `${stage} ${ms(median(times))}`).join(', ')}`)

    await breakdown(Math.min(runs, 5), report, repo, registry)

    // Cold starts: main with every stage off, post with nothing to clean.
    const off: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-')), NIX_CONFIG }
    const yml = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
    for (const [name, spec] of Object.entries(yml.inputs)) off[`INPUT_${name.toUpperCase()}`] = (spec.default ?? '').includes('${{') ? '' : (spec.default ?? '')
    Object.assign(off, { INPUT_CHECK: 'false', INPUT_BUILD: 'false', INPUT_CACHE: 'false', INPUT_SUMMARY: 'false', INPUT_PUSH: 'false' })
    const bare: number[] = []
    const mainStart: number[] = []
    const postStart: number[] = []
    const cacheOn: number[] = []
    for (let i = 0; i < Math.max(runs, 9); i++) {
      bare.push(coldStart(undefined, off))
      mainStart.push(coldStart(path.join(repoRoot, 'dist', 'main', 'index.js'), off))
      cacheOn.push(coldStart(path.join(repoRoot, 'dist', 'main', 'index.js'), { ...off, INPUT_CACHE: 'true' }))
      postStart.push(coldStart(path.join(repoRoot, 'dist', 'post', 'index.js'), off))
    }
    rmSync(off['HOME'] ?? '', { recursive: true, force: true })
    report(
      `   cold starts: node -e '' ${ms(median(bare))}; dist/main, every stage off (installs nothing: asks nix its version, checks its trust) ${ms(median(mainStart))}, ` +
        `the same with the cache on and no service ${ms(median(cacheOn))}; ` +
        `dist/post, nothing to clean ${ms(median(postStart))}`
    )
  } finally {
    await repo.cleanup()
    await registry.stop()
  }
}

// Run alone: `tsx scripts/bench/overhead.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  await overheadSection(Math.max(5, Number(process.env['BENCH_RUNS'] ?? 5)), console.log)
}
