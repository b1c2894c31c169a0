// The runners users have, on the newest toolchains: a multi-user
// Nix whose nix-daemon runs as root with build users while the action runs
// as the unprivileged `runner` (uid 1001), trusted or not; and a runner with
// no skopeo. Each daemon test has its own daemon, nix.conf and socket
// (test-support/nix-daemon.ts), stopped after the test whatever happens.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commitAll, makeFlakeRepo, nixEnv, runOk, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { FAST_RETRIES, IMAGE, ACTION_NIX_CONFIG, pullRequest, pushToMain, registryInputs } from '../../test-support/scenario.js'
import { startNixDaemon, type TestDaemon } from '../../test-support/nix-daemon.js'
import { startCacheService } from '../../test-support/cache-server.js'
import { derivationsBuilt, makeFreshRunner } from '../../test-support/fresh-runner.js'
import { giveToRunner, nodeAsRunner } from '../../test-support/as-user.js'
import { makeHookFlake } from '../../test-support/flake-config-hook.js'
import { storePathPattern } from '../../test-support/own-store.js'

const toolchain = process.env['NFCI_TOOLCHAIN'] ?? 'bookworm'
// Nix 2.8 cannot run in a chroot, and on the machine itself a daemon would
// need build users and an /etc/nix the tests must not change.
const daemonless = toolchain === 'bookworm'
const describeDaemon = daemonless ? describe.skip : describe
const SKIP_WHY = daemonless ? ' (skipped on bookworm: needs a nix-daemon with build users, run in the trixie/sid chroots only)' : ''

const PASSWORD_MARKER = 'INPUT_PASSWORD='
// The `test` check goes looking for the action's secrets wherever a builder
// could read them, and prints (and keeps in its result) whatever it finds:
// the action's own process (node running dist/main: its environment holds
// INPUT_PASSWORD and the runtime token), every other process's environment,
// and every runner home's nix.conf (it holds the token). It fails when it
// finds one, naming where.
const SNOOP = `envs=0; confs=0; actions=''; : > "$TMPDIR/found"
for f in /proc/[0-9]*/environ; do
  if found=$({ tr '\\0' '\\n' < "$f" | grep -a '^${PASSWORD_MARKER}'; } 2>/dev/null); then echo "leak: $f: $found" | tee -a "$TMPDIR/found"; envs=$((envs+1)); fi
done
for f in /tmp/*/home/.config/nix/nix.conf /tmp/*/.config/nix/nix.conf /root/.config/nix/nix.conf; do
  if found=$(grep -s access-tokens "$f"); then echo "leak: $f: $found" | tee -a "$TMPDIR/found"; confs=$((confs+1)); fi
done
for p in /proc/[0-9]*; do
  grep -qa 'dist/main' "$p/cmdline" 2>/dev/null || continue
  if cat "$p/environ" > /dev/null 2>&1; then actions="$actions $p:readable"; else actions="$actions $p:unreadable"; fi
done
# Last, so they are in the log lines Nix shows of a failed build.
echo "action's environment:$actions"
echo "snoop: $((envs+confs)) secrets readable as $(id -un 2>/dev/null || id -u): $envs environments, $confs nix.conf files"
if [ "$envs" != 0 ] || [ "$confs" != 0 ]; then exit 1; fi
cp "$TMPDIR/found" "$out"
`

async function snoopingRepo(salt: string): Promise<FlakeRepo> {
  const repo = await makeFlakeRepo({ variant: { salt } })
  writeFileSync(path.join(repo.flakeDir, 'nix', 'test.sh'), SNOOP)
  repo.sha = await commitAll(repo.dir, 'snoop')
  return repo
}

/** The output path of a check of `repo` (evaluated as root in the daemon's store, the machine's). */
async function checkResult(repo: FlakeRepo, name: string): Promise<string> {
  // path: rather than git+file: the checkout belongs to runner now; the check's sources are the same.
  const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-eval-'))
  cleanups.push(() => {
    rmSync(home, { recursive: true, force: true })
  })
  const { stdout } = await runOk('nix', ['eval', '--raw', `path:${repo.flakeDir}#checks.x86_64-linux.${name}.outPath`], {
    env: nixEnv(home, process.env, 'machine')
  })
  return stdout.trim()
}

/** The step passed; on failure the message is its log, which says why. */
function expectSuccess(run: ActionRun): void {
  if (run.main.exitCode !== 0) throw new Error(`main exited with ${String(run.main.exitCode)}:\n${run.log}`)
}
const warnings = (run: ActionRun) => run.annotations.filter(a => a.level === 'warning')
const TOKEN = 'ghp_runnerTestToken0123456789abcdefABCDEF'

