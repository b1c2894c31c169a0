// The test helpers drive the real tools: this proves they do what the other
// end-to-end tests rely on (real nix 2.8, skopeo 1.9, docker-registry 2.8).
import path from 'node:path'
import { makeFlakeRepo, makeNixHome, run, runOk, type FlakeRepo, type NixHome } from '../../test-support/fixtures.js'
import { clearSkopeoBlobInfoCache, startRegistry, type Registry } from '../../test-support/registry.js'
import { startFaultProxy } from '../../test-support/fault-proxy.js'
import { startFlakyServer } from '../../test-support/flaky-http.js'
import { storePathPattern } from '../../test-support/own-store.js'
import { derivationName, failedDerivations, transientFailure } from '../../src/nix/output.js'
import { classifySkopeoFailure } from '../../src/registry/skopeo.js'

let home: NixHome
let repo: FlakeRepo
let registry: Registry
let image: string

async function buildImage(r: FlakeRepo): Promise<string> {
  const res = await runOk('nix', ['build', '--json', '--no-link', `${r.flake}#image-dev`], { cwd: r.dir, env: home.env })
  const out = (JSON.parse(res.stdout) as Array<{ outputs: { out: string } }>)[0]?.outputs.out
  if (!out) throw new Error(`no output in ${res.stdout}`)
  return out
}

/** skopeo login for `host` into an auth file of the test's home; the password goes on stdin. */
async function login(host: string): Promise<string> {
  const authfile = path.join(home.home, 'auth.json')
  await runOk('skopeo', ['login', '--tls-verify=false', '--authfile', authfile, '-u', registry.username ?? '', '--password-stdin', host], {
    env: home.env,
    input: registry.password
  })
  return authfile
}

function push(dest: string, extra: string[] = []) {
  return run('skopeo', ['copy', ...extra, `docker-archive:${image}`, `docker://${dest}`, '--dest-tls-verify=false'], {
    env: home.env
  })
}

