// KVM for NixOS VM checks: a check with
// `requiredSystemFeatures = [ "kvm" ]` builds only where Nix has the `kvm`
// system feature. On GitHub's Linux runners /dev/kvm exists but only root may
// open it until a udev rule opens it; the action writes that rule. Here the
// action runs as `runner` with passwordless sudo in a private root (udev does
// not run in a chroot: test-support/udev.ts applies the rule's mode to the
// device, as udevd would), with a single-user Nix whose builds run as
// `runner`. The device is this machine's own /dev/kvm: its mode is put back
// after each test. Skipped where there is no /dev/kvm.
import { afterEach, describe, expect, test } from '@jest/globals'
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { commitAll, makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pullRequest } from '../../test-support/scenario.js'
import { makePrivateRoot } from '../../test-support/private-root.js'
import { makeTestUdev } from '../../test-support/udev.js'
import { giveToRunner, RUNNER_GID, RUNNER_UID } from '../../test-support/as-user.js'

const KVM = '/dev/kvm'
const toolchain = process.env['NFCI_TOOLCHAIN'] ?? 'bookworm'
// The private root is a chroot, where Nix 2.8 cannot run.
const runnable = toolchain !== 'bookworm' && existsSync(KVM)
const SKIP_WHY = runnable
  ? ''
  : existsSync(KVM)
    ? ' (skipped on bookworm: Nix 2.8 cannot run inside the private root, a chroot)'
    : ' (skipped: this machine has no /dev/kvm)'
const MACHINE_NIX_CONFIG = ['sandbox = false', 'substituters =', 'flake-registry ='].join('\n')

const cleanups: (() => unknown)[] = []
let kvmMode: number | undefined
afterEach(async () => {
  if (kvmMode !== undefined) chmodSync(KVM, kvmMode)
  kvmMode = undefined
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A fixture flake whose `test` check needs the `kvm` system feature (each run's private root starts with an empty store). */
async function vmCheckRepo(): Promise<FlakeRepo> {
  const repo = await makeFlakeRepo()
  const flake = path.join(repo.flakeDir, 'flake.nix')
  const text = readFileSync(flake, 'utf8')
  const from = '(check: script: run system "check-${check}" script { })'
  if (!text.includes(from)) throw new Error('fixture: the checks line of example/flake.nix changed')
  writeFileSync(
    flake,
    text.replace(from, '(check: script: run system "check-${check}" script (if check == "test" then { requiredSystemFeatures = [ "kvm" ]; } else { }))')
  )
  repo.sha = await commitAll(repo.dir, 'a VM test')
  return repo
}

async function runVmCheck(kvm: 'true' | 'false'): Promise<ActionRun> {
  kvmMode = statSync(KVM).mode & 0o7777
  // Closed to everyone but root, as on a runner before the udev rule.
  chmodSync(KVM, 0o600)
  const repo = await vmCheckRepo()
  cleanups.push(() => repo.cleanup())
  giveToRunner(repo.dir)
  const root = makePrivateRoot({ user: 'runner', sudo: true })
  cleanups.push(() => {
    root.remove()
  })
  // A single-user Nix of runner's, as the official installer leaves it: /nix
  // owned by runner with store/ and var/nix/ (without var/nix, Nix 2.34 as a
  // user would use a store of its own under ~/.local/share/nix/root).
  for (const dir of ['/nix', '/nix/store', '/nix/var', '/nix/var/nix']) {
    mkdirSync(root.at(dir))
    chownSync(root.at(dir), RUNNER_UID, RUNNER_GID)
  }
  const udev = makeTestUdev()
  cleanups.push(() => {
    udev.remove()
  })
  return runAction({
    workspace: repo.dir,
    event: pullRequest(repo.sha),
    inputs: { cache: 'false', build: 'false', checks: 'test', kvm },
    env: { PATH: `${udev.bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, USER: 'runner', NIX_CONFIG: MACHINE_NIX_CONFIG },
    node: root.node,
    prepare: giveToRunner
  })
}

;(runnable ? describe : describe.skip)(`KVM, the action run as runner with passwordless sudo${SKIP_WHY}`, () => {
  test('`kvm: true` (the default): /dev/kvm opened with a udev rule, `kvm` added to the system features, the VM check builds; post removes the rule', async () => {
    const run = await runVmCheck('true')
    if (run.main.exitCode !== 0) throw new Error(`main exited with ${String(run.main.exitCode)}:\n${run.log}`)
    expect(run.log).toMatch(/adding `kvm`/)
    expect(statSync(KVM).mode & 0o777).toBe(0o666)
    expect(run.summary).toMatch(/test[^\n]*passed/i)
    expect(run.post?.exitCode).toBe(0)
    expect(run.log).toMatch(/Removed \/etc\/udev\/rules\.d\/\S+kvm\S*\.rules/)
  })

  test('`kvm: false`: the device is left closed and the VM check fails, naming the `kvm` feature it needs', async () => {
    const run = await runVmCheck('false')
    expect(run.main.exitCode).toBe(1)
    expect(statSync(KVM).mode & 0o777).toBe(0o600)
    const error = run.annotations.find(a => a.level === 'error' && /kvm/.test(a.message))
    expect(error?.message).toMatch(/check-test/)
    // Nix 2.8: `with features {kvm} is required`; 2.34: `Required features: {kvm}`.
    expect(error?.message).toMatch(/\{kvm\}/)
  })
})

;(existsSync(KVM) ? describe : describe.skip)(
  `KVM, the action run as root (a container job given the device)${existsSync(KVM) ? '' : ' (skipped: this machine has no /dev/kvm)'}`,
  () => {
    test('root can open /dev/kvm: `kvm` added to the system features, the VM check builds, no udev rule written', async () => {
      const repo = await vmCheckRepo()
      cleanups.push(() => repo.cleanup())
      const run = await runAction({
        workspace: repo.dir,
        event: pullRequest(repo.sha),
        inputs: { cache: 'false', build: 'false', checks: 'test' },
        env: { NIX_CONFIG: ACTION_NIX_CONFIG }
      })
      if (run.main.exitCode !== 0) throw new Error(`main exited with ${String(run.main.exitCode)}:\n${run.log}`)
      expect(run.log).toMatch(/adding `kvm`/)
      expect(run.summary).toMatch(/test[^\n]*passed/i)
      expect((JSON.parse(run.state['nix-flake-ci'] ?? '{}') as { kvmRule?: string }).kvmRule).toBeUndefined()
      expect(run.log).not.toMatch(/Removed \/etc\/udev/)
    })
  }
)
