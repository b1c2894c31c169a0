// Fixture flakes for tests, the demo and benchmarks: a fresh git repository
// holding a copy of example/ (optionally broken in a known way), and the
// environment that runs the machine's real Nix 2.8 without touching the
// machine's /etc/nix/nix.conf or the real ~/.config (see TESTING.md).
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { storeEnv, type StoreChoice } from './own-store.js'

/** The example flake shipped with the project (stands in for k8s-cloud-tagger). */
export const EXAMPLE_DIR = fileURLToPath(new URL('../example/', import.meta.url))

/**
 * Nix settings for single-user, daemonless Nix as root with no network:
 * no cache.nixos.org (each build would first wait ~4 s on it), no sandbox
 * (builders use the host's /bin/sh), no global flake registry download.
 */
export const NIX_CONFIG = ['experimental-features = nix-command flakes', 'sandbox = false', 'build-users-group =', 'substituters =', 'flake-registry ='].join(
  '\n'
)

/**
 * Environment for Nix (and skopeo, git) with a runner-like home under `home`,
 * on this test file's own store unless `store` is `machine`.
 */
export function nixEnv(home: string, base: NodeJS.ProcessEnv = process.env, store: StoreChoice = 'own'): NodeJS.ProcessEnv {
  return {
    ...base,
    ...storeEnv(store),
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    NIX_CONFIG
  }
}

export interface NixHome {
  home: string
  env: NodeJS.ProcessEnv
  cleanup(): Promise<void>
}

/** A fresh temporary home directory and the Nix environment that uses it. */
export async function makeNixHome(): Promise<NixHome> {
  const home = await mkdtemp(path.join(tmpdir(), 'nix-flake-ci-home-'))
  await mkdir(path.join(home, '.config'), { recursive: true })
  return { home, env: nixEnv(home), cleanup: () => rm(home, { recursive: true, force: true }) }
}

export interface RunResult {
  code: number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the child's stdin (then closed), e.g. a password. */
  input?: string
  /** Killed with SIGKILL after this long; default 10 minutes. */
  timeoutMs?: number
}

/**
 * Runs a program without a shell and collects its output. Never throws on a
 * non-zero exit: tests look at the code and the messages.
 */
export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000)
    child.on('error', e => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
    child.stdin.on('error', () => undefined) // the child may exit before reading
    child.stdin.end(opts.input ?? '')
  })
}

