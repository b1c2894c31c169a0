// `npm run bench`, named checks: the action's check stage for
// `checks: a, b` against one plain `nix build` of the same two checks, and
// against the way the action used to do it (a `drvPath` lookup, then one
// `nix build` per check). Evaluations are counted from the `nix` processes
// each way starts (tool wrappers first on PATH): a process that names the
// flake evaluates it. Times are medians over alternated runs, each on a
// fresh home (no evaluation cache, as on a fresh runner); the checks are
// already built, so what is measured is evaluation, not building.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction } from '../../test-support/runner.js'
import { makeToolWrappers, type ToolCall } from '../../test-support/tool-wrappers.js'
import { ACTION_NIX_CONFIG, pullRequest } from '../../test-support/scenario.js'
import { NIX_CONFIG } from '../../test-support/fixtures.js'
import { median, seconds, timed, type Reporter } from './stats.js'

const SYSTEM = 'x86_64-linux'
const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.invalid',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.invalid'
}

/**
 * A flake whose evaluation costs what a nixpkgs-based one does (a fold over
 * `weight` numbers, no overflow on any Nix, stands in for nixpkgs' thousands of attributes), with
 * three cheap checks that all need the evaluated value.
 */
function heavyFlake(weight: number): { dir: string; sha: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-checks-'))
  writeFileSync(
    path.join(dir, 'flake.nix'),
    `{
  outputs = { self }:
    let
      weight = builtins.foldl' (most: x: if x > most then x else most) 0 (builtins.genList (x: x * 7 - x / 3) ${weight});
      check = name: derivation { inherit name; system = "${SYSTEM}"; builder = "/bin/sh"; PATH = "/usr/bin:/bin"; args = [ "-c" "echo \${toString weight} > $out" ]; };
    in {
      checks.${SYSTEM} = { a = check "check-a"; b = check "check-b"; c = check "check-c"; };
    };
}
`
  )
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim()
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'bench')
  return { dir, sha: git('rev-parse', 'HEAD') }
}

function nixEnv(home: string, pathValue = process.env['PATH']): NodeJS.ProcessEnv {
  return {
    PATH: pathValue,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    // The plain commands get flakes from NIX_CONFIG, as a hand-written job would.
    NIX_CONFIG
  }
}

/** The `nix` processes that evaluated the flake: those naming one of its outputs, or `flake check`. */
function evaluations(calls: readonly ToolCall[]): number {
  return calls.filter(call => call.tool === 'nix' && (call.argv.some(arg => arg.includes('#')) || call.argv.slice(0, 2).join(' ') === 'flake check')).length
}

export async function benchNamedChecks(
  runs: number,
  report: Reporter,
  label: string,
  flake: { dir: string; sha: string },
  names: [string, string]
): Promise<void> {
  const attrs = names.map(name => `.#checks.${SYSTEM}.${name}`)
  const ways: Record<string, (pathValue?: string) => Promise<number>> = {
    action: async pathValue => {
      const run = await runAction({
        workspace: flake.dir,
        event: pullRequest(flake.sha),
        inputs: { checks: names.join(', '), build: 'false', cache: 'false', summary: 'false' },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...(pathValue ? { PATH: pathValue } : {}) },
        skipPost: true
      })
      if (run.main.exitCode !== 0) throw new Error(`action failed:\n${run.log.slice(-3000)}`)
      return run.main.ms
    },
    // The same run with the check stage off: the fixed cost of main, to take away.
    'action, check off': async pathValue => {
      const run = await runAction({
        workspace: flake.dir,
        event: pullRequest(flake.sha),
        inputs: { check: 'false', build: 'false', cache: 'false', summary: 'false' },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...(pathValue ? { PATH: pathValue } : {}) },
        skipPost: true
      })
      if (run.main.exitCode !== 0) throw new Error(`action failed:\n${run.log.slice(-3000)}`)
      return run.main.ms
    },
    'plain nix build': async pathValue => {
      const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
      try {
        return await timed('nix', ['build', '--no-link', ...attrs], { cwd: flake.dir, env: nixEnv(home, pathValue) })
      } finally {
        rmSync(home, { recursive: true, force: true })
      }
    },
    'old per-check way': async pathValue => {
      const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
      const env = nixEnv(home, pathValue)
      try {
        let ms = await timed('nix', ['eval', '--json', `.#checks.${SYSTEM}`, '--apply', 'checks: builtins.mapAttrs (name: check: check.drvPath) checks'], {
          cwd: flake.dir,
          env
        })
        for (const attr of attrs) ms += await timed('nix', ['build', '--no-link', '--json', attr], { cwd: flake.dir, env })
        return ms
      } finally {
        rmSync(home, { recursive: true, force: true })
      }
    }
  }
  // Counted once, through the wrappers (which cost a shell each: not timed).
  const wrappers = makeToolWrappers()
  const counts: Record<string, { evaluations: number; processes: number }> = {}
  try {
    for (const [way, go] of Object.entries(ways)) {
      wrappers.reset()
      await go(wrappers.path)
      const calls = wrappers.calls().filter(call => call.tool === 'nix')
      counts[way] = { evaluations: evaluations(calls), processes: calls.length }
    }
  } finally {
    wrappers.cleanup()
  }
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map(way => [way, []]))
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? Object.keys(ways) : Object.keys(ways).reverse()
    for (const way of order) {
      const measure = ways[way]
      if (measure) times[way]?.push(await measure())
    }
  }
  const m = (way: string) => median(times[way] ?? [])
  const stage = m('action') - m('action, check off')
  const plain = m('plain nix build')
  const old = m('old per-check way')
  const c = (way: string) => `${String(counts[way]?.evaluations)} evaluation(s), ${String(counts[way]?.processes)} nix process(es)`
  report(
    `${label}: check stage for \`checks: ${names.join(', ')}\` ${seconds(stage)} (${c('action')}; main ${seconds(m('action'))} less ${seconds(m('action, check off'))} with the check off) ` +
      `vs one plain \`nix build\` of both ${seconds(plain)} (${c('plain nix build')}), ratio ${(stage / plain).toFixed(2)}; ` +
      `the old per-check way ${seconds(old)} (${c('old per-check way')}), ratio ${(old / plain).toFixed(2)}`
  )
}

export async function namedChecksSection(runs: number, report: Reporter): Promise<void> {
  const weight = Number(process.env['BENCH_EVAL_WEIGHT'] ?? 2_500_000)
  const flake = heavyFlake(weight)
  try {
    // Build the checks once: the figures are about evaluating, not building.
    const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-bench-home-'))
    await timed('nix', ['build', '--no-link', `.#checks.${SYSTEM}.a`, `.#checks.${SYSTEM}.b`], { cwd: flake.dir, env: nixEnv(home) })
    rmSync(home, { recursive: true, force: true })
    await benchNamedChecks(runs, report, `5. named checks, a flake whose evaluation folds ${weight} numbers (checks built)`, flake, ['a', 'b'])
  } finally {
    rmSync(flake.dir, { recursive: true, force: true })
  }
}

// Run alone: `tsx scripts/bench/named-checks.ts`.
if (import.meta.url === `file://${String(process.argv[1])}`) {
  const runs = Math.max(5, Number(process.env['BENCH_RUNS'] ?? 5))
  await namedChecksSection(runs, console.log)
}
