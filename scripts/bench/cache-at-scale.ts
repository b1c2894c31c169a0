// The cache at GitHub's scale, on one synthetic flake whose build
// leaves a few hundred MB of store paths: N incompressible blobs, an app that
// refers to all of them (so its closure is the lot) and a check of the app.
// Prints figures; asserts nothing. Run by `npm run bench` (scripts/bench.ts)
// or alone: `tsx scripts/bench/cache-at-scale.ts`.
//
// A. a cold run on a fresh runner (nothing restored), B. a fresh runner with
// our cache restored, C. what nix-community/cache-nix-action does: the whole
// store of the job as one tarball (emulated: the job's store paths copied
// under one directory, saved and restored with the same @actions/cache and
// service; the machine's own /nix is shared and cannot be swapped out), then
// the job on a store that has everything. D. 10 main and 10 pull-request
// runs, alternating, each changing the app, under a size cap scaled down from
// GitHub's 10 GB per repository the way cache-max-size (2 GB) relates to it:
// five main entries; D2. the same cap with two pull requests pushing five
// commits each, saving deltas against saving their whole set. E. what the cache costs when it is off, missing or down,
// against `cache: false`, on the example flake with nothing to build.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, nixEnv, runOk, type FlakeRepo } from '../../test-support/fixtures.js'
import { startCacheService, type CacheEntry, type CacheService } from '../../test-support/cache-server.js'
import { runAction, type ActionRun, type RunnerEvent } from '../../test-support/runner.js'
import { derivationsBuilt, makeFreshRunner } from '../../test-support/fresh-runner.js'
import { ACTION_NIX_CONFIG } from '../../test-support/scenario.js'
import { mb, median, seconds } from './stats.js'

const BLOBS = Number(process.env['BENCH_SCALE_BLOBS'] ?? 6)
const BLOB_MB = Number(process.env['BENCH_SCALE_BLOB_MB'] ?? 40)
const SEQUENCE = Number(process.env['BENCH_SCALE_SEQUENCE'] ?? 10)
const OVERHEAD_RUNS = Number(process.env['BENCH_SCALE_OVERHEAD_RUNS'] ?? 7)

function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

async function currentSystem(home: string): Promise<string> {
  return (await runOk('nix', ['eval', '--impure', '--raw', '--expr', 'builtins.currentSystem'], { env: nixEnv(home) })).stdout.trim()
}

/** The synthetic flake in a git repository of its own; `change` rebuilds the app and its check only. */
function makeScaleFlake(dir: string, system: string, salt: string): void {
  const flake = `{
  outputs = { self }:
    let
      system = "${system}";
      mk = name: script: derivation { inherit name system; builder = "/bin/sh"; args = [ "-c" script ]; PATH = "/usr/bin:/bin"; };
      blob = i: mk "blob-\${toString i}" "echo ${salt} >/dev/null; head -c ${BLOB_MB}M /dev/urandom > $out";
      blobs = builtins.genList blob ${BLOBS};
      app = mk "app" "{ cat \${./change.txt}; \${builtins.concatStringsSep "; " (map (b: "echo \${b}") blobs)}; } > $out";
    in {
      packages.\${system} = { default = app; } // builtins.listToAttrs (map (b: { name = b.name; value = b; }) blobs);
      checks.\${system}.app = mk "check-app" "cat \${app} > $out";
    };
}
`
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'flake.nix'), flake)
  writeFileSync(path.join(dir, 'change.txt'), 'main-0\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '.')
  git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-m', 'scale')
}

