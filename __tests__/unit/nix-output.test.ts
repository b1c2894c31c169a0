import {
  builderLogLines,
  derivationName,
  errorSummary,
  failedDerivations,
  sourcePositions,
  storePathFromBuildJson,
  transientFailure
} from '../../src/nix/output.js'
import {
  NIX_BUILD_JSON_STDOUT,
  NIX_CHECK_FAILED,
  NIX_CONNECTION_REFUSED,
  NIX_DEPENDENCY_FAILED,
  NIX_EVAL_ERROR_SUB,
  NIX_NEW_CANNOT_BUILD,
  nixDownloadFailure
} from './recorded-output.js'

const CHECK_TEST_DRV = '/nix/store/s25r8jh918q7k1xn0knsc7ypih4802df-check-test.drv'
const CRATE_DEPS_DRV = '/nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv'
const IMAGE_DEV_DRV = '/nix/store/01xl94mfw7v8bdipyl4sql4dkyhgx3jp-image-dev.drv'

describe('storePathFromBuildJson', () => {
  it('reads the out path of `nix build --json`', () => {
    expect(storePathFromBuildJson(NIX_BUILD_JSON_STDOUT)).toBe('/nix/store/2n19alnjssy0y6mjaf7w33sa32x6h17r-ok')
  })

  it('prefers `out` when a package has several outputs', () => {
    const json = JSON.stringify([
      { drvPath: '/nix/store/aaaa-x.drv', outputs: { dev: '/nix/store/bbbb-x-dev', out: '/nix/store/cccc-x', man: '/nix/store/dddd-x-man' } }
    ])
    expect(storePathFromBuildJson(json)).toBe('/nix/store/cccc-x')
  })

  it('takes the only output when there is no `out`', () => {
    expect(storePathFromBuildJson('[{"drvPath":"/nix/store/a.drv","outputs":{"bin":"/nix/store/eeee-x-bin"}}]')).toBe('/nix/store/eeee-x-bin')
  })

  it('fails clearly on what is not a build result', () => {
    expect(() => storePathFromBuildJson('warning: Git tree is dirty')).toThrow(/not JSON/)
    expect(() => storePathFromBuildJson('[]')).toThrow(/no output path/)
    expect(() => storePathFromBuildJson('[{"outputs":{}}]')).toThrow(/no output path/)
  })
})

describe('failedDerivations', () => {
  it('finds the check whose builder failed (Nix 2.8 wording)', () => {
    expect(failedDerivations(NIX_CHECK_FAILED)).toEqual([CHECK_TEST_DRV])
  })

  it('names the dependency whose builder failed, not the package that depended on it (Nix 2.8)', () => {
    expect(failedDerivations(NIX_DEPENDENCY_FAILED)).toEqual([CRATE_DEPS_DRV])
  })

  it('reads the newer `Cannot build` wording, leaving out derivations that only had a failed dependency', () => {
    const found = failedDerivations(NIX_NEW_CANNOT_BUILD)
    expect(found).toEqual([CRATE_DEPS_DRV])
    expect(found).not.toContain(IMAGE_DEV_DRV)
  })

  it('reports each failed derivation once, in order', () => {
    const second = NIX_CHECK_FAILED.replaceAll(CHECK_TEST_DRV, '/nix/store/0000000000000000000000000000000a-check-clippy.drv')
    expect(failedDerivations(NIX_CHECK_FAILED + second + NIX_CHECK_FAILED)).toEqual([
      CHECK_TEST_DRV,
      '/nix/store/0000000000000000000000000000000a-check-clippy.drv'
    ])
  })

  it('finds none in an evaluation error or a download failure', () => {
    expect(failedDerivations(NIX_EVAL_ERROR_SUB)).toEqual([])
    expect(failedDerivations(nixDownloadFailure(429))).toEqual([])
  })
})

describe('derivationName', () => {
  it('drops the store directory, the hash and .drv', () => {
    expect(derivationName(CHECK_TEST_DRV)).toBe('check-test')
    expect(derivationName(CRATE_DEPS_DRV)).toBe('crate-deps')
  })

  it('keeps dashes and versions in the name', () => {
    expect(derivationName('/nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-k8s-cloud-tagger-1.2.0.drv')).toBe('k8s-cloud-tagger-1.2.0')
  })
})

describe('builderLogLines', () => {
  it('gives the quoted builder lines without the `> ` prefix, indentation of the line kept', () => {
    expect(builderLogLines(NIX_CHECK_FAILED)).toEqual(['running 3 tests', 'error[E0308]: mismatched types', '  --> src/main.rs:10:5', 'test result: FAILED'])
  })

  it('reads the newer wording too', () => {
    expect(builderLogLines(NIX_NEW_CANNOT_BUILD)).toEqual(['compiling serde v1.0', 'curl: (22) The requested URL returned error: 500 (HTTP error 500)'])
  })

  it('gives nothing when Nix quoted no log', () => {
    expect(builderLogLines(NIX_EVAL_ERROR_SUB)).toEqual([])
  })
})

