// A pull request's flake is its author's code, and runs with no more than
// the job gives it. Flakes written as an attacker would: named checks
// whose drvPath is an option, an installable, another path or a line break
// followed by a workflow command; an input flake.lock does not pin, pointing
// at a directory of the machine holding a secret. The log is read as the
// runner reads it: lines starting `::` outside stop-commands blocks are commands.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nixEnv, run, runOk } from '../../test-support/fixtures.js'
import { runAction, workflowCommandLines, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pullRequest } from '../../test-support/scenario.js'
import { startNixDaemon, type TestDaemon } from '../../test-support/nix-daemon.js'
import { giveToRunner, nodeAsRunner } from '../../test-support/as-user.js'
import { storeDirOf, storePathPattern } from '../../test-support/own-store.js'

const SYSTEM = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux`
const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'PR',
  GIT_AUTHOR_EMAIL: 'pr@example.invalid',
  GIT_COMMITTER_NAME: 'PR',
  GIT_COMMITTER_EMAIL: 'pr@example.invalid'
}
const scratch: string[] = []

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

/** A git repository holding these files, committed: what a pull request's checkout is. */
async function repoWith(files: Record<string, string>, beforeCommit?: (dir: string) => Promise<unknown>): Promise<{ dir: string; sha: string }> {
  const dir = tempDir('nfci-hostile-')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  const git = (args: string[]) => runOk('git', ['-c', 'commit.gpgSign=false', ...args], { cwd: dir, env: { ...process.env, ...GIT_ENV } })
  await git(['init', '-q', '-b', 'pr'])
  await git(['add', '-A'])
  await beforeCommit?.(dir)
  await git(['add', '-A'])
  await git(['commit', '-q', '-m', 'pull request'])
  return { dir, sha: (await git(['rev-parse', 'HEAD'])).stdout.trim() }
}

const act = (repo: { dir: string; sha: string }, inputs: Record<string, string>) =>
  runAction({
    workspace: repo.dir,
    event: pullRequest(repo.sha),
    inputs: { cache: 'false', build: 'false', ...inputs },
    env: { NIX_CONFIG: ACTION_NIX_CONFIG }
  })

/**
 * Named checks as an attacker writes them. The hook's output is a script that
 * leaves `marker`: run as Nix's post-build hook (as root, under a daemon that
 * trusts the user) it would.
 */
function hostileChecks(marker: string): string {
  return `{
  outputs = { self }: let
    system = "${SYSTEM}";
    hook = derivation {
      name = "hook"; inherit system; builder = "/bin/sh";
      args = [ "-c" "printf '#!/bin/sh\\\\n/usr/bin/touch ${marker}\\\\n' > $out; /usr/bin/chmod +x $out" ];
    };
  in {
    packages.\${system}.hook = hook;
    checks.\${system} = {
      fmt = { drvPath = "--post-build-hook"; outputs = [ ]; };
      clippy = { drvPath = "\${hook}"; outputs = [ ]; };
      test = { drvPath = ".#hook"; outputs = [ ]; };
      lint = { drvPath = "\\n::warning::pwned"; outputs = [ ]; };
    };
  };
}
`
}

const errors = (run: ActionRun) => run.annotations.filter(a => a.level === 'error').map(a => a.message)

describe('named checks that are not derivations', () => {
  let marker: string
  /** `checks: fmt, clippy, test`: on the old bundle, `nix build … --post-build-hook <hook> .#hook`. */
  let result: ActionRun
  /** `checks: lint`: its drvPath starts a new line with a workflow command. */
  let lineBreak: ActionRun

  beforeAll(async () => {
    marker = path.join(tempDir('nfci-hook-'), 'hook-ran')
    const repo = await repoWith({ 'flake.nix': hostileChecks(marker) })
    result = await act(repo, { checks: 'fmt, clippy, test' })
    lineBreak = await act(repo, { checks: 'lint' })
  })

  test('the check stage fails naming each check, with its drvPath escaped', () => {
    expect(result.main.exitCode).toBe(1)
    const [error] = errors(result)
    expect(error).toContain('The check stage failed: check `fmt` is not a derivation: its drvPath is "--post-build-hook"')
    expect(error).toMatch(new RegExp(`check \`clippy\` is not a derivation: its drvPath is "${storePathPattern('[0-9a-z]{32}-hook"', 'own', true).source}`))
    expect(error).toContain('check `test` is not a derivation: its drvPath is ".#hook"')
    expect(result.summary).toMatch(/\| check \| ❌ failed/)
    expect(lineBreak.main.exitCode).toBe(1)
    expect(errors(lineBreak)).toEqual([expect.stringContaining('check `lint` is not a derivation: its drvPath is "\\n::warning::pwned"')])
  })

  test('nothing is built: no `nix build`, and the hook never runs', () => {
    for (const run of [result, lineBreak]) expect(run.log.split('\n').filter(line => line.startsWith('[command]') && / build /.test(line))).toEqual([])
    expect(existsSync(marker)).toBe(false)
  })

  test('no workflow command reaches the runner from the flake', () => {
    // The only annotation that mentions it is the error quoting the drvPath.
    expect(lineBreak.annotations.filter(a => a.message.includes('pwned') && a.level !== 'error')).toEqual([])
    const commands = workflowCommandLines(lineBreak.log)
    expect(commands.filter(line => line.includes('pwned') && !line.startsWith('::error::'))).toEqual([])
    // The one error that quotes the value carries it escaped: on one line, no `::` after a break.
    expect(commands.some(line => line.startsWith('::error::') && line.includes('\\n::warning::pwned'))).toBe(true)
  })
})

