// Every parser of tool output, over what each toolchain of the matrix really
// printed (recorded-toolchains.ts): the action must read the same meaning
// from Nix 2.8, 2.26 and 2.34, skopeo 1.9, 1.18 and 1.22.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { compilerAnnotations, evaluationAnnotation, sourceRoot } from '../../src/report/annotations.js'
import { failedBuild } from '../../src/report/failure-details.js'
import {
  builderLogFor,
  builderLogLines,
  curlErrorCode,
  derivationName,
  errorSummary,
  failedBuilds,
  failedDerivations,
  sourcePositions,
  traceTruncated,
  transientFailure
} from '../../src/nix/output.js'
import { classifySkopeoFailure, skopeoError, type FailureKind } from '../../src/registry/skopeo.js'
import { RECORDED, TOOLCHAINS, type CaseName, type Toolchain } from './recorded-toolchains.js'

// The repositories the recordings were made in, rebuilt here with the same
// files, so that positions can be mapped to files that exist.
let base: string
const repos: Record<string, string> = {}
beforeAll(() => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'toolchain-output-')))
  const files: Record<string, string[]> = {
    evalhelper: ['flake.nix', 'nix/version.nix'],
    evalsub: ['sub/flake.nix'],
    evalundef: ['flake.nix'],
    checks: ['flake.nix', 'src/lib.rs', 'src/main.rs']
  }
  for (const [repo, paths] of Object.entries(files)) {
    const dir = path.join(base, repo)
    mkdirSync(path.join(dir, '.git'), { recursive: true })
    for (const file of paths) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), '# recorded fixture\n')
    }
    repos[repo] = dir
  }
})
afterAll(() => {
  rmSync(base, { recursive: true, force: true })
})

/** A case's output, with the checkout paths Nix 2.34 prints moved to this test's copy of the repository. */
function output(toolchain: Toolchain, name: CaseName): string {
  const { workDir, cases } = RECORDED[toolchain]
  const text = cases[name].output
  return workDir === '' ? text : text.replaceAll(`${workDir}/`, `${base}/`)
}

const names = (drvs: string[]) => drvs.map(derivationName)

describe.each(TOOLCHAINS)('%s: failed builds', toolchain => {
  test(`${toolchain}: a failing check is found by its derivation, whatever the exit code`, () => {
    const failed = RECORDED[toolchain].cases['check-failed']
    expect(failed.exitCode).not.toBe(0) // 100 on Nix 2.8 and 2.26, 1 on 2.34
    expect(names(failedDerivations(failed.output))).toEqual(['check-clippy'])
  })

  test(`${toolchain}: with --keep-going every failed check is found, and each gets its own log lines`, () => {
    const text = output(toolchain, 'check-failed-keep-going')
    const failed = failedDerivations(text)
    expect(names(failed).sort()).toEqual(['check-clippy', 'check-test'])
    const log = (name: string) => builderLogFor(text, failed.find(drv => derivationName(drv) === name) ?? '')
    expect(log('check-test')).toEqual([
      '   Compiling k8s-cloud-tagger v0.3.1 (/build/source)',
      'error[E0308]: mismatched types',
      '  --> src/main.rs:10:5',
      'test result: FAILED'
    ])
    expect(log('check-clippy')).toEqual(['error: this comparison is always true', '  --> src/lib.rs:3:8'])
    const clippy = compilerAnnotations(log('check-clippy'), sourceRoot('.', repos['checks'] ?? ''), repos['checks'] ?? '')
    expect(clippy).toEqual([{ title: 'error', message: 'error: this comparison is always true', file: 'src/lib.rs', line: 3, column: 8 }])
  })

  test(`${toolchain}: a check built with nix build: its derivation and log lines`, () => {
    const text = output(toolchain, 'build-check-failed')
    expect(names(failedDerivations(text))).toEqual(['check-test'])
    expect(builderLogLines(text)).toContain('error[E0308]: mismatched types')
    const [build] = failedBuilds(text)
    const [annotation] = failedBuild({ name: 'test', check: true, message: build?.message ?? '', log: build?.log ?? [] }).annotations
    expect(annotation?.message.split('\n')).toEqual([
      '   Compiling k8s-cloud-tagger v0.3.1 (/build/source)',
      'error[E0308]: mismatched types',
      '  --> src/main.rs:10:5',
      'test result: FAILED'
    ])
  })

  test(`${toolchain}: with -L (log streamed, not quoted) the failed derivation is still found`, () => {
    expect(names(failedDerivations(output(toolchain, 'build-check-failed-L')))).toEqual(['check-test'])
  })

  test(`${toolchain}: a failed dependency names the dependency, not the package that needed it`, () => {
    const text = output(toolchain, 'build-dependency-failed')
    expect(names(failedDerivations(text))).toEqual(['crate-deps'])
    expect(builderLogLines(text)).toEqual(['compiling serde v1.0', 'curl: (22) The requested URL returned error: 500'])
    expect(transientFailure(text)).toBeUndefined()
  })

  test(`${toolchain}: the summary of a failed build starts at the error, without Nix's hint to run nix log`, () => {
    const summary = errorSummary(output(toolchain, 'build-check-failed'))
    expect(summary).toMatch(/^error: .*check-test\.drv/)
    expect(summary).toContain('test result: FAILED')
    expect(summary).not.toMatch(/For full logs|nix log/)
  })
})

