import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { compilerAnnotations, evaluationAnnotation, sourceRoot } from '../../src/report/annotations.js'
import { failedBuild } from '../../src/report/failure-details.js'
import { builderLogLines, errorSummary, failedBuilds } from '../../src/nix/output.js'
import { NIX_CHECK_FAILED, NIX_EVAL_ERROR_SUB } from './recorded-output.js'

// Two real workspaces, one a git repository (a `.git` directory at the top)
// and one a plain directory, each with a flake in `sub/` and Rust sources.
let base: string
let gitWs: string
let plainWs: string

function workspace(name: string, git: boolean): string {
  const ws = path.join(base, name)
  mkdirSync(path.join(ws, 'sub'), { recursive: true })
  mkdirSync(path.join(ws, 'src'), { recursive: true })
  if (git) mkdirSync(path.join(ws, '.git'))
  writeFileSync(path.join(ws, 'flake.nix'), '{ outputs = { self }: { }; }\n')
  writeFileSync(path.join(ws, 'sub', 'flake.nix'), '{ outputs = { self }: { }; }\n')
  writeFileSync(path.join(ws, 'src', 'main.rs'), 'fn main() {}\n')
  return ws
}

beforeAll(() => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'annotations-')))
  gitWs = workspace('git', true)
  plainWs = workspace('plain', false)
})
afterAll(() => {
  rmSync(base, { recursive: true, force: true })
})

/** An evaluation error as Nix prints it, at `file:line:col` of the copied source. */
const evalError = (file: string, line: number, column: number) =>
  `error: undefined variable 'pkgs'\n\n       at /nix/store/gghfdamj5xd5kb1ap3hm71va8070wh0j-source/${file}:${line}:${column}:\n`

describe('sourceRoot: where the flake source Nix copied lives in the workspace', () => {
  it('`.` is the workspace, git or not', () => {
    expect(sourceRoot('.', gitWs)).toBe(gitWs)
    expect(sourceRoot('.', plainWs)).toBe(plainWs)
  })

  it('`./sub` in a git repository is the repository top (Nix copies the whole repository)', () => {
    expect(sourceRoot('./sub', gitWs)).toBe(gitWs)
  })

  it('`./sub` in a plain directory is the directory itself', () => {
    expect(sourceRoot('./sub', plainWs)).toBe(path.join(plainWs, 'sub'))
  })

  it('`path:./sub` is the directory itself, git or not', () => {
    expect(sourceRoot('path:./sub', gitWs)).toBe(path.join(gitWs, 'sub'))
    expect(sourceRoot('path:./sub', plainWs)).toBe(path.join(plainWs, 'sub'))
  })

  it('`.?dir=sub` is the tree `sub/` lies in, git or not', () => {
    expect(sourceRoot('.?dir=sub', gitWs)).toBe(gitWs)
    expect(sourceRoot('.?dir=sub', plainWs)).toBe(plainWs)
  })

  it('an absolute git+file flake is found too', () => {
    expect(sourceRoot(`git+file://${gitWs}?dir=sub`, base)).toBe(gitWs)
  })

  it.each(['github:o/r', 'github:o/r?dir=sub', 'git+https://example.com/o/r', 'nixpkgs'])('a remote flake (%s) has no local source', flake => {
    expect(sourceRoot(flake, gitWs)).toBeUndefined()
  })

  it('a directory that does not exist has no source', () => {
    expect(sourceRoot('./missing', plainWs)).toBeUndefined()
  })
})

