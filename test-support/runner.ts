// Runs the bundled action (dist/) the way a GitHub runner does: INPUT_* from
// action.yml's defaults and the caller's values, the runner's file commands,
// then the post step with STATE_* from what main saved.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { stepCommand, storeEnv, type StoreChoice } from './own-store.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface ActionYml {
  inputs: Record<string, { default?: string }>
  runs: { main: string; post: string }
}

export function actionYml(): ActionYml {
  return parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
}

export interface RunnerEvent {
  name: string
  ref: string
  sha: string
  payload?: Record<string, unknown>
}

export interface RunActionOptions {
  workspace: string
  event: RunnerEvent
  inputs?: Record<string, string>
  /** Extra environment for both steps (NIX_CONFIG, ACTIONS_* of a cache service, …). */
  env?: NodeJS.ProcessEnv
  /**
   * The runner's home and temp dirs; fresh temp dirs when not given. With a
   * home and no runnerTemp, RUNNER_TEMP is `<home>/work/_temp`, emptied
   * first, as on a GitHub-hosted runner (/home/runner/work/_temp): the same
   * path in every job, so the cache's entries (whose version hashes that
   * path) restore from one run to the next.
   */
  home?: string
  runnerTemp?: string
  toolCache?: string
  /** Send `signal` to main when its output first matches `when`, or `delayMs` after that. */
  cancel?: { when: RegExp; signal: NodeJS.Signals; delayMs?: number }
  /**
   * Node to run the bundle with; the one running the tests by default. A
   * stand-in (another user, a private root) brings its own machine: the run
   * then uses the machine's store unless `store` says `own`.
   */
  node?: string
  /**
   * `own` (the default without `node`): this test file's own Nix store and
   * skopeo blob-info cache, so files can run side by side. `machine`: the
   * machine's, for a run that shares them with a daemon or an installed Nix.
   * NIX_STORE_DIR and the like in `env` win over either.
   */
  store?: StoreChoice
  /** Leave the post step to `runPost()` (to look at what main leaves mid-job). */
  skipPost?: boolean
  /** Called with the runner's scratch directory (home, temp, files) before main runs: a test running the steps as another user chowns it. */
  prepare?: (scratch: string) => void
}

export interface StepRun {
  /** Wall time of the step's process. */
  ms: number
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface ActionRun {
  main: StepRun
  post: StepRun | undefined
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** Raw contents of the runner files, for secret scans. */
  files: { output: string; state: string; env: string; path: string; summary: string }
  home: string
  runnerTemp: string
  toolCache: string
  /** Every ::error/::warning annotation main and post printed. */
  annotations: Annotation[]
  /** main's and post's output, as a log would show them. */
  log: string
  /** The log as a reader sees it: the runner consumes `::add-mask::` lines. */
  visibleLog: string
  /** Runs the post step (done already unless `skipPost`); refreshes the fields. */
  runPost(): Promise<ActionRun>
}

export interface Annotation {
  level: string
  properties: Record<string, string>
  message: string
}

/** Parses the runner's `name=value` / `name<<DELIM` file-command format. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '')
      values[name] = body.join('\n')
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}

function unescapeCommand(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/** Lines the runner takes as workflow commands: `::…` outside every `::stop-commands::` block (the stop lines left out). */
export function workflowCommandLines(log: string): string[] {
  const found: string[] = []
  let stopToken: string | undefined
  for (const line of log.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) stopToken = stop[1]
    else if (line.startsWith('::')) found.push(line)
  }
  return found
}

/** Workflow-command annotations, honouring ::stop-commands:: as the runner does. */
export function parseAnnotations(log: string): Annotation[] {
  const found: Annotation[] = []
  for (const line of workflowCommandLines(log)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1))
    }
    found.push({ level: match[1] ?? '', properties, message: unescapeCommand(match[3] ?? '') })
  }
  return found
}

