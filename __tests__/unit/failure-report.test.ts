// Failures read from what Nix 2.8, 2.26 and 2.34 really printed
// (recorded-failures.ts): stale fixed-output hashes, builders killed or out
// of disk, the timeline; and the hash spellings, the annotations' and the
// summary's words, and GitHub's limits.
import { describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InternalJsonLog, stripAnsi } from '../../src/nix/check-output.js'
import { explainFailure } from '../../src/nix/failure.js'
import type { Inputs } from '../../src/plan/inputs.js'
import type { RunContext } from '../../src/plan/context.js'
import { Report } from '../../src/report/report.js'
import { hashMismatches, resourceFailure } from '../../src/nix/failure-kind.js'
import { fromNix32, hashForms, toNix32 } from '../../src/nix/hash-forms.js'
import { failedBuilds } from '../../src/nix/output.js'
import { failedBuild, staleHash } from '../../src/report/failure-details.js'
import { findHash, lockedInputs } from '../../src/report/hash-location.js'
import { fenced, timelineSection, withinLimit, TIMELINE_ROWS } from '../../src/report/summary-sections.js'
import { RECORDED_FAILURES } from './recorded-failures.js'
import { TOOLCHAINS } from './recorded-toolchains.js'

// sha256 of "hi\n" in each spelling, as `nix hash file --base32/--base16/--sri` print it.
const HI = {
  sri: 'sha256-mOpuTyFvL7S2n/+bOkSELDhobKaF8/VdxIxdP7EQe+Q=',
  nix32: '1r3v22qkypccqifzbww5lrn6hf1chi23m6zzkyvb8bvg457nxslq',
  base16: '98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4'
}
const STALE = 'sha256-ROqO3pAlwmZjEkzu78oqNeQOUCHNEW5DbTaOLerjNV4='

describe('hash spellings', () => {
  test.each([HI.sri, `sha256:${HI.nix32}`, `sha256:${HI.base16}`, `sha256:${HI.sri.slice(7)}`])('%s has every form', printed => {
    expect(hashForms(printed)).toEqual({ algo: 'sha256', ...HI })
  })

  test('base-32 round-trips for every size, and refuses what is not base-32', () => {
    for (const size of [16, 20, 32, 64]) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 37 + 11) & 0xff)
      expect(fromNix32(toNix32(bytes), size)).toEqual(bytes)
    }
    expect(fromNix32('e'.repeat(52), 32)).toBeUndefined() // `e` is not in Nix's alphabet
    expect(fromNix32('z'.repeat(52), 32)).toBeUndefined() // more bits than 32 bytes hold
    expect(hashForms('sha256-short')).toBeUndefined()
    expect(hashForms('blake9-abc')).toBeUndefined()
  })
})