describe('evaluationAnnotation', () => {
  it('points at sub/flake.nix, line and column, relative to the workspace', () => {
    const output = evalError('sub/flake.nix', 12, 17)
    const annotation = evaluationAnnotation(output, errorSummary(output), sourceRoot('./sub', gitWs), gitWs)
    expect(annotation).toMatchObject({ file: 'sub/flake.nix', line: 12, column: 17 })
    expect(annotation.message).toContain("undefined variable 'pkgs'")
  })

  it('maps what Nix 2.8 printed for an error in a git repository flake in sub/', () => {
    const annotation = evaluationAnnotation(NIX_EVAL_ERROR_SUB, errorSummary(NIX_EVAL_ERROR_SUB), sourceRoot('./sub', gitWs), gitWs)
    expect(annotation).toMatchObject({ title: 'Nix evaluation error', file: 'sub/flake.nix', line: 4, column: 11 })
    expect(annotation.message).toContain('cannot add a string to an integer')
  })

  it('maps a plain-directory flake, whose source tree is sub/ itself', () => {
    const output = evalError('flake.nix', 12, 17)
    const annotation = evaluationAnnotation(output, errorSummary(output), sourceRoot('./sub', plainWs), plainWs)
    expect(annotation).toMatchObject({ file: 'sub/flake.nix', line: 12, column: 17 })
  })

  it('maps `.?dir=sub` in a plain directory', () => {
    const output = evalError('sub/flake.nix', 12, 17)
    const annotation = evaluationAnnotation(output, errorSummary(output), sourceRoot('.?dir=sub', plainWs), plainWs)
    expect(annotation).toMatchObject({ file: 'sub/flake.nix', line: 12, column: 17 })
  })

  it('names no file when the file is not in the workspace', () => {
    const output = evalError('sub/missing.nix', 12, 17)
    const annotation = evaluationAnnotation(output, 'the summary', sourceRoot('./sub', gitWs), gitWs)
    expect(annotation.file).toBeUndefined()
    expect(annotation.line).toBeUndefined()
    expect(annotation).toMatchObject({ title: 'Nix evaluation error', message: 'the summary' })
  })

  it('names no file for a remote flake', () => {
    const output = evalError('flake.nix', 1, 1)
    expect(evaluationAnnotation(output, 's', sourceRoot('github:o/r', gitWs), gitWs).file).toBeUndefined()
  })

  it('takes the first position that is in the workspace', () => {
    const output = evalError('lib/gone.nix', 3, 1) + evalError('flake.nix', 7, 9)
    expect(evaluationAnnotation(output, 's', sourceRoot('.', gitWs), gitWs)).toMatchObject({ file: 'flake.nix', line: 7, column: 9 })
  })
})

describe('compilerAnnotations', () => {
  it('turns a rustc error in a check log into an annotation on the source line', () => {
    const annotations = compilerAnnotations(builderLogLines(NIX_CHECK_FAILED), sourceRoot('.', gitWs), gitWs)
    expect(annotations).toEqual([{ title: 'error[E0308]', message: 'error[E0308]: mismatched types', file: 'src/main.rs', line: 10, column: 5 }])
  })

  it('reads clippy diagnostics, whose heading has no code', () => {
    const log = [
      '    Checking tagger v0.1.0 (/build/source)',
      'error: this comparison involving the minimum or maximum element for this type contains a case that is always true or always false',
      '  --> src/main.rs:3:8',
      '   |',
      '3  |     if x >= u32::MIN {',
      '   |        ^^^^^^^^^^^^^'
    ]
    const [annotation, ...rest] = compilerAnnotations(log, sourceRoot('.', gitWs), gitWs)
    expect(rest).toEqual([])
    expect(annotation).toMatchObject({ title: 'error', file: 'src/main.rs', line: 3, column: 8 })
    expect(annotation?.message).toContain('minimum or maximum element')
  })

  it('keeps the message but names no file that is not in the workspace', () => {
    const log = ['error[E0425]: cannot find value `y` in this scope', '  --> src/missing.rs:4:13']
    const annotations = compilerAnnotations(log, sourceRoot('.', gitWs), gitWs)
    expect(annotations).toEqual([{ title: 'error[E0425]', message: 'error[E0425]: cannot find value `y` in this scope' }])
  })

  it('ignores an arrow without a diagnostic above it', () => {
    expect(compilerAnnotations(['some output', '  --> src/main.rs:1:1'], sourceRoot('.', gitWs), gitWs)).toEqual([])
  })
})

/** The annotation of a failed check, from Nix's output. */
function checkAnnotation(name: string, output: string, fallback: string) {
  const [build] = failedBuilds(output)
  return failedBuild({ name, check: true, message: build?.message || fallback, log: build?.log ?? [] }).annotations[0] ?? { title: '', message: '' }
}

describe("a failed check's annotation", () => {
  it('is titled with the check name and carries its last log lines', () => {
    const annotation = checkAnnotation('test', NIX_CHECK_FAILED, 'fallback')
    expect(annotation.title).toBe('Check test failed')
    expect(annotation.message.split('\n')).toEqual(builderLogLines(NIX_CHECK_FAILED))
    expect(annotation.message).not.toContain('evaluating flake')
  })

  it('keeps only the end of a long log', () => {
    const log = Array.from({ length: 60 }, (_, i) => `       > line ${i + 1}`).join('\n')
    const annotation = checkAnnotation('clippy', `error: builder for '/nix/store/x-check-clippy.drv' failed with exit code 1;\n${log}\n`, 'fallback')
    const lines = annotation.message.split('\n')
    expect(lines[lines.length - 1]).toBe('line 60')
    expect(lines).not.toContain('line 1')
    expect(lines.length).toBeLessThan(60)
  })

  it('falls back to the given summary when Nix quoted no log', () => {
    expect(checkAnnotation('fmt', NIX_EVAL_ERROR_SUB, 'the summary')).toEqual({ title: 'Check fmt failed', message: 'the summary' })
  })
})
