// The named checks' one evaluation and one build, read from what Nix 2.8,
// 2.26 and 2.34 really printed (recorded-checks.ts): each check's result,
// own log and time come out the same on every toolchain.
import { readFileSync } from 'node:fs'
import {
  bareDerivationBuilt,
  checkOutcomes,
  InternalJsonLog,
  lastLines,
  MAX_LOG_LINES,
  namedChecksExpression,
  parseNamedChecks,
  type NamedCheck
} from '../../src/nix/check-output.js'
import { RECORDED_CHECKS, type RecordedRun } from './recorded-checks.js'
import { TOOLCHAINS, type Toolchain } from './recorded-toolchains.js'

const NAMES = ['fmt', 'test', 'clippy', 'nope']

function readLog(run: RecordedRun): InternalJsonLog {
  const log = new InternalJsonLog()
  run.stderr.split('\n').forEach((line, index) => log.line(line, index * 10))
  return log
}

/** The build that built the checks on this toolchain: the bare `.drv` paths on 2.8, `<drv>^*` after. */
function checksBuild(toolchain: Toolchain): RecordedRun {
  const bare = RECORDED_CHECKS[toolchain]['checks-build-bare']
  return bareDerivationBuilt(bare.exitCode, bare.stdout) ? bare : RECORDED_CHECKS[toolchain]['checks-build-outputs']
}

function validAfterBuild(toolchain: Toolchain, checks: readonly NamedCheck[]): Set<string> {
  const valid = new Set<string>()
  for (const check of checks) {
    const name = check.name as 'fmt' | 'test' | 'clippy'
    if (RECORDED_CHECKS[toolchain][`checks-path-info-${name}`].exitCode === 0) check.outputs.forEach(output => valid.add(output))
  }
  return valid
}

describe('namedChecksExpression', () => {
  test('is the expression the recordings were made with', () => {
    const script = readFileSync(new URL('../../test-support/recording/record-checks.sh', import.meta.url), 'utf8')
    expect(script).toContain(`apply='${namedChecksExpression(NAMES)}'`)
  })

  test('a name cannot end the string or interpolate', () => {
    expect(namedChecksExpression(['a"b', 'c${d}', 'e\\f'])).toContain('[ "a\\"b" "c\\${d}" "e\\\\f" ]')
  })
})

