// The README against the things it describes: action.yml's inputs and outputs
// with their defaults, the example workflows in examples/, and the commands
// that set up and test the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sectionOf } from './markdown.js'
import { runnerToolchains } from './test-runner.js'
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

const section = (title: string): string => sectionOf(readme, title)

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
    const documented = new Map(rows.map(row => [codeName(row[0]), readmeDefault(row[2])]))
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

describe('README order', () => {
  test('reads as a user reads: usage first, contributor material last', () => {
    const titles = [...readme.matchAll(/^## (.+)$/gm)].map(match => match[1])
    const order = [
      'Usage',
      'Prerequisites',
      'Supported runners',
      'Inputs',
      'Outputs',
      'Recipes',
      'The cache',
      "Compared with the actions you'd combine",
      'Troubleshooting',
      'What changed with the Node 24 runtime',
      'Contributing',
      'License'
    ]
    expect(titles.filter(title => order.includes(title ?? ''))).toEqual(order)
    // What it does comes before the first section, in a few lines.
    const intro = readme
      .slice(0, readme.indexOf('\n## '))
      .split('\n')
      .filter(line => line.trim() !== '' && !line.startsWith('#'))
    expect(intro.length).toBeGreaterThanOrEqual(3)
    expect(intro.length).toBeLessThanOrEqual(6)
  })

  test('has no contributor set-up: that is in CONTRIBUTING.md', () => {
    for (const word of ['npm run demo', 'npm test', '.ci/run', 'apt-get', 'npm run package']) expect(readme).not.toContain(word)
    expect(section('Contributing')).toContain('](CONTRIBUTING.md)')
  })
})

describe('README links', () => {
  // Written on another branch at the same time; checked like the others once it is here.
  const PENDING = ['docs/runners.md']

  test('every relative link points at a file of the repository', () => {
    const missing: string[] = []
    for (const match of readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
      const target = match[1] ?? ''
      if (/^[a-z]+:/.test(target)) continue
      if (!existsSync(path.join(root, target)) && !PENDING.includes(target)) missing.push(target)
    }
    expect(missing).toEqual([])
  })

  test('every in-page link points at a heading', () => {
    const anchors = new Set(
      [...readme.matchAll(/^#+ (.+)$/gm)].map(match =>
        (match[1] ?? '')
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-')
      )
    )
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map(match => match[1])
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter(link => !anchors.has(link ?? ''))).toEqual([])
  })

  test('links the runners page, the migration guide, the changelog and every example', () => {
    expect(section('Supported runners')).toContain('](docs/runners.md)')
    expect(readme).toContain('](docs/migrating.md)')
    expect(readme).toContain('](CHANGELOG.md)')
    const recipes = section('Recipes')
    for (const file of readdirSync(path.join(root, 'examples')).filter(name => /\.ya?ml$/.test(name))) expect(recipes).toContain(`](examples/${file})`)
  })
})

describe('README workflows', () => {
  const blocks = exampleBlocks()

  test('the usage block is examples/ghcr.yml, pushing to ghcr.io with the job token', () => {
    const usage = section('Usage')
    expect(usage).toContain('# examples/ghcr.yml')
    expect(blocks.get('examples/ghcr.yml')).toMatch(/registry: ghcr\.io/)
    expect(blocks.get('examples/ghcr.yml')).toMatch(/password: \$\{\{ secrets\.GITHUB_TOKEN \}\}/)
  })

  test('the gate and the guarded release are shown in Recipes', () => {
    const recipes = section('Recipes')
    expect(recipes).toContain('# examples/pull-request.yml')
    expect(recipes).toContain('# examples/release.yml')
  })

  test('every block naming an example equals that file', () => {
    expect(blocks.size).toBeGreaterThanOrEqual(3)
    for (const [file, body] of blocks) expect({ file, body }).toEqual({ file, body: readFileSync(path.join(root, file), 'utf8') })
  })
})

describe('README claims', () => {
  test("the runtime it names is action.yml's", () => {
    const runtime = (parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { runs: { using: string } }).runs.using
    const node24 = section('What changed with the Node 24 runtime')
    expect(node24).toContain(`\`runs.using: ${runtime}\``)
  })

  // "every one of its tests run on both Node 20 and Node 24": the runner's
  // matrix is these toolchains, and each run of this test checks the Node it
  // runs on, so the sid run fails if sid stops giving Node 24.
  test('the tests run on Node 20 and on Node 24', () => {
    const NODE: Record<string, number> = { bookworm: 20, trixie: 20, sid: 24 }
    expect(runnerToolchains()).toEqual(Object.keys(NODE))
    expect([...new Set(Object.values(NODE))]).toEqual([20, 24])
    const toolchain = process.env['NFCI_TOOLCHAIN'] ?? 'bookworm'
    expect({ toolchain, node: Number(process.versions.node.split('.')[0]) }).toEqual({ toolchain, node: NODE[toolchain] })
  })

  test('the wait it promises for a rate-limited step is the one the code waits', async () => {
    const { backoffSeconds, totalWaitSeconds } = await import('../../src/retry.js')
    const saved = process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']
    delete process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']
    try {
      const help = section('Troubleshooting').replace(/\s+/g, ' ')
      expect(help).toContain(`the waits between tries are ${[1, 2, 3, 4].map(backoffSeconds).join(', ')}, then ${backoffSeconds(100)} s at most each`)
      expect(help).toContain(`${totalWaitSeconds(3)} s in all with the default ${String(action.inputs['attempts']?.default)} tries`)
      expect(help).toContain(`${totalWaitSeconds(10)} s with \`attempts: 10\``)
    } finally {
      if (saved !== undefined) process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS'] = saved
    }
  })

  test('troubleshooting covers what users meet', () => {
    // Line breaks in the Markdown source are spaces to a reader.
    const help = section('Troubleshooting').replace(/\s+/g, ' ')
    for (const topic of [
      'rate limit',
      '`github-token`',
      'GitHub Enterprise Server',
      'private flake input',
      'ignoring untrusted substituter',
      '`trust-runner-user',
      '`tls-verify: false`',
      'ghcr.io',
      'packages: write',
      'self.revCount',
      '`fetch-depth: 0`'
    ]) {
      expect({ topic, found: help.includes(topic) }).toEqual({ topic, found: true })
    }
  })

  test('the Versioning section pins @v1, which the release workflow moves', () => {
    const versioning = section('Versioning')
    expect(versioning).toContain('upgrades/nix-flake-ci@v1')
    expect(versioning).toContain('v1.0.0')
    // That the release workflow moves @v1 is shown by running its step: release.test.ts.
  })

  // Runs log these lines in this form: e2e/pipeline.test.ts ("push to main",
  // "pull request", "named checks" with the build off).
  test('names the "Pushing" and "Not pushing" log lines', () => {
    expect(section('Push policy')).toContain('`Pushing: <why>.` or `Not pushing: <why>.`')
  })
})
