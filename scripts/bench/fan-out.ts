// `npm run bench -- fan-out` (or `npx tsx scripts/bench/fan-out.ts`): the
// fan-out across runners, on a generated flake of many checks over shared
// libraries (fan-out-flake.ts), with real Nix and the local Actions cache
// service. Prints figures; asserts nothing.
//
// 1. Every derivation built once, one at a time, each timing itself.
// 2. The plan (`plan: true`) on a fresh runner: its nix processes counted
//    through PATH wrappers, and the jobs of its matrix.
// 3. The first wave, then each matrix job as a runner runs it, one after
//    another, each on a fresh store: bytes restored (what the cache service
//    handed it) against its checks' closure, bytes saved, derivations built.
//    The matrix jobs restore as jobs GitHub starts together would: none sees
//    another matrix job's entry, only what was saved before they started.
// 4. The next run's plan on a fresh runner: the jobs it still lists.
// 5. The wall time on 1, 4 and 16 runners, simulated (fan-out-model.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nixEnv, runOk } from '../../test-support/fixtures.js'
import { startCacheService, type CacheEntry, type CacheService } from '../../test-support/cache-server.js'
import { actionYml, runAction, type ActionRun } from '../../test-support/runner.js'
import { derivationsBuilt, makeFreshRunner } from '../../test-support/fresh-runner.js'
import { makeToolWrappers } from '../../test-support/tool-wrappers.js'
import { ACTION_NIX_CONFIG, pushToMain } from '../../test-support/scenario.js'
import { checkName, DEFAULT_SHAPE, makeFanOutFlake } from './fan-out-flake.js'
import { designs, simulate, type Graph } from './fan-out-model.js'
import { mb, median, seconds, type Reporter } from './stats.js'

const bytesOf = (entries: readonly CacheEntry[]) => entries.reduce((sum, entry) => sum + entry.sizeBytes, 0)

interface MatrixJob {
  system: string
  'runs-on': string
  checks: string
}

/** A store path's name without its hash. */
const nameOf = (storePath: string) =>
  path
    .basename(storePath)
    .slice(33)
    .replace(/\.drv$/, '')
    .replace(/^check-/, '')

async function narSizes(paths: readonly string[], env: NodeJS.ProcessEnv): Promise<Map<string, number>> {
  if (paths.length === 0) return new Map()
  const result = await runOk('nix', ['path-info', '--json', '--recursive', ...paths], { env })
  const infos = JSON.parse(result.stdout) as { path: string; narSize: number }[]
  return new Map(infos.map(info => [info.path, info.narSize]))
}

/** The subcommand of a nix call (`eval`, `flake check`, `store ping`), for the log of what the plan ran. */
function subcommand(argv: readonly string[]): string {
  const words: string[] = []
  for (const arg of argv) {
    if (arg.startsWith('-') || words.length === 2) break
    words.push(arg)
    if (!['flake', 'store', 'profile', 'registry', 'key'].includes(arg)) break
  }
  // What counts as an evaluation of the flake: an installable of it (`.#checks`, `/dir#x`).
  const ofFlake = words.length > 0 && argv.some(arg => !arg.startsWith('-') && arg.includes('#'))
  return `${words.join(' ') || (argv[0] ?? '')}${ofFlake ? ' (the flake)' : ''}`
}

