// The whole bundled action, as a runner runs it, on real Nix, skopeo and a
// registry with basic auth on loopback: the three workflows and the basics
// every user meets.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction } from '../../test-support/runner.js'
import { versionFromOutput } from '../../src/nix/version.js'
import { ACTION_NIX_CONFIG, IMAGE, dispatch, pullRequest, pushToMain, registryInputs } from '../../test-support/scenario.js'
import { storePathPattern } from '../../test-support/own-store.js'

const env = { NIX_CONFIG: ACTION_NIX_CONFIG }
let registry: Registry
let repo: FlakeRepo

beforeAll(async () => {
  registry = await startRegistry()
  repo = await makeFlakeRepo()
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await registry?.stop()
  await repo?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

describe('push to main', () => {
  test('pushes sha-<7> and reports the digest the registry serves', async () => {
    const run = await runAction({ workspace: repo.dir, event: pushToMain(repo.sha), inputs: { ...registryInputs(registry), cache: 'false' }, env })
    expect(run.main.exitCode).toBe(0)
    const tag = `sha-${repo.sha.slice(0, 7)}`
    const served = await registry.digestOf(IMAGE, tag)
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(run.outputs['digest']).toBe(served)
    expect(run.outputs['image']).toBe(`${registry.host}/${IMAGE}@${String(served)}`)
    expect(run.outputs['tags']).toBe(`${registry.host}/${IMAGE}:${tag}`)
    expect(run.outputs['pushed']).toBe('true')
    // The line the README's "Push policy" promises: `Pushing: <why>.`
    expect(run.log).toMatch(/^Pushing: a push to the default branch `main`\.$/m)
    expect(run.outputs['store-path']).toMatch(storePathPattern('[0-9a-z]{32}-'))
    expect(existsSync(run.outputs['store-path'] ?? '')).toBe(true)
    expect(run.post?.exitCode).toBe(0)
  })
})

describe('pull request', () => {
  test('checks and builds, pushes nothing, and says why', async () => {
    const before = registry.uploadCount()
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { ...registryInputs(registry), image: 'upgrades/pr-only', cache: 'false' },
      env
    })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['pushed']).toBe('false')
    expect(run.outputs['store-path']).toMatch(storePathPattern(''))
    // The build ran, and the log says why nothing is pushed in the README's form: `Not pushing: <why>.`
    expect(run.log).toMatch(/^Not pushing: `pull_request` events do not push\b.*\.$/m)
    expect(run.summary).toContain('`pull_request` events do not push')
    expect(run.log).toContain('[command]/usr/bin/nix flake check .')
    expect(await registry.tags('upgrades/pr-only')).toEqual([])
    expect(registry.uploadCount()).toBe(before)
    expect(run.log).not.toContain('skopeo')
  })
})

describe('workflow_dispatch release', () => {
  test('two tags point at one digest', async () => {
    const run = await runAction({
      workspace: repo.dir,
      event: dispatch(repo.sha),
      inputs: { ...registryInputs(registry), image: 'upgrades/release', tags: 'v1.2.3\nlatest', cache: 'false', check: 'false' },
      env
    })
    expect(run.main.exitCode).toBe(0)
    const first = await registry.digestOf('upgrades/release', 'v1.2.3')
    const second = await registry.digestOf('upgrades/release', 'latest')
    expect(first).toBeDefined()
    expect(second).toBe(first)
    expect(run.outputs['digest']).toBe(first)
    expect(run.outputs['tags']?.split('\n')).toEqual([`${registry.host}/upgrades/release:v1.2.3`, `${registry.host}/upgrades/release:latest`])
    expect(await registry.tags('upgrades/release')).toEqual(['latest', 'v1.2.3'])
  })
})

describe('a failing check', () => {
  let failing: FlakeRepo
  beforeAll(async () => {
    failing = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
  })
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  afterAll(() => failing?.cleanup())

  test('fails the step with an annotation naming the check, pushes nothing, post exits 0', async () => {
    const run = await runAction({
      workspace: failing.dir,
      event: pushToMain(failing.sha),
      inputs: { ...registryInputs(registry), image: 'upgrades/failing', cache: 'false' },
      env
    })
    expect(run.main.exitCode).toBe(1)
    const annotation = run.annotations.find(a => a.level === 'error' && a.properties['title'] === 'Check test failed')
    expect(annotation).toBeDefined()
    expect(annotation?.message).toContain('mismatched types')
    expect(run.log).toMatch(/The check stage failed: `nix flake check` failed: test/)
    expect(run.summary).toMatch(/\| check \| ❌ failed/)
    expect(run.summary).toMatch(/\| push \| ⏭️ skipped \| – \| the check stage failed/)
    expect(run.outputs['pushed']).toBe('false')
    expect(await registry.tags('upgrades/failing')).toEqual([])
    expect(run.post?.exitCode).toBe(0)
  })
})

