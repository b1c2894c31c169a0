// What a flake's evaluation returns is data: store paths are told from
// made-up strings, and control characters never reach a log line raw.
import { execFileSync } from 'node:child_process'
import { isDerivationPath, isStorePath, storeDir } from '../../src/nix/store-path.js'
import { escapeControl } from '../../src/report/log-text.js'
import { commandLine } from '../../src/process.js'
import { withFlags } from '../../src/nix/command.js'

const DRV = '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv'
const OUT = '/nix/store/rnnw65vwi3qdvzkxasgpq7jknnbvmj6i-hook'

describe('store paths', () => {
  test('a derivation path is <store>/<32 chars of nix base32>-<name>.drv', () => {
    expect(isDerivationPath(DRV)).toBe(true)
    expect(isDerivationPath('/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-check-fmt+1.2_a?b=c.drv')).toBe(true)
  })

  test.each([
    ['an option', '--post-build-hook'],
    ['an installable', '.#hook'],
    ['an output path', OUT],
    ['a line break', `${DRV}\n::warning::pwned`],
    ['a line break before', `\n${DRV}`],
    ['a letter outside nix base32 (e)', '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0'.replace('9', 'e') + '-hook.drv'],
    ['a short hash', '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz-hook.drv'],
    ['a path below a store path', `${OUT}/x.drv`],
    ['a name that starts with a dot', '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-.drv'],
    ['a space in the name', '/nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-a b.drv'],
    ['another store directory', '/gnu/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv'],
    ['a relative path', 'nix/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv'],
    ['a number', 42],
    ['null', null]
  ])('%s is not a derivation path', (_what, value) => {
    expect(isDerivationPath(value)).toBe(false)
  })

  test('an output path is a store path but not a derivation path', () => {
    expect(isStorePath(OUT)).toBe(true)
    expect(isStorePath('--refresh')).toBe(false)
    expect(isStorePath(`${OUT}\n`)).toBe(false)
  })

  test('the store directory is NIX_STORE_DIR when set', () => {
    expect(storeDir({})).toBe('/nix/store')
    expect(storeDir({ NIX_STORE_DIR: '/opt/store/' })).toBe('/opt/store')
    expect(isDerivationPath('/opt/store/9zi5lnrag0vn9f8x6vq5icrkspx1jzz0-hook.drv', '/opt/store')).toBe(true)
    expect(isDerivationPath(DRV, '/opt/store')).toBe(false)
  })
})

describe('control characters', () => {
  test('are escaped, everything else left alone', () => {
    expect(escapeControl('a\nb\r\tc\u001b[31md\u0000\u007f\u0085é ✓')).toBe('a\\nb\\r\\tc\\e[31md\\x00\\x7f\\xc2\\x85é ✓')
  })

  test.each([
    ['a line break and a workflow command', '\n::warning::pwned'],
    ['a carriage return', 'x\r::error::pwned'],
    ['an escape sequence', '\u001b[2K::set-output name=x::y'],
    // NUL cannot be in an argument at all (argv is C strings).
    ['DEL, a bell and a C1 next line', 'a\u0007b\u007fc\u0085d'],
    ['a quote and a backslash beside a line break', "it's\\\n"]
  ])('%s: the [command] echo is one line and the shell still gets the argument', (_what, arg) => {
    const line = commandLine('printf', ['%s|', '--flag', arg])
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    // bash reads `$'…'` back into the very same bytes, in a C locale too (a runner's shell may have no UTF-8 one).
    const words = execFileSync('/bin/bash', ['-c', line], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } })
      .split('|')
      .slice(0, -1)
    expect(words).toEqual(['--flag', arg])
  })
})

describe('flags go before `--`', () => {
  test('the values after `--` stay positional', () => {
    expect(withFlags(['build', '--json', '--', '--post-build-hook'], ['--refresh'])).toEqual(['build', '--json', '--refresh', '--', '--post-build-hook'])
    expect(withFlags(['flake', 'check', '.'], ['--refresh'])).toEqual(['flake', 'check', '.', '--refresh'])
  })
})
