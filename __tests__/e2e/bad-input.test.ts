// Every bad input value fails the step before Nix or skopeo does any work,
// with one error that names the input and says what was expected. Wrappers
// named `nix` and `skopeo` first on PATH record any call, so "before they
// run" is observed, not assumed. The one call allowed is `nix --version`,
// which the entry point starts before the inputs are read (it only reads).
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pushToMain } from '../../test-support/scenario.js'
import { callLine, makeToolWrappers, type ToolWrappers } from '../../test-support/tool-wrappers.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const PASSWORD = 'pw-BadInputSecret-7f3a'
const TOKEN = 'ghs_BadInputToken0123456789abcdef'

// Valid values for the inputs that must go together, so that each row is
// wrong in exactly the one way it names.
const REGISTRY = { registry: '127.0.0.1:5000', image: 'upgrades/k8s-cloud-tagger-dev', 'tls-verify': 'false' }
const CREDENTIALS = { username: 'ci', password: PASSWORD }

interface Row {
  what: string
  inputs: Record<string, string>
  /** The input the error must name. */
  input: string
  /** The expected form the error must state. */
  expected: RegExp
  /** The value the error must show; undefined for a secret, which must not be shown. */
  shows?: string
  /** GITHUB_SHA, when the row is about it. */
  sha?: string
}

