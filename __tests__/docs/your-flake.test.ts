// The README's "Your flake" snippet, evaluated by real Nix. nixpkgs cannot be
// fetched here, so its outputs function is called with a stand-in nixpkgs:
// `lib.genAttrs` as nixpkgs defines it, and `hello`, `runCommand` and
// `dockerTools.buildLayeredImage` as real derivations whose builders never
// run. The stand-in image function checks its arguments the way the action
// and ghcr.io need them (a name, the program in its contents, a command, the
// OCI source label naming a GitHub repository) and throws otherwise, so a
// snippet that lost one of them fails here. What is not checked: that the
// real nixpkgs attributes behave as documented, and that the image builds.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sectionOf } from './markdown.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

const section = (title: string): string => sectionOf(readme, title)

const snippet = /^```nix\n([\s\S]*?)^```$/m.exec(section('Your flake'))?.[1] ?? ''

const STAND_IN = `
  system: rec {
    lib.genAttrs = names: f: builtins.listToAttrs (map (n: { name = n; value = f n; }) names);
    drv = name: attrs: derivation ({ inherit name system; builder = "/bin/sh"; args = [ "-c" "exit 1" ]; } // attrs);
    hello = drv "hello" { };
    runCommand = name: env: script:
      assert builtins.isString script;
      drv name { inherit script; };
    dockerTools.buildLayeredImage = args:
      let
        label = args.config.Labels."org.opencontainers.image.source" or (throw "image: no org.opencontainers.image.source label");
        contents = args.contents or (throw "image: no contents");
      in
      assert builtins.isString args.name || throw "image: no name";
      assert builtins.match "https://github.com/[^/]+/[^/]+" label != null || throw "image: the source label is not a GitHub repository URL";
      assert builtins.isList (args.config.Cmd or args.config.Entrypoint or (throw "image: no Cmd or Entrypoint")) || throw "image: Cmd is not a list";
      assert builtins.any (p: p ? drvPath) contents || throw "image: no package in contents";
      drv "\${args.name}.tar.gz" { contents = map toString contents; label = label; };
  }
`

let home: string
beforeAll(() => {
  home = mkdtempSync(path.join(tmpdir(), 'nfci-your-flake-'))
})
afterAll(() => {
  rmSync(home, { recursive: true, force: true })
})

/** The snippet's outputs, with the stand-in nixpkgs, reduced by `query` to JSON. */
function evaluate(flake: string, query: string): unknown {
  const file = path.join(home, 'flake.nix')
  writeFileSync(file, flake)
  const expr = `
    let
      flake = import ${file};
      standIn = ${STAND_IN};
      nixpkgs = {
        lib = (standIn "x86_64-linux").lib;
        legacyPackages = builtins.listToAttrs (map (s: { name = s; value = standIn s; }) [ "x86_64-linux" "aarch64-linux" "aarch64-darwin" ]);
      };
      outputs = flake.outputs { self = outputs; inherit nixpkgs; };
    in (${query}) outputs`
  const stdout = execFileSync('nix', ['eval', '--impure', '--json', '--expr', expr], {
    env: {
      ...process.env,
      HOME: home,
      XDG_CACHE_HOME: path.join(home, '.cache'),
      NIX_CONFIG: 'experimental-features = nix-command flakes\nsandbox = false\nbuild-users-group =\nsubstituters =\nflake-registry ='
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return JSON.parse(stdout)
}

// What the action reads for `package: image-dev` and `checks: test`, per system.
const SHAPE = `o: builtins.mapAttrs (system: _: {
  image = o.packages.\${system}.image-dev.drvPath;
  default = o.packages.\${system}.default.type;
  checks = builtins.mapAttrs (_: c: c.type) o.checks.\${system};
}) o.packages`

describe('README "Your flake"', () => {
  test('has one flake.nix snippet with nixpkgs as its input', () => {
    expect(snippet).toMatch(/inputs\.nixpkgs\.url = "github:NixOS\/nixpkgs\//)
    expect(snippet).toContain('dockerTools.buildLayeredImage')
  })

  test('evaluates to what the action builds: packages.<system>.image-dev and checks.<system>.test, on each Linux system', () => {
    const shape = evaluate(snippet, SHAPE) as Record<string, { image: string; default: string; checks: Record<string, string> }>
    expect(Object.keys(shape).sort()).toEqual(['aarch64-linux', 'x86_64-linux'])
    for (const per of Object.values(shape)) {
      expect(per.image).toMatch(/^\/nix\/store\/[a-z0-9]{32}-k8s-cloud-tagger-dev\.tar\.gz\.drv$/)
      expect(per).toMatchObject({ default: 'derivation', checks: { test: 'derivation' } })
    }
  })

  test('the image carries the source label of a GitHub repository and the program', () => {
    const image = evaluate(snippet, 'o: { inherit (o.packages.x86_64-linux.image-dev) label contents; }') as { label: string; contents: string[] }
    expect(image.label).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/)
    expect(image.contents).toHaveLength(1)
    expect(image.contents[0]).toMatch(/-hello$/)
  })

  test('the stand-in can fail: without the label the image does not evaluate', () => {
    const unlabelled = snippet.replace(/^\s*Labels\."org\.opencontainers\.image\.source".*\n/m, '')
    expect(unlabelled).not.toBe(snippet)
    expect(() => evaluate(unlabelled, SHAPE)).toThrow(/no org\.opencontainers\.image\.source label/)
  })

  test('names the inputs it is read by', () => {
    const table = section('Your flake')
    for (const input of ['`flake`', '`package`', '`checks`']) expect(table).toMatch(new RegExp(`^\\| ${input} \\|`, 'm'))
  })
})