function inputEnv(overrides: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  const { inputs } = actionYml()
  for (const [name, spec] of Object.entries(inputs)) {
    let value = overrides[name] ?? spec.default ?? ''
    // The runner expands `${{ github.token }}`; tests give a token or none.
    if (value.includes('${{')) value = overrides[name] ?? ''
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const name of Object.keys(overrides)) {
    if (!(name in inputs)) throw new Error(`action.yml has no input '${name}'`)
  }
  return env
}

function runStep(step: [string, string[]], env: NodeJS.ProcessEnv, cwd: string, cancel?: RunActionOptions['cancel']): Promise<StepRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(step[0], step[1], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let cancelled = false
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (cancel && !cancelled && cancel.when.test(stdout)) {
        cancelled = true
        // The delay lets a tool get well into its work (a slow upload) first.
        if (cancel.delayMs) setTimeout(() => child.kill(cancel.signal), cancel.delayMs)
        else child.kill(cancel.signal)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      resolve({ ms: performance.now() - started, exitCode, signal, stdout, stderr })
    })
  })
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'nfci-runner-'))
  const home = options.home ?? path.join(scratch, 'home')
  const runnerTemp = options.runnerTemp ?? (options.home ? path.join(options.home, 'work', '_temp') : path.join(scratch, 'temp'))
  if (!options.runnerTemp && options.home) rmSync(runnerTemp, { recursive: true, force: true })
  const toolCache = options.toolCache ?? path.join(scratch, 'tool-cache')
  const fileDir = path.join(scratch, 'files')
  for (const dir of [home, runnerTemp, toolCache, fileDir]) mkdirSync(dir, { recursive: true })
  const files = {
    output: path.join(fileDir, 'output'),
    state: path.join(fileDir, 'state'),
    env: path.join(fileDir, 'env'),
    path: path.join(fileDir, 'path'),
    summary: path.join(fileDir, 'summary'),
    event: path.join(fileDir, 'event.json')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  writeFileSync(files.event, JSON.stringify(options.event.payload ?? { repository: { default_branch: 'main' } }))
  options.prepare?.(scratch)

  const store = options.store ?? (options.node ? 'machine' : 'own')
  const base: NodeJS.ProcessEnv = {
    ...storeEnv(store),
    PATH: process.env['PATH'],
    LANG: 'C.UTF-8',
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: options.event.ref,
    GITHUB_SHA: options.event.sha,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'upgrades/example',
    GITHUB_RUN_ID: String(Date.now()),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    ...options.env,
    ...inputEnv(options.inputs ?? {})
  }
  const node = options.node ?? process.execPath
  const { runs } = actionYml()
  const main = await runStep(stepCommand(node, path.join(repoRoot, runs.main), store), base, options.workspace, options.cancel)
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '')
  const result: ActionRun = {
    main,
    post: undefined,
    outputs: {},
    state: {},
    summary: '',
    files: { output: '', state: '', env: '', path: '', summary: '' },
    home,
    runnerTemp,
    toolCache,
    annotations: [],
    log: '',
    visibleLog: '',
    runPost: async () => {
      // Later steps, post among them, see main's GITHUB_ENV and GITHUB_PATH.
      const addedPath = read(files.path).split('\n').filter(Boolean).reverse()
      const postEnv: NodeJS.ProcessEnv = { ...base, ...parseFileCommands(read(files.env)) }
      postEnv['PATH'] = [...addedPath, base['PATH']].join(path.delimiter)
      for (const [name, value] of Object.entries(result.state)) postEnv[`STATE_${name}`] = value
      result.post = await runStep(stepCommand(node, path.join(repoRoot, runs.post), store), postEnv, options.workspace)
      refresh()
      return result
    }
  }
  const refresh = () => {
    result.files = { output: read(files.output), state: read(files.state), env: read(files.env), path: read(files.path), summary: read(files.summary) }
    result.outputs = parseFileCommands(result.files.output)
    result.state = parseFileCommands(result.files.state)
    result.summary = result.files.summary
    result.log = main.stdout + main.stderr + (result.post ? result.post.stdout + result.post.stderr : '')
    result.visibleLog = result.log
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
    result.annotations = parseAnnotations(result.log)
  }
  refresh()
  if (!options.skipPost) await result.runPost()
  return result
}
