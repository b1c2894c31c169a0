// The project's own flake.nix. nixpkgs cannot be fetched here, so no
// `nix flake check` on it: the file must parse, its plain attributes must
// evaluate, and its outputs are called with a stand-in nixpkgs whose
// functions check their arguments the way the flake's use of them needs
// (buildNpmPackage's importNpmLock pairing, a lock file at npmRoot, a source
// filter, derivations in the shell) and throw otherwise, so a flake.nix that
// lost one of them fails here. What is not checked: that the real nixpkgs
// attributes behave as documented, and that the tests build in the sandbox.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

function nixEval(expr: string, cwd = root): unknown {
  const stdout = execFileSync('nix', ['eval', '--impure', '--json', '--expr', expr], { cwd, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return JSON.parse(stdout)
}

// Real derivations whose builders never run; the functions the flake calls
// assert what it must give them.
const STAND_IN = `
  system: rec {
    drv = name: attrs: derivation ({ inherit name system; builder = "/bin/sh"; args = [ "-c" "exit 1" ]; } // attrs);
    isDrv = p: builtins.isAttrs p && p ? drvPath;
    nodejs_20 = drv "nodejs-20" { };
    skopeo = drv "skopeo" { };
    nil = drv "nil" { };
    nixfmt = drv "nixfmt" { };
    mkShell = args:
      assert builtins.isList (args.packages or (throw "mkShell: no packages")) || throw "mkShell: packages is not a list";
      assert builtins.all isDrv args.packages || throw "mkShell: a package is not a derivation";
      drv "shell" { packages = map (p: p.name) args.packages; };
    importNpmLock = {
      __functor = _: args:
        let npmRoot = args.npmRoot or (throw "importNpmLock: no npmRoot"); in
        assert builtins.pathExists (npmRoot + "/package-lock.json") || throw "importNpmLock: no package-lock.json at npmRoot";
        assert builtins.pathExists (npmRoot + "/package.json") || throw "importNpmLock: no package.json at npmRoot";
        drv "npm-deps" { } // { fromImportNpmLock = true; };
      npmConfigHook = drv "npm-config-hook-import-npm-lock" { };
    };
    lib = {
      cleanSource = src: assert builtins.isPath src || throw "cleanSource: src is not a path"; src;
      cleanSourceWith = args:
        assert builtins.isFunction (args.filter or (throw "cleanSourceWith: no filter")) || throw "cleanSourceWith: filter is not a function";
        assert builtins.isBool (args.filter "/src/node_modules" "directory") || throw "cleanSourceWith: filter does not answer true or false";
        args.src or (throw "cleanSourceWith: no src");
    };
    buildNpmPackage = args:
      let
        need = name: args.\${name} or (throw "buildNpmPackage: no \${name}");
        deps = args.npmDeps or null;
      in
      assert builtins.isString (need "pname") && builtins.isString (need "version") || throw "buildNpmPackage: pname and version are not strings";
      assert builtins.isPath (need "src") || throw "buildNpmPackage: src is not a path";
      assert isDrv (need "nodejs") || throw "buildNpmPackage: nodejs is not a derivation";
      assert deps != null || args ? npmDepsHash || throw "buildNpmPackage: neither npmDeps nor npmDepsHash";
      assert !(deps ? fromImportNpmLock) || (args.npmConfigHook or null) == importNpmLock.npmConfigHook
        || throw "buildNpmPackage: npmDeps from importNpmLock needs npmConfigHook = importNpmLock.npmConfigHook";
      drv "\${args.pname}-\${args.version}" { inherit (args) buildPhase; nodejs = args.nodejs.name; };
  }
`

/** The outputs of the flake.nix in `dir`, with the stand-in nixpkgs, reduced by `query` to JSON. */
function outputs(query: string, dir = root): unknown {
  return nixEval(
    `
    let
      flake = import ${path.join(dir, 'flake.nix')};
      standIn = ${STAND_IN};
      nixpkgs.legacyPackages = builtins.listToAttrs (map (system: { name = system; value = standIn system; }) ${JSON.stringify(SYSTEMS).replace(/,/g, ' ')});
      outputs = flake.outputs { self = outputs; inherit nixpkgs; };
    in (${query}) outputs`,
    dir
  )
}

/** flake.nix edited by `edit`, beside the package files it reads, in a scratch directory. */
function edited(edit: (text: string) => string): string {
  const text = readFileSync(path.join(root, 'flake.nix'), 'utf8')
  const changed = edit(text)
  expect(changed).not.toBe(text)
  const dir = path.join(home, `edited-${Math.random().toString(36).slice(2)}`)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'flake.nix'), changed)
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(root, file), path.join(dir, file))
  return dir
}

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

  test('has a dev shell, the unit tests and a formatter for every system, each a derivation', () => {
    const types = outputs(
      `o: builtins.mapAttrs (_: s: { shell = s.default.type; tests = s.tests.type; }) (builtins.zipAttrsWith (_: builtins.foldl' (a: b: a // b) { }) [ o.devShells o.checks ])`
    )
    expect(Object.keys(types as object).sort()).toEqual(SYSTEMS)
    for (const per of Object.values(types as object)) expect(per).toEqual({ shell: 'derivation', tests: 'derivation' })
    const shape = outputs(
      `o: { shells = builtins.attrNames o.devShells.x86_64-linux; checks = builtins.attrNames o.checks.x86_64-linux; formatters = builtins.mapAttrs (_: f: f.name) o.formatter; }`
    )
    expect(shape).toEqual({ shells: ['default'], checks: ['tests'], formatters: Object.fromEntries(SYSTEMS.map(system => [system, 'nixfmt'])) })
  })

  test('the dev shell has Node 20, skopeo and Nix tooling', () => {
    expect(outputs('o: o.devShells.aarch64-darwin.default.packages')).toEqual(expect.arrayContaining(['nodejs-20', 'skopeo', 'nixfmt']))
  })

  test('the tests check builds the lock file with Node 20 and runs the unit tests', () => {
    const tests = outputs('o: { inherit (o.checks.x86_64-linux.tests) name nodejs buildPhase; }') as { name: string; nodejs: string; buildPhase: string }
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
    expect(tests.name).toBe(`nix-flake-ci-tests-${version}`)
    expect(tests.nodejs).toBe('nodejs-20')
    expect(tests.buildPhase).toMatch(/jest\.js\b.*__tests__\/unit/)
  })

  test("the stand-in can fail: without importNpmLock's config hook the tests check does not evaluate", () => {
    const dir = edited(text => text.replace(/^\s*npmConfigHook = pkgs\.importNpmLock\.npmConfigHook;\n/m, ''))
    expect(() => outputs('o: o.checks.x86_64-linux.tests.type', dir)).toThrow(/needs npmConfigHook = importNpmLock\.npmConfigHook/)
  })

  // nixpkgs cannot be fetched here, so no lock file could be made; until one
  // is committed, flake.nix must say so.
  ;(existsSync(path.join(root, 'flake.lock')) ? test.skip : test)('says why there is no flake.lock', () => {
    expect(readFileSync(path.join(root, 'flake.nix'), 'utf8')).toMatch(/#[^\n]*flake\.lock/)
  })
})
