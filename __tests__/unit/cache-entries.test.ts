import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { binaryCacheHashes, closureIn, parseNarInfo, readBinaryCache } from '../../src/cache/binary-cache.js'
import { planNixEntry } from '../../src/cache/nix-entry.js'
import { blobInfoKey, storePathsKey } from '../../src/cache/keys.js'
import { savePolicy } from '../../src/cache/save-policy.js'
import { pathInfoArgs } from '../../src/cache/path-info.js'

const A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
const C = 'cccccccccccccccccccccccccccccccc'
const D = 'dddddddddddddddddddddddddddddddd'
const E = 'ffffffffffffffffffffffffffffffff'
const F = 'gggggggggggggggggggggggggggggggg'

function narinfo(hash: string, name: string, refs: string[]): string {
  return [`StorePath: /nix/store/${hash}-${name}`, `URL: nar/${hash}.nar`, 'Compression: none', 'NarSize: 100', `References: ${refs.join(' ')}`, ''].join('\n')
}

describe('the Nix entry key', () => {
  test('names what the entry holds, whatever the order', () => {
    expect(storePathsKey('p-', [`${A}-x`, `${B}-y`])).toBe(storePathsKey('p-', [`${B}-y`, `${A}-x`]))
    expect(storePathsKey('p-', [`${A}-x`])).not.toBe(storePathsKey('p-', [`${A}-x`, `${B}-y`]))
    expect(storePathsKey('p-', [`${A}-x`]).startsWith('p-')).toBe(true)
  })

  test("skopeo's entry changes with the pushed digest and the file format, not with the file's bytes", () => {
    expect(blobInfoKey('s-', 'sqlite', 'sha256:1')).toBe(blobInfoKey('s-', 'sqlite', 'sha256:1'))
    expect(blobInfoKey('s-', 'sqlite', 'sha256:1')).not.toBe(blobInfoKey('s-', 'sqlite', 'sha256:2'))
    expect(blobInfoKey('s-', 'sqlite', 'sha256:1')).not.toBe(blobInfoKey('s-', 'boltdb', 'sha256:1'))
  })
})

describe('a binary cache directory', () => {
  test('is read from its .narinfo files, and a closure stays within it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-bc-'))
    writeFileSync(path.join(dir, `${A}.narinfo`), narinfo(A, 'check', [`${B}-lib`, `${A}-check`]))
    writeFileSync(path.join(dir, `${B}.narinfo`), narinfo(B, 'lib', [`${C}-gone`]))
    writeFileSync(path.join(dir, 'nix-cache-info'), 'StoreDir: /nix/store\n')
    const infos = readBinaryCache(dir)
    expect([...infos.keys()].sort()).toEqual([A, B])
    expect(infos.get(A)).toEqual({ name: `${A}-check`, url: `nar/${A}.nar`, narSize: 100, references: [`${B}-lib`, `${A}-check`] })
    expect([...closureIn(infos, [A])].sort()).toEqual([A, B])
    expect([...closureIn(infos, [B])]).toEqual([B])
    expect(closureIn(infos, [C]).size).toBe(0)
  })

  test('lists its paths by the .narinfo file names; no directory is no paths', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-bc-'))
    writeFileSync(path.join(dir, `${A}.narinfo`), narinfo(A, 'check', []))
    writeFileSync(path.join(dir, 'nix-cache-info'), 'StoreDir: /nix/store\n')
    expect(binaryCacheHashes(dir)).toEqual([A])
    expect(binaryCacheHashes(path.join(dir, 'missing'))).toEqual([])
  })

  test('a .narinfo without a store path or NAR is not an entry', () => {
    expect(parseNarInfo('URL: nar/x.nar\n')).toBeUndefined()
  })
})