describe('named checks', () => {
  test('`checks: fmt, test` builds exactly those two, each in its own group', async () => {
    const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { checks: 'fmt, test', build: 'false', cache: 'false' }, env })
    expect(run.main.exitCode).toBe(0)
    const groups = run.log.split('\n').filter(line => line.startsWith('::group::check'))
    expect(groups).toEqual(['::group::check fmt', '::group::check test'])
    // One evaluation of the flake for both: one command names the flake,
    // the builds name the derivations it gave.
    const commands = run.log.split('\n').filter(line => line.startsWith('[command]'))
    expect(commands.filter(line => line.includes('#checks.'))).toHaveLength(1)
    expect(commands.filter(line => / build /.test(line)).length).toBeGreaterThan(0)
    expect(run.summary).toMatch(/nix build -L --keep-going \.#checks\.x86_64-linux\.fmt \.#checks\.x86_64-linux\.test --no-update-lock-file/)
    expect(run.log).not.toContain('nix flake check')
    // With `build: false` the log still says why nothing is pushed.
    expect(run.log).toMatch(/^Not pushing: the build stage is off/m)
    // Its own time, or none when an earlier test already built it.
    expect(run.summary).toMatch(/\| check fmt \| ✅ passed \| ([0-9.]+ s \| passed|– \| passed \(already built\)) \|/)
    expect(run.summary).toMatch(/\| check test \| ✅ passed/)
  })

  test('`checks: fmt, test` with test failing: one evaluation, each check its own group and result, only test annotated', async () => {
    const failing = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
    try {
      const run = await runAction({
        workspace: failing.dir,
        event: pullRequest(failing.sha),
        inputs: { checks: 'fmt, test', build: 'false', cache: 'false' },
        env
      })
      expect(run.main.exitCode).toBe(1)
      const commands = run.log.split('\n').filter(line => line.startsWith('[command]'))
      expect(commands.filter(line => line.includes('#checks.'))).toHaveLength(1)
      const groups = run.log.split('\n').filter(line => line.startsWith('::group::check'))
      expect(groups).toEqual(['::group::check fmt', '::group::check test'])
      // The failing check's own log is in its own group, not in fmt's.
      const groupOf = (name: string) => run.log.split(`::group::check ${name}\n`)[1]?.split('::endgroup::')[0] ?? ''
      expect(groupOf('test')).toContain('mismatched types')
      expect(groupOf('fmt')).not.toContain('mismatched types')
      const titles = run.annotations.filter(a => a.level === 'error').map(a => a.properties['title'])
      expect(titles).toContain('Check test failed')
      expect(titles).not.toContain('Check fmt failed')
      expect(run.annotations.find(a => a.properties['title'] === 'Check test failed')?.message).toContain('mismatched types')
      expect(run.summary).toMatch(/\| check fmt \| ✅ passed \| /)
      expect(run.summary).toMatch(/\| check test \| ❌ failed \| [0-9.]+ s \| Check test failed\. \|/)
      expect(run.log).toContain('The check stage failed: 1 of 2 checks failed: test')
    } finally {
      await failing.cleanup()
    }
  })
})

describe('Nix preinstalled', () => {
  test('install: auto installs nothing and still configures nix.conf', async () => {
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { check: 'false', build: 'false', cache: 'false' },
      env,
      skipPost: true
    })
    expect(run.main.exitCode).toBe(0)
    // The version this toolchain's Nix gives for itself, whichever it is.
    const version = versionFromOutput(execFileSync('nix', ['--version'], { encoding: 'utf8' }))
    expect(version).toMatch(/^2\.\d+/)
    expect(run.log).toContain(`Using Nix ${String(version)} from /usr/bin/nix`)
    expect(run.log).not.toContain('Downloading the Nix installer')
    expect(run.files.path).toBe('')
    const conf = readFileSync(path.join(run.home, '.config', 'nix', 'nix.conf'), 'utf8')
    expect(conf).toContain('experimental-features = nix-command flakes')
    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
  })

  test('install: false without Nix on PATH fails at once and says what to do', async () => {
    const emptyBin = mkdtempSync(path.join(os.tmpdir(), 'nfci-nopath-'))
    const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { install: 'false' }, env: { ...env, PATH: emptyBin } })
    expect(run.main.exitCode).toBe(1)
    expect(run.log).toContain('Nix is not on PATH and `install` is `false`')
    expect(run.post?.exitCode).toBe(0)
  })
})