describe('errorSummary', () => {
  it('starts at the error and stops before the "For full logs" hint', () => {
    const summary = errorSummary(NIX_CHECK_FAILED)
    expect(summary.split('\n')[0]).toBe(`error: builder for '${CHECK_TEST_DRV}' failed with exit code 1;`)
    expect(summary).toContain('test result: FAILED')
    expect(summary).not.toContain('For full logs')
    expect(summary).not.toContain('evaluating flake')
    expect(summary).not.toContain('Git tree')
  })

  it("takes the final error of a download, not Nix's own retry warnings", () => {
    const summary = errorSummary(nixDownloadFailure(429))
    expect(summary.startsWith("error: unable to download 'http://127.0.0.1:18765/429/x.tar.gz': HTTP error 429")).toBe(true)
    expect(summary).not.toContain('retrying in')
  })

  it('keeps the position and code of an evaluation error', () => {
    const summary = errorSummary(NIX_EVAL_ERROR_SUB)
    expect(summary.startsWith('error: cannot add a string to an integer')).toBe(true)
    expect(summary).toContain('-source/sub/flake.nix:4:11')
    expect(summary).toContain('x + "a";')
  })

  it('falls back to the last lines when there is no error line', () => {
    const output = ['one', 'two', '', 'three', 'four', 'five', 'six', ''].join('\n')
    expect(errorSummary(output)).toBe(['two', 'three', 'four', 'five', 'six'].join('\n'))
  })
})

describe('sourcePositions', () => {
  it('reads file, line and column inside the copied flake source', () => {
    expect(sourcePositions(NIX_EVAL_ERROR_SUB)).toEqual([{ file: 'sub/flake.nix', absolute: false, line: 4, column: 11 }])
  })

  it('reads them in a store that is not /nix/store (NIX_STORE_DIR)', () => {
    const store = '/tmp/runner-store/store'
    const output = NIX_EVAL_ERROR_SUB.replaceAll('/nix/store/', `${store}/`)
    expect(sourcePositions(output, store)).toEqual([{ file: 'sub/flake.nix', absolute: false, line: 4, column: 11 }])
  })

  it('reads several positions once each, and ignores paths outside a -source tree', () => {
    const output = [
      'at /nix/store/gghfdamj5xd5kb1ap3hm71va8070wh0j-source/sub/flake.nix:12:17:',
      'at /nix/store/gghfdamj5xd5kb1ap3hm71va8070wh0j-source/nix/image.nix:3:5:',
      'at /nix/store/gghfdamj5xd5kb1ap3hm71va8070wh0j-source/sub/flake.nix:12:17:',
      'at /nix/store/zs0i8zx7z6wkz0kziwvhdynraycrv8h7-nixpkgs/lib/trivial.nix:1:1:'
    ].join('\n')
    expect(sourcePositions(output)).toEqual([
      { file: 'sub/flake.nix', absolute: false, line: 12, column: 17 },
      { file: 'nix/image.nix', absolute: false, line: 3, column: 5 }
    ])
  })
})

describe('transientFailure', () => {
  it.each([429, 500, 503] as const)('HTTP %i from a host is worth another try, and names the host', status => {
    const failure = transientFailure(nixDownloadFailure(status))
    expect(failure).toBeDefined()
    expect(failure?.host).toBe('127.0.0.1:18765')
    expect(failure?.what).toContain(String(status))
  })

  it('a 403 that says "rate limit" is worth another try', () => {
    const failure = transientFailure(nixDownloadFailure(403))
    expect(failure?.host).toBe('127.0.0.1:18765')
    expect(failure?.what).toContain('403')
    expect(failure?.what).toMatch(/rate limit/)
  })

  it('names GitHub when GitHub rate-limits the fetch of an input', () => {
    const github = nixDownloadFailure(429).replaceAll('http://127.0.0.1:18765/429/x.tar.gz', 'https://api.github.com/repos/NixOS/nixpkgs/tarball/5c4f0a5')
    expect(transientFailure(github)?.host).toBe('api.github.com')
  })

  it('a network failure is worth another try', () => {
    const failure = transientFailure(NIX_CONNECTION_REFUSED)
    expect(failure?.host).toBe('127.0.0.1:1')
    expect(failure).toEqual({ host: '127.0.0.1:1', what: 'curl error 7: could not connect', kind: 'network' })
  })

  it('a 404 is not: the URL is wrong', () => {
    expect(transientFailure(nixDownloadFailure(404))).toBeUndefined()
  })

  it('a 403 without a rate limit is not', () => {
    const forbidden = nixDownloadFailure(403).replace(
      '{"message":"API rate limit exceeded for 1.2.3.4."}',
      '{"message":"Must have admin rights to Repository."}'
    )
    expect(transientFailure(forbidden)).toBeUndefined()
  })

  // The recorded builder's log has an `HTTP error 500` line of its own.
  it('a failing builder is not, even when its log mentions HTTP error 500', () => {
    expect(transientFailure(NIX_DEPENDENCY_FAILED)).toBeUndefined()
    expect(transientFailure(NIX_NEW_CANNOT_BUILD)).toBeUndefined()
  })

  it('a failing check or an evaluation error is not', () => {
    expect(transientFailure(NIX_CHECK_FAILED)).toBeUndefined()
    expect(transientFailure(NIX_EVAL_ERROR_SUB)).toBeUndefined()
  })
})

describe('the Nix version in a store path', () => {
  it('is read from where the installers link nix', async () => {
    const { versionFromStorePath } = await import('../../src/nix/version.js')
    expect(versionFromStorePath('/nix/store/q7f0d4m54yj98fcjmbkscw83j82fypnd-nix-2.34.6/bin/nix')).toBe('2.34.6')
    expect(versionFromStorePath('/nix/store/q7f0d4m54yj98fcjmbkscw83j82fypnd-nix-2.25.0pre20241101_abc123/bin/nix')).toBe('2.25.0pre20241101_abc123')
    expect(versionFromStorePath('/usr/bin/nix')).toBeUndefined()
    expect(versionFromStorePath('/nix/store/q7f0d4m54yj98fcjmbkscw83j82fypnd-nix-wrapped/bin/nix')).toBeUndefined()
  })
})
