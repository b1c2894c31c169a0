// The install stage on the runners users have, against a stand-in
// of the official installer served over loopback (test-support/nix-installer.ts),
// each run in a private root with no /nix (test-support/private-root.ts):
// multi-user with the daemon where systemd and passwordless sudo are there,
// single-user otherwise, root in a container without sudo or build users;
// the tarball the installer fetches retried, kept in the tool cache and
// checked. The installer links the toolchain's own Nix, so check and build
// after it run real Nix. Runs in the trixie/sid chroots: Nix 2.8 (bookworm)
// cannot run inside a chroot.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { FAST_RETRIES, pullRequest } from '../../test-support/scenario.js'
import { makePrivateRoot, type PrivateRoot, type PrivateRootOptions } from '../../test-support/private-root.js'
import { makeTestSystemd, startInstallerServer, toolsWithout, type InstallerServer, type TestSystemd } from '../../test-support/nix-installer.js'
import { giveToRunner, RUNNER_UID } from '../../test-support/as-user.js'

const toolchain = process.env['NFCI_TOOLCHAIN'] ?? 'bookworm'
const inChroot = toolchain !== 'bookworm'
const describeChroot = inChroot ? describe : describe.skip
const SKIP_WHY = inChroot ? '' : ' (skipped on bookworm: Nix 2.8 cannot run inside the private root, a chroot)'

// What the test machine needs whoever runs Nix (TESTING.md): no network
// substituters, no flake registry download, no sandbox (builders use /bin/sh).
// Not `build-users-group`: going without build users is the action's job.
const MACHINE_NIX_CONFIG = ['sandbox = false', 'substituters =', 'flake-registry ='].join('\n')

/** The step passed; on failure the message is its log, which says why. */
function expectSuccess(run: ActionRun): void {
  if (run.main.exitCode !== 0) throw new Error(`main exited with ${String(run.main.exitCode)}:\n${run.log}`)
}
const errors = (run: ActionRun) => run.annotations.filter(a => a.level === 'error').map(a => a.message)
/** The lines the installer stand-in printed for what it ran through sudo. */
const sudoLines = (run: ActionRun) => run.log.split('\n').filter(line => /I am executing: sudo /.test(line))