/** Like run(), but a non-zero exit is an error that shows the output. */
export async function runOk(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await run(cmd, args, opts)
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.code}\n${r.stdout}\n${r.stderr}`)
  }
  return r
}

export type CheckName = 'fmt' | 'clippy' | 'test'

export interface FlakeVariant {
  /** This check prints a rustc-style `error[E0308]: mismatched types` and exits 1. */
  failingCheck?: CheckName
  /** flake.nix uses an undefined variable: evaluation fails at a position in flake.nix. */
  evalError?: boolean
  /**
   * flake.nix takes its version from nix/version.nix, which puts an integer
   * where a string is needed: a type error raised in a helper file, several
   * frames below flake.nix (Nix 2.20+ hides its line without --show-trace).
   */
  helperTypeError?: boolean
  /**
   * Adds `inputs.extra = { url; flake = false; }`, used by every derivation,
   * and a flake.lock pinning it by `httpInputNarHash` (the flaky server's
   * `narHash`): fetched when that is not in the store yet.
   */
  httpInput?: string
  /** The input's NAR hash; without it the lock pins a hash no content has (for a host that is down). */
  httpInputNarHash?: string
  /** The flake lives in this subdirectory of the repository, e.g. 'sub'. */
  subdir?: string
  /**
   * The image's config says this OCI architecture (`arm64`) whatever system
   * builds it: a second platform's image on a machine that builds only one.
   */
  imageArch?: string
  /** Written into the image (etc/k8s-cloud-tagger/marker.txt): a different image, same checks. */
  imageMarker?: string
  /**
   * Written to src/salt.txt: every derivation (checks, package, image) is new
   * to the store, for tests that count what gets built (the test file's own
   * store is shared by its tests; a daemon's by every run on the machine).
   */
  salt?: string
  /**
   * Every derivation first spins the shell this many loop iterations (about
   * 1.1 million a second here): CPU-bound work standing in for compiling, for
   * benchmarks where the action's fixed costs should not dominate.
   */
  busyLoop?: number
}

export interface FlakeRepo {
  /** Root of the git repository (what GITHUB_WORKSPACE would be). */
  dir: string
  /** Directory holding flake.nix: `dir`, or `dir/<subdir>`. */
  flakeDir: string
  /** Flake reference relative to `dir`: '.' or './<subdir>'. */
  flake: string
  /** The commit (GITHUB_SHA). Deterministic: same variant, same sha. */
  sha: string
  /** Where Nix reports the evaluation error of `evalError` or `helperTypeError`, relative to the repository root. */
  evalErrorAt?: { file: string; line: number; column: number }
  cleanup(): Promise<void>
}

/** The lines a failing check prints (the build log Nix shows ends with them). */
export const FAILING_CHECK_LINES = [
  '   Compiling k8s-cloud-tagger v0.3.1 (/build/source)',
  'error[E0308]: mismatched types',
  '  --> src/main.rs:10:5',
  '   |',
  '10 |         name: "eu-west-1".to_string(),',
  '   |               ^^^^^^^^^^^^^^^^^^^^^^^ expected `u32`, found struct `String`',
  '',
  'For more information about this error, try `rustc --explain E0308`.',
  'error: could not compile `k8s-cloud-tagger` due to previous error'
]

// Git must not read the machine's or the user's config (signing, hooks,
// default branch), and commits get a fixed author and date so that the same
// content always gives the same sha.
const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'fixture@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
  GIT_COMMITTER_NAME: 'Fixture Author',
  GIT_COMMITTER_EMAIL: 'fixture@example.invalid',
  GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z'
}

function git(dir: string, args: readonly string[]): Promise<RunResult> {
  return runOk('git', ['-c', 'commit.gpgSign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV }
  })
}

/** Commits everything in the repository at `dir` as the fixtures do (no machine config, a fixed author); returns the sha. */
export async function commitAll(dir: string, message: string): Promise<string> {
  await git(dir, ['add', '-A'])
  await git(dir, ['commit', '-q', '--allow-empty', '-m', message])
  return (await git(dir, ['rev-parse', 'HEAD'])).stdout.trim()
}

/** Replaces one exact piece of text; an anchor that moved is a loud error, not a silent no-op. */
function replaceOnce(text: string, anchor: string, replacement: string, file: string): string {
  const at = text.indexOf(anchor)
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`fixture: expected exactly one ${JSON.stringify(anchor)} in ${file}`)
  }
  return text.slice(0, at) + replacement + text.slice(at + anchor.length)
}

// A URL goes into a Nix string literal: refuse what would need escaping.
function nixStringLiteral(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`fixture: unsupported character in ${JSON.stringify(value)}`)
  return `"${value}"`
}

/** A NAR hash no input has: the lock is well-formed, the fetch still happens. */
const UNKNOWN_NAR_HASH = `sha256-${Buffer.alloc(32).toString('base64')}`

/** flake.lock (version 7, as `nix flake lock` writes it) pinning the one tarball input `extra`. */
function tarballLock(url: string, narHash: string): string {
  const original = { type: 'tarball', url }
  const extra = { flake: false, locked: { narHash, ...original }, original }
  return `${JSON.stringify({ nodes: { extra, root: { inputs: { extra: 'extra' } } }, root: 'root', version: 7 }, null, 2)}\n`
}

function failingScript(check: CheckName): string {
  const lines = FAILING_CHECK_LINES.map(l => `printf '%s\\n' '${l.replace(/'/g, `'\\''`)}'`)
  return [`# Fixture: the ${check} check fails the way rustc reports a type error.`, ...lines, 'exit 1', ''].join('\n')
}

