// Version tags filled from the run: a tag push of a semantic
// version pushes the version and its short tags in one step; a pre-release
// moves no short tag. Real Nix, skopeo and registry, driving dist/.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type RunnerEvent } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, registryInputs } from '../../test-support/scenario.js'

const env = { NIX_CONFIG: ACTION_NIX_CONFIG }
const TEMPLATES = '{{version}}, {{major}}.{{minor}}, {{major}}'
let registry: Registry
let repo: FlakeRepo

const tagPush = (tag: string, sha: string): RunnerEvent => ({ name: 'push', ref: `refs/tags/${tag}`, sha, payload: { repository: { default_branch: 'main' } } })

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

describe('version tag templates', () => {
  test('a tag ref v1.4.2 pushes 1.4.2, 1.4 and 1, one digest', async () => {
    const image = 'upgrades/versions'
    const run = await runAction({
      workspace: repo.dir,
      event: tagPush('v1.4.2', repo.sha),
      inputs: { ...registryInputs(registry), image, tags: TEMPLATES, cache: 'false', check: 'false' },
      env
    })
    expect(run.main.exitCode).toBe(0)
    expect(await registry.tags(image)).toEqual(['1', '1.4', '1.4.2'])
    const digest = await registry.digestOf(image, '1.4.2')
    expect(digest).toMatch(/^sha256:/)
    expect(await registry.digestOf(image, '1.4')).toBe(digest)
    expect(await registry.digestOf(image, '1')).toBe(digest)
    expect(run.outputs['digest']).toBe(digest)
    expect(run.outputs['tags']?.split('\n')).toEqual(['1.4.2', '1.4', '1'].map(tag => `${registry.host}/${image}:${tag}`))
  })

  test('a pre-release v2.0.0-rc.1 pushes only 2.0.0-rc.1', async () => {
    const image = 'upgrades/prerelease'
    const run = await runAction({
      workspace: repo.dir,
      event: tagPush('v2.0.0-rc.1', repo.sha),
      inputs: { ...registryInputs(registry), image, tags: TEMPLATES, cache: 'false', check: 'false' },
      env
    })
    expect(run.main.exitCode).toBe(0)
    expect(await registry.tags(image)).toEqual(['2.0.0-rc.1'])
    expect(run.outputs['tags']).toBe(`${registry.host}/${image}:2.0.0-rc.1`)
  })

  test('a release event fills the templates from its tag name; sha and branch work on a branch push', async () => {
    const image = 'upgrades/from-release'
    const release = await runAction({
      workspace: repo.dir,
      event: { name: 'release', ref: 'refs/tags/v3.1.0', sha: repo.sha, payload: { release: { tag_name: 'v3.1.0' }, repository: { default_branch: 'main' } } },
      inputs: { ...registryInputs(registry), image, tags: 'v{{major}}, {{version}}-{{sha}}', cache: 'false', check: 'false' },
      env
    })
    expect(release.main.exitCode).toBe(0)
    expect(await registry.tags(image)).toEqual([`3.1.0-${repo.sha.slice(0, 7)}`, 'v3'])

    const branch = await runAction({
      workspace: repo.dir,
      event: { name: 'workflow_dispatch', ref: 'refs/heads/release/3.x', sha: repo.sha, payload: { repository: { default_branch: 'main' } } },
      inputs: { ...registryInputs(registry), image: 'upgrades/from-branch', tags: '{{branch}}-{{sha}}', cache: 'false', check: 'false' },
      env
    })
    expect(branch.main.exitCode).toBe(0)
    expect(await registry.tags('upgrades/from-branch')).toEqual([`release-3.x-${repo.sha.slice(0, 7)}`])
  })
})