export async function fanOutSection(report: Reporter): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'nfci-fanout-'))
  const home = path.join(scratch, 'home')
  const flakeDir = path.join(scratch, 'repo')
  const service: CacheService = await startCacheService({ dataDir: path.join(scratch, 'service') })
  const wrappers = makeToolWrappers(undefined, ['nix', 'nix-store', 'skopeo'])
  try {
    const evalHome = path.join(scratch, 'eval-home')
    mkdirSync(evalHome, { recursive: true })
    const env = nixEnv(evalHome)
    const system = (await runOk('nix', ['eval', '--impure', '--raw', '--expr', 'builtins.currentSystem'], { env })).stdout.trim()
    const shape = DEFAULT_SHAPE
    const sha = makeFanOutFlake(flakeDir, system, `fan-out-${Date.now()}`, shape)
    const checks = Array.from({ length: shape.checks }, (_, i) => checkName(i))
    report(
      `\nFan-out: a generated flake of ${shape.checks} checks over ${shape.libs} libraries and a core (each library ${mb(shape.libKiB * 1024)}, core ${mb(shape.coreKiB * 1024)}), ` +
        `${os.cpus().length} cores, ${process.version}`
    )

    // 1. Each derivation's own build time, built one at a time.
    const started = performance.now()
    const built = JSON.parse(
      (await runOk('nix', ['build', '--no-link', '--json', '--max-jobs', '1', ...checks.map(c => `${flakeDir}#checks.${system}.${c}`)], { env })).stdout
    ) as { outputs: { out: string } }[]
    const buildAllMs = performance.now() - started
    const outputs = new Map(checks.map((check, i) => [check, built[i]?.outputs.out ?? '']))
    const graph: Graph = { ms: new Map(), deps: new Map(), checks }
    const visit = (storePath: string): string => {
      const name = nameOf(storePath)
      if (graph.ms.has(name)) return name
      graph.ms.set(name, Number(readFileSync(path.join(storePath, 'build-ms'), 'utf8')))
      let deps: string[] = []
      try {
        deps = readFileSync(path.join(storePath, 'deps'), 'utf8').split('\n').filter(Boolean)
      } catch {
        deps = []
      }
      graph.deps.set(name, deps.map(visit))
      return name
    }
    for (const out of outputs.values()) visit(out)
    const sizes = await narSizes([...outputs.values()], env)
    const newBytes = [...sizes.values()].reduce((a, b) => a + b, 0)
    const total = [...graph.ms.values()].reduce((a, b) => a + b, 0)
    report(
      `1. every derivation built once, one at a time: ${seconds(buildAllMs)} wall, ${graph.ms.size} derivations whose own times add up to ${seconds(total)} ` +
        `(core ${seconds(graph.ms.get('core') ?? 0)}, libraries ${seconds(median(Array.from({ length: shape.libs }, (_, l) => graph.ms.get(`lib${l}`) ?? 0)))} median, ` +
        `checks ${seconds(median(checks.map(c => graph.ms.get(c) ?? 0)))} median); ${sizes.size} store paths, ${mb(newBytes)}`
    )

    const timedRun = async (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) => {
      await makeFreshRunner(flakeDir)
      rmSync(home, { recursive: true, force: true })
      const entriesBefore = service.entries()
      const servedBefore = service.served().length
      const begin = performance.now()
      const run: ActionRun = await runAction({
        workspace: flakeDir,
        home,
        event: pushToMain(sha),
        inputs: { summary: 'false', push: 'false', ...inputs },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...service.env, ...extraEnv }
      })
      const ms = performance.now() - begin
      if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`action run failed:\n${run.log.slice(-3000)}`)
      const saved = service.entries().filter(entry => !entriesBefore.some(old => old.id === entry.id))
      return { ms, run, saved, restored: service.served().slice(servedBefore), built: derivationsBuilt(run.log).map(nameOf) }
    }

    // 2. The plan.
    const hasPlan = 'plan' in actionYml().inputs
    let matrix: MatrixJob[]
    let firstWave: MatrixJob[] = []
    let planMs = 0
    const uploaded: CacheEntry[] = []
    const plan = async () => {
      wrappers.reset()
      const result = await timedRun({ plan: 'true', runners: `${system}=ubuntu-latest` }, { PATH: wrappers.path })
      const calls = wrappers.calls().filter(call => call.tool === 'nix')
      const storeQueries = wrappers.calls().filter(call => call.tool === 'nix-store').length
      const kinds = new Map<string, number>()
      for (const call of calls) kinds.set(subcommand(call.argv), (kinds.get(subcommand(call.argv)) ?? 0) + 1)
      const jobs = JSON.parse(result.run.outputs['matrix'] ?? '[]') as MatrixJob[]
      const wave = JSON.parse(result.run.outputs['first-wave'] ?? '[]') as MatrixJob[]
      return { ...result, jobs, wave, storeQueries, calls: calls.length, kinds: [...kinds].map(([kind, n]) => (n > 1 ? `${kind} ×${n}` : kind)).join(', ') }
    }
    if (hasPlan) {
      const first = await plan()
      planMs = first.ms
      matrix = first.jobs
      firstWave = first.wave
      uploaded.push(...first.saved)
      report(
        `2. plan on a fresh runner: ${seconds(first.ms)}, ${first.calls} nix processes (${first.kinds}) and ${first.storeQueries} nix-store, ` +
          `${first.jobs.length} jobs for ${first.jobs.reduce((n, job) => n + job.checks.split(',').length, 0)} checks after a first wave of ${first.wave.length} job(s) ` +
          `for ${first.wave.reduce((n, job) => n + job.checks.split(',').length, 0)} checks (${first.wave.map(job => job.checks).join('; ') || 'none'}), ${first.built.length} derivations built`
      )
    } else {
      matrix = checks.map(check => ({ system, 'runs-on': 'ubuntu-latest', checks: check }))
      report('2. this build of the action has no `plan` input: the bench makes the matrix itself, one job per check')
    }

    // 3. The first wave, then the matrix jobs, one after another, each on a fresh store.
    const jobs: { checks: string[]; ms: number; restored: number; closure: number; saved: number; savedEntries: number; built: string[]; wave: 1 | 2 }[] = []
    let together: (() => void) | undefined
    for (const [index, job] of [...firstWave, ...matrix].entries()) {
      if (index === firstWave.length) together = service.startTogether()
      const names = job.checks.split(',').map(name => name.trim())
      // The plan may name a check `<system>.<name>`.
      const bare = names.map(name => (name.startsWith(`${system}.`) ? name.slice(system.length + 1) : name))
      const result = await timedRun({ checks: names.join(', '), build: 'false' })
      uploaded.push(...result.saved)
      const closure = await narSizes(bare.map(name => outputs.get(name) ?? '').filter(Boolean), env)
      jobs.push({
        checks: bare,
        ms: result.ms,
        restored: bytesOf(result.restored),
        closure: [...closure.values()].reduce((a, b) => a + b, 0),
        saved: bytesOf(result.saved),
        savedEntries: result.saved.length,
        built: result.built,
        wave: index < firstWave.length ? 1 : 2
      })
    }
    together?.()
    const ratios = jobs.map(job => job.restored / Math.max(1, job.closure))
    const over = jobs.filter(job => job.restored > 2 * job.closure)
    const rebuiltShared = jobs.reduce((n, job) => n + job.built.filter(name => !checks.includes(name)).length, 0)
    const waveOne = jobs.filter(job => job.wave === 1)
    const waveTwo = jobs.filter(job => job.wave === 2)
    const sharedIn = (list: typeof jobs) => list.reduce((n, job) => n + job.built.filter(name => !checks.includes(name)).length, 0)
    if (waveOne.length > 0) {
      report(
        `3. first wave: ${waveOne.length} job(s), ${waveOne.map(job => `${job.checks.length} checks, ${seconds(job.ms)}, built ${job.built.length} derivations (${sharedIn([job])} shared), saved ${mb(job.saved)}`).join('; ')}; ` +
          `then the matrix (${waveTwo.length} jobs) built shared derivations ${sharedIn(waveTwo)} times, saved ${mb(median(waveTwo.map(job => job.saved)))} median a job, ${mb(Math.max(0, ...waveTwo.map(job => job.saved)))} at most`
      )
    }
    report(
      `3. ${jobs.length} jobs (first wave and matrix), one after another, each on a fresh store: ${seconds(median(jobs.map(job => job.ms)))} median a job; ` +
        `restored ${mb(median(jobs.map(job => job.restored)))} median against a closure of ${mb(median(jobs.map(job => job.closure)))} ` +
        `(ratio ${median(ratios).toFixed(2)} median, ${Math.max(...ratios).toFixed(2)} at most; ${over.length} jobs over 2×); ` +
        `shared derivations built ${rebuiltShared} times in all (${shape.libs + 1} distinct)`
    )
    const totalUploaded = bytesOf(uploaded)
    report(
      `   uploaded by the run (plan and jobs): ${mb(totalUploaded)} in ${uploaded.length} entries, against ${mb(newBytes)} of new paths ` +
        `(${(totalUploaded / Math.max(1, newBytes)).toFixed(2)}×; goal: each new path once, 1.00×)`
    )

    // 4. The next run: nothing changed.
    if (hasPlan) {
      const next = await plan()
      report(`4. next run's plan on a fresh runner, nothing changed: ${next.jobs.length} jobs (goal 0), ${seconds(next.ms)}, ${next.calls} nix processes`)
    }

    // 5. The wall time on 1, 4 and 16 runners.
    const overheads = jobs.map(job => job.ms - job.built.reduce((sum, name) => sum + (graph.ms.get(name) ?? 0), 0))
    const overheadMs = Math.max(0, median(overheads))
    // Without a plan run to time, the plan job is taken as one job's fixed cost.
    planMs ||= overheadMs
    report(
      `5. wall time simulated (list scheduling in matrix order; one derivation at a time per runner, at its measured time; ` +
        `${seconds(overheadMs)} fixed per job, the median of the jobs above less their builds; plan job ${seconds(planMs)}):`
    )
    const waveChecks = firstWave.flatMap(job => job.checks.split(',').map(name => name.trim().replace(`${system}.`, '')))
    for (const design of designs(graph, overheadMs, waveChecks)) {
      const cells = [1, 4, 16].map(runners => {
        const s = simulate(design, runners, planMs)
        return `${runners}: ${seconds(s.wallMs)}`
      })
      const one = simulate(design, 1, planMs)
      report(`   ${design.label.padEnd(30)} ${cells.join(', ')}; ${one.jobs} jobs, ${seconds(one.runnerMs)} of runner time`)
    }
  } finally {
    wrappers.cleanup()
    await service.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  await fanOutSection(line => {
    console.log(line)
  })
}