describe('the next Nix entry', () => {
  // Built here: root (100 B) needing dep (200 B), and big (5000 B). Served
  // from the restored directory: check (100 B) needing lib (100 B).
  const store = (hash: string, name: string) => `/nix/store/${hash}-${name}`
  const closures = new Map([
    [store(D, 'root'), { path: store(D, 'root'), narSize: 100, references: [store(E, 'dep'), store(D, 'root')] }],
    [store(E, 'dep'), { path: store(E, 'dep'), narSize: 200, references: [] }],
    [store(F, 'big'), { path: store(F, 'big'), narSize: 5000, references: [store(E, 'dep')] }]
  ])
  const built = { paths: [store(D, 'root'), store(F, 'big')], closures }
  const restored = new Map([
    [A, { name: `${A}-check`, url: `nar/${A}.nar`, narSize: 100, references: [`${B}-lib`] }],
    [B, { name: `${B}-lib`, url: `nar/${B}.nar`, narSize: 100, references: [] }]
  ])

  test('holds the built and the served paths with their closures', () => {
    const entry = planNixEntry(built, new Set([A]), restored, 1_000_000)
    expect([...entry.names.keys()].sort()).toEqual([A, B, D, E, F])
    expect(entry.names.get(E)).toBe(`${E}-dep`)
    expect([...entry.carried].sort()).toEqual([A, B])
    expect([...entry.built].sort()).toEqual([store(D, 'root'), store(F, 'big')])
  })

  test('leaves out the roots that would take it past the cap, smallest closures kept first', () => {
    const entry = planNixEntry(built, new Set([A]), restored, 1000)
    expect([...entry.names.keys()].sort()).toEqual([A, B, D, E])
    expect(entry.built).toEqual([store(D, 'root')])
    expect([...entry.carried].sort()).toEqual([A, B])
  })
})

describe('the save policy', () => {
  // An allow-list: events not weighed (deployment, a future event) do not save either.
  test.each(['pull_request_target', 'workflow_run', 'issue_comment', 'deployment', 'some_future_event'])('`auto` never saves on %s, and says why', event => {
    const policy = savePolicy('auto', event)
    expect(policy.save).toBe(false)
    expect(policy.reason).toContain(event)
  })

  test('`auto` saves on pushes and pull requests, the latter only a delta', () => {
    expect(savePolicy('auto', 'push')).toMatchObject({ save: true, delta: false })
    expect(savePolicy('auto', 'pull_request')).toMatchObject({ save: true, delta: true })
  })

  test.each(['merge_group', 'schedule', 'workflow_dispatch', 'release', 'repository_dispatch'])('`auto` saves its whole set on %s', event => {
    expect(savePolicy('auto', event)).toMatchObject({ save: true, delta: false })
  })

  test('`never` never saves and `always` always does', () => {
    for (const event of ['push', 'pull_request', 'pull_request_target', 'workflow_run']) {
      expect(savePolicy('never', event).save).toBe(false)
      expect(savePolicy('always', event).save).toBe(true)
    }
  })
})

describe('nix path-info', () => {
  test('asks for the JSON format from Nix 2.33 on', () => {
    expect(pathInfoArgs('2.8.0')).not.toContain('--json-format')
    expect(pathInfoArgs('2.32.1')).not.toContain('--json-format')
    expect(pathInfoArgs('2.34.8')).toEqual(expect.arrayContaining(['--json', '--json-format', '1']))
  })
})

describe('the cache service check', () => {
  test('probes the URL the runner flags, without loading @actions/cache', async () => {
    const { cacheServiceUrl } = await import('../../src/cache/service.js')
    expect(cacheServiceUrl({})).toBeUndefined()
    expect(cacheServiceUrl({ ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results/' })).toBe('https://results/')
    expect(cacheServiceUrl({ ACTIONS_CACHE_URL: 'https://v1/' })).toBe('https://v1/')
    expect(cacheServiceUrl({ ACTIONS_RESULTS_URL: 'https://results/', ACTIONS_CACHE_URL: 'https://v1/' })).toBe('https://v1/')
  })

  test("goes through a self-hosted runner's proxy, unless NO_PROXY names the host", async () => {
    const { firstHop } = await import('../../src/cache/service.js')
    const names = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const
    const saved = names.map(name => process.env[name])
    const hop = (url: string, env: Partial<Record<(typeof names)[number], string>>) => {
      for (const name of names) Reflect.deleteProperty(process.env, name)
      Object.assign(process.env, env)
      return firstHop(new URL(url)).host
    }
    try {
      expect(hop('https://results.example.net/', {})).toBe('results.example.net')
      expect(hop('https://results.example.net/', { HTTPS_PROXY: 'http://proxy:3128' })).toBe('proxy:3128')
      expect(hop('https://results.example.net/', { https_proxy: 'http://proxy:3128', NO_PROXY: '.example.net' })).toBe('results.example.net')
      expect(hop('https://127.0.0.1:9/', { HTTPS_PROXY: 'http://proxy:3128' })).toBe('127.0.0.1:9')
    } finally {
      names.forEach((name, i) => {
        const value = saved[i]
        if (value === undefined) Reflect.deleteProperty(process.env, name)
        else process.env[name] = value
      })
    }
  })
})