const nixVersion = inChroot ? (/(\d+\.\d+\.\d+)/.exec(execFileSync('nix', ['--version'], { encoding: 'utf8' }))?.[1] ?? '') : ''

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describeChroot(`installing Nix with the official installer${SKIP_WHY}`, () => {
  let server: InstallerServer
  const noNix = (name: string) => name === 'nix' || name.startsWith('nix-')
  beforeAll(async () => {
    server = await startInstallerServer({ version: nixVersion })
  })
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
    await server?.stop()
  })

  interface Machine {
    root: PrivateRoot
    systemd?: TestSystemd
    repo: FlakeRepo
  }

  /** A runner without Nix: a private root, a PATH without Nix (and without what `drop` names), a fixture flake. */
  async function machine(options: PrivateRootOptions, drop: (name: string) => boolean = () => false): Promise<Machine & { path: string }> {
    const root = makePrivateRoot(options)
    cleanups.push(() => {
      root.remove()
    })
    const tools = toolsWithout(name => noNix(name) || drop(name))
    cleanups.push(() => {
      tools.remove()
    })
    let systemd: TestSystemd | undefined
    if (options.systemd) {
      systemd = makeTestSystemd(MACHINE_NIX_CONFIG)
      cleanups.push(() => systemd?.stop())
    }
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    if (options.user === 'runner') giveToRunner(repo.dir)
    const searchPath = [systemd?.bin, tools.dir, '/usr/sbin', '/sbin'].filter(Boolean).join(':')
    return { root, systemd, repo, path: searchPath }
  }

  function install(
    m: Machine & { path: string },
    options: { user: 'root' | 'runner'; inputs?: Record<string, string>; toolCache?: string; installUrl?: string; skipPost?: boolean }
  ): Promise<ActionRun> {
    return runAction({
      workspace: m.repo.dir,
      event: pullRequest(m.repo.sha),
      inputs: { cache: 'false', build: 'false', 'nix-version': nixVersion, 'install-url': options.installUrl ?? server.installUrl, ...options.inputs },
      env: { PATH: m.path, USER: options.user, NIX_CONFIG: MACHINE_NIX_CONFIG, ...FAST_RETRIES },
      node: m.root.node,
      toolCache: options.toolCache,
      prepare: options.user === 'runner' ? giveToRunner : undefined,
      skipPost: options.skipPost
    })
  }

  test('GitHub-hosted (runner, passwordless sudo, systemd): multi-user with the daemon, runner trusted until post, the daemon answering before the next stage', async () => {
    const m = await machine({ user: 'runner', sudo: true, systemd: true })
    const run = await install(m, { user: 'runner', skipPost: true })
    expectSuccess(run)
    // --daemon: the daemon's files, made through sudo, owned by root; runner
    // trusted inside the action's marked block, which post takes out.
    const conf = readFileSync(m.root.at('/etc/nix/nix.conf'), 'utf8')
    expect(conf).toMatch(/^build-users-group = nixbld$/m)
    expect(conf).toMatch(/^# >>> nix-flake-ci[^\n]*\nextra-trusted-users = runner\n# <<< nix-flake-ci <<<$/m)
    expect(statSync(m.root.at('/nix/store')).uid).toBe(0)
    expect(existsSync(m.root.at('/nix/var/nix/profiles/default/bin/nix'))).toBe(true)
    expect(existsSync(path.join(run.home, '.nix-profile'))).toBe(false)
    expect(sudoLines(run).join('\n')).toMatch(/install -m 0644 \S+ \/etc\/nix\/nix\.conf/)
    expect(m.systemd?.calls()).toEqual(expect.arrayContaining(['start nix-daemon.socket', 'restart nix-daemon.service']))
    // The stand-in's daemon answers two seconds after systemctl returns: the
    // action waited for its socket before asking the store anything.
    const answered = run.log.indexOf('The nix-daemon answers on /nix/var/nix/daemon-socket/socket')
    expect(answered).toBeGreaterThan(run.log.indexOf('Nix was installed multi-user'))
    expect(answered).toBeLessThan(run.log.indexOf('the nix-daemon trusts runner'))
    expect(run.outputs['pushed']).toBe('false')
    expect(run.summary).toMatch(/check[^\n]*passed/i)
    // Later steps find Nix too.
    expect(run.files.path).toContain('/nix/var/nix/profiles/default/bin')

    // Post: runner no longer trusted, the installer's own settings kept, the
    // file replaced whole (its mode kept), and the daemon restarted to read it.
    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
    expect(readFileSync(m.root.at('/etc/nix/nix.conf'), 'utf8')).toBe('build-users-group = nixbld\n')
    expect(statSync(m.root.at('/etc/nix/nix.conf')).mode & 0o777).toBe(0o644)
    expect(readdirSync(m.root.at('/etc/nix'))).toEqual(['nix.conf'])
    expect(m.systemd?.calls().filter(call => call === 'restart nix-daemon.service')).toHaveLength(2)
  })

  test('GitHub-hosted with `trust-runner-user: false`: the fresh install does not trust runner, and the log says the cache cannot be used', async () => {
    const m = await machine({ user: 'runner', sudo: true, systemd: true })
    const run = await install(m, { user: 'runner', inputs: { 'trust-runner-user': 'false' } })
    expectSuccess(run)
    const conf = readFileSync(m.root.at('/etc/nix/nix.conf'), 'utf8')
    expect(conf).not.toMatch(/runner|nix-flake-ci/)
    expect(conf).toMatch(/^build-users-group = nixbld$/m)
    expect(
      run.annotations
        .filter(a => a.level === 'warning')
        .map(a => a.message)
        .join('\n')
    ).toMatch(/does not trust runner \(`trust-runner-user` is `false`\)/)
    expect(run.post?.exitCode).toBe(0)
    // Only the installer restarted the daemon: post had nothing to undo.
    expect(m.systemd?.calls().filter(call => call === 'restart nix-daemon.service')).toHaveLength(1)
  })

  test('self-hosted (runner, passwordless sudo, no systemd): single-user; the installer asks sudo only to create /nix', async () => {
    const m = await machine({ user: 'runner', sudo: true })
    const run = await install(m, { user: 'runner' })
    expectSuccess(run)
    expect(statSync(m.root.at('/nix')).uid).toBe(RUNNER_UID)
    expect(statSync(m.root.at('/nix/store')).uid).toBe(RUNNER_UID)
    expect(sudoLines(run)).toEqual([])
    expect(run.log).toMatch(/creating it by running 'mkdir -m 0755 \/nix && chown runner \/nix' using sudo/)
    expect(lstatSync(path.join(run.home, '.nix-profile')).isSymbolicLink()).toBe(true)
    expect(existsSync(m.root.at('/etc/nix/nix.conf'))).toBe(false)
    expect(run.log).toContain('single-user store')
    expect(run.files.path).toContain(path.join(run.home, '.nix-profile', 'bin'))
  })

  test('self-hosted without sudo and no /nix: refused before downloading, saying what an administrator must run', async () => {
    const m = await machine({ user: 'runner' })
    const before = server.requests()
    const run = await install(m, { user: 'runner' })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run).join('\n')).toMatch(/mkdir -m 0755 \/nix && chown runner \/nix/)
    expect(server.requests()).toEqual(before)
    expect(existsSync(m.root.at('/nix'))).toBe(false)
  })

  test('container job (root, no sudo, no nixbld users): /nix made by the action, Nix without build users, the check runs', async () => {
    const m = await machine({ user: 'root', withoutBuildUsers: true }, name => name === 'sudo')
    const run = await install(m, { user: 'root' })
    expectSuccess(run)
    expect(statSync(m.root.at('/nix/store')).uid).toBe(0)
    expect(lstatSync(path.join(run.home, '.nix-profile')).isSymbolicLink()).toBe(true)
    expect(existsSync(m.root.at('/etc/nix/nix.conf'))).toBe(false)
    expect(run.log).toContain('single-user store')
    expect(run.summary).toMatch(/check[^\n]*passed/i)
  })
})

