// The pure parts of fan-out (its inputs are in inputs.test.ts): the plan's
// reading of its evaluation, the grouping past GitHub's 256 jobs, the matrix
// jobs' cache keys, and the substituters read from `nix show-config`.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { isCheckName, parseInputs } from '../../src/plan/inputs.js'
import { parsePlannedChecks, planChecksExpression, type PlannedCheck } from '../../src/nix/check-output.js'
import { groupChecks, jobChecks, matrixEntries, MAX_JOBS } from '../../src/plan/matrix.js'
import { checkEntryPrefix, checkSetKey, keyPrefixes } from '../../src/cache/keys.js'
import { savePolicy } from '../../src/cache/save-policy.js'
import { substitutersOf } from '../../src/nix/substitutable.js'
import { SHOW_CONFIG } from './recorded-show-config.js'
import { TOOLCHAINS } from './recorded-toolchains.js'
import type { RunContext } from '../../src/plan/context.js'

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> }
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(actionYml.inputs).map(([name, spec]) => [name, (spec.default ?? '').replace('${{ github.token }}', '')])
)
const parseWith = (overrides: Record<string, string>) => parseInputs(name => ({ ...DEFAULTS, ...overrides })[name]?.trim() ?? '')

const drv = (name: string) => `/nix/store/${'a'.repeat(32)}-${name}.drv`
const check = (system: string, name: string, drvName = `check-${name}-${system}`): PlannedCheck => ({
  system,
  name,
  drv: drv(drvName),
  outputs: [`/nix/store/${'b'.repeat(32)}-${drvName}`]
})

describe("the plan's evaluation", () => {
  test('instantiates only the planned systems and counts the others', () => {
    const expression = planChecksExpression(['x86_64-linux'])
    expect(expression).toContain('builtins.elem system [ "x86_64-linux" ]')
    expect(expression).toContain('builtins.length (builtins.attrNames set)')
  })

  test('reads the checks by system, sorted, and the systems left out', () => {
    const stdout = JSON.stringify({
      'x86_64-linux': {
        test: { drv: drv('t'), outputs: ['/nix/store/' + 'c'.repeat(32) + '-t'] },
        fmt: { drv: drv('f'), outputs: ['/nix/store/' + 'd'.repeat(32) + '-f'] }
      },
      'x86_64-darwin': 3
    })
    const plan = parsePlannedChecks(stdout, ['x86_64-linux'], isCheckName)
    expect(plan.checks.map(c => `${c.system}.${c.name}`)).toEqual(['x86_64-linux.fmt', 'x86_64-linux.test'])
    expect(plan.unplanned).toEqual([{ system: 'x86_64-darwin', count: 3 }])
    expect(plan.refused).toEqual([])
  })

  test('refuses a check that is not a derivation, or whose name `checks` cannot take', () => {
    const stdout = JSON.stringify({
      'x86_64-linux': { bad: { drv: '--impure', outputs: [] }, 'a.b': { drv: drv('x'), outputs: ['/nix/store/' + 'e'.repeat(32) + '-x'] } }
    })
    const plan = parsePlannedChecks(stdout, ['x86_64-linux'], isCheckName)
    expect(plan.checks).toEqual([])
    expect(plan.refused).toHaveLength(2)
    expect(plan.refused.join('\n')).toMatch(/`bad` is not a derivation/)
    expect(plan.refused.join('\n')).toMatch(/"a\.b".*cannot be named/)
  })
})