beforeAll(async () => {
  home = await makeNixHome()
  repo = await makeFlakeRepo()
  registry = await startRegistry()
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await registry?.stop()
  await repo?.cleanup()
  await home?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

test('the example flake passes its checks and builds a docker-archive skopeo reads', async () => {
  const check = await run('nix', ['flake', 'check'], { cwd: repo.dir, env: home.env })
  expect(check.stderr).not.toMatch(/error/)
  expect(check.code).toBe(0)

  image = await buildImage(repo)
  expect(image).toMatch(storePathPattern('[a-z0-9]{32}-docker-image-k8s-cloud-tagger-dev\\.tar$'))
  const inspect = JSON.parse((await runOk('skopeo', ['inspect', `docker-archive:${image}`], { env: home.env })).stdout) as {
    Layers: string[]
    Architecture: string
  }
  expect(inspect.Layers).toHaveLength(2)
  expect(inspect.Architecture).toBe('amd64')
})

test('a failing check and an evaluation error look the way TESTING.md says', async () => {
  const failing = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
  const broken = await makeFlakeRepo({ variant: { evalError: true, subdir: 'sub' } })
  try {
    const f = await run('nix', ['flake', 'check'], { cwd: failing.dir, env: home.env })
    // Exit 100 on Nix 2.8 and 2.26, 1 on 2.34; `builder for '…' failed with exit code 1;`
    // before 2.34, `Cannot build '…'.` + `Reason: builder failed with exit code 1.` after.
    expect(f.code).not.toBe(0)
    expect(failedDerivations(f.stderr).map(derivationName)).toEqual(['check-test'])
    expect(f.stderr).toMatch(/exit code 1[;.]/)
    expect(f.stderr).toContain('> error[E0308]: mismatched types')
    expect(f.stderr).toContain('>   --> src/main.rs:10:5')

    const e = await run('nix', ['flake', 'check', broken.flake], { cwd: broken.dir, env: home.env })
    expect(e.code).toBe(1)
    const at = broken.evalErrorAt
    if (at === undefined) throw new Error('the broken fixture does not say where its error is')
    expect(at.file).toBe('sub/flake.nix')
    expect(e.stderr).toContain("error: undefined variable 'cargoToml'")
    // In the store copy (Nix 2.8, 2.26) or where the checkout lies (2.34).
    const where = `(${storePathPattern('[a-z0-9]{32}-source', 'own', true).source}|${broken.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`
    expect(e.stderr).toMatch(new RegExp(`at ${where}/sub/flake\\.nix:${at.line}:${at.column}:`))
  } finally {
    await failing.cleanup()
    await broken.cleanup()
  }
})

test('skopeo pushes to the authenticated registry; without credentials it is refused', async () => {
  const denied = await push(`${registry.host}/upgrades/k8s-cloud-tagger-dev:nope`)
  expect(denied.code).toBe(1)
  // `unauthorized: authentication required` (skopeo 1.9), `authentication required` (1.18+).
  expect(denied.stderr).toContain('authentication required')
  expect(classifySkopeoFailure(denied.stderr)).toBe('credentials')

  await clearSkopeoBlobInfoCache(home.home)
  const authfile = await login(registry.host)
  const ok = await push(`${registry.host}/upgrades/k8s-cloud-tagger-dev:sha-abc1234`, ['--authfile', authfile])
  expect(ok.stderr).toBe('')
  expect(ok.code).toBe(0)
  expect(await registry.digestOf('upgrades/k8s-cloud-tagger-dev', 'sha-abc1234')).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(await registry.digestOf('upgrades/k8s-cloud-tagger-dev', 'nope')).toBeUndefined()
  expect(await registry.tags('upgrades/k8s-cloud-tagger-dev')).toEqual(['sha-abc1234'])
  expect(registry.uploadCount()).toBe(3) // two layers and the config
  expect(registry.manifestPutCount()).toBe(1)

  // Another tag with skopeo's blob-info cache: a manifest, no upload.
  const again = await push(`${registry.host}/upgrades/k8s-cloud-tagger-dev:latest`, ['--authfile', authfile])
  expect(again.code).toBe(0)
  expect(registry.uploadCount()).toBe(3)
  expect(registry.manifestPutCount()).toBe(2)
})

test('the fault proxy passes a push through, and its 503 makes skopeo fail', async () => {
  const clean = await startFaultProxy(registry.host, [])
  const faulty = await startFaultProxy(registry.host, [{ method: 'POST', path: /\/blobs\/uploads\/$/, status: 503, times: 1 }])
  try {
    await clearSkopeoBlobInfoCache(home.home)
    const through = await push(`${clean.host}/via/proxy:t1`, ['--authfile', await login(clean.host)])
    expect(through.code).toBe(0)
    expect(clean.injected()).toBe(0)
    expect(clean.requests().some(r => r.method === 'PATCH' && r.status === 202)).toBe(true)
    expect(await registry.digestOf('via/proxy', 't1')).toMatch(/^sha256:/)

    await clearSkopeoBlobInfoCache(home.home)
    const failed = await push(`${faulty.host}/via/faulty:t1`, ['--authfile', await login(faulty.host)])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('received unexpected HTTP status: 503 Service Unavailable')
    expect(faulty.injected()).toBe(1)
  } finally {
    await clean.stop()
    await faulty.stop()
  }
})

test('an HTTP input answering 429 makes nix fail after `download-attempts` tries; --refresh succeeds once it recovers', async () => {
  const server = await startFlakyServer({ status: 429 })
  const r = await makeFlakeRepo({ variant: { httpInput: server.url, httpInputNarHash: server.narHash } })
  try {
    // Two tries, not Nix's default five: from 2.34 on Nix waits a minute or more after a 429.
    const failed = await run('nix', ['flake', 'check', '--option', 'download-attempts', '2'], { cwd: r.dir, env: home.env })
    expect(failed.code).toBe(1)
    // `HTTP error 429 ('Too Many Requests')` on Nix 2.8, `HTTP error 429` then the body on 2.26+.
    expect(failed.stderr).toContain(`unable to download '${server.url}': HTTP error 429`)
    expect(transientFailure(failed.stderr)).toEqual({ host: new URL(server.url).host, what: 'HTTP 429', kind: 'http' })
    expect(server.requests()).toBe(2)

    server.recover()
    const retried = await run('nix', ['flake', 'check', '--refresh'], { cwd: r.dir, env: home.env })
    expect(retried.code).toBe(0)
    expect(server.requests()).toBe(3)
  } finally {
    await r.cleanup()
    await server.stop()
  }
})