describeChroot(`the installer's tarball: retried, cached, checked${SKIP_WHY}`, () => {
  /** Runs the container-job install (root, no sudo) against `server`, with the given tool cache. */
  async function containerInstall(
    server: InstallerServer,
    toolCache: string,
    inputs: Record<string, string> = {}
  ): Promise<{ run: ActionRun; root: PrivateRoot }> {
    const root = makePrivateRoot({ user: 'root', withoutBuildUsers: true })
    cleanups.push(() => {
      root.remove()
    })
    const tools = toolsWithout(name => name === 'nix' || name.startsWith('nix-') || name === 'sudo')
    cleanups.push(() => {
      tools.remove()
    })
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { cache: 'false', build: 'false', 'nix-version': nixVersion, 'install-url': server.installUrl, ...inputs },
      env: { PATH: `${tools.dir}:/usr/sbin:/sbin`, USER: 'root', NIX_CONFIG: MACHINE_NIX_CONFIG, ...FAST_RETRIES },
      node: root.node,
      toolCache
    })
    return { run, root }
  }

  function newToolCache(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-tool-cache-'))
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true })
    })
    return dir
  }

  test("503s for the tarball outlast the download client's own three tries and are covered by `attempts`; a second runner with the same tool cache downloads nothing", async () => {
    // The tool cache's client tries a 5xx three times itself (10 to 20 s
    // apart); the action's `attempts` try that again.
    const server = await startInstallerServer({ version: nixVersion, tarballFailFirst: 3 })
    cleanups.push(() => server.stop())
    const toolCache = newToolCache()
    const first = await containerInstall(server, toolCache, { attempts: '2' })
    expectSuccess(first.run)
    expect(server.tarballFailures()).toBe(3)
    expect(server.requests()).toEqual({ script: 1, tarball: 4 })
    // Besides the pull request's single-user warning (runner-hardening.test.ts), one: the retry.
    const retries = first.run.annotations.filter(a => a.level === 'warning' && a.properties['title'] !== 'Pull request builds are not isolated')
    expect(retries.map(a => a.message)).toEqual([expect.stringMatching(/tarball.*try 1 of 2/)])

    // A fresh machine (no /nix), the same tool cache: script and tarball come from it.
    const second = await containerInstall(server, toolCache)
    expectSuccess(second.run)
    expect(server.requests()).toEqual({ script: 1, tarball: 4 })
    expect(existsSync(second.root.at('/nix/store'))).toBe(true)
    expect(second.run.summary).toMatch(/check[^\n]*passed/i)
  }, 180_000)

  test('a tarball whose sha256 is not the one the script names is refused: nothing installed, nothing cached', async () => {
    const server = await startInstallerServer({ version: nixVersion, wrongHash: true })
    cleanups.push(() => server.stop())
    const toolCache = newToolCache()
    const { run, root } = await containerInstall(server, toolCache, { attempts: '2' })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run).join('\n')).toMatch(/sha256/i)
    // Tried `attempts` times, as a corrupted download would be.
    expect(server.requests().tarball).toBe(2)
    expect(existsSync(path.join(run.home, '.nix-profile'))).toBe(false)
    expect(existsSync(root.at('/nix/var/nix/profiles'))).toBe(false)
    expect(readdirSync(toolCache)).not.toContain('nix-binary-tarball')
  })
})
