import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parsePathInfo } from '../../src/cache/path-info.js'
import { blobInfoCacheDir, blobInfoCachePaths, blobInfoFormat } from '../../src/cache/blob-info.js'
import { builderLogFor } from '../../src/nix/output.js'

describe('nix path-info --json', () => {
  test('reads the list Nix 2.8 to 2.18 print', () => {
    const infos = parsePathInfo('[{"path":"/nix/store/aaa-x","ultimate":true,"narSize":160}]')
    expect(infos).toEqual([{ path: '/nix/store/aaa-x', ultimate: true, narSize: 160 }])
  })

  test('reads the object keyed by path that Nix 2.19 and later print, skipping invalid paths', () => {
    const infos = parsePathInfo('{"/nix/store/aaa-x":{"ultimate":false,"closureSize":10},"/nix/store/bbb-y":null}')
    expect(infos).toEqual([{ path: '/nix/store/aaa-x', ultimate: false, closureSize: 10 }])
  })
})

describe("skopeo's blob-info cache", () => {
  test('is system-wide for root and under XDG data for everyone else', () => {
    expect(blobInfoCacheDir({}, '/home/runner', 0)).toBe('/var/lib/containers/cache')
    expect(blobInfoCacheDir({}, '/home/runner', 1001)).toBe('/home/runner/.local/share/containers/cache')
    expect(blobInfoCacheDir({ XDG_DATA_HOME: '/data' }, '/home/runner', 1001)).toBe('/data/containers/cache')
  })

  test('is carried in either format: BoltDB (skopeo up to 1.13) and SQLite with its companions (1.14+)', () => {
    const names = blobInfoCachePaths('/c').map(file => path.basename(file))
    expect(names).toEqual(expect.arrayContaining(['blob-info-cache-v1.boltdb', 'blob-info-cache-v1.sqlite', 'blob-info-cache-v1.sqlite-wal']))
  })

  test('format is read from what is on disk, SQLite first', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-blob-'))
    expect(blobInfoFormat(dir)).toBe('none')
    writeFileSync(path.join(dir, 'blob-info-cache-v1.boltdb'), 'bolt')
    expect(blobInfoFormat(dir)).toBe('boltdb')
    writeFileSync(path.join(dir, 'blob-info-cache-v1.sqlite'), 'lite')
    expect(blobInfoFormat(dir)).toBe('sqlite')
  })
})

describe('the log of one failed derivation', () => {
  test('is the quoted block after its own builder line, with --keep-going', () => {
    const output = [
      "error: builder for '/nix/store/aaaa-check-fmt.drv' failed with exit code 1;",
      '       last 2 log lines:',
      '       > fmt: src/main.rs is not formatted',
      '       > diff at line 3',
      "       For full logs, run 'nix log /nix/store/aaaa-check-fmt.drv'.",
      "error: builder for '/nix/store/bbbb-check-test.drv' failed with exit code 1;",
      '       last 1 log lines:',
      '       > test tags::parses ... FAILED',
      "       For full logs, run 'nix log /nix/store/bbbb-check-test.drv'."
    ].join('\n')
    expect(builderLogFor(output, '/nix/store/aaaa-check-fmt.drv')).toEqual(['fmt: src/main.rs is not formatted', 'diff at line 3'])
    expect(builderLogFor(output, '/nix/store/bbbb-check-test.drv')).toEqual(['test tags::parses ... FAILED'])
    expect(builderLogFor(output, '/nix/store/cccc-other.drv')).toEqual([])
  })
})