describe('grouping', () => {
  test('one job per check while they fit, each on its system runner', () => {
    const jobs = groupChecks([check('x86_64-linux', 'test'), check('aarch64-darwin', 'fmt'), check('x86_64-linux', 'fmt')])
    expect(jobs.map(jobChecks)).toEqual(['aarch64-darwin.fmt', 'x86_64-linux.fmt', 'x86_64-linux.test'])
    const runners = [
      { system: 'x86_64-linux', label: 'ubuntu-latest' },
      { system: 'aarch64-darwin', label: 'macos-latest' }
    ]
    expect(matrixEntries(jobs, runners)[0]).toEqual({ system: 'aarch64-darwin', 'runs-on': 'macos-latest', checks: 'aarch64-darwin.fmt' })
  })

  test('past 256 checks: at most 256 jobs, each of one system, every check in one job', () => {
    const checks = [
      ...Array.from({ length: 500 }, (_, i) => check('x86_64-linux', `c${i}`)),
      ...Array.from({ length: 100 }, (_, i) => check('aarch64-linux', `c${i}`))
    ]
    const jobs = groupChecks(checks)
    expect(jobs.length).toBeLessThanOrEqual(MAX_JOBS)
    expect(jobs.length).toBeGreaterThan(MAX_JOBS / 2)
    expect(jobs.every(job => job.checks.every(c => c.system === job.system))).toBe(true)
    expect(jobs.flatMap(job => job.checks.map(c => `${c.system}.${c.name}`)).sort()).toEqual(checks.map(c => `${c.system}.${c.name}`).sort())
  })

  test('the same checks give the same groups, in any order; a changed derivation changes only its own group', () => {
    const checks = Array.from({ length: 300 }, (_, i) => check('x86_64-linux', `c${i}`))
    const jobs = groupChecks(checks).map(jobChecks)
    expect(groupChecks([...checks].reverse()).map(jobChecks)).toEqual(jobs)
    const changed = checks.map(c => (c.name === 'c7' ? { ...c, drv: drv('check-c7-new') } : c))
    const keys = (list: PlannedCheck[]) =>
      groupChecks(list).map(job =>
        checkSetKey(
          'p-',
          job.checks.map(c => c.drv)
        )
      )
    const before = keys(checks)
    const after = keys(changed)
    expect(after.filter(key => !before.includes(key))).toHaveLength(1)
  })
})

describe("matrix jobs' cache keys", () => {
  const context = { platform: 'linux', arch: 'x64' } as RunContext
  test('a hash of the checks derivations, in any order, per system and flake', () => {
    const prefix = checkEntryPrefix('.', 'x86_64-linux')
    expect(prefix).toMatch(/^nix-flake-ci-v2-checks-x86_64-linux-[0-9a-f]{12}-$/)
    expect(checkSetKey(prefix, [drv('a'), drv('b')])).toBe(checkSetKey(prefix, [drv('b'), drv('a')]))
    expect(checkSetKey(prefix, [drv('a')])).not.toBe(checkSetKey(prefix, [drv('a2')]))
    expect(checkEntryPrefix('./sub', 'x86_64-linux')).not.toBe(prefix)
  })

  test("a matrix job's base is main's entry of the whole flake, and it saves a delta", () => {
    const main = keyPrefixes(parseWith({}), context)
    const job = keyPrefixes(parseWith({ checks: 'x86_64-linux.fmt', build: 'false' }), context)
    expect(job.nix).toBe(main.nix)
    expect(job.checkSet).toBe(checkEntryPrefix('.', 'x86_64-linux'))
    expect(main.checkSet).toBeUndefined()
    // Named checks of the runner's own system keep entries of their own.
    expect(keyPrefixes(parseWith({ checks: 'fmt' }), context).nix).not.toBe(main.nix)
    expect(savePolicy('auto', 'push', true)).toMatchObject({ save: true, delta: true })
    expect(savePolicy('auto', 'push')).toMatchObject({ save: true, delta: false })
  })
})

describe('substituters from `nix show-config --json`', () => {
  test.each(TOOLCHAINS)('%s: the list Nix uses, extra-substituters merged in', toolchain => {
    expect(substitutersOf(SHOW_CONFIG[toolchain])).toEqual(['http://127.0.0.1:1/abc?trusted=1'])
  })

  test('nothing readable: no substituter', () => {
    expect(substitutersOf('not json')).toEqual([])
    expect(substitutersOf('{}')).toEqual([])
  })
})
