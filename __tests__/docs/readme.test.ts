// The README against the things it describes: action.yml's inputs and outputs
// with their defaults, the example workflows in examples/, and the commands
// that set up and test the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string | number | boolean }>
  outputs: Record<string, { description?: string }>
}
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)

/** The README's text from a `## heading` to the next `## ` heading. */
function section(title: string): string {
  const lines = readme.split('\n')
  const start = lines.findIndex(line => line.trim() === `## ${title}`)
  if (start < 0) throw new Error(`README has no "## ${title}" section`)
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** Rows of the Markdown tables in `text`, as cells, without header and divider rows. */
function tableRows(text: string): string[][] {
  const rows: string[][] = []
  let header = true
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      header = true
      continue
    }
    const cells = line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/)
      .map(cell => cell.trim())
    if (cells.every(cell => /^:?-{3,}:?$/.test(cell))) continue
    if (header) {
      header = false
      continue
    }
    rows.push(cells)
  }
  return rows
}

/** `name` from a cell holding `` `name` ``. */
function codeName(cell: string | undefined): string {
  const match = /^`([^`]+)`$/.exec(cell ?? '')
  if (!match?.[1]) throw new Error(`expected a single code span, got ${JSON.stringify(cell)}`)
  return match[1]
}

/** A default as the README writes it: `` `value` `` or *empty*. */
function readmeDefault(cell: string | undefined): string {
  if (cell === '*empty*') return ''
  return codeName(cell)
}

/** action.yml's default as a runner fills it in, with the expression normalised. */
function actionDefault(name: string): string {
  const value = action.inputs[name]?.default
  return value === undefined ? '' : String(value).replace(/\$\{\{\s*github\.token\s*\}\}/, '${{ github.token }}')
}

/** Fenced YAML blocks whose first line names a file: `# examples/<file>.yml…`. */
function exampleBlocks(): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const match of readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const body = match[1] ?? ''
    const named = /^# (examples\/[\w.-]+\.ya?ml)\b/.exec(body)
    if (named?.[1]) blocks.set(named[1], body)
  }
  return blocks
}

describe('README inputs table', () => {
  const rows = tableRows(section('Inputs'))

  test('has one row per input of action.yml, with the same default', () => {
    const documented = new Map(rows.map(row => [codeName(row[0]), readmeDefault(row[1])]))
    for (const name of inputNames) {
      expect({ name, default: documented.get(name) }).toEqual({ name, default: actionDefault(name) })
    }
  })

  test('names no input that action.yml lacks, and none twice', () => {
    const names = rows.map(row => codeName(row[0]))
    expect(names.filter(name => !inputNames.includes(name))).toEqual([])
    expect(new Set(names).size).toBe(names.length)
  })

  test('lists the inputs in action.yml order', () => {
    expect(rows.map(row => codeName(row[0]))).toEqual(inputNames)
  })
})

describe('README outputs table', () => {
  const rows = tableRows(section('Outputs'))

  test('has exactly the outputs of action.yml', () => {
    expect(rows.map(row => codeName(row[0])).sort()).toEqual([...outputNames].sort())
  })
})

describe('README migration table', () => {
  test('points only at inputs that exist', () => {
    const rows = tableRows(section('From hand-written commands to inputs'))
    expect(rows.length).toBeGreaterThan(5)
    const named: string[] = []
    for (const row of rows) {
      for (const match of (row[1] ?? '').matchAll(/`([^`]+)`/g)) {
        const name = (match[1] ?? '').split(':')[0]?.trim() ?? ''
        named.push(name)
      }
    }
    expect(named.filter(name => !inputNames.includes(name))).toEqual([])
    for (const input of ['check', 'checks', 'check-args', 'package', 'registry', 'image', 'tags', 'username', 'password', 'tls-verify']) {
      expect(named).toContain(input)
    }
  })
})

describe('README workflows', () => {
  const examplesDir = path.join(root, 'examples')
  const files = readdirSync(examplesDir).filter(name => /\.ya?ml$/.test(name)).sort()
  const blocks = exampleBlocks()

  test('are the three files of examples/', () => {
    expect(files).toEqual(['pull-request.yml', 'push-main.yml', 'release.yml'])
    expect([...blocks.keys()].sort()).toEqual(files.map(file => `examples/${file}`))
  })

  test.each(['push-main.yml', 'pull-request.yml', 'release.yml'])('README block equals examples/%s', file => {
    expect(blocks.get(`examples/${file}`)).toBe(readFileSync(path.join(examplesDir, file), 'utf8'))
  })

  test('use the published action and only inputs and outputs it has', () => {
    for (const [file, body] of blocks) {
      const workflow = parse(body) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
      const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
      const ours = steps.filter(step => step.uses?.startsWith('upgrades/nix-flake-ci'))
      expect({ file, uses: ours.map(step => step.uses) }).toEqual({ file, uses: ['upgrades/nix-flake-ci@v1'] })
      for (const step of ours) {
        expect(Object.keys(step.with ?? {}).filter(name => !inputNames.includes(name))).toEqual([])
      }
      for (const match of body.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)) expect(outputNames).toContain(match[1])
    }
  })

  test('push-main pushes with secrets, the gate never pushes, release tags the version and latest', () => {
    const push = blocks.get('examples/push-main.yml') ?? ''
    expect(push).toMatch(/branches: \[main\]/)
    expect(push).toMatch(/registry: quay\.io/)
    expect(push).toMatch(/password: \$\{\{ secrets\./)
    const gate = blocks.get('examples/pull-request.yml') ?? ''
    expect(gate).toMatch(/^\s+push: false$/m)
    expect(gate).not.toMatch(/secrets\./)
    const release = blocks.get('examples/release.yml') ?? ''
    expect(release).toMatch(/workflow_dispatch:\n\s+inputs:\n\s+version:/)
    expect(release).toMatch(/tags: \|\n\s+\$\{\{ inputs\.version \}\}\n\s+latest\n/)
  })
})

describe('README set-up', () => {
  test('gives the demo and the test command', () => {
    const tryIt = section('Try it')
    expect(tryIt).toMatch(/git clone \S+ && cd \S+ && npm run demo/)
    expect(tryIt).toMatch(/^npm test$/m)
    for (const pkg of ['nix-bin', 'skopeo', 'docker-registry', 'apache2-utils']) expect(tryIt).toContain(pkg)
  })

  test('the commands it names are package.json scripts', () => {
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    for (const match of readme.matchAll(/`npm run ([\w-]+)/g)) expect(Object.keys(scripts)).toContain(match[1])
    expect(scripts['test']).toBeDefined()
  })

  const ciRun = path.join(root, '.ci', 'run')
  ;(existsSync(ciRun) ? test : test.skip)('.ci/run calls npm test', () => {
    const commands = readFileSync(ciRun, 'utf8')
      .split('\n')
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    expect(commands).toContain('npm test')
  })
})