describe.each(TOOLCHAINS)('%s', toolchain => {
  const recorded = RECORDED_CHECKS[toolchain]
  const evaluated = parseNamedChecks(recorded['checks-eval'].stdout, NAMES)

  test('the evaluation names every check, and the derivation and outputs of the named ones in order', () => {
    expect(recorded['checks-eval'].exitCode).toBe(0)
    expect(evaluated.available).toEqual(['clippy', 'fmt', 'test'])
    expect(evaluated.unknown).toEqual(['nope'])
    expect(evaluated.checks.map(check => check.name)).toEqual(['fmt', 'test', 'clippy'])
    for (const check of evaluated.checks) {
      expect(check.drv).toMatch(new RegExp(`^/nix/store/[0-9a-z]{32}-check-${check.name}\\.drv$`))
      expect(check.outputs).toEqual([expect.stringMatching(new RegExp(`^/nix/store/[0-9a-z]{32}-check-${check.name}$`))])
    }
  })

  test('what Nix did with bare `.drv` paths says which form builds the outputs', () => {
    const bare = recorded['checks-build-bare']
    // Nix 2.8 built them (and failed on test); newer Nix only named the .drv files.
    expect(bareDerivationBuilt(bare.exitCode, bare.stdout)).toBe(toolchain === 'bookworm')
    expect(readLog(bare).builds.size > 0).toBe(toolchain === 'bookworm')
  })

  test('one build of all: fmt passed, test failed with its own log, clippy failed with the log of what it needs', () => {
    const build = checksBuild(toolchain)
    expect(build.exitCode).not.toBe(0)
    const log = readLog(build)
    const outcomes = checkOutcomes(evaluated.checks, build.exitCode, log, validAfterBuild(toolchain, evaluated.checks))
    const [fmt, test, clippy] = outcomes
    expect(fmt).toMatchObject({ status: 'passed', built: true, failedDependencies: [] })
    expect(fmt?.log).toEqual(['fmt: 12 files ok'])
    expect(fmt?.seconds).toBeGreaterThan(0)
    expect(test).toMatchObject({ status: 'failed', built: true, failedDependencies: [] })
    expect(test?.log).toEqual(['error[E0308]: mismatched types', '  --> src/main.rs:10:5', 'test result: FAILED'])
    expect(clippy).toMatchObject({ status: 'failed', built: false })
    expect(clippy?.failedDependencies).toEqual([expect.stringMatching(/-crate-deps\.drv$/)])
    expect(clippy?.log).toEqual(['compiling serde v1.0', 'error: could not compile serde'])
    // Errors are kept for the failing checks' groups, colours removed (Nix
    // 2.8 names only some of the failures: the logs above are what tell).
    expect(log.errors.length).toBeGreaterThan(0)
    expect(log.errors.join('\n')).not.toContain('\u001b[')
  })

  test('a check already in the store passes without being built again', () => {
    const again = recorded['checks-build-again']
    const log = readLog(again)
    const valid = new Set(evaluated.checks.find(check => check.name === 'fmt')?.outputs)
    const [fmt, test] = checkOutcomes(evaluated.checks, again.exitCode, log, valid)
    expect(fmt).toMatchObject({ status: 'passed', built: false, seconds: 0, log: [], dropped: 0 })
    // A failed build is not remembered: test is built, and fails, again.
    expect(test).toMatchObject({ status: 'failed', built: true })
  })

  test('a check built between two reads of the log still has a time of its own', () => {
    const build = checksBuild(toolchain)
    const log = new InternalJsonLog()
    for (const line of build.stderr.split('\n')) log.line(line, 5000)
    const [fmt] = checkOutcomes(evaluated.checks, build.exitCode, log, validAfterBuild(toolchain, evaluated.checks))
    expect(fmt?.seconds).toBeGreaterThan(0)
  })

  test('exit code 0: every check passed, whatever the store was asked', () => {
    const outcomes = checkOutcomes(evaluated.checks, 0, new InternalJsonLog(), new Set())
    expect(outcomes.map(outcome => outcome.status)).toEqual(['passed', 'passed', 'passed'])
  })
})

describe('InternalJsonLog', () => {
  test('shows what Nix shows at its default verbosity, and times each build from its start to its stop', () => {
    const log = new InternalJsonLog()
    expect(log.line('[command]/usr/bin/nix build', 0)).toBe('[command]/usr/bin/nix build')
    expect(
      log.line('@nix {"action":"start","id":7,"level":3,"type":105,"text":"building \'/nix/store/a-x.drv\'","fields":["/nix/store/a-x.drv","",1,1]}', 1000)
    ).toBe("building '/nix/store/a-x.drv'")
    expect(log.line('@nix {"action":"result","id":7,"type":101,"fields":["\\u001b[1mhello\\u001b[0m"]}', 1500)).toBeUndefined()
    expect(log.line('@nix {"action":"msg","level":1,"msg":"warning: ignoring untrusted substituter"}', 1600)).toBe('warning: ignoring untrusted substituter')
    expect(log.line('@nix {"action":"msg","level":0,"msg":"error: boom"}', 1700)).toBeUndefined()
    expect(log.line('@nix {"action":"stop","id":7}', 3500)).toBeUndefined()
    expect(log.builds.get('/nix/store/a-x.drv')?.log).toEqual(['hello'])
    expect(log.seconds('/nix/store/a-x.drv')).toBe(2.5)
    expect(log.seconds('/nix/store/b-y.drv')).toBe(0)
    expect(log.errors).toEqual(['error: boom'])
  })

  test('keeps the last lines of a log too long to hold, and counts the rest', () => {
    const log = new InternalJsonLog()
    log.line('@nix {"action":"start","id":1,"level":3,"type":105,"text":"","fields":["/nix/store/a-x.drv","",1,1]}', 0)
    const total = 3 * MAX_LOG_LINES + 7
    for (let i = 1; i <= total; i++) log.line(`@nix {"action":"result","id":1,"type":101,"fields":["line ${i}"]}`, 1)
    const build = log.builds.get('/nix/store/a-x.drv')
    if (!build) throw new Error('the build was not recorded')
    expect(build.log.length).toBeLessThan(2 * MAX_LOG_LINES)
    const { lines, dropped } = lastLines(build)
    expect(lines).toHaveLength(MAX_LOG_LINES)
    expect(lines[0]).toBe(`line ${total - MAX_LOG_LINES + 1}`)
    expect(lines.at(-1)).toBe(`line ${total}`)
    expect(dropped).toBe(total - MAX_LOG_LINES)
  })

  test('a line that is not JSON after `@nix ` passes through as text', () => {
    expect(new InternalJsonLog().line('@nix {oops', 0)).toBe('@nix {oops')
  })
})