describe('the token in nix.conf', () => {
  test('is there (0600) while the job runs and gone after post, with the user lines intact', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-home-'))
    const confDir = path.join(home, '.config', 'nix')
    mkdirSync(confDir, { recursive: true })
    const userConf = '# mine\nmax-jobs = 2\naccess-tokens = gitlab.example.com=glpat-USERS-OWN\n'
    writeFileSync(path.join(confDir, 'nix.conf'), userConf, { mode: 0o644 })
    const token = 'ghs_e2eTOKENvalue1234567890'
    const run = await runAction({
      workspace: repo.dir,
      home,
      event: pullRequest(repo.sha),
      inputs: { 'github-token': token, build: 'false', cache: 'false' },
      env,
      skipPost: true
    })
    expect(run.main.exitCode).toBe(0)
    const during = readFileSync(path.join(confDir, 'nix.conf'), 'utf8')
    expect(during.startsWith(userConf)).toBe(true)
    expect(during).toContain(`access-tokens = github.com=${token}`)
    expect(statSync(path.join(confDir, 'nix.conf')).mode & 0o777).toBe(0o600)
    expect(run.visibleLog).not.toContain(token)

    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
    expect(readFileSync(path.join(confDir, 'nix.conf'), 'utf8')).toBe(userConf)
    expect(statSync(path.join(confDir, 'nix.conf')).mode & 0o777).toBe(0o644)
  })
})

describe('the install stage', () => {
  // The real installer needs the internet; this stand-in puts a `nix` that
  // reports the requested version where the official one does. Download,
  // tool cache, PATH and configuration are the action's real code.
  const STAND_IN = [
    '#!/bin/sh',
    'set -eu',
    'echo "stand-in installer: $*"',
    'mkdir -p "$HOME/.nix-profile/bin"',
    'cat > "$HOME/.nix-profile/bin/nix" <<EOF',
    '#!/bin/sh',
    'if [ "\\$1" = --version ]; then echo "nix (Nix) 2.99.0"; exit 0; fi',
    'exec /usr/bin/nix "\\$@"',
    'EOF',
    'chmod +x "$HOME/.nix-profile/bin/nix"',
    ''
  ].join('\n')
  let server: http.Server
  let requests = 0
  let url = ''

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests++
      if (req.url === '/nix-2.99.0/install') res.end(STAND_IN)
      else res.writeHead(404).end('not found')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nix-2.99.0/install`
  })
  afterAll(
    () =>
      new Promise<void>(resolve =>
        server.close(() => {
          resolve()
        })
      )
  )

  test('downloads through the tool cache, runs the installer, puts Nix on PATH and uses it', async () => {
    const toolCache = mkdtempSync(path.join(os.tmpdir(), 'nfci-toolcache-'))
    const inputs = { install: 'true', 'nix-version': '2.99.0', 'install-url': url, build: 'false', cache: 'false' }
    const run = await runAction({ workspace: repo.dir, toolCache, event: pullRequest(repo.sha), inputs, env })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).toContain(`Downloading the Nix installer from ${url}`)
    expect(run.log).toMatch(/stand-in installer: .*--no-daemon/)
    expect(run.log).toContain('Installed Nix 2.99.0')
    const profileBin = path.join(run.home, '.nix-profile', 'bin')
    expect(run.files.path.split('\n')).toContain(profileBin)
    expect(run.log).toContain(`[command]${profileBin}/nix flake check .`)
    expect(run.log).toContain('Added to ')
    expect(existsSync(path.join(toolCache, 'nix-installer'))).toBe(true)
    expect(requests).toBe(1)

    // Nix 2.8 on PATH is not 2.99.0, so `install: true` installs again: from the tool cache.
    const again = await runAction({ workspace: repo.dir, toolCache, event: pullRequest(repo.sha), inputs: { ...inputs, check: 'false' }, env })
    expect(again.main.exitCode).toBe(0)
    expect(again.log).toContain('Installer for 2.99.0 found in the tool cache')
    expect(requests).toBe(1)
  })

  test('a missing installer fails the install stage, naming the URL', async () => {
    const bad = url.replace('2.99.0/install', '2.98.0/install')
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { install: 'true', 'nix-version': '2.98.0', 'install-url': bad },
      env
    })
    expect(run.main.exitCode).toBe(1)
    expect(run.log).toContain(`The install stage failed: Could not download the Nix installer from ${bad}`)
    expect(run.post?.exitCode).toBe(0)
  })
})
