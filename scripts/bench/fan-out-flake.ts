// A generated flake for the fan-out figures: many checks over a few shared
// "libraries", no nixpkgs, host tools only (as the test fixtures). Each
// derivation spins the shell (CPU work standing in for compiling) and
// records its own build time in `$out/build-ms`, so the simulation reads
// every derivation's measured time from the store after one build.
//
// The graph: `core`, then LIBS libraries that each need core, then CHECKS
// checks that each need two or three libraries. Library outputs carry
// incompressible bytes (what a compiled library weighs); a check's output
// names its libraries, so its closure holds them, as a test binary's would.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface FanOutShape {
  checks: number
  libs: number
  /** Shell loop iterations (about 0.3-0.6 million a second here). */
  coreLoops: number
  libLoops: number
  /** A check spins checkLoops times 1 to 5, by its number: checks differ in cost. */
  checkLoops: number
  /** Incompressible bytes in core's output and in each library's. */
  coreKiB: number
  libKiB: number
}

export const DEFAULT_SHAPE: FanOutShape = {
  checks: Number(process.env['BENCH_FANOUT_CHECKS'] ?? 50),
  libs: Number(process.env['BENCH_FANOUT_LIBS'] ?? 6),
  coreLoops: 300_000,
  libLoops: 200_000,
  checkLoops: 30_000,
  coreKiB: 2048,
  libKiB: 4096
}

/** The libraries check `i` needs: two neighbours, and a third for every third check. */
export function libsOf(i: number, libs: number): number[] {
  const wanted = new Set([i % libs, (i + 1) % libs])
  if (i % 3 === 0) wanted.add((i + 3) % libs)
  return [...wanted].sort((a, b) => a - b)
}

export const checkName = (i: number): string => `c${String(i).padStart(3, '0')}`

function flakeText(system: string, shape: FanOutShape): string {
  const checks = Array.from({ length: shape.checks }, (_, i) => {
    const loops = shape.checkLoops * (1 + ((i * 7) % 5))
    const libs = libsOf(i, shape.libs)
      .map(l => `lib${l}`)
      .join(' ')
    return `      ${checkName(i)} = mk "check-${checkName(i)}" ${loops} [ ${libs} ] "cat \${./src/${checkName(i)}.txt} > $out/result";`
  })
  const libs = Array.from(
    { length: shape.libs },
    (_, l) =>
      `      lib${l} = mk "lib${l}" ${shape.libLoops} [ core ] "cat \${./src/lib${l}.txt} >/dev/null; head -c ${shape.libKiB}K /dev/urandom > $out/data";`
  )
  return `{
  outputs = { self }:
    let
      system = "${system}";
      # A derivation that spins, runs its body, names its inputs and writes its build time.
      mk = name: loops: deps: body: derivation {
        inherit name system;
        builder = "/bin/sh";
        PATH = "/usr/bin:/bin";
        deps = map toString deps;
        args = [ "-euc" ''
          start=$(date +%s%N)
          mkdir -p $out
          i=0; while [ $i -lt \${toString loops} ]; do i=$((i+1)); done
          \${body}
          for d in $deps; do echo "$d" >> $out/deps; done
          echo $(( ($(date +%s%N) - start) / 1000000 )) > $out/build-ms
        '' ];
      };
      core = mk "core" ${shape.coreLoops} [ ] "cat \${./src/core.txt} >/dev/null; head -c ${shape.coreKiB}K /dev/urandom > $out/data";
${libs.join('\n')}
    in {
      packages.\${system} = { inherit core ${Array.from({ length: shape.libs }, (_, l) => `lib${l}`).join(' ')}; };
      checks.\${system} = {
${checks.join('\n')}
      };
    };
}
`
}

function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgSign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

/** Writes the flake into a new git repository at `dir`; `salt` makes every derivation new to the store. Returns the commit. */
export function makeFanOutFlake(dir: string, system: string, salt: string, shape: FanOutShape = DEFAULT_SHAPE): string {
  mkdirSync(path.join(dir, 'src'), { recursive: true })
  writeFileSync(path.join(dir, 'flake.nix'), flakeText(system, shape))
  writeFileSync(path.join(dir, 'src', 'core.txt'), `${salt}\n`)
  for (let l = 0; l < shape.libs; l++) writeFileSync(path.join(dir, 'src', `lib${l}.txt`), `lib${l}\n`)
  for (let i = 0; i < shape.checks; i++) writeFileSync(path.join(dir, 'src', `${checkName(i)}.txt`), `${checkName(i)}\n`)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'fan-out bench flake')
  return git(dir, 'rev-parse', 'HEAD')
}

/** Changes one file of the flake's sources (`src/<name>.txt`) and commits; returns the commit. */
export function changeFanOutSource(dir: string, name: string, text: string): string {
  writeFileSync(path.join(dir, 'src', `${name}.txt`), `${text}\n`)
  git(dir, 'commit', '-q', '-am', `change ${name}`)
  return git(dir, 'rev-parse', 'HEAD')
}
