// What a user reads after a run: the job summary, and annotations
// that point at the files of the repository.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, IMAGE, pullRequest, pushToMain, registryInputs } from '../../test-support/scenario.js'

const env = { NIX_CONFIG: ACTION_NIX_CONFIG }

describe('annotations', () => {
  test('an evaluation error in a flake in a subdirectory points at its file, line and column', async () => {
    const repo = await makeFlakeRepo({ variant: { evalError: true, subdir: 'deploy' } })
    try {
      const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { flake: repo.flake, cache: 'false' }, env })
      expect(run.main.exitCode).toBe(1)
      const at = repo.evalErrorAt
      expect(at?.file).toBe('deploy/flake.nix')
      const annotation = run.annotations.find(a => a.properties['title'] === 'Nix evaluation error')
      expect(annotation?.properties).toMatchObject({ file: at?.file, line: String(at?.line), col: String(at?.column) })
      expect(annotation?.message).toMatch(/undefined variable 'cargoToml'/)
      // Evaluation errors are the code speaking: one try only.
      expect(run.log.split('\n').filter(line => line.startsWith('[command]') && line.includes('flake check'))).toHaveLength(1)
    } finally {
      await repo.cleanup()
    }
  })

  // A type error in a helper file that flake.nix calls: Nix 2.8 names its line
  // first, 2.20+ prints flake.nix's `packages` line first and hides the rest
  // without --show-trace, 2.34 names the checkout's path, not the store's.
  describe('a type error in nix/version.nix, called from flake.nix', () => {
    let repo: FlakeRepo
    beforeAll(async () => {
      repo = await makeFlakeRepo({ variant: { helperTypeError: true } })
    })
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
    afterAll(() => repo?.cleanup())

    test.each([
      ['nix flake check', {}],
      ['the build stage', { check: 'false' }],
      ['a named check', { checks: 'fmt', build: 'false' }]
    ])('%s: annotated at nix/version.nix and its line; the summary and the error quote the error itself', async (_what, inputs) => {
      const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { cache: 'false', ...inputs }, env })
      expect(run.main.exitCode).toBe(1)
      expect(repo.evalErrorAt).toEqual({ file: 'nix/version.nix', line: 3, column: 1 })
      const annotation = run.annotations.find(a => a.properties['title'] === 'Nix evaluation error')
      expect(annotation?.properties).toMatchObject({ file: 'nix/version.nix', line: '3' })
      expect(annotation?.message).toMatch(/^error: cannot coerce an integer to a string/)
      expect(run.summary).toContain('cannot coerce an integer to a string')
      // The stage's error (for named checks, the failed check's), in the log and the summary.
      const failure = run.annotations.find(a => /failed/.test(a.message) && a !== annotation)?.message ?? ''
      expect(`${failure}\n${run.summary}`).toMatch(/failed[^\n]*: cannot coerce an integer to a string/)
      for (const text of [run.summary, failure, annotation?.message ?? '']) expect(text).not.toMatch(/while checking flake output|… while/)
    })
  })

  test("a failing check's rustc diagnostic points at the source line", async () => {
    const repo = await makeFlakeRepo({ variant: { failingCheck: 'clippy' } })
    try {
      const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { cache: 'false', build: 'false' }, env })
      expect(run.main.exitCode).toBe(1)
      const check = run.annotations.find(a => a.properties['title'] === 'Check clippy failed')
      expect(check?.message).toContain('error[E0308]: mismatched types')
      const rustc = run.annotations.find(a => a.properties['title'] === 'error[E0308]')
      expect(rustc?.properties).toMatchObject({ file: 'src/main.rs', line: '10', col: '5' })
      expect(rustc?.message).toBe('error[E0308]: mismatched types')
    } finally {
      await repo.cleanup()
    }
  })
})

describe('the job summary', () => {
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

  test('shows every stage, the image with digest and tags, the store path and the commands, and no secret', async () => {
    const token = 'ghs_summaryTOKEN0123456789'
    const run = await runAction({
      workspace: repo.dir,
      event: pushToMain(repo.sha),
      inputs: { ...registryInputs(registry), tags: 'v2, latest', cache: 'false', 'github-token': token },
      env
    })
    expect(run.main.exitCode).toBe(0)
    const summary = run.summary
    for (const stage of ['install', 'configure', 'check', 'build', 'push']) expect(summary).toMatch(new RegExp(`\\| ${stage} \\| ✅ passed \\| [0-9.]+ s \\|`))
    expect(summary).toMatch(/\| cache restore \| ⏭️ skipped \| – \| `cache: false` \|/)
    expect(summary).toContain(`${registry.host}/${IMAGE}@${String(run.outputs['digest'])}`)
    expect(summary).toContain(`${registry.host}/${IMAGE}:v2`)
    expect(summary).toContain(`${registry.host}/${IMAGE}:latest`)
    expect(summary).toContain(run.outputs['store-path'])
    // Each evaluating command as it ran: with the lock file held as it is.
    expect(summary).toContain('nix flake check . --no-update-lock-file')
    expect(summary).toContain('nix build .#image-dev --no-update-lock-file')
    expect(summary).toContain(`skopeo login --username ${String(registry.username)} --password-stdin --tls-verify=false ${registry.host}`)
    expect(summary).toContain(`skopeo copy --dest-tls-verify=false docker-archive:result docker://${registry.host}/${IMAGE}:v2`)
    expect(summary).not.toContain(token)
    expect(summary).not.toContain(registry.password ?? 'no password')
    console.log(`Rendered job summary of a push to main:\n\n${summary}`)
  })

  test('is written when a stage fails, and not at all with `summary: false`', async () => {
    const failing = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { package: 'no-such-package', cache: 'false', check: 'false' },
      env
    })
    expect(failing.main.exitCode).toBe(1)
    expect(failing.summary).toMatch(/\*\*Failed:\*\* The build stage failed/)
    expect(failing.summary).toMatch(/\| build \| ❌ failed/)

    const quiet = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { summary: 'false', cache: 'false', build: 'false' }, env })
    expect(quiet.main.exitCode).toBe(0)
    expect(quiet.summary).toBe('')
  })
})