describe('an input flake.lock does not pin', () => {
  test('a `path:` input at a directory of the machine is refused before it is fetched, with what to run', async () => {
    const secret = `nfci-secret-${randomBytes(12).toString('hex')}`
    const secretDir = tempDir('nfci-nixconf-')
    writeFileSync(path.join(secretDir, 'nix.conf'), `access-tokens = github.com=${secret}\n`)
    const flake = `{
  inputs.x = { url = "path:${secretDir}"; flake = false; };
  outputs = { self, x }: {
    checks.${SYSTEM}.leak = derivation {
      name = "leak"; system = "${SYSTEM}"; builder = "/bin/sh";
      args = [ "-c" "/usr/bin/base64 \${x}/nix.conf; exit 1" ];
    };
  };
}
`
    const inStore = () => (existsSync(storeDirOf()) ? readdirSync(storeDirOf()) : [])
    const before = new Set(inStore())
    const result = await act(await repoWith({ 'flake.nix': flake }), {})

    expect(result.main.exitCode).toBe(1)
    const [error] = errors(result)
    expect(error).toContain('flake input `x` in flake.nix points at files of this machine outside the repository')
    expect(error).toContain('flake input `x` is not pinned by flake.lock (there is no flake.lock)')
    expect(error).toContain('Run `nix flake lock` locally and commit flake.lock.')
    // Refused before Nix ran: no `nix flake check`, and nothing new in the store holds the secret.
    expect(result.log).not.toMatch(/^\[command\].* flake check/m)
    const added = inStore().filter(name => !before.has(name))
    for (const name of added) {
      const file = path.join(storeDirOf(), name)
      const found = await run('grep', ['-rlF', secret, file])
      expect(`${name}: ${found.stdout}`).toBe(`${name}: `)
    }
    expect(result.log).not.toContain(secret)
    expect(result.log).not.toContain(Buffer.from(`access-tokens = github.com=${secret}`).toString('base64').slice(0, 24))
  })

  test('a flake.nix whose inputs read outside its directory is refused', async () => {
    const flake = `{
  inputs.x = { url = "path:" + builtins.readFile /etc/hostname; flake = false; };
  outputs = { self, x }: { checks.${SYSTEM} = { }; };
}
`
    const result = await act(await repoWith({ 'flake.nix': flake }), {})
    expect(result.main.exitCode).toBe(1)
    expect(errors(result)[0]).toMatch(/Could not read the inputs .*flake\.nix declares \(evaluated without fetching anything\)/)
    expect(result.log).not.toMatch(/^\[command\].* flake check/m)
  })

  test('an unpinned remote input is refused, naming it, before any fetch', async () => {
    const flake = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  outputs = { self, nixpkgs }: { checks.${SYSTEM} = { }; };
}
`
    const result = await act(await repoWith({ 'flake.nix': flake }), { build: 'true', package: 'default' })
    expect(result.main.exitCode).toBe(1)
    expect(errors(result)[0]).toContain('flake input `nixpkgs` is not pinned by flake.lock')
    expect(result.log).not.toMatch(/^\[command\].*\/nix (flake check|build|eval) /m)
  })

  test('a path input inside the repository, pinned by `nix flake lock`, passes; so does a flake without inputs or lock', async () => {
    const flake = `{
  inputs.vendor = { url = "path:./vendor"; flake = false; };
  outputs = { self, vendor }: {
    checks.${SYSTEM}.vendored = derivation {
      name = "vendored"; system = "${SYSTEM}"; builder = "/bin/sh";
      args = [ "-c" "read line < \${vendor}/regions.txt; echo $line > $out" ];
    };
  };
}
`
    // flake.lock as a user makes it: `nix flake lock` in the checkout.
    const home = tempDir('nfci-lock-home-')
    const repo = await repoWith({ 'flake.nix': flake, 'vendor/regions.txt': 'eu-west-1\n' }, dir =>
      runOk('nix', ['flake', 'lock'], { cwd: dir, env: nixEnv(home) })
    )
    expect(existsSync(path.join(repo.dir, 'flake.lock'))).toBe(true)

    const result = await act(repo, {})
    expect(result.main.exitCode).toBe(0)
    expect(result.log).toContain('Flake inputs: 1 input(s), all pinned by flake.lock')

    const bare = await act(await repoWith({ 'flake.nix': `{ outputs = { self }: { checks.${SYSTEM} = { }; }; }\n` }), {})
    expect(bare.main.exitCode).toBe(0)
    expect(bare.log).toContain('Flake inputs: no inputs')
  })
})

// Nix 2.8 cannot run in a chroot, and on the machine itself a daemon would
// need build users: the daemon case runs in the trixie and sid chroots.
const daemonless = (process.env['NFCI_TOOLCHAIN'] ?? 'bookworm') === 'bookworm'
const describeDaemon = daemonless ? describe.skip : describe

describeDaemon(`under a nix-daemon that trusts the runner user${daemonless ? ' (skipped on bookworm: trixie/sid chroots only)' : ''}`, () => {
  let daemon: TestDaemon | undefined
  afterAll(async () => {
    await daemon?.stop()
  })

  test('the hostile check attributes still get no root hook', async () => {
    daemon = await startNixDaemon({ trustedUsers: ['root', 'runner'] })
    // The hook would run as root (the daemon's user): it could write anywhere.
    const marker = path.join(tempDir('nfci-root-hook-'), 'hook-ran')
    const repo = await repoWith({ 'flake.nix': hostileChecks(marker) })
    giveToRunner(repo.dir)
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { cache: 'false', build: 'false', checks: 'fmt, clippy, test' },
      env: { ...daemon.env, NIX_CONFIG: 'flake-registry =', USER: 'runner' },
      node: nodeAsRunner({ sudo: false }),
      prepare: scratch => {
        giveToRunner(scratch)
      }
    })
    expect(run.log).toContain('the nix-daemon trusts runner')
    expect(existsSync(marker)).toBe(false)
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)[0]).toContain('check `fmt` is not a derivation: its drvPath is "--post-build-hook"')
    expect(run.log.split('\n').filter(line => line.startsWith('[command]') && / build /.test(line))).toEqual([])
  })
})