describe.each(TOOLCHAINS)('%s', toolchain => {
  const recorded = RECORDED_FAILURES[toolchain]

  test('a stale fixed-output hash: derivation, specified and got, from the text and from internal-json', () => {
    const fromJson = recorded['fod-json'].stderr
      .split('\n')
      .filter(line => line.startsWith('@nix '))
      .map(line => JSON.parse(line.slice(5)) as { action: string; level?: number; msg?: string })
      .filter(event => event.action === 'msg' && event.level === 0)
      .map(event => stripAnsi(event.msg ?? ''))
      .join('\n')
    for (const output of [recorded['fod-text'].stderr, fromJson]) {
      const [mismatch, ...others] = hashMismatches(output)
      expect(others).toEqual([])
      expect(mismatch?.drv).toMatch(/^\/nix\/store\/[0-9a-z]{32}-vendor-src\.drv$/)
      expect(mismatch).toMatchObject({ specified: STALE, got: HI.sri })
    }
    expect(recorded['fod-text'].exitCode).toBe(1)
  })

  test('a builder killed by signal 9, or whose child was (exit 137), is killed; one out of disk is out of disk', () => {
    const killed = failedBuilds(recorded['killed-text'].stderr)
    expect(killed).toHaveLength(1)
    expect(resourceFailure(killed[0]?.message ?? '', killed[0]?.log ?? [])).toEqual({ kind: 'killed', evidence: 'signal 9' })
    const child = failedBuilds(recorded['child-killed-text'].stderr)
    expect(resourceFailure(child[0]?.message ?? '', child[0]?.log ?? [])?.kind).toBe('killed')
    const disk = failedBuilds(recorded['no-space-text'].stderr)
    expect(resourceFailure(disk[0]?.message ?? '', disk[0]?.log ?? [])?.kind).toBe('disk')
    // From internal-json too: the error message names the signal.
    const log = new InternalJsonLog()
    recorded['killed-json'].stderr.split('\n').forEach((line, index) => log.line(line, index))
    expect(resourceFailure(log.errors.join('\n'), [])?.kind).toBe('killed')
  })

  test('a killed builder is told apart from a failing test in the annotation title', () => {
    const [killed] = failedBuilds(recorded['killed-text'].stderr)
    const explained = failedBuild({ name: 'link', check: true, message: killed?.message ?? '', log: killed?.log ?? [] })
    expect(explained.annotations[0]?.title).toBe('Check link was killed')
    expect(explained.annotations[0]?.message).toMatch(/max-jobs/)
    expect(explained.annotations[0]?.message).toContain('linking target/release/app')
  })

  test('the timeline: the slowest build first, substituted paths timed too', () => {
    const log = new InternalJsonLog()
    // Each line read 100 ms after the one before, as if Nix printed them so.
    recorded['timeline-json'].stderr.split('\n').forEach((line, index) => log.line(line, index * 100))
    const timed = log.timed()
    expect(timed.map(entry => entry.name).sort()).toEqual(['quick-dep', 'slow-dep', 'timeline-top'])
    expect(timed.every(entry => entry.kind === 'built' && entry.seconds > 0)).toBe(true)
    const substituted = new InternalJsonLog()
    recorded['substitute-json'].stderr.split('\n').forEach((line, index) => substituted.line(line, index * 100))
    expect(substituted.timed()).toEqual([expect.objectContaining({ name: 'timeline-top', kind: 'substituted' })])
  })
})