const ROWS: Row[] = [
  // typos in enums and booleans
  { what: 'install typo', inputs: { install: 'atuo' }, input: 'install', expected: /expected `auto`, `true` or `false`/, shows: 'atuo' },
  { what: 'push typo', inputs: { ...REGISTRY, push: 'yes' }, input: 'push', expected: /expected `auto`, `true` or `false`/, shows: 'yes' },
  { what: 'check typo', inputs: { check: 'ture' }, input: 'check', expected: /expected `true` or `false`/, shows: 'ture' },
  { what: 'build as a number', inputs: { build: '1' }, input: 'build', expected: /expected `true` or `false`/, shows: '1' },
  { what: 'cache as on', inputs: { cache: 'on' }, input: 'cache', expected: /expected `true` or `false`/, shows: 'on' },
  { what: 'tls-verify as no', inputs: { ...REGISTRY, 'tls-verify': 'no' }, input: 'tls-verify', expected: /expected `true` or `false`/, shows: 'no' },
  { what: 'summary mixed case', inputs: { summary: 'fAlse' }, input: 'summary', expected: /expected `true` or `false`/, shows: 'fAlse' },
  // attempts
  { what: 'attempts 0', inputs: { attempts: '0' }, input: 'attempts', expected: /expected a whole number from 1 to 10/, shows: '0' },
  { what: 'attempts -1', inputs: { attempts: '-1' }, input: 'attempts', expected: /expected a whole number from 1 to 10/, shows: '-1' },
  { what: 'attempts abc', inputs: { attempts: 'abc' }, input: 'attempts', expected: /expected a whole number from 1 to 10/, shows: 'abc' },
  { what: 'attempts 2.5', inputs: { attempts: '2.5' }, input: 'attempts', expected: /expected a whole number from 1 to 10/, shows: '2.5' },
  // tags
  { what: 'tag with a space', inputs: { ...REGISTRY, tags: 'v1 beta' }, input: 'tags', expected: /tags of 1 to 128 letters, digits/, shows: 'v1 beta' },
  { what: 'tag with a leading dash', inputs: { ...REGISTRY, tags: 'v1, --all' }, input: 'tags', expected: /not starting with `.` or `-`/, shows: '--all' },
  { what: 'tag of 129 characters', inputs: { ...REGISTRY, tags: 'a'.repeat(129) }, input: 'tags', expected: /tags of 1 to 128/, shows: 'aaaaaaaaaa' },
  { what: 'tag with shell', inputs: { ...REGISTRY, tags: 'sha-$(id)' }, input: 'tags', expected: /tags of 1 to 128 letters, digits/, shows: 'sha-$(id)' },
  { what: 'unknown tag template', inputs: { ...REGISTRY, tags: '{{ref}}' }, input: 'tags', expected: /templates among `\{\{sha\}\}`/, shows: '{{ref}}' },
  {
    what: 'version template on a branch push',
    inputs: { ...REGISTRY, tags: 'latest, {{version}}' },
    input: 'tags',
    expected: /semantic-version tag \(`refs\/tags\/v1\.2\.3`\) or a `release` event/,
    shows: '{{version}}'
  },
  { what: 'attest without a push', inputs: { ...REGISTRY, attest: 'true', push: 'false' }, input: 'attest', expected: /`push: false` pushes none/ },
  { what: 'attest without id-token: write', inputs: { ...REGISTRY, attest: 'true' }, input: 'attest', expected: /OIDC token.*`permissions: id-token: write`/ },
  {
    what: 'manifest-from template',
    inputs: { ...REGISTRY, 'manifest-from': 'amd64-{{sha}, arm64' },
    input: 'manifest-from',
    expected: /both braces/,
    shows: 'amd64-{{sha}'
  },
  // image and registry
  {
    what: 'image with upper case',
    inputs: { ...REGISTRY, image: 'Upgrades/Tagger' },
    input: 'image',
    expected: /repository names are lower case/,
    shows: 'Upgrades/Tagger'
  },
  {
    what: 'image with a leading dash',
    inputs: { ...REGISTRY, image: '-upgrades/tagger' },
    input: 'image',
    expected: /repository path of lower-case letters/,
    shows: '-upgrades/tagger'
  },
  {
    what: 'image with a double slash',
    inputs: { ...REGISTRY, image: 'upgrades//tagger' },
    input: 'image',
    expected: /repository path of lower-case letters/,
    shows: 'upgrades//tagger'
  },
  {
    what: 'registry with a space',
    inputs: { ...REGISTRY, registry: 'quay .io' },
    input: 'registry',
    expected: /host name with an optional port/,
    shows: 'quay .io'
  },
  {
    what: 'registry with a scheme',
    inputs: { ...REGISTRY, registry: 'https://quay.io' },
    input: 'registry',
    expected: /without a scheme/,
    shows: 'https://quay.io'
  },
  {
    what: 'registry with a path',
    inputs: { ...REGISTRY, registry: 'quay.io/upgrades' },
    input: 'registry',
    expected: /host name only/,
    shows: 'quay.io/upgrades'
  },
  {
    what: 'registry port out of range',
    inputs: { ...REGISTRY, registry: '127.0.0.1:70000' },
    input: 'registry',
    expected: /port no larger than 65535/,
    shows: '127.0.0.1:70000'
  },
  // credentials and push policy
  { what: 'username without a password', inputs: { ...REGISTRY, username: 'ci' }, input: 'password', expected: /`username` is set but `password` is empty/ },
  {
    what: 'password without a username',
    inputs: { ...REGISTRY, password: PASSWORD },
    input: 'username',
    expected: /`password` is set but `username` is empty/
  },
  {
    what: 'password with a line break',
    inputs: { ...REGISTRY, ...CREDENTIALS, password: `${PASSWORD}\nsecond-line` },
    input: 'password',
    expected: /expected a single line/
  },
  {
    what: 'github-token with a line break',
    inputs: { 'github-token': `${TOKEN}\nallowed-uris = http://` },
    input: 'github-token',
    expected: /expected a single token/
  },
  { what: 'github-token with a space', inputs: { 'github-token': `${TOKEN} extra` }, input: 'github-token', expected: /expected a single token/ },
  {
    what: 'push true without a registry',
    inputs: { push: 'true', image: 'upgrades/tagger' },
    input: 'registry',
    expected: /`push: true` needs a registry host/
  },
  {
    what: 'push true without the build',
    inputs: { ...REGISTRY, push: 'true', build: 'false' },
    input: 'build',
    expected: /`push: true` needs the build stage/
  },
  { what: 'registry without an image', inputs: { registry: '127.0.0.1:5000' }, input: 'image', expected: /`registry` and `image` go together/ },
  // values that could be read as an option or as shell
  { what: 'package as an option', inputs: { package: '--impure' }, input: 'package', expected: /expected a flake output name/, shows: '--impure' },
  { what: 'package with shell', inputs: { package: 'image-dev;id' }, input: 'package', expected: /expected a flake output name/, shows: 'image-dev;id' },
  {
    what: 'flake as an option',
    inputs: { flake: '--override-input' },
    input: 'flake',
    expected: /not something that reads as an option/,
    shows: '--override-input'
  },
  { what: 'flake with shell', inputs: { flake: '.$(id)' }, input: 'flake', expected: /without spaces, quotes or shell characters/, shows: '.$(id)' },
  { what: 'flake with an output', inputs: { flake: '.#image-dev' }, input: 'flake', expected: /without `#`/, shows: '.#image-dev' },
  {
    what: 'checks with an option',
    inputs: { checks: 'fmt, --keep-going' },
    input: 'checks',
    expected: /expected check names separated by commas/,
    shows: '--keep-going'
  },
  {
    what: 'checks with shell',
    inputs: { checks: 'fmt; rm -rf /' },
    input: 'checks',
    expected: /expected check names separated by commas/,
    shows: 'fmt; rm -rf /'
  },
  {
    what: 'check-args with shell',
    inputs: { 'check-args': '--keep-going $(id)' },
    input: 'check-args',
    expected: /no shell reads them/,
    shows: '--keep-going $(id)'
  },
  // the rest of the inputs
  { what: 'nix-version as latest', inputs: { 'nix-version': 'latest' }, input: 'nix-version', expected: /expected a Nix release such as/, shows: 'latest' },
  {
    what: 'install-url over ftp',
    inputs: { 'install-url': 'ftp://example.com/install' },
    input: 'install-url',
    expected: /expected an https URL/,
    shows: 'ftp://example.com/install'
  },
  // The script runs as root: plain http only from this machine (a local mirror, tests).
  {
    what: 'install-url over plain http from afar',
    inputs: { 'install-url': 'http://mirror.example.com/install' },
    input: 'install-url',
    expected: /must not come over plain http/,
    shows: 'http://mirror.example.com/install'
  },
  { what: 'cache-max-size in words', inputs: { 'cache-max-size': 'lots' }, input: 'cache-max-size', expected: /expected a size such as/, shows: 'lots' },
  { what: 'extra-conf with the marker', inputs: { 'extra-conf': '# nix-flake-ci' }, input: 'extra-conf', expected: /must not contain the marker/ },
  { what: 'no tags and no commit', inputs: { ...REGISTRY }, sha: 'not-a-commit', input: 'tags', expected: /GITHUB_SHA is not a commit hash/ }
]

