// A contributor debugging the action with @github/local-action (CONTRIBUTING.md,
// "Debug it locally"): it imports src/main.ts and src/post.ts, calls their
// run() in one process and hands main's state to post. The example flake goes
// through both, with the sample .env's settings and a store of its own.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, run, type FlakeRepo } from '../../test-support/fixtures.js'
import { repoRoot } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG } from '../../test-support/scenario.js'

const TOKEN = 'dummy-local-action-token'
// The developer's own nix.conf: post must leave exactly this behind.
const OWN_CONF = 'keep-outputs = true\n'

let repo: FlakeRepo
let root: string

beforeAll(async () => {
  repo = await makeFlakeRepo()
  root = mkdtempSync(path.join(os.tmpdir(), 'nfci-local-action-'))
})

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it
  await repo?.cleanup()
  if (root) rmSync(root, { recursive: true, force: true })
})

/** A .env as CONTRIBUTING.md's sample, pointed at `root` and the fixture repository. */
function writeEnv(): { envFile: string; confFile: string; summary: string; store: string } {
  const home = path.join(root, 'home')
  const config = path.join(home, '.config')
  const confFile = path.join(config, 'nix', 'nix.conf')
  const summary = path.join(root, 'summary.md')
  const store = path.join(root, 'nix', 'store')
  mkdirSync(path.dirname(confFile), { recursive: true })
  mkdirSync(path.join(root, 'tmp'))
  writeFileSync(confFile, OWN_CONF)
  writeFileSync(summary, '')
  const env: Record<string, string> = {
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_FLAKE: repo.dir,
    INPUT_PUSH: 'false',
    INPUT_CACHE: 'false',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: path.join(root, 'tmp'),
    HOME: home,
    XDG_CONFIG_HOME: config,
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    NIX_CONFIG: ACTION_NIX_CONFIG,
    // A store of this file's own, so no other test's builds decide the outcome.
    NIX_STORE_DIR: store,
    NIX_STATE_DIR: path.join(root, 'nix', 'var'),
    NIX_LOG_DIR: path.join(root, 'nix', 'log')
  }
  const envFile = path.join(root, '.env')
  // dotenv reads a double-quoted value across lines, with \" for a quote.
  writeFileSync(
    envFile,
    Object.entries(env)
      .map(([name, value]) => `${name}="${value.replaceAll('"', '\\"')}"\n`)
      .join('')
  )
  return { envFile, confFile, summary, store }
}

/** local-action's bin, from the action's directory as the tool requires; the .env sets the rest. */
async function localAction(envFile: string): Promise<{ code: number; output: string }> {
  const bin = path.join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js')
  const { code, stdout, stderr } = await run(process.execPath, [bin, 'run', '.', 'src/main.ts', envFile, '--post', 'src/post.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: path.join(root, 'home') }
  })
  return { code, output: stdout + stderr }
}

describe('@github/local-action', () => {
  test('runs main and post on the example flake: outputs set, summary written, the token gone from nix.conf', async () => {
    const { envFile, confFile, summary, store } = writeEnv()
    const result = await localAction(envFile)
    const context = `local-action output:\n${result.output.slice(-4000)}`

    // Both steps ran: main's run() did not stop the tool before post.
    expect({ context, stoppedBeforePost: result.output.includes('does not export a run() function') }).toEqual({ context, stoppedBeforePost: false })
    // local-action prints the outputs main set in a table at the end.
    const outputs = result.output.slice(result.output.lastIndexOf('Action Outputs'))
    expect(outputs).toMatch(new RegExp(`store-path\\W+${store.replaceAll('/', '\\/')}/\\w{32}-`))
    expect(outputs).toMatch(/pushed\W+false/)
    expect(readFileSync(summary, 'utf8')).toContain('All stages passed.')
    // Main wrote the token into the block it marks; post took the block out and left the developer's line.
    expect(result.output).toContain('extra-access-tokens = github.com=')
    expect(readFileSync(confFile, 'utf8')).toBe(OWN_CONF)
    expect(result.output).not.toContain(TOKEN)
    expect(result.code).toBe(0)
  })
})
