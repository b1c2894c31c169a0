// The token and the password go where they are needed (nix.conf, skopeo's
// stdin, an auth file under RUNNER_TEMP) and nowhere else (not in a
// log, an output, an environment or a file left behind). The scenarios run
// with wrappers that record
// every nix and skopeo command line and environment; then every place a
// secret could end up is scanned: log lines, outputs, the job summary, state,
// the env and path files, every file under HOME and RUNNER_TEMP after post,
// and what the wrappers recorded. A flake that tries to read the secrets
// from Nix's environment during its checks is one of the scenarios.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, runOk, type FlakeRepo } from '../../test-support/fixtures.js'
import { startFaultProxy, type FaultProxy } from '../../test-support/fault-proxy.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun, type RunnerEvent } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, FAST_RETRIES, pullRequest, pushToMain } from '../../test-support/scenario.js'
import { callLine, makeToolWrappers, type ToolWrappers } from '../../test-support/tool-wrappers.js'

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`
const PASSWORD = `pw-${randomBytes(14).toString('hex')}`
const USERNAME = 'ci'
// The runner's own token for the job's services: not ours, but no tool of
// ours needs it either.
const RUNTIME_TOKEN = `rt-${randomBytes(14).toString('hex')}`
const SECRETS: Record<string, string> = {
  token: TOKEN,
  password: PASSWORD,
  // skopeo's auth file holds the password in this form.
  'base64(user:password)': Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64'),
  'runner runtime token': RUNTIME_TOKEN
}

let registry: Registry
let wrappers: ToolWrappers
let repo: FlakeRepo
const totals = { scenarios: 0, places: 0, hits: 0 }

beforeAll(async () => {
  registry = await startRegistry({ auth: { username: USERNAME, password: PASSWORD } })
  wrappers = makeToolWrappers()
  repo = await makeFlakeRepo()
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await registry?.stop()
  await repo?.cleanup()
  wrappers?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  console.log(`secrets scan: ${totals.scenarios} scenarios, ${totals.places} places scanned for ${Object.keys(SECRETS).length} secrets, ${totals.hits} hits`)
})

interface Place {
  what: string
  content: string | Buffer
}

/** Every regular file under `dir` (symbolic links, e.g. ~/.nix-profile into the store, are not followed). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...filesUnder(full))
    else if (entry.isFile()) found.push(full)
  }
  return found
}

/** Where a secret could have ended up, after post. */
function placesOf(run: ActionRun): Place[] {
  const places: Place[] = []
  run.visibleLog.split('\n').forEach((line, index) => places.push({ what: `log line ${index + 1}`, content: line }))
  for (const [name, value] of Object.entries(run.outputs)) places.push({ what: `output ${name}`, content: value })
  places.push({ what: 'job summary', content: run.summary })
  for (const name of ['output', 'state', 'env', 'path'] as const) places.push({ what: `GITHUB_${name.toUpperCase()} file`, content: run.files[name] })
  for (const [name, value] of Object.entries(run.state)) places.push({ what: `state ${name}`, content: value })
  for (const root of [run.home, run.runnerTemp]) {
    for (const file of filesUnder(root)) places.push({ what: `file ${file}`, content: readFileSync(file) })
  }
  // skopeo's default auth files, should it ever ignore --authfile.
  for (const file of ['/run/containers/0/auth.json', '/run/user/0/containers/auth.json']) {
    if (existsSync(file) && lstatSync(file).isFile()) places.push({ what: `file ${file}`, content: readFileSync(file) })
  }
  for (const call of wrappers.calls()) {
    places.push({ what: `command line: ${callLine(call).slice(0, 120)}`, content: callLine(call) })
    places.push({ what: `environment of: ${callLine(call).slice(0, 120)}`, content: call.env })
  }
  return places
}

function hitsIn(places: readonly Place[]): string[] {
  const hits: string[] = []
  for (const place of places) {
    for (const [name, secret] of Object.entries(SECRETS)) {
      const found = typeof place.content === 'string' ? place.content.includes(secret) : place.content.includes(Buffer.from(secret))
      if (found) hits.push(`${name} in ${place.what}`)
    }
  }
  return hits
}

const inputs = (registryHost: string, image: string) => ({
  registry: registryHost,
  image,
  username: USERNAME,
  password: PASSWORD,
  'tls-verify': 'false',
  'github-token': TOKEN,
  cache: 'false',
  attempts: '2'
})

/** Runs one scenario to the end of post and scans everything; returns the run. */
async function scanned(
  name: string,
  workspace: string,
  event: RunnerEvent,
  given: Record<string, string>,
  during?: (run: ActionRun) => void
): Promise<ActionRun> {
  wrappers.reset()
  const run = await runAction({
    workspace,
    event,
    inputs: given,
    env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...FAST_RETRIES, PATH: wrappers.path, ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN },
    skipPost: true
  })
  during?.(run)
  await run.runPost()
  expect(run.post?.exitCode).toBe(0)

  // Masked before anything else: the first lines main printed are the masks.
  const lines = run.main.stdout.split('\n')
  const firstOther = lines.findIndex(line => !line.startsWith('::add-mask::'))
  expect(lines.slice(0, firstOther)).toEqual(expect.arrayContaining([`::add-mask::${TOKEN}`, `::add-mask::${PASSWORD}`]))
  // The scan finds what it looks for: the raw log, masks included, has them.
  expect(hitsIn([{ what: 'raw log', content: run.log }])).toEqual(
    expect.arrayContaining(['token in raw log', 'password in raw log', 'base64(user:password) in raw log'])
  )

  const places = placesOf(run)
  const hits = hitsIn(places)
  totals.scenarios++
  totals.places += places.length
  totals.hits += hits.length
  console.log(`${name}: ${places.length} places scanned (${wrappers.calls().length} nix/skopeo processes), ${hits.length} hits`)
  expect(hits).toEqual([])
  return run
}

describe('no secret anywhere but where it is needed', () => {
  test('push to main with a username, a password and a github-token', async () => {
    const image = 'upgrades/secrets-ok'
    const run = await scanned('push to main', repo.dir, pushToMain(repo.sha), inputs(registry.host, image), during => {
      // The token was really in use while main ran, in nix.conf; the auth
      // file only during the push stage: main removed it when the push was done.
      const conf = readFileSync(path.join(during.home, '.config', 'nix', 'nix.conf'), 'utf8')
      expect(conf).toContain(`github.com=${TOKEN}`)
      expect((JSON.parse(during.state['nix-flake-ci'] ?? '{}') as { authDir?: string }).authDir).toBeUndefined()
      expect(readdirSync(during.runnerTemp).filter(name => name.startsWith('nix-flake-ci-auth-'))).toEqual([])
    })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['digest']).toBe(await registry.digestOf(image, `sha-${repo.sha.slice(0, 7)}`))
    // The password went to skopeo on stdin: the login's command line says so.
    const login = wrappers.calls().find(call => call.tool === 'skopeo' && call.argv[0] === 'login')
    expect(login?.argv).toContain('--password-stdin')
    // And the copy used the auth file the login wrote.
    const copy = wrappers.calls().find(call => call.tool === 'skopeo' && call.argv[0] === 'copy')
    expect(copy?.argv[copy.argv.indexOf('--authfile') + 1]).toBe(login?.argv[login.argv.indexOf('--authfile') + 1])
  })

  test('a failing check', async () => {
    const failing = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
    try {
      const run = await scanned('failing check', failing.dir, pushToMain(failing.sha), inputs(registry.host, 'upgrades/secrets-failing'))
      expect(run.main.exitCode).toBe(1)
      expect(run.annotations.some(a => a.properties['title'] === 'Check test failed')).toBe(true)
    } finally {
      await failing.cleanup()
    }
  })

  test('a failed push (the registry answers 503 to every upload)', async () => {
    const proxy: FaultProxy = await startFaultProxy(registry.host, [{ method: 'POST', path: /\/blobs\/uploads\/(\?.*)?$/, status: 503 }])
    try {
      const run = await scanned('failed push', repo.dir, pushToMain(repo.sha), { ...inputs(proxy.host, 'upgrades/secrets-503'), check: 'false' })
      expect(run.main.exitCode).toBe(1)
      expect(proxy.injected()).toBeGreaterThanOrEqual(2)
      expect(run.annotations.find(a => a.level === 'error')?.message).toContain('failed after 2 tries')
    } finally {
      await proxy.stop()
    }
  })

  test('a pull request whose check tries to read the secrets from the environment', async () => {
    // A fixed-output derivation may ask for any variable by name
    // (impureEnvVars), and a single-user Nix hands it over from its own
    // environment (as empty when unset): what a hostile pull request would try.
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'nfci-peek-'))
    try {
      const names = ['INPUT_PASSWORD', 'INPUT_GITHUB-TOKEN', 'INPUT_USERNAME', 'ACTIONS_RUNTIME_TOKEN']
      writeFileSync(
        path.join(workspace, 'flake.nix'),
        `{
  outputs = { self }: {
    checks.x86_64-linux.peek = derivation {
      name = "peek";
      system = "x86_64-linux";
      builder = "/bin/sh";
      args = [ "-c" "echo peek-ran; /usr/bin/env | /usr/bin/grep -E '^(INPUT_|ACTIONS_)[^=]*=.' || echo peek-saw-nothing; exit 1" ];
      impureEnvVars = [ ${names.map(name => `"${name}"`).join(' ')} ];
      nonce = "${randomBytes(8).toString('hex')}";
      outputHashMode = "flat";
      outputHashAlgo = "sha256";
      outputHash = "${'0'.repeat(52)}";
    };
  };
}
`
      )
      await runOk('git', ['init', '-q', '-b', 'main'], { cwd: workspace })
      await runOk('git', ['add', 'flake.nix'], { cwd: workspace })
      const run = await scanned('hostile pull request', workspace, pullRequest('f'.repeat(40)), {
        ...inputs(registry.host, 'upgrades/secrets-peek'),
        build: 'false'
      })
      expect(run.main.exitCode).toBe(1)
      // The builder ran and found nothing to read.
      expect(run.log).toContain('peek-ran')
      expect(run.log).toContain('peek-saw-nothing')
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})