let registry: Registry | undefined // none when the machine cannot run a daemon
const cleanups: (() => unknown)[] = []
beforeAll(async () => {
  if (!daemonless) registry = await startRegistry()
})
afterAll(async () => {
  await registry?.stop()
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describeDaemon(`a multi-user Nix, the action run as \`runner\`${SKIP_WHY}`, () => {
  let daemon: TestDaemon | undefined
  afterEach(async () => {
    await daemon?.stop()
    daemon = undefined
  })

  /** Runs the action as `runner` against this test's daemon. */
  async function runAsRunner(
    repo: FlakeRepo,
    options: { sudo?: boolean; inputs?: Record<string, string>; event?: 'push' | 'pr'; systemd?: boolean; env?: Record<string, string>; home?: string }
  ): Promise<ActionRun> {
    if (!daemon) throw new Error('no daemon')
    giveToRunner(repo.dir)
    const basePath = process.env['PATH'] ?? '/usr/bin:/bin'
    return runAction({
      workspace: repo.dir,
      event: options.event === 'push' ? pushToMain(repo.sha) : pullRequest(repo.sha),
      inputs: { cache: 'false', 'github-token': TOKEN, ...options.inputs },
      // The client side only: the daemon's own settings are in its nix.conf.
      env: {
        ...daemon.env,
        NIX_CONFIG: 'flake-registry =',
        USER: 'runner',
        ...FAST_RETRIES,
        ...options.env,
        PATH: options.systemd ? `${daemon.bin}:${basePath}` : basePath
      },
      node: nodeAsRunner({ sudo: options.sudo ?? false }),
      ...(options.home ? { home: options.home } : {}),
      prepare: scratch => {
        giveToRunner(scratch)
        if (options.home) giveToRunner(options.home)
      }
    })
  }

  test("trusted: checks, builds and pushes; builds run as build users, so a check reads neither the token nor the action's environment", async () => {
    if (registry === undefined) throw new Error('no registry: beforeAll starts one where a daemon can run')
    daemon = await startNixDaemon({ trustedUsers: ['root', 'runner'] })
    // The daemon's store is the machine's, which keeps what earlier runs built: a new salt makes the check run.
    const repo = await snoopingRepo(`trusted-${process.pid}-${Date.now()}`)
    cleanups.push(() => repo.cleanup())
    const run = await runAsRunner(repo, { event: 'push', inputs: { ...registryInputs(registry), 'check-args': '--print-build-logs' } })
    expectSuccess(run)
    expect(run.log).toContain('the nix-daemon trusts runner')
    expect(warnings(run)).toEqual([])
    expect(run.outputs['pushed']).toBe('true')
    expect(run.outputs['digest']).toBe(await registry.digestOf(IMAGE, `sha-${repo.sha.slice(0, 7)}`))
    // The check ran, as a build user, found the action's process but could
    // not read its environment, and found nothing else to read.
    expect(run.log).toMatch(/action's environment:( \/proc\/\d+:unreadable)+$/m)
    expect(run.log).toMatch(/snoop: 0 secrets readable as nixbld\d/)
    // Neither secret is in the build log nor in the check's result.
    for (const secret of [TOKEN, registry.password ?? '']) expect(run.visibleLog).not.toContain(secret)
    const result = await checkResult(repo, 'test')
    expect(readFileSync(result, 'utf8')).toBe('')
    expect(run.post?.exitCode).toBe(0)
  })

  test('trusted, `accept-flake-config = true` and a flake whose nixConfig sets a post-build-hook: on a push the daemon runs it as root; on a pull request no hook runs', async () => {
    daemon = await startNixDaemon({ trustedUsers: ['root', 'runner'] })
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-hook-'))
    chmodSync(dir, 0o755)
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true })
    })
    const inputs = { build: 'false', 'extra-conf': 'accept-flake-config = true' }
    const onPush = await makeHookFlake(dir, 'daemon-push', 'machine')
    cleanups.push(() => onPush.repo.cleanup())
    expectSuccess(await runAsRunner(onPush.repo, { event: 'push', inputs }))
    // The test can fail: this is what a pull request would get without the action's refusal.
    expect(onPush.hookRuns()).toContainEqual(expect.stringMatching(/ as root$/))

    const onPr = await makeHookFlake(dir, 'daemon-pr', 'machine')
    cleanups.push(() => onPr.repo.cleanup())
    const run = await runAsRunner(onPr.repo, { inputs })
    expectSuccess(run)
    expect(run.summary).toMatch(/check[^\n]*passed/i)
    expect(onPr.hookRuns()).toEqual([])
    expect(warnings(run).map(a => a.properties['title'])).toContain('accept-flake-config ignored')
  })

  test('untrusted, with passwordless sudo: the action makes the daemon trust runner, and post puts nix.conf back, each time replacing the file whole', async () => {
    daemon = await startNixDaemon({ trustedUsers: ['root'] })
    const before = readFileSync(daemon.confFile, 'utf8')
    const statBefore = statSync(daemon.confFile)
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const run = await runAsRunner(repo, { sudo: true, systemd: true, inputs: { build: 'false' } })
    expectSuccess(run)
    expect(run.log).toContain('Added runner to trusted-users')
    expect(run.log).toContain('made the nix-daemon trust runner')
    // A pull request built by the daemon's build users, but without a sandbox: said so.
    expect(warnings(run).map(a => a.properties['title'])).toEqual(['Pull request builds are not isolated'])
    expect(warnings(run)[0]?.message).toMatch(/build users with `sandbox = false`: they cannot read the job's environment/)
    expect(run.post?.exitCode).toBe(0)
    expect(readFileSync(daemon.confFile, 'utf8')).toBe(before)
    // Renamed over, not rewritten in place (a cancel mid-write cannot truncate
    // it): a new inode, the owner and mode kept, no temp file left beside it.
    const statAfter = statSync(daemon.confFile)
    expect(statAfter.ino).not.toBe(statBefore.ino)
    expect([statAfter.uid, statAfter.mode]).toEqual([statBefore.uid, statBefore.mode])
    expect(readdirSync(path.dirname(daemon.confFile))).toEqual(['nix.conf'])
    // Restarted to read the change, and again in post to read the original.
    expect(daemon.systemctlCalls().filter(call => call.startsWith('restart nix-daemon'))).toHaveLength(2)
  })

  test('untrusted, with passwordless sudo and the cache on: a fresh runner takes every check from the restored cache instead of rebuilding', async () => {
    const service = await startCacheService()
    cleanups.push(() => service.stop())
    daemon = await startNixDaemon({ trustedUsers: ['root'] })
    // New to the daemon's store (the machine's, which keeps earlier runs' builds).
    const repo = await makeFlakeRepo({ variant: { salt: `daemon-cache-${process.pid}-${Date.now()}` } })
    cleanups.push(() => repo.cleanup())
    // One home path for both runs, emptied between them: the cache's paths are
    // under it, and @actions/cache keys entries by their paths, as a real
    // runner's home (/home/runner) does not move between jobs.
    const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-daemon-home-'))
    cleanups.push(() => {
      rmSync(home, { recursive: true, force: true })
    })
    const options = { sudo: true, systemd: true, event: 'push' as const, inputs: { cache: 'true', build: 'false' }, env: service.env, home }
    const first = await runAsRunner(repo, options)
    expectSuccess(first)
    expect(derivationsBuilt(first.log).length).toBeGreaterThan(0)
    expect(first.log).toMatch(/Saved \d+ store path\(s\)/)
    // A fresh runner: the checks gone from the store, a new home (runAction makes one per run).
    await makeFreshRunner(repo.flakeDir, 'machine')
    for (const entry of readdirSync(home)) rmSync(path.join(home, entry), { recursive: true, force: true })
    const second = await runAsRunner(repo, options)
    expectSuccess(second)
    expect(second.log).toContain('made the nix-daemon trust runner')
    expect(second.log).not.toMatch(/ignoring untrusted substituter/)
    expect(derivationsBuilt(second.log)).toEqual([])
    expect(warnings(second)).toEqual([])
  })

  test('untrusted, `trust-runner-user: false`: the system is left alone, with a warning and a summary line saying the cache is not used and how to fix it', async () => {
    daemon = await startNixDaemon({ trustedUsers: ['root'] })
    const before = readFileSync(daemon.confFile, 'utf8')
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const run = await runAsRunner(repo, { sudo: true, systemd: true, inputs: { build: 'false', 'trust-runner-user': 'false' } })
    expectSuccess(run)
    const warning = warnings(run).find(a => /does not trust runner/.test(a.message))
    expect(warning?.message).toMatch(/trusted-users = root runner/)
    expect(run.summary).toMatch(/cache was not used.*does not trust runner/)
    expect(daemon.systemctlCalls()).not.toContainEqual(expect.stringMatching(/^restart/))
    expect(readFileSync(daemon.confFile, 'utf8')).toBe(before)
  })

  test('untrusted, with passwordless sudo, and a $USER that is not a user name: refused, nothing written as root', async () => {
    daemon = await startNixDaemon({ trustedUsers: ['root'] })
    const before = readFileSync(daemon.confFile, 'utf8')
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const run = await runAsRunner(repo, {
      sudo: true,
      systemd: true,
      event: 'push',
      inputs: { build: 'false' },
      env: { USER: 'runner\npost-build-hook = /tmp/x' }
    })
    expect(run.main.exitCode).toBe(1)
    expect(
      run.annotations
        .filter(a => a.level === 'error')
        .map(a => a.message)
        .join('\n')
    ).toContain('"runner\\npost-build-hook = /tmp/x" (from $USER) is not a portable user name')
    expect(readFileSync(daemon.confFile, 'utf8')).toBe(before)
    expect(daemon.systemctlCalls()).not.toContainEqual(expect.stringMatching(/^restart/))
  })

  test('untrusted, without sudo: the warning says it cannot be fixed from the job', async () => {
    daemon = await startNixDaemon({ trustedUsers: ['root'] })
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const run = await runAsRunner(repo, { inputs: { build: 'false' } })
    expectSuccess(run)
    expect(
      warnings(run)
        .map(a => a.message)
        .join('\n')
    ).toMatch(/does not trust runner.*without passwordless sudo/)
  })
})

