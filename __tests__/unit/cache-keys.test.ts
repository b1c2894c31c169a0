import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { blobInfoCachePath, blobInfoHash, parsePathInfo } from '../../src/stages/cache.js'
import { builderLogFor } from '../../src/nix-output.js'

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
    expect(blobInfoCachePath({}, '/home/runner', 0)).toBe('/var/lib/containers/cache/blob-info-cache-v1.boltdb')
    expect(blobInfoCachePath({}, '/home/runner', 1001)).toBe('/home/runner/.local/share/containers/cache/blob-info-cache-v1.boltdb')
    expect(blobInfoCachePath({ XDG_DATA_HOME: '/data' }, '/home/runner', 1001)).toBe('/data/containers/cache/blob-info-cache-v1.boltdb')
  })

  test('hash changes with the content and is `none` without a file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-blob-'))
    const file = path.join(dir, 'cache.boltdb')
    expect(blobInfoHash(file)).toBe('none')
    writeFileSync(file, 'one')
    const first = blobInfoHash(file)
    writeFileSync(file, 'two')
    expect(blobInfoHash(file)).not.toBe(first)
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