describe('parseNamedChecks', () => {
  test('output that is not the expected JSON is an error that quotes it', () => {
    expect(() => parseNamedChecks('not json', ['fmt'])).toThrow(/not JSON: not json/)
    expect(() => parseNamedChecks('{"x":1}', ['fmt'])).toThrow(/did not list the checks/)
  })

  // What Nix 2.8 printed for namedChecksExpression on a hostile flake: checks
  // that are sets with made-up drvPaths, a plain string, and one real derivation.
  const HOSTILE =
    '{"available":["clippy","fmt","lint","real","str","test"],"named":{"clippy":{"drv":"/nix/store/rnnw65vwi3qdvzkxasgpq7jknnbvmj6i-hook","outputs":[null]},' +
    '"fmt":{"drv":"--post-build-hook","outputs":[]},"lint":{"drv":"\\n::warning::pwned","outputs":[null]},' +
    '"real":{"drv":"/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv","outputs":["/nix/store/rnnw65vwi3qdvzkxasgpq7jknnbvmj6i-hook"]},' +
    '"str":{"drv":null,"outputs":[]},"test":{"drv":".#hook","outputs":[null]}}}'

  test('a check that is not a derivation is refused, named, its value escaped; a real one is kept', () => {
    const { checks, refused } = parseNamedChecks(HOSTILE, ['fmt', 'clippy', 'test', 'lint', 'str', 'real'])
    expect(checks).toEqual([
      { name: 'real', drv: '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv', outputs: ['/nix/store/rnnw65vwi3qdvzkxasgpq7jknnbvmj6i-hook'] }
    ])
    expect(refused).toEqual([
      'check `fmt` is not a derivation: its drvPath is "--post-build-hook", not a path /nix/store/<hash>-<name>.drv.',
      'check `clippy` is not a derivation: its drvPath is "/nix/store/rnnw65vwi3qdvzkxasgpq7jknnbvmj6i-hook", not a path /nix/store/<hash>-<name>.drv.',
      'check `test` is not a derivation: its drvPath is ".#hook", not a path /nix/store/<hash>-<name>.drv.',
      'check `lint` is not a derivation: its drvPath is "\\n::warning::pwned", not a path /nix/store/<hash>-<name>.drv.',
      'check `str` is not a derivation: its drvPath is null, not a path /nix/store/<hash>-<name>.drv.'
    ])
    expect(refused.join('')).not.toContain('\n')
  })

  test('a real drvPath with outputs that are not store paths is refused', () => {
    const drv = '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv'
    for (const outputs of [[], ['--refresh'], [null], 'x']) {
      const { refused } = parseNamedChecks(JSON.stringify({ available: ['fmt'], named: { fmt: { drv, outputs } } }), ['fmt'])
      expect(refused).toEqual([expect.stringMatching(/^check `fmt` is not a derivation: its outputs are .*, not store paths\.$/)])
    }
  })
})
