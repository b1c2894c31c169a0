// A runner that has Nix already: a self-hosted runner whose Nix is
// in a profile directory its PATH lacks finds and uses it, installing
// nothing; a Nix too old for flakes is refused before any work, saying what
// to do. The install URL points at a port nobody listens on, so an install
// attempt would fail the step.
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo } from '../../test-support/fixtures.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pullRequest } from '../../test-support/scenario.js'
import { toolsWithout } from '../../test-support/nix-installer.js'
import { makePrivateRoot } from '../../test-support/private-root.js'

const toolchain = process.env['NFCI_TOOLCHAIN'] ?? 'bookworm'
const inChroot = toolchain !== 'bookworm'
const NO_INSTALLER = 'http://127.0.0.1:9/nix/install'
const noNix = (name: string) => name === 'nix' || name.startsWith('nix-')

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function expectSuccess(run: ActionRun): void {
  if (run.main.exitCode !== 0) throw new Error(`main exited with ${String(run.main.exitCode)}:\n${run.log}`)
}
const errors = (run: ActionRun) => run.annotations.filter(a => a.level === 'error').map(a => a.message)

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cleanups.push(() => {
    rmSync(dir, { recursive: true, force: true })
  })
  return dir
}

function pathWithoutNix(): string {
  const tools = toolsWithout(noNix)
  cleanups.push(() => {
    tools.remove()
  })
  return `${tools.dir}:/usr/sbin:/sbin`
}

describe('Nix in a profile directory that is not on PATH', () => {
  test('~/.nix-profile/bin (a single-user install): found, used for the check, added to PATH for later steps; nothing installed', async () => {
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const home = scratchDir('nfci-home-')
    const profileBin = path.join(home, '.nix-profile', 'bin')
    mkdirSync(profileBin, { recursive: true })
    // The toolchain's Nix, where the official single-user install links it.
    symlinkSync('/usr/bin/nix', path.join(profileBin, 'nix'))
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      home,
      inputs: { cache: 'false', build: 'false', 'install-url': NO_INSTALLER },
      env: { PATH: pathWithoutNix(), NIX_CONFIG: ACTION_NIX_CONFIG }
    })
    expectSuccess(run)
    expect(run.log).toContain(`Found Nix in ${profileBin}`)
    expect(run.log).not.toContain('Downloading the Nix installer')
    expect(run.log).toMatch(new RegExp(`\\[command\\]${profileBin}/nix flake check`))
    expect(run.summary).toMatch(/check[^\n]*passed/i)
    expect(run.files.path.split('\n')).toContain(profileBin)
  })

  // /nix/var/nix/profiles/default is the shared chroot's: this one runs in a
  // private root (a chroot), which Nix 2.8 cannot run in.
  ;(inChroot ? test : test.skip)('/nix/var/nix/profiles/default/bin (a multi-user install): found and used; nothing installed', async () => {
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    const root = makePrivateRoot({ user: 'root' })
    cleanups.push(() => {
      root.remove()
    })
    const defaultBin = '/nix/var/nix/profiles/default/bin'
    mkdirSync(root.at(defaultBin), { recursive: true })
    symlinkSync('/usr/bin/nix', root.at(path.join(defaultBin, 'nix')))
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { cache: 'false', build: 'false', 'install-url': NO_INSTALLER },
      env: { PATH: pathWithoutNix(), NIX_CONFIG: ACTION_NIX_CONFIG },
      node: root.node
    })
    expectSuccess(run)
    expect(run.log).toContain(`Found Nix in ${defaultBin}`)
    expect(run.log).not.toContain('Downloading the Nix installer')
    expect(run.summary).toMatch(/check[^\n]*passed/i)
    expect(run.files.path.split('\n')).toContain(defaultBin)
  })
})

describe('a Nix older than 2.4', () => {
  test('refused up front, naming its version and what to do; no stage after install runs', async () => {
    const repo = await makeFlakeRepo()
    cleanups.push(() => repo.cleanup())
    // No Nix older than 2.4 is packaged for these toolchains, and none would
    // run on them: this stand-in answers `--version` as Nix 2.3.16 does and
    // fails anything else, as 2.3 fails the `nix flake` commands. It logs
    // every call, to show that nothing but the version was asked.
    const bin = scratchDir('nfci-old-nix-')
    const calls = path.join(bin, 'calls')
    writeFileSync(
      path.join(bin, 'nix'),
      `#!/bin/sh\necho "$*" >> '${calls}'\nif [ "$1" = --version ]; then echo 'nix (Nix) 2.3.16'; exit 0; fi\necho "error: unrecognised flag '$1'" >&2\nexit 1\n`,
      { mode: 0o755 }
    )
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { cache: 'false', 'install-url': NO_INSTALLER },
      env: { PATH: `${bin}:${pathWithoutNix()}`, NIX_CONFIG: ACTION_NIX_CONFIG }
    })
    expect(run.main.exitCode).toBe(1)
    const message = errors(run).join('\n')
    expect(message).toContain('2.3.16')
    expect(message).toMatch(/2\.4/)
    expect(message).toMatch(/install: true/)
    expect(run.log).not.toMatch(/::group::(configure|check|build)/)
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual(['--version'])
  })
})
