// `npm run bench`, check and build side by side: the action starts
// `nix build` while `nix flake check` runs (src/pipeline.ts). This measures
// what that buys against running them one after the other, on the example
// flake as shipped (each derivation takes milliseconds) and with each
// derivation spending CPU as a compiler would. Each run changes the source,
// so both commands have everything to build. Medians over alternated runs.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { changeSource, makeFlakeRepo, NIX_CONFIG, type FlakeRepo } from '../../test-support/fixtures.js'
import { median, seconds, type Reporter } from './stats.js'

function nix(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('nix', args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)))
    child.on('close', code => {
      if (code === 0) resolve()
      else reject(new Error(`nix ${args.join(' ')} exited ${String(code)}:\n${err}`))
    })
  })
}

async function once(repo: FlakeRepo, sideBySide: boolean): Promise<number> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
  const env = { PATH: process.env['PATH'], HOME: home, XDG_CACHE_HOME: path.join(home, '.cache'), NIX_CONFIG }
  const check = () => nix(['flake', 'check', repo.flake], repo.dir, env)
  const build = () => nix(['build', '--no-link', '--json', `${repo.flake}#image-dev`], repo.dir, env)
  const started = performance.now()
  try {
    if (sideBySide) await Promise.all([check(), build()])
    else {
      await check()
      await build()
    }
    return performance.now() - started
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}

async function compare(runs: number, report: Reporter, label: string, repo: FlakeRepo): Promise<number> {
  const side: number[] = []
  const serial: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? ['side', 'serial'] : ['serial', 'side']) {
      await changeSource(repo.dir, `overlap-${which}-${i}-${Date.now()}`)
      ;(which === 'side' ? side : serial).push(await once(repo, which === 'side'))
    }
  }
  const ratio = median(side) / median(serial)
  report(`${label}: check and build side by side ${seconds(median(side))} vs one after the other ${seconds(median(serial))}, ratio ${ratio.toFixed(2)}`)
  return ratio
}

export async function overlapSection(runs: number, report: Reporter): Promise<void> {
  const busyLoop = Number(process.env['BENCH_BUSY_LOOP'] ?? 1_500_000)
  const toy = await makeFlakeRepo({ variant: { salt: `overlap-${Date.now()}` } })
  try {
    await compare(runs, report, '6a. overlap, example flake as shipped', toy)
  } finally {
    await toy.cleanup()
  }
  const busy = await makeFlakeRepo({ variant: { salt: `overlap-busy-${Date.now()}`, busyLoop } })
  try {
    await compare(runs, report, `6b. overlap, each derivation spinning ${busyLoop} shell loops`, busy)
  } finally {
    await busy.cleanup()
  }
}

// Run alone: `tsx scripts/bench/overlap.ts`.
if (import.meta.url === `file://${String(process.argv[1])}`) {
  await overlapSection(Math.max(5, Number(process.env['BENCH_RUNS'] ?? 5)), console.log)
}