describe.each(TOOLCHAINS)('%s: evaluation errors', toolchain => {
  const annotate = (name: CaseName, repo: string, flake = '.') => {
    const text = output(toolchain, name)
    const workspace = repos[repo] ?? ''
    return evaluationAnnotation(text, errorSummary(text), sourceRoot(flake, workspace), workspace)
  }

  test(`${toolchain}: a type error in nix/version.nix, with --show-trace, is annotated at nix/version.nix:3`, () => {
    for (const name of ['eval-helper-check-trace', 'eval-helper-build-trace'] as const) {
      expect(annotate(name, 'evalhelper')).toMatchObject({ file: 'nix/version.nix', line: 3, column: 1 })
    }
  })

  test(`${toolchain}: the same for a path: flake (its source copied to the store on every version)`, () => {
    const text = output(toolchain, 'eval-helper-check-path')
    expect(sourcePositions(text)[0]).toMatchObject({ file: 'nix/version.nix', absolute: false, line: 3 })
    expect(annotate('eval-helper-check-path', 'evalhelper', 'path:.')).toMatchObject({ file: 'nix/version.nix', line: 3 })
  })

  test(`${toolchain}: without --show-trace, either Nix named the line already or it said it cut the trace`, () => {
    const text = output(toolchain, 'eval-helper-check')
    const first = annotate('eval-helper-check', 'evalhelper')
    // Nix 2.8 prints the innermost position; 2.20+ hides it and says so, and the action evaluates again with --show-trace.
    if (first.file === 'nix/version.nix') expect(traceTruncated(text)).toBe(false)
    else expect(traceTruncated(text)).toBe(true)
    expect(traceTruncated(output(toolchain, 'eval-helper-check-trace'))).toBe(false)
  })

  test(`${toolchain}: the summary quotes the error itself, not the trace`, () => {
    for (const name of ['eval-helper-check', 'eval-helper-check-trace', 'eval-helper-build'] as const) {
      const summary = errorSummary(output(toolchain, name))
      expect(summary).toMatch(/^error: cannot coerce an integer to a string/)
      expect(summary).not.toMatch(/…|while checking flake output|while calling/)
    }
    expect(errorSummary(output(toolchain, 'eval-sub-check'))).toMatch(/^error: cannot add a string to an integer/)
    expect(errorSummary(output(toolchain, 'eval-undefined-check'))).toMatch(/^error: undefined variable 'cargoToml'/)
  })

  test(`${toolchain}: an error in sub/flake.nix is annotated there, from nix build and nix flake check`, () => {
    for (const name of ['eval-sub-build', 'eval-sub-check'] as const) {
      expect(annotate(name, 'evalsub', './sub')).toMatchObject({ file: 'sub/flake.nix', line: 4, column: 11 })
    }
  })

  test(`${toolchain}: an undefined variable in flake.nix is annotated at its line`, () => {
    for (const name of ['eval-undefined-check', 'eval-undefined-build', 'eval-undefined-check-trace'] as const) {
      const annotation = annotate(name, 'evalundef')
      expect(annotation).toMatchObject({ file: 'flake.nix', line: 4, column: 17 })
      expect(annotation.message).toContain("undefined variable 'cargoToml'")
    }
  })

  test(`${toolchain}: Nix's own files are never taken for a file of the repository`, () => {
    const positions = sourcePositions(output(toolchain, 'eval-helper-build-trace'))
    expect(positions.map(p => p.file).filter(file => /derivation-internal/.test(file))).toEqual([])
  })

  test(`${toolchain}: evaluation errors are not worth another try, and name no failed derivation`, () => {
    for (const name of ['eval-helper-check', 'eval-sub-check', 'eval-undefined-check'] as const) {
      expect(transientFailure(output(toolchain, name))).toBeUndefined()
      expect(failedDerivations(output(toolchain, name))).toEqual([])
    }
  })
})

