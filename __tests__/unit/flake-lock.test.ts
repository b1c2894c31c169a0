// flake.lock is the contract: the inputs flake.nix declares against the
// lock files Nix 2.8 writes (version 7), before anything is fetched.
import { declaredInputs, localPathOf, lockProblems, parseDeclared, type Declared } from '../../src/nix/flake-lock.js'

const ROOTS = { flakeDir: '/home/runner/work/app/app', inside: ['/home/runner/work/app/app'] }

/** Written by `nix flake lock` (Nix 2.8) for a `path:./sub` flake input and a `flake = false` one. */
const RELATIVE_PATHS_LOCK = JSON.stringify({
  nodes: {
    d: {
      flake: false,
      locked: { lastModified: 1, narHash: 'sha256-bZsJIso1URwbhSoVqrjnrnTw30qQQx3ZriTo15rlkyw=', path: './sub', type: 'path' },
      original: { path: './sub', type: 'path' }
    },
    root: { inputs: { d: 'd', sub: 'sub' } },
    sub: {
      locked: { lastModified: 1, narHash: 'sha256-bZsJIso1URwbhSoVqrjnrnTw30qQQx3ZriTo15rlkyw=', path: './sub', type: 'path' },
      original: { path: './sub', type: 'path' }
    }
  },
  root: 'root',
  version: 7
})

/** A nixpkgs + flake-utils lock with `follows` lists, as `nix flake lock` writes it. */
const FOLLOWS_LOCK = JSON.stringify({
  nodes: {
    nixpkgs: {
      locked: {
        lastModified: 1700000000,
        narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        owner: 'NixOS',
        repo: 'nixpkgs',
        rev: '0'.repeat(40),
        type: 'github'
      },
      original: { owner: 'NixOS', ref: 'nixos-unstable', repo: 'nixpkgs', type: 'github' }
    },
    crane: {
      inputs: { nixpkgs: ['nixpkgs'] },
      locked: {
        lastModified: 1700000000,
        narHash: 'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=',
        owner: 'ipetkov',
        repo: 'crane',
        rev: '1'.repeat(40),
        type: 'github'
      },
      original: { owner: 'ipetkov', repo: 'crane', type: 'github' }
    },
    root: { inputs: { crane: 'crane', nixpkgs: 'nixpkgs', pkgs: ['nixpkgs'] } }
  },
  root: 'root',
  version: 7
})

/** What the restricted evaluation printed (Nix 2.8) for a flake with these inputs. */
const declared = (inputs: Record<string, unknown>, args: string[] = Object.keys(inputs)): Declared =>
  parseDeclared(JSON.stringify({ inputs, args: Object.fromEntries(['self', ...args].map(name => [name, false])) }))

describe('declared inputs', () => {
  test('are `inputs` plus the formal arguments of outputs, but self', () => {
    const found = declaredInputs(parseDeclared('{"args":{"a":false,"c":true,"self":false},"inputs":{"a":{"url":"github:foo/bar"},"b":{"follows":"a"}}}'))
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c'])
  })
})