describe(`single-user Nix as root (what \`--no-daemon\` gives a container)`, () => {
  test("without build users a check can read the action's secrets: the snooping check above is able to fail", async () => {
    const repo = await snoopingRepo('root')
    cleanups.push(() => repo.cleanup())
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { cache: 'false', build: 'false', 'github-token': TOKEN, username: 'someone', password: 'not-used-here', checks: 'test' },
      // All of its log, however many leftover homes of other tests it also finds in /tmp.
      env: { NIX_CONFIG: `${ACTION_NIX_CONFIG}\nlog-lines = 1000` }
    })
    expect(run.main.exitCode).toBe(1)
    expect(run.log).toMatch(/action's environment:.* \/proc\/\d+:readable/)
    expect(run.log).toMatch(/snoop: \d+ secrets readable as root: [1-9]\d* environments, [1-9]\d* nix\.conf files/)
    // What the check read is in its log: the assertions of the daemon test can fail.
    expect(run.visibleLog).toContain(TOKEN)
    expect(run.visibleLog).toContain('INPUT_PASSWORD=not-used-here')
  })

  test('no skopeo on PATH: the plan says so before any work, skopeo is built once from `skopeo-flake`, and the push uses it', async () => {
    // A flake standing in for nixpkgs#skopeo: the chroot's real skopeo, copied into the store.
    const skopeoFlake = mkdtempSync(path.join(os.tmpdir(), 'nfci-skopeo-flake-'))
    cleanups.push(() => {
      rmSync(skopeoFlake, { recursive: true, force: true })
    })
    writeFileSync(
      path.join(skopeoFlake, 'flake.nix'),
      `{ outputs = { self }: { packages.x86_64-linux.skopeo = derivation { name = "skopeo-1.0"; system = "x86_64-linux"; builder = "/bin/sh"; PATH = "/usr/bin:/bin"; args = [ "-euc" "mkdir -p $out/bin; cp /usr/bin/skopeo $out/bin/skopeo" ]; }; }; }\n`
    )
    // PATH: every tool of /usr/bin but skopeo (/bin is /usr/bin on Debian).
    const bin = mkdtempSync(path.join(os.tmpdir(), 'nfci-no-skopeo-'))
    cleanups.push(() => {
      rmSync(bin, { recursive: true, force: true })
    })
    for (const name of readdirSync('/usr/bin')) if (name !== 'skopeo') symlinkSync(path.join('/usr/bin', name), path.join(bin, name))
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const local = registry ?? (await startRegistry())
    if (!registry) cleanups.push(() => local.stop())
    const run = await runAction({
      workspace: repo.dir,
      event: pushToMain(repo.sha),
      inputs: { ...registryInputs(local), cache: 'false', check: 'false', 'skopeo-flake': `path:${skopeoFlake}#skopeo` },
      env: { NIX_CONFIG: ACTION_NIX_CONFIG, PATH: `${bin}:/usr/sbin:/sbin` }
    })
    expectSuccess(run)
    const notice = run.log.indexOf('skopeo is not on PATH')
    expect(notice).toBeGreaterThanOrEqual(0)
    expect(notice).toBeLessThan(run.log.indexOf('::group::install'))
    expect(run.log.match(/\[command\]\S*nix build --no-link --json path:\S+#skopeo/g)).toHaveLength(1)
    expect(run.log).toMatch(storePathPattern('[0-9a-z]{32}-skopeo-1\\.0/bin/skopeo', 'own', true))
    expect(run.outputs['pushed']).toBe('true')
    expect(run.outputs['digest']).toBe(await local.digestOf(IMAGE, `sha-${repo.sha.slice(0, 7)}`))
  })
})