describe('where a stale hash is written', () => {
  const formsOf = (hash: string) => {
    const forms = hashForms(hash)
    if (!forms) throw new Error(`not a hash: ${hash}`)
    return forms
  }
  const forms = formsOf(STALE)
  const got = formsOf(HI.sri)

  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'nfci-hash-'))
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    return dir
  }

  test('found in any spelling, at its line and column, with the new hash in the same spelling', () => {
    const dir = tree({
      'flake.nix': `{\n  hash = "${STALE}";\n}\n`,
      'nix/deps.nix': `{ sha256 = "${forms.nix32}"; }\n`,
      'nix/hex.nix': `\n\n  outputHash = "${forms.base16}";\n`,
      '.git/objects/x': STALE,
      'result/flake.nix': STALE
    })
    try {
      const found = findHash(dir, dir, forms)
      expect(found.map(at => [at.file, at.line, at.column])).toEqual([
        ['flake.nix', 2, 11],
        ['nix/deps.nix', 1, 13],
        ['nix/hex.nix', 3, 17]
      ])
      const explained = staleHash({ drv: '/nix/store/x-vendor.drv', specified: STALE, got: HI.sri }, 'vendor', { specified: forms, got }, found, [])
      expect(explained.annotations.map(a => a.message.split('\n').pop())).toEqual([
        `Write here: ${HI.sri}`,
        `Write here: ${HI.nix32}`,
        `Write here: ${HI.base16}`
      ])
      expect(explained.annotations.every(a => a.title === 'Stale hash in vendor')).toBe(true)
      expect(explained.detail.markdown).toContain('`nix/deps.nix:1`')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('not in the repository: the inputs of flake.lock are named', () => {
    const lock = { nodes: { nixpkgs: {}, crane: {}, root: { inputs: { nixpkgs: 'nixpkgs', crane: 'crane' } } }, root: 'root', version: 7 }
    const dir = tree({ 'flake.nix': '{ }\n', 'flake.lock': JSON.stringify(lock) })
    try {
      expect(findHash(dir, dir, forms)).toEqual([])
      const explained = staleHash({ drv: '/nix/store/x-vendor.drv', specified: STALE, got: HI.sri }, 'vendor', { specified: forms, got }, [], lockedInputs(dir))
      expect(explained.annotations[0]?.file).toBeUndefined()
      expect(explained.annotations[0]?.message).toMatch(/not written in this repository.*`crane`, `nixpkgs`/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the summary', () => {
  test('a fence no backticks in the log can close', () => {
    expect(fenced('a ``` b ````', 'text')).toBe('`````text\na ``` b ````\n`````')
  })

  test(`the timeline is folded and shows the ${TIMELINE_ROWS} slowest`, () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ name: `drv-${i}`, kind: 'built' as const, seconds: 100 - i }))
    const lines = timelineSection(entries)
    expect(lines[0]).toBe(`<details><summary>Timeline: the ${TIMELINE_ROWS} slowest of 25 derivations built or substituted</summary>`)
    expect(lines.filter(line => line.startsWith('| `'))).toHaveLength(TIMELINE_ROWS)
    expect(lines).toContain('| `drv-0` | built | 1 min 40 s |')
    expect(timelineSection([])).toEqual([])
  })

  test('over the limit, cut at a line with a note, no fence left open', () => {
    const long = ['# title', '```text', ...Array.from({ length: 200 }, () => 'é'.repeat(50)), '```'].join('\n')
    const cut = withinLimit(long, 2000)
    expect(Buffer.byteLength(cut)).toBeLessThan(2300)
    expect(cut).toMatch(/\n```\n\n> The summary was cut here: GitHub keeps at most 1 MiB of it/)
    expect(cut).not.toContain('\ufffd')
    expect(withinLimit('short')).toBe('short')
  })
})

describe('a failed run explained', () => {
  // The parts of the inputs and the context the explanation reads.
  const inputs = { flake: 'path:.', attempts: 1 } as Inputs
  function explain(output: string, exitCode: number, workspace: string): { report: Report; error: Error; stdout: string } {
    const written: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    const report = new Report()
    try {
      const run = { result: { exitCode, output, stdout: '' }, attempts: 1, transient: undefined }
      const error = explainFailure(run, 'Building `.#app`', new Map(), { ...inputs, flake: `path:${workspace}` }, { workspace } as RunContext, report)
      return { report, error, stdout: written.join('') }
    } finally {
      spy.mockRestore()
    }
  }

  test.each(TOOLCHAINS)('%s: a stale hash in flake.nix is annotated at its line, said as a stale hash, not as an evaluation error', toolchain => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'nfci-explain-'))
    try {
      writeFileSync(path.join(workspace, 'flake.nix'), `{\n  outputs = { self }: {\n    hash = "${STALE}";\n  };\n}\n`)
      const { report, error, stdout } = explain(RECORDED_FAILURES[toolchain]['fod-text'].stderr, 1, workspace)
      expect(stdout).toMatch(/^::error title=Stale hash in vendor-src,file=flake\.nix,line=3,col=13::/m)
      expect(report.failures.map(f => f.title)).toEqual(['Stale hash in vendor-src'])
      expect(error.message).toMatch(/^Building `\.#app` failed: stale hash in vendor-src\./)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  test('Nix itself out of disk, or killed, is said as such', () => {
    const disk = explain('error: writing to file: No space left on device\n', 1, tmpdir())
    expect(disk.report.failures[0]?.title).toBe('Nix ran out of disk')
    expect(disk.stdout).not.toContain('Nix evaluation error')
    const killed = explain('', 137, tmpdir())
    expect(killed.report.failures[0]?.title).toBe('Nix was killed')
    expect(killed.report.failures[0]?.markdown).toMatch(/^Nix was killed \(signal 9\).*max-jobs/)
  })
})