async function applyVariant(flakeDir: string, v: FlakeVariant): Promise<Pick<FlakeRepo, 'evalErrorAt'>> {
  const flakeFile = path.join(flakeDir, 'flake.nix')
  let flake = await readFile(flakeFile, 'utf8')
  let evalErrorAt: FlakeRepo['evalErrorAt']

  if (v.failingCheck) {
    await writeFile(path.join(flakeDir, 'nix', `${v.failingCheck}.sh`), failingScript(v.failingCheck))
  }
  if (v.salt !== undefined) {
    await writeFile(path.join(flakeDir, 'src', 'salt.txt'), `${v.salt}\n`)
  }
  if (v.busyLoop !== undefined) {
    const spin = `i=0; while [ $i -lt ${Math.floor(v.busyLoop)} ]; do i=$((i+1)); done; . "$0"`
    // An indented string: the loop's `$` and quotes need no escaping there (it has no `${`).
    flake = replaceOnce(flake, 'args = [ "-eu" script ];', `args = [ "-euc" ''${spin}'' script ];`, 'flake.nix')
  }
  if (v.imageArch !== undefined) {
    flake = replaceOnce(flake, 'arch = archOf.${system};', `arch = ${nixStringLiteral(v.imageArch)};`, 'flake.nix')
  }
  if (v.imageMarker !== undefined) {
    await writeFile(path.join(flakeDir, 'assets', 'marker.txt'), `${v.imageMarker}\n`)
  }
  if (v.httpInput !== undefined) {
    flake = replaceOnce(
      flake,
      '  outputs = { self }:',
      `  inputs.extra = { url = ${nixStringLiteral(v.httpInput)}; flake = false; };\n\n  outputs = { self, extra }:`,
      'flake.nix'
    )
    flake = replaceOnce(flake, 'extraInputs = { };', 'extraInputs = { vendor = extra; };', 'flake.nix')
    await writeFile(path.join(flakeDir, 'flake.lock'), tarballLock(v.httpInput, v.httpInputNarHash ?? UNKNOWN_NAR_HASH))
  }
  if (v.evalError) {
    // A typical slip: the version read from a Cargo.toml binding that was never defined.
    const bad = 'version = cargoToml.package.version;'
    flake = replaceOnce(flake, 'version = "0.3.1";', bad, 'flake.nix')
    const before = flake.slice(0, flake.indexOf(bad))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n') + 'version = '.length
    evalErrorAt = { file: 'flake.nix', line, column } // made relative to the repository by the caller
  }
  if (v.helperTypeError) {
    const helper = [
      "# The version in the image tag: Cargo's version and the CI build number.",
      '{ build ? 7 }:',
      'builtins.concatStringsSep "." [ "0" "3" build ]',
      ''
    ]
    await writeFile(path.join(flakeDir, 'nix', 'version.nix'), helper.join('\n'))
    flake = replaceOnce(flake, 'version = "0.3.1";', 'version = import ./nix/version.nix { };', 'flake.nix')
    // Nix names the call of concatStringsSep, at the start of its line.
    evalErrorAt = { file: 'nix/version.nix', line: helper.findIndex(line => line.startsWith('builtins.concatStringsSep')) + 1, column: 1 }
  }
  await writeFile(flakeFile, flake)
  return evalErrorAt ? { evalErrorAt } : {}
}

/** A git repository holding the example flake, in a fresh temporary directory. */
export async function makeFlakeRepo(opts: { variant?: FlakeVariant } = {}): Promise<FlakeRepo> {
  const v = opts.variant ?? {}
  if (v.subdir !== undefined && (path.isAbsolute(v.subdir) || v.subdir.split(/[\\/]/).includes('..') || v.subdir === '')) {
    throw new Error(`fixture: subdir must be a relative path inside the repository, got ${JSON.stringify(v.subdir)}`)
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'nix-flake-ci-repo-'))
  try {
    const flakeDir = v.subdir ? path.join(dir, v.subdir) : dir
    // Build results or a lock file left in example/ by hand must not leak in.
    await cp(EXAMPLE_DIR, flakeDir, {
      recursive: true,
      filter: src => !/^(result(-.*)?|flake\.lock|\.git)$/.test(path.basename(src))
    })
    if (v.subdir) await writeFile(path.join(dir, 'README.md'), `The flake is in ${v.subdir}/.\n`)
    const extra = await applyVariant(flakeDir, v)
    if (extra.evalErrorAt) extra.evalErrorAt.file = path.relative(dir, path.join(flakeDir, extra.evalErrorAt.file))
    await git(dir, ['init', '-q', '-b', 'main'])
    const sha = await commitAll(dir, 'k8s-cloud-tagger fixture')
    return {
      dir,
      flakeDir,
      flake: v.subdir ? `./${v.subdir}` : '.',
      sha,
      ...extra,
      cleanup: () => rm(dir, { recursive: true, force: true })
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then(
    s => s.isFile(),
    () => false
  )
}

/** flake.nix's directory: `dir` itself, or the one subdirectory that has it. */
async function findFlakeDir(dir: string): Promise<string> {
  if (await isFile(path.join(dir, 'flake.nix'))) return dir
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== '.git' && (await isFile(path.join(dir, entry.name, 'flake.nix')))) {
      return path.join(dir, entry.name)
    }
  }
  throw new Error(`fixture: no flake.nix in ${dir} or its subdirectories`)
}

/**
 * Changes the Rust sources (src/revision.txt holds `text`) and commits: every
 * check, the package and the image's app layer change; the base layer does not.
 * `dir` is the repository root or the flake's directory. Returns the new sha.
 */
export async function changeSource(dir: string, text: string): Promise<string> {
  const flakeDir = await findFlakeDir(dir)
  await writeFile(path.join(flakeDir, 'src', 'revision.txt'), `${text}\n`)
  const root = (await git(flakeDir, ['rev-parse', '--show-toplevel'])).stdout.trim()
  return commitAll(root, `change: ${text}`)
}