let rejected = 0

afterAll(() => {
  console.log(`bad inputs rejected before Nix or skopeo ran: ${rejected} of ${ROWS.length}`)
})

describe('a bad input fails the step before any tool runs', () => {
  // Rows share nothing (each has its own wrappers, workspace and runner
  // dirs) and no tool runs, so they run a few at a time.
  test.concurrent.each(ROWS)('$what → names `$input`', async row => {
    const wrappers = makeToolWrappers()
    // Nothing may be read from the workspace before the inputs are checked;
    // an empty directory shows that too.
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'nfci-bad-input-'))
    try {
      await rejects(row, wrappers, workspace)
    } finally {
      wrappers.cleanup()
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

async function rejects(row: Row, wrappers: ToolWrappers, workspace: string): Promise<void> {
  const run = await runAction({
    workspace,
    event: pushToMain(row.sha ?? SHA),
    inputs: { cache: 'false', 'github-token': TOKEN, ...row.inputs },
    env: { NIX_CONFIG: ACTION_NIX_CONFIG, PATH: wrappers.path }
  })
  expect(run.main.exitCode).toBe(1)
  // No Nix command but the version probe, no skopeo.
  expect(
    wrappers
      .calls()
      .map(callLine)
      .filter(line => line !== 'nix --version')
  ).toEqual([])

  // One error, naming the input and the form it wants.
  const errors = run.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  const message = errors[0]?.message ?? ''
  const prefix = `Input '${row.input}': `
  expect(message.slice(0, prefix.length)).toBe(prefix)
  expect(message).toMatch(row.expected)
  if (row.shows !== undefined) expect(message).toContain(row.shows)
  // A secret's value is never shown, even when it is the bad one.
  expect(run.visibleLog).not.toContain(PASSWORD)
  expect(run.visibleLog).not.toContain(TOKEN)
  // Nothing ran, so nothing is reported as a stage either.
  expect(run.main.stdout).not.toMatch(/::group::/)
  expect(run.outputs['pushed']).toBe('false')

  expect(run.post?.exitCode).toBe(0)
  expect(run.post?.stderr).toBe('')
  rejected++
}
