// Multi-platform images: two matrix jobs push per-platform tags,
// a last job with `manifest-from` combines them into one OCI image index.
// Real Nix, skopeo and registry (basic auth) on loopback, driving dist/.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { makeFlakeRepo, runOk, type FlakeRepo } from '../../test-support/fixtures.js'
import { MANIFEST_ACCEPT, httpRequest, startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, IMAGE, dispatch, registryInputs } from '../../test-support/scenario.js'
import { toolsWithout } from '../../test-support/nix-installer.js'

const env = { NIX_CONFIG: ACTION_NIX_CONFIG }
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
let registry: Registry
let amd64: FlakeRepo
let arm64: FlakeRepo

interface Index {
  mediaType: string
  manifests: Array<{ digest: string; mediaType: string; size: number; platform: { os: string; architecture: string } }>
}

async function servedIndex(tag: string): Promise<Index> {
  const auth = 'Basic ' + Buffer.from(`${String(registry.username)}:${String(registry.password)}`).toString('base64')
  const r = await httpRequest(`http://${registry.host}/v2/${IMAGE}/manifests/${tag}`, { headers: { accept: MANIFEST_ACCEPT, authorization: auth } })
  expect(r.status).toBe(200)
  expect(r.headers['content-type']).toBe(OCI_INDEX)
  return JSON.parse(r.body) as Index
}

/**
 * The image `skopeo inspect` picks from `tag` for a client of `arch`: its
 * config, as a sha256 digest, and the architecture that config says.
 */
async function pickedFor(arch: string, tag: string): Promise<{ architecture: string; config: string }> {
  const creds = `${String(registry.username)}:${String(registry.password)}`
  const r = await runOk('skopeo', [
    'inspect',
    '--config',
    '--raw',
    '--override-os',
    'linux',
    '--override-arch',
    arch,
    '--tls-verify=false',
    '--creds',
    creds,
    `docker://${registry.host}/${IMAGE}:${tag}`
  ])
  const config = JSON.parse(r.stdout) as { architecture: string }
  return { architecture: config.architecture, config: `sha256:${createHash('sha256').update(r.stdout).digest('hex')}` }
}

/** The config digest a per-platform tag's manifest names. */
async function configOf(tag: string): Promise<string> {
  const creds = `${String(registry.username)}:${String(registry.password)}`
  const r = await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', creds, `docker://${registry.host}/${IMAGE}:${tag}`])
  return (JSON.parse(r.stdout) as { config: { digest: string } }).config.digest
}

function combine(manifestFrom: string, tags: string): Promise<ActionRun> {
  return runAction({
    workspace: amd64.dir,
    event: dispatch(amd64.sha),
    inputs: { ...registryInputs(registry), 'manifest-from': manifestFrom, tags, build: 'false', check: 'false', cache: 'false' },
    env
  })
}

