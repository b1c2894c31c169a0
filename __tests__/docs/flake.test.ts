// The project's own flake.nix. nixpkgs is out of reach here, so no
// `nix flake check` on it: the file must parse, its plain attributes must
// evaluate, and its outputs, called with a stand-in for nixpkgs, must have the
// promised shape for every system.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const SYSTEMS = ['aarch64-darwin', 'aarch64-linux', 'x86_64-darwin', 'x86_64-linux']

// Single-user Nix as TESTING.md runs it; HOME in a temp dir so nothing touches
// the machine's ~/.config or ~/.cache.
let home: string
const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, '.config'),
  XDG_CACHE_HOME: path.join(home, '.cache'),
  NIX_CONFIG: 'experimental-features = nix-command flakes\nsandbox = false\nbuild-users-group =\nsubstituters =\nflake-registry ='
})

beforeAll(() => {
  home = mkdtempSync(path.join(tmpdir(), 'nfci-flake-test-'))
})
afterAll(() => {
  rmSync(home, { recursive: true, force: true })
})

function nixEval(expr: string): unknown {
  const stdout = execFileSync('nix', ['eval', '--impure', '--json', '--expr', expr], { cwd: root, env: env(), encoding: 'utf8' })
  return JSON.parse(stdout)
}

// What the outputs need from nixpkgs, as plain values: lazy evaluation never
// asks for more as long as only these attributes are read.
const STUB = `
  let
    flake = import ./flake.nix;
    stubPkgs = system: {
      nodejs_20 = "nodejs_20"; skopeo = "skopeo"; nil = "nil"; nixfmt = "nixfmt";
      mkShell = args: { mkShell = args; };
      buildNpmPackage = args: { buildNpmPackage = args; };
      importNpmLock = { __functor = _: args: { importNpmLock = args; }; npmConfigHook = "importNpmLock.npmConfigHook"; };
      lib = { cleanSource = src: src; cleanSourceWith = args: args; };
    };
    nixpkgs.legacyPackages = builtins.listToAttrs (map (system: { name = system; value = stubPkgs system; }) ${JSON.stringify(SYSTEMS).replace(/,/g, ' ')});
    outputs = flake.outputs { self = outputs; inherit nixpkgs; };
  in outputs
`

describe('flake.nix', () => {
  test('parses (nix-instantiate --parse)', () => {
    expect(() => execFileSync('nix-instantiate', ['--parse', 'flake.nix'], { cwd: root, env: env(), stdio: 'pipe' })).not.toThrow()
  })

  test('has a description and takes nixpkgs as its input', () => {
    expect(nixEval('(import ./flake.nix).description')).toMatch(/Nix Flake CI/)
    expect(nixEval('(import ./flake.nix).inputs.nixpkgs.url')).toMatch(/^github:NixOS\/nixpkgs\//)
  })

  test('outputs is a function of self and nixpkgs', () => {
    expect(nixEval('builtins.functionArgs (import ./flake.nix).outputs')).toEqual({ self: false, nixpkgs: false })
  })

  test('has a dev shell, the unit tests and a formatter for every system', () => {
    const shape = nixEval(`let o = ${STUB}; in builtins.mapAttrs (_: builtins.attrNames) { inherit (o) devShells checks formatter; }`)
    expect(shape).toEqual({ devShells: SYSTEMS, checks: SYSTEMS, formatter: SYSTEMS })
    const perSystem = nixEval(`let o = ${STUB}; in { shells = builtins.attrNames o.devShells.x86_64-linux; checks = builtins.attrNames o.checks.x86_64-linux; }`)
    expect(perSystem).toEqual({ shells: ['default'], checks: ['tests'] })
  })

  test('the dev shell has Node 20, skopeo and Nix tooling; the formatter is nixfmt', () => {
    const shell = nixEval(`(${STUB}).devShells.aarch64-darwin.default.mkShell.packages`)
    expect(shell).toEqual(expect.arrayContaining(['nodejs_20', 'skopeo', 'nixfmt']))
    expect(nixEval(`(${STUB}).formatter.x86_64-linux`)).toBe('nixfmt')
  })

  test('the tests check builds the lock file with importNpmLock and runs the unit tests', () => {
    const tests = nixEval(`
      let t = (${STUB}).checks.x86_64-linux.tests.buildNpmPackage;
      in {
        inherit (t) npmConfigHook buildPhase;
        nodejs = t.nodejs;
        npmRoot = toString t.npmDeps.importNpmLock.npmRoot;
        hasHash = t ? npmDepsHash;
      }`) as { npmConfigHook: string; buildPhase: string; nodejs: string; npmRoot: string; hasHash: boolean }
    expect(tests.npmConfigHook).toBe('importNpmLock.npmConfigHook')
    expect(tests.nodejs).toBe('nodejs_20')
    expect(tests.hasHash).toBe(false)
    // The flake's own directory: where package.json and package-lock.json are.
    expect(existsSync(path.join(tests.npmRoot, 'package-lock.json'))).toBe(true)
    expect(tests.buildPhase).toMatch(/jest\.js\b.*__tests__\/unit/)
  })

  // nixpkgs cannot be fetched here, so no lock file could be made; until one
  // is committed, flake.nix must say so.
  ;(existsSync(path.join(root, 'flake.lock')) ? test.skip : test)('says why there is no flake.lock', () => {
    expect(readFileSync(path.join(root, 'flake.nix'), 'utf8')).toMatch(/#[^\n]*flake\.lock/)
  })
})