describe('lockProblems', () => {
  test('a flake without inputs needs no flake.lock', () => {
    expect(lockProblems(declared({}), undefined, ROOTS)).toEqual([])
  })

  test('every declared input pinned, `follows` lists included: fine', () => {
    const inputs = {
      nixpkgs: { url: 'github:NixOS/nixpkgs/nixos-unstable' },
      crane: { url: 'github:ipetkov/crane', inputs: { nixpkgs: { follows: 'nixpkgs' } } },
      pkgs: { follows: 'nixpkgs' }
    }
    expect(lockProblems(declared(inputs), FOLLOWS_LOCK, ROOTS)).toEqual([])
  })

  test('an input only following another needs no node of its own', () => {
    expect(lockProblems(declared({ nixpkgs: { url: 'github:NixOS/nixpkgs' }, other: { follows: 'nixpkgs' } }), FOLLOWS_LOCK, ROOTS)).toEqual([])
  })

  test('an input flake.lock does not pin is named, with what to run', () => {
    const problems = lockProblems(declared({ nixpkgs: { url: 'github:NixOS/nixpkgs' }, x: { url: 'github:evil/x', flake: false } }), FOLLOWS_LOCK, ROOTS)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^flake input `x` is not pinned by flake\.lock/)
    expect(problems[0]).toContain('Run `nix flake lock` locally and commit flake.lock.')
  })

  test('a formal argument of outputs is an input too (Nix finds it in the registry)', () => {
    const problems = lockProblems(declared({}, ['nixpkgs']), undefined, ROOTS)
    expect(problems).toEqual([expect.stringMatching(/^flake input `nixpkgs` is not pinned by flake\.lock \(there is no flake\.lock\)/)])
  })

  test('relative path inputs inside the repository, as Nix 2.8 locks them: fine', () => {
    const inputs = { sub: { url: 'path:./sub' }, d: { url: 'path:./sub', flake: false } }
    expect(lockProblems(declared(inputs), RELATIVE_PATHS_LOCK, ROOTS)).toEqual([])
  })

  test.each([
    ['path:', 'path:/home/runner/.config/nix'],
    ['a bare absolute path', '/home/runner/.config/nix'],
    ['file:', 'file:///home/runner/.config/nix/nix.conf'],
    ['git+file:', 'git+file:///home/runner/.ssh?ref=main'],
    ['hg+file:', 'hg+file:///etc'],
    ['tarball+file:', 'tarball+file:///tmp/x.tar.gz'],
    ['file+file:', 'file+file:///etc/passwd'],
    ['a relative path out of the repository', 'path:../../../.config/nix'],
    ['a percent-encoded escape', 'path:/home/runner/work/app/app/%2E%2E/secret']
  ])("a declared input at this machine's files (%s) is refused, even when unpinned", (_what, url) => {
    const problems = lockProblems(declared({ x: { url, flake: false } }), undefined, ROOTS)
    expect(problems[0]).toMatch(/^flake input `x` in flake\.nix points at files of this machine outside the repository/)
    expect(problems[0]).toContain(JSON.stringify(url))
  })

  test('an attribute-set path input outside the repository is refused', () => {
    expect(lockProblems(declared({ x: { type: 'path', path: '/etc' } }), undefined, ROOTS)[0]).toMatch(/`x` in flake\.nix points at files of this machine/)
  })

  test("a lock node at this machine's files is refused, whatever flake.nix says", () => {
    const lock = JSON.parse(RELATIVE_PATHS_LOCK) as { nodes: Record<string, { locked: Record<string, unknown> }> }
    const d = lock.nodes['d']
    if (d === undefined) throw new Error('the recorded lock has no node d')
    d.locked = { narHash: 'sha256-x', path: '/home/runner/.config/nix', type: 'path' }
    const problems = lockProblems(declared({ sub: { url: 'path:./sub' }, d: { url: 'path:./sub', flake: false } }), JSON.stringify(lock), ROOTS)
    expect(problems).toEqual([
      expect.stringMatching(
        /^flake input `d` \(flake\.lock, locked\) points at files of this machine outside the repository \("\/home\/runner\/\.config\/nix"\)/
      )
    ])
  })

  test('absolute paths inside the repository are fine', () => {
    expect(
      lockProblems(
        declared({ x: { url: 'path:/home/runner/work/app/app/vendor', flake: false } }),
        JSON.stringify({ nodes: { root: { inputs: { x: 'x' } } }, root: 'root', version: 7 }),
        ROOTS
      )
    ).toEqual([])
  })

  test('a name with a line break is escaped in the message', () => {
    const problems = lockProblems(declared({ 'a\n::warning::pwned': { url: 'github:x/y' } }), undefined, ROOTS)
    expect(problems[0]).not.toContain('\n')
    expect(problems[0]).toContain('a\\n::warning::pwned')
  })

  test('a lock file that is not JSON says what to run', () => {
    expect(() => lockProblems(declared({ x: { url: 'github:x/y' } }), '{', ROOTS)).toThrow(/nix flake lock/)
  })
})

describe('localPathOf', () => {
  test('remote references are not local', () => {
    for (const url of ['github:NixOS/nixpkgs', 'https://example.com/x.tar.gz', 'git+https://example.com/x', 'nixpkgs', 'sourcehut:~x/y'])
      expect(localPathOf(url)).toBeUndefined()
  })
  test('local ones name their path', () => {
    expect(localPathOf('path:./sub?dir=x')).toBe('./sub')
    expect(localPathOf('git+file:///srv/repo?ref=main')).toBe('/srv/repo')
    expect(localPathOf('file:///a%20b')).toBe('/a b')
  })
})