beforeAll(async () => {
  registry = await startRegistry()
  amd64 = await makeFlakeRepo()
  arm64 = await makeFlakeRepo({ variant: { imageArch: 'arm64' } })
  // The matrix: one job per platform, each pushing its own tag.
  for (const [repo, tag] of [
    [amd64, 'amd64-1'],
    [arm64, 'arm64-1']
  ] as const) {
    const run = await runAction({
      workspace: repo.dir,
      event: dispatch(repo.sha),
      inputs: { ...registryInputs(registry), tags: tag, check: 'false', cache: 'false' },
      env
    })
    expect(run.main.exitCode).toBe(0)
  }
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await registry?.stop()
  await amd64?.cleanup()
  await arm64?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

describe('manifest-from', () => {
  test('a combine job needs no Nix: on a runner without it, nothing is installed and no Nix cache restored', async () => {
    const tools = toolsWithout(name => name === 'nix' || name.startsWith('nix-'))
    try {
      const run = await runAction({
        workspace: amd64.dir,
        event: dispatch(amd64.sha),
        // The cache on, as by default; an install would fail on this URL.
        inputs: {
          ...registryInputs(registry),
          'manifest-from': 'amd64-1, arm64-1',
          tags: 'no-nix',
          build: 'false',
          check: 'false',
          'install-url': 'http://127.0.0.1:9/nix/install'
        },
        env: { ...env, PATH: `${tools.dir}:/usr/sbin:/sbin` }
      })
      if (run.main.exitCode !== 0) throw new Error(`main exited with ${String(run.main.exitCode)}:\n${run.log}`)
      expect(run.log).not.toMatch(/::group::(install|configure|cache restore)/)
      expect(run.summary).toMatch(/install[^\n]*skipped[^\n]*needs skopeo only/i)
      expect(run.summary).toMatch(/cache restore[^\n]*skipped[^\n]*needs skopeo only/i)
      expect(run.outputs['pushed']).toBe('true')
      expect((await servedIndex('no-nix')).manifests).toHaveLength(2)
    } finally {
      tools.remove()
    }
  })

  test('combines the per-platform tags into one index, uploads no blob, and reports its digest', async () => {
    const amd64Digest = await registry.digestOf(IMAGE, 'amd64-1')
    const arm64Digest = await registry.digestOf(IMAGE, 'arm64-1')
    expect(amd64Digest).not.toBe(arm64Digest)
    const uploads = registry.uploadCount()

    const run = await combine('amd64-1, arm64-1', 'v1, latest')
    expect(run.main.exitCode).toBe(0)
    // Layers and configs are in the repository already: nothing is sent again.
    expect(registry.uploadCount()).toBe(uploads)

    const index = await servedIndex('v1')
    expect(index.mediaType).toBe(OCI_INDEX)
    expect(index.manifests.map(m => [m.digest, m.platform.os, m.platform.architecture])).toEqual([
      [amd64Digest, 'linux', 'amd64'],
      [arm64Digest, 'linux', 'arm64']
    ])
    const digest = await registry.digestOf(IMAGE, 'v1')
    expect(await registry.digestOf(IMAGE, 'latest')).toBe(digest)
    expect(run.outputs['digest']).toBe(digest)
    expect(run.outputs['image']).toBe(`${registry.host}/${IMAGE}@${String(digest)}`)
    expect(run.outputs['tags']?.split('\n')).toEqual([`${registry.host}/${IMAGE}:v1`, `${registry.host}/${IMAGE}:latest`])
    expect(run.outputs['pushed']).toBe('true')
    expect(run.summary).toContain('linux/amd64, linux/arm64')

    // A client picks its own platform's image from the index.
    expect(await pickedFor('arm64', 'latest')).toEqual({ architecture: 'arm64', config: await configOf('arm64-1') })
    expect(await pickedFor('amd64', 'latest')).toEqual({ architecture: 'amd64', config: await configOf('amd64-1') })

    // Running it again is harmless: same index, same digest, still no upload.
    const again = await combine('amd64-1, arm64-1', 'v1')
    expect(again.main.exitCode).toBe(0)
    expect(again.outputs['digest']).toBe(digest)
    expect(await registry.digestOf(IMAGE, 'v1')).toBe(digest)
    expect(registry.uploadCount()).toBe(uploads)
  })

  test('a source tag that is missing is a clear error naming it', async () => {
    const run = await combine('amd64-1, arm64-404', 'broken')
    expect(run.main.exitCode).toBe(1)
    const error = run.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(error).toMatch(/push stage failed/)
    expect(error).toMatch(/`arm64-404` \(from `manifest-from`\) is not in/)
    expect(await registry.digestOf(IMAGE, 'broken')).toBeUndefined()
  })

  test('a source tag that is already an index is a clear error', async () => {
    await combine('amd64-1, arm64-1', 'multi')
    const run = await combine('multi, arm64-1', 'nested')
    expect(run.main.exitCode).toBe(1)
    const error = run.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(error).toMatch(/`multi` is already a multi-platform image/)
    expect(await registry.digestOf(IMAGE, 'nested')).toBeUndefined()
  })
})