describe.each(TOOLCHAINS)('%s: downloads', toolchain => {
  test.each([429, 500, 503] as const)(`${toolchain}: HTTP %i is worth another try, naming the host`, status => {
    const failure = transientFailure(output(toolchain, `http-${status}`))
    expect(failure).toEqual({ host: '127.0.0.1:18765', what: `HTTP ${status}`, kind: 'http' })
    expect(errorSummary(output(toolchain, `http-${status}`))).toContain(`HTTP error ${status}`)
  })

  test(`${toolchain}: a 403 that says "rate limit" is worth another try; a 404 is not`, () => {
    expect(transientFailure(output(toolchain, 'http-403'))).toMatchObject({ what: 'HTTP 403 (rate limit)', kind: 'http' })
    expect(transientFailure(output(toolchain, 'http-404'))).toBeUndefined()
  })

  test.each([
    ['http-refused', 7, '127.0.0.1:1'],
    ['http-resolve', 6, 'nfci-no-such-host.invalid'],
    ['http-reset', 52, '127.0.0.1:18765'],
    ['http-hang', 28, '127.0.0.1:18765'],
    ['http-partial', 18, '127.0.0.1:18765']
  ] as Array<[CaseName, number, string]>)(`${toolchain}: %s is a network failure, read by curl's code %i`, (name, code, host) => {
    const failure = transientFailure(output(toolchain, name))
    expect(failure?.kind).toBe('network')
    expect(failure?.host).toBe(host)
    expect(failure?.what).toMatch(new RegExp(`^curl error ${code}: `))
  })
})

describe('curlErrorCode', () => {
  it.each([
    ["Couldn't connect to server (7)", 7],
    ['Could not connect to server (7) Failed to connect to 127.0.0.1:1 after 0 ms: Could not connect to server', 7],
    ['Server returned nothing (no headers, no data) (52) Empty reply from server', 52],
    ['Timeout was reached (28); retrying in 303 ms', 28],
    // A Nix that printed no code: curl's words, old and new.
    ["Couldn't resolve host name", 6],
    ['Could not resolve hostname', 6],
    ['Failure when receiving data from the peer', 56],
    ['SSL connect error', 35]
  ])('%s is curl error %i', (text, code) => {
    expect(curlErrorCode(text)).toBe(code)
  })

  it('is undefined for words it does not know', () => {
    expect(curlErrorCode('URL using bad/illegal format or missing URL')).toBeUndefined()
  })
})

describe.each(TOOLCHAINS)('%s: skopeo', toolchain => {
  test.each([
    ['skopeo-login-wrong-password', 'credentials'],
    ['skopeo-push-unauthenticated', 'credentials'],
    ['skopeo-push-wrong-password', 'credentials'],
    ['skopeo-push-connection-refused', 'transient'],
    ['skopeo-login-connection-refused', 'transient'],
    ['skopeo-push-503', 'transient'],
    ['skopeo-login-503', 'transient'],
    ['skopeo-push-429', 'transient'],
    ['skopeo-login-429', 'transient'],
    ['skopeo-push-https-to-http', 'tls'],
    ['skopeo-login-https-to-http', 'tls'],
    ['skopeo-push-bad-archive', 'source']
  ] as Array<[CaseName, FailureKind]>)(`${toolchain}: %s is %s`, (name, kind) => {
    const recorded = RECORDED[toolchain].cases[name]
    expect(recorded.exitCode).not.toBe(0)
    expect(classifySkopeoFailure(recorded.output)).toBe(kind)
    const message = skopeoError(recorded.output)
    expect(message).not.toMatch(/level=fatal|time=|Getting image source|Copying blob/)
    expect(message.length).toBeGreaterThan(10)
  })
})