function change(dir: string, text: string): string {
  writeFileSync(path.join(dir, 'change.txt'), `${text}\n`)
  git(dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-am', text)
  return git(dir, 'rev-parse', 'HEAD')
}

const event = (name: string, ref: string, sha: string): RunnerEvent => ({ name, ref, sha, payload: { repository: { default_branch: 'main' } } })

export async function cacheAtScale(report: (line: string) => void): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'nfci-scale-'))
  const home = path.join(scratch, 'home')
  const service: CacheService = await startCacheService({ dataDir: path.join(scratch, 'service') })
  const flakeDir = path.join(scratch, 'repo')
  let example: FlakeRepo | undefined
  try {
    makeScaleFlake(flakeDir, await currentSystem(scratch), `scale-${Date.now()}`)
    const entriesSince = (before: CacheEntry[]) => service.entries().filter(entry => !before.some(old => old.id === entry.id))
    const bytes = (entries: CacheEntry[]) => entries.reduce((sum, entry) => sum + entry.sizeBytes, 0)
    async function timed(ev: RunnerEvent, inputs: Record<string, string>, env: Record<string, string> = service.env) {
      rmSync(home, { recursive: true, force: true })
      const before = service.entries()
      const started = performance.now()
      const run: ActionRun = await runAction({
        workspace: flakeDir,
        home,
        event: ev,
        inputs: { package: 'default', summary: 'false', ...inputs },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...env }
      })
      const ms = performance.now() - started
      if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
      const saved = entriesSince(before)
      return { ms, run, saved, savedBytes: bytes(saved), built: derivationsBuilt(run.log).length }
    }
    report(`\nCache at scale: ${BLOBS} blobs of ${BLOB_MB} MB (incompressible) behind one app and its check, ${os.cpus().length} cores, ${process.version}`)

    // A. Cold, on a fresh runner.
    const sha0 = git(flakeDir, 'rev-parse', 'HEAD')
    const outputs = await makeFreshRunner(flakeDir)
    const cold = await timed(event('push', 'refs/heads/main', sha0), {})
    const mainEntry = cold.saved.find(entry => entry.key.startsWith('nix-flake-ci-v2-nix-'))
    report(`A. cold run: ${seconds(cold.ms)}, ${cold.built} derivations built, uploaded ${mb(cold.savedBytes)} (${cold.saved.length} entry)`)

    // B. Our cache restored on a fresh runner.
    await makeFreshRunner(flakeDir)
    const warm = await timed(event('push', 'refs/heads/main', sha0), {})
    report(`B. fresh runner, our cache restored: ${seconds(warm.ms)}, ${warm.built} derivations built, uploaded ${mb(warm.savedBytes)}`)

    // C. The whole store of the job as one tarball (cache-nix-action's way).
    const closure = (await runOk('nix-store', ['--query', '--requisites', ...outputs], { env: nixEnv(scratch) })).stdout.trim().split('\n')
    const tarRoot = path.join(scratch, 'whole-nix')
    const storeCopy = path.join(tarRoot, 'nix', 'store')
    mkdirSync(storeCopy, { recursive: true })
    for (const storePath of closure) cpSync(storePath, path.join(storeCopy, path.basename(storePath)), { recursive: true })
    const saved = process.env
    process.env = { ...process.env, ...service.env, RUNNER_TEMP: path.join(scratch, 'runner-temp'), GITHUB_WORKSPACE: scratch }
    // @actions/cache talks in workflow commands; in this process they are noise.
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) =>
      String(chunk).startsWith('::') || /^(Cache |Sent |Received |\[command\])/.test(String(chunk)) ? true : write(chunk, ...rest)
    mkdirSync(path.join(scratch, 'runner-temp'), { recursive: true })
    let tarBytes = 0
    let restoreMs = 0
    let saveMs = 0
    try {
      const cache = await import('@actions/cache')
      const before = service.entries()
      let started = performance.now()
      await cache.saveCache([tarRoot], `whole-nix-${Date.now()}`)
      saveMs = performance.now() - started
      tarBytes = bytes(entriesSince(before))
      const key = entriesSince(before)[0]?.key ?? ''
      rmSync(tarRoot, { recursive: true, force: true })
      started = performance.now()
      await cache.restoreCache([tarRoot], key)
      restoreMs = performance.now() - started
    } finally {
      process.env = saved
      process.stdout.write = write
    }
    // The job itself, on a store that already has every path (the tarball's effect).
    const onFullStore = await timed(event('push', 'refs/heads/main', sha0), { cache: 'false' })
    report(
      `C. whole store as one tarball: uploaded ${mb(tarBytes)} (save ${seconds(saveMs)}; on a runner also Nix's own ~100-200 MB, every time the key changes), ` +
        `restore ${seconds(restoreMs)} + job on the full store ${seconds(onFullStore.ms)} = ${seconds(restoreMs + onFullStore.ms)}`
    )

    // D. 10 main and 10 pull-request runs under a scaled-down cap.
    const cap = 5 * (mainEntry?.sizeBytes ?? 0)
    service.setMaxBytes(cap)
    report(`D. ${SEQUENCE} main and ${SEQUENCE} pull-request runs, each changing the app; cap ${mb(cap)} (5 main entries, as 10 GB is to 2 GB):`)
    const latestMain = () =>
      service
        .entries()
        .filter(entry => entry.scope === 'refs/heads/main' && entry.key.startsWith('nix-flake-ci-v2-nix-') && !entry.key.includes('-delta-'))
        .sort((a, b) => b.id - a.id)[0]?.key
    let mainKey = latestMain()
    let survived = 0
    const mainBytes: number[] = []
    const prBytes: number[] = []
    for (let i = 1; i <= SEQUENCE; i++) {
      await makeFreshRunner(flakeDir)
      const main = await timed(event('push', 'refs/heads/main', change(flakeDir, `main-${i}`)), {})
      mainBytes.push(main.savedBytes)
      mainKey = latestMain() ?? mainKey
      await makeFreshRunner(flakeDir)
      const prEnv = { ...service.env, ACTIONS_RUNTIME_TOKEN: service.tokenFor(`refs/pull/${i}/merge`, ['refs/heads/main']) }
      const pr = await timed(event('pull_request', `refs/pull/${i}/merge`, change(flakeDir, `pr-${i}`)), {}, prEnv)
      prBytes.push(pr.savedBytes)
      const alive = service.entries().some(entry => entry.key === mainKey)
      if (alive) survived++
      report(
        `   ${String(i).padStart(2)}: main ${seconds(main.ms)}, built ${main.built}, saved ${mb(main.savedBytes)}; ` +
          `pull request ${seconds(pr.ms)}, built ${pr.built}, saved ${mb(pr.savedBytes)}; main's entry ${alive ? 'alive' : 'EVICTED'}`
      )
    }
    const evicted = service.evictions()
    report(
      `   main saved ${mb(mainBytes.reduce((a, b) => a + b, 0))} in all, pull requests ${mb(prBytes.reduce((a, b) => a + b, 0))}; ` +
        `main's latest entry alive after ${survived} of ${SEQUENCE} pull-request runs; ${evicted.length} entries evicted ` +
        `(${evicted.filter(entry => entry.key.includes('-delta-')).length} pull-request deltas, ${evicted.filter(entry => !entry.key.includes('-delta-')).length} older main entries)`
    )

    // D2. Why deltas: two pull requests pushing five commits each, right after
    // a main run. As deltas (what the action does), each run restores main's
    // entry. Saving their whole set instead (emulated by pushes to branches,
    // which save a full entry in their own scope and read main's), each pull
    // request's later runs find their own entry first and never touch main's,
    // which then goes first under least-recently-used eviction.
    for (const mode of ['deltas', 'whole sets'] as const) {
      await makeFreshRunner(flakeDir)
      await timed(event('push', 'refs/heads/main', change(flakeDir, `main-${mode}`)), {})
      const key = latestMain()
      let uploaded = 0
      let evictedAt: number | undefined
      for (let i = 1; i <= SEQUENCE; i++) {
        const pr = (i % 2) + 1
        await makeFreshRunner(flakeDir)
        const sha = change(flakeDir, `${mode}-pr${pr}-${i}`)
        const ref = mode === 'deltas' ? `refs/pull/${100 + pr}/merge` : `refs/heads/pr-${pr}`
        const env = { ...service.env, ACTIONS_RUNTIME_TOKEN: service.tokenFor(ref, ['refs/heads/main']) }
        const run = await timed(event(mode === 'deltas' ? 'pull_request' : 'push', ref, sha), {}, env)
        uploaded += run.savedBytes
        if (evictedAt === undefined && !service.entries().some(entry => entry.key === key)) evictedAt = i
      }
      report(
        `D2. 2 pull requests, ${SEQUENCE} runs after one main run, saving ${mode}: uploaded ${mb(uploaded)}; ` +
          (evictedAt === undefined ? `main's entry alive after all ${SEQUENCE}` : `main's entry EVICTED at run ${evictedAt}`)
      )
    }

    // E. A cache that is off, missing or down, on the example flake with nothing to build.
    example = await makeFlakeRepo({ variant: { salt: `overhead-${Date.now()}` } })
    const exampleRepo = example
    const exampleRun = async (inputs: Record<string, string>, env: Record<string, string>) => {
      rmSync(home, { recursive: true, force: true })
      const started = performance.now()
      const run = await runAction({
        workspace: exampleRepo.dir,
        home,
        event: event('push', 'refs/heads/main', exampleRepo.sha),
        inputs: { summary: 'false', ...inputs },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...env }
      })
      if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
      return performance.now() - started
    }
    await exampleRun({ cache: 'false' }, {})
    const modes: Record<string, [Record<string, string>, Record<string, string>]> = {
      'cache: false': [{ cache: 'false' }, {}],
      'no service': [{}, {}],
      'service down': [{}, { ...service.env, ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }]
    }
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(modes).map(mode => [mode, []]))
    for (let i = 0; i < OVERHEAD_RUNS; i++) {
      const order = i % 2 === 0 ? Object.keys(modes) : Object.keys(modes).reverse()
      for (const mode of order) {
        const [inputs, env] = modes[mode] as [Record<string, string>, Record<string, string>]
        times[mode]?.push(await exampleRun(inputs, env))
      }
    }
    const off = median(times['cache: false'] ?? [])
    report(
      `E. cache overhead, example flake, nothing to build (median of ${OVERHEAD_RUNS}, main + post): ` +
        Object.entries(times)
          .map(([mode, values]) => `${mode} ${seconds(median(values))} (${(median(values) / off).toFixed(3)}×)`)
          .join(', ')
    )
  } finally {
    await example?.cleanup()
    await service.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${String(process.argv[1])}`) {
  await cacheAtScale(line => {
    console.log(line)
  })
}
