// `npm run bench`, the action's overhead: the whole step (main +
// post) against scripts/bench/plain.sh, the same commands typed by hand, on
// the example flake, cache on but no cache service (what a runner without
// the Actions cache, or with it down, gives), summary on (the default). Each
// run gets a new commit, so both check, build and push a new image. Then
// where the action's time goes: the stages (from the job summary), and the
// cold start of each bundle against `node -e ''`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { changeSource, makeFlakeRepo, NIX_CONFIG, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { repoRoot, runAction } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pushToMain, registryInputs } from '../../test-support/scenario.js'
import { median, type Reporter } from './stats.js'

const TOKEN = 'ghs_benchTOKEN'
const ms = (value: number) => `${value.toFixed(0)} ms`

function plainScript(repo: FlakeRepo, registry: Registry, tag: string): Promise<number> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
  const env = {
    PATH: process.env['PATH'],
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

/** `nix` and `skopeo` stand-ins that note when each call started and ended, then pass its exit code on. */
function spanWrappers(): { path: string; spans(since: number): { what: string; from: number; to: number }[]; reset(): void; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-spans-'))
  const log = path.join(dir, 'spans')
  for (const tool of ['nix', 'skopeo']) {
    writeFileSync(
      path.join(dir, tool),
      `#!/bin/sh\ns=$(date +%s%N); /usr/bin/${tool} "$@"; rc=$?; e=$(date +%s%N)\necho "$s $e ${tool} $1 $2" >> '${log}'\nexit $rc\n`,
      { mode: 0o755 }
    )
  }
  return {
    path: `${dir}${path.delimiter}${process.env['PATH'] ?? ''}`,
    spans: since =>
      (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [])
        .map(line => line.split(' '))
        .map(([from, to, ...what]) => ({
          what: what.join(' ').trim(),
          from: Number(BigInt(from ?? '0') / 1_000_000n) - since,
          to: Number(BigInt(to ?? '0') / 1_000_000n) - since
        }))
        .sort((a, b) => a.from - b.from),
    reset: () => {
      rmSync(log, { force: true })
    },
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * Where the time goes: when each tool ran, in ms from the start of main,
 * for the run of median length among a few (through wrappers that cost a
 * shell each, so these are not the timed runs).
 */
async function breakdown(runs: number, report: Reporter, repo: FlakeRepo, registry: Registry): Promise<void> {
  const wrappers = spanWrappers()
  const timelines: { total: number; line: string }[] = []
  try {
    for (let i = 0; i < runs; i++) {
      wrappers.reset()
      const sha = await changeSource(repo.dir, `breakdown-${i}-${Date.now()}`)
      const run = await runAction({
        workspace: repo.dir,
        event: pushToMain(sha),
        inputs: { ...registryInputs(registry), 'github-token': TOKEN, cache: 'true', tags: `breakdown-${i}` },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, PATH: wrappers.path }
      })
      if (run.main.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
      // main started main.ms + post.ms (and the harness's moment between them) before now.
      const mainStart = Date.now() - run.main.ms - (run.post?.ms ?? 0)
      const spans = wrappers.spans(mainStart).map(span => `${span.what} ${span.from.toFixed(0)}–${span.to.toFixed(0)}`)
      const post = run.post?.ms ?? 0
      timelines.push({ total: run.main.ms + post, line: `${spans.join(', ')}; main ends ${run.main.ms.toFixed(0)}; post ${post.toFixed(0)} ms` })
    }
  } finally {
    wrappers.cleanup()
  }
  const sorted = [...timelines].sort((a, b) => a.total - b.total)
  report(`   timeline of a run (ms from main's start, tools through wrappers): ${String(sorted[Math.floor(sorted.length / 2)]?.line)}`)
}

function coldStart(script: string | undefined, env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, script ? [script] : ['-e', ''], { env, stdio: 'ignore' })
  if (result.status !== 0) throw new Error(`node ${script ?? "-e ''"} exited ${String(result.status)}`)
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
        const run = await runAction({
          workspace: repo.dir,
          event: pushToMain(sha),
          inputs: { ...registryInputs(registry), 'github-token': TOKEN, cache: 'true', tags: `action-${i}` },
          env: { NIX_CONFIG: ACTION_NIX_CONFIG }
        })
        // The step's cost is its two processes: the test runner's own files and spawning are left out.
        total.push(run.main.ms + (run.post?.ms ?? 0))
        if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
        main.push(run.main.ms)
        post.push(run.post.ms)
        for (const [stage, time] of Object.entries(stageTimes(run.summary))) (stages[stage] ??= []).push(time)
      }
    }
    const ratio = median(total) / median(shell)
    report(
      `7. overhead, example flake, cache on and no cache service: action (main + post) ${ms(median(total))} (main ${ms(median(main))}, post ${ms(median(post))}) ` +
        `vs plain shell ${ms(median(shell))}, ratio ${ratio.toFixed(2)} (goal <= 1.10)`
    )
    report(
      `   stages (job summary, 0.1 s steps): ${Object.entries(stages)
        .map(([stage, times]) => `${stage} ${ms(median(times))}`)
        .join(', ')}`
    )

    await breakdown(Math.min(runs, 5), report, repo, registry)

    // Cold starts: main with every stage off, post with nothing to clean.
    const off: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-')), NIX_CONFIG }
    const yml = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
    for (const [name, spec] of Object.entries(yml.inputs)) off[`INPUT_${name.toUpperCase()}`] = (spec.default ?? '').includes('${{') ? '' : (spec.default ?? '')
    Object.assign(off, { INPUT_CHECK: 'false', INPUT_BUILD: 'false', INPUT_CACHE: 'false', INPUT_SUMMARY: 'false', INPUT_PUSH: 'false' })
    // What main hands post with the cache on and no service: the state it saves.
    const mainOut = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'main', 'index.js')], {
      env: { ...off, INPUT_CACHE: 'true' },
      encoding: 'utf8'
    }).stdout
    const state = [...mainOut.matchAll(/^::save-state name=nix-flake-ci::(.*)$/gm)].at(-1)?.[1] ?? ''
    const postCache: number[] = []
    const bare: number[] = []
    const mainStart: number[] = []
    const postStart: number[] = []
    const cacheOn: number[] = []
    for (let i = 0; i < Math.max(runs, 9); i++) {
      bare.push(coldStart(undefined, off))
      mainStart.push(coldStart(path.join(repoRoot, 'dist', 'main', 'index.js'), off))
      cacheOn.push(coldStart(path.join(repoRoot, 'dist', 'main', 'index.js'), { ...off, INPUT_CACHE: 'true' }))
      postStart.push(coldStart(path.join(repoRoot, 'dist', 'post', 'index.js'), off))
      postCache.push(coldStart(path.join(repoRoot, 'dist', 'post', 'index.js'), { ...off, 'STATE_nix-flake-ci': state }))
    }
    rmSync(off['HOME'] ?? '', { recursive: true, force: true })
    report(
      `   cold starts: node -e '' ${ms(median(bare))}; dist/main, every stage off (installs nothing: asks nix its version, checks its trust) ${ms(median(mainStart))}, ` +
        `the same with the cache on and no service ${ms(median(cacheOn))}; ` +
        `dist/post, nothing to clean ${ms(median(postStart))}, the same with main's cache state and no service ${ms(median(postCache))}`
    )
  } finally {
    await repo.cleanup()
    await registry.stop()
  }
}

// Run alone: `tsx scripts/bench/overhead.ts`.
if (import.meta.url === `file://${String(process.argv[1])}`) {
  await overheadSection(Math.max(5, Number(process.env['BENCH_RUNS'] ?? 5)), console.log)
}
