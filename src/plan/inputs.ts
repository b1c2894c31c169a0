// The action's inputs, read once, checked all at once before any stage runs.
import { InputError } from '../errors.js'
import { imageProblem, registryProblem } from '../registry/reference.js'
import { templateProblem } from './tags.js'
import { parseSigningKey, type SigningKey } from '../cache/signing.js'

/** Splits a list input (`tags`, `checks`, …) on commas and new lines, dropping empty entries and repeats. */
export function splitList(value: string): string[] {
  const items = value
    .split(/[,\n]/)
    .map(item => item.trim())
    .filter(item => item.length > 0)
  return [...new Set(items)]
}

export type Switch = 'auto' | 'true' | 'false'

/** One line of `runners`: the label of the runners that build a Nix system's checks. */
export interface Runner {
  system: string
  label: string
}
export type CacheSave = 'auto' | 'always' | 'never'

export interface Inputs {
  install: Switch
  nixVersion: string
  /** The installer to run: `install-url`, or the official one for `nix-version`. */
  installUrl: string
  extraConf: string
  /** Make a daemon that does not trust the job's user trust it (sudo), put back in post. */
  trustRunnerUser: boolean
  /** Make /dev/kvm usable and add `kvm` to the system features when it exists. */
  kvm: boolean
  githubToken: string
  flake: string
  check: boolean
  /** Check names, without their system. */
  checks: string[]
  /**
   * The system the named checks are of, when they were given as
   * `<system>.<name>` (a matrix job of a plan); else the runner's own.
   */
  checksSystem: string | undefined
  /** Evaluate once and set `matrix` instead of checking, building and pushing. */
  plan: boolean
  /** Runner label per Nix system, for `matrix`; the systems a plan covers. */
  runners: Runner[]
  checkArgs: string[]
  attempts: number
  build: boolean
  package: string
  push: Switch
  registry: string
  image: string
  /** As given, templates unfilled; empty means the default `sha-<commit>` tag (see tags.ts). */
  tags: string[]
  /** Per-platform tags to combine into one image index; empty: push the built archive. */
  manifestFrom: string[]
  username: string
  password: string
  tlsVerify: boolean
  /** Installable that provides skopeo when it is not on PATH; pinned to a nixpkgs commit by default, and an override should pin too. */
  skopeoFlake: string
  attest: boolean
  cache: boolean
  cacheSave: CacheSave
  cacheMaxBytes: number
  /** Signs what the cache saves; restores are verified against its public key. */
  cacheSigningKey: SigningKey | undefined
  summary: boolean
}

/** Reads one input's raw value; `core.getInput` on a runner. */
export type InputReader = (name: string) => string

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']
const MAX_ATTEMPTS = 10

function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)
}

function bool(read: InputReader, name: string): boolean {
  const value = read(name)
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(name, `expected \`true\` or \`false\`, got ${shown(value)}`)
}

/** One of `values`, in any case. */
function oneOf<T extends string>(read: InputReader, name: string, values: readonly T[]): T {
  const raw = read(name)
  const value = values.find(candidate => candidate === raw.toLowerCase())
  if (value !== undefined) return value
  const listed = values.map(candidate => `\`${candidate}\``)
  throw new InputError(name, `expected ${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1] ?? ''}, got ${shown(raw)}`)
}

const SWITCH: readonly Switch[] = ['auto', 'true', 'false']
const CACHE_SAVE: readonly CacheSave[] = ['auto', 'always', 'never']

// Nothing here goes through a shell, but values are also echoed in the
// "reproduce locally" commands users paste into one, so shell syntax is refused.
const SHELL_CHARACTERS = /[\s`$;|<>()'"\\*{}!]/
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_CHARACTERS = /[\x00-\x1f]/

function flakeRef(read: InputReader): string {
  const value = read('flake')
  if (value === '') throw new InputError('flake', 'expected a flake reference such as `.`, `./sub` or `github:owner/repo`, got an empty value')
  if (value.startsWith('-')) throw new InputError('flake', `expected a flake reference, not something that reads as an option: ${shown(value)}`)
  if (SHELL_CHARACTERS.test(value) || CONTROL_CHARACTERS.test(value)) {
    throw new InputError('flake', `expected a flake reference without spaces, quotes or shell characters, got ${shown(value)}`)
  }
  if (value.includes('#')) {
    throw new InputError('flake', `expected a flake reference without \`#\`; name the output in \`package\` instead, got ${shown(value)}`)
  }
  return value
}

function skopeoFlake(read: InputReader): string {
  const value = read('skopeo-flake')
  const [flake = '', attribute, ...rest] = value.split('#')
  if (
    value.startsWith('-') ||
    SHELL_CHARACTERS.test(value) ||
    CONTROL_CHARACTERS.test(value) ||
    flake === '' ||
    rest.length > 0 ||
    (attribute !== undefined && !ATTRIBUTE_PATH.test(attribute))
  ) {
    throw new InputError(
      'skopeo-flake',
      `expected an installable such as \`github:NixOS/nixpkgs/<commit>#skopeo\` (pinned to a commit, as the default is), got ${shown(value)}`
    )
  }
  return value
}

const ATTRIBUTE_PATH = /^[A-Za-z_][A-Za-z0-9_'+-]*(?:\.[A-Za-z_][A-Za-z0-9_'+-]*)*$/
const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_'+-]*$/

/** Whether `checks` accepts `name` as a check's name. */
export const isCheckName = (name: string): boolean => ATTRIBUTE.test(name)

function packageName(read: InputReader): string {
  const value = read('package')
  if (!ATTRIBUTE_PATH.test(value)) {
    throw new InputError('package', `expected a flake output name such as \`image-dev\` or \`packages.x86_64-linux.default\`, got ${shown(value)}`)
  }
  return value
}

// A Nix system as flakes name them: `x86_64-linux`, `aarch64-darwin`.
const SYSTEM = /^[a-z0-9_]+-[a-z0-9_]+$/

const CHECKS_EXPECTED =
  "expected check names separated by commas or new lines, such as `fmt, clippy, test`, or names of one system, such as `x86_64-linux.fmt` (what a plan's `matrix` gives)"

/**
 * `checks`: bare names (the runner's own system), or all `<system>.<name>` of
 * one system, so a matrix job builds the system the plan gave it whatever
 * runner it lands on.
 */
function checkNames(read: InputReader): { checks: string[]; checksSystem: string | undefined } {
  const names = splitList(read('checks'))
  const systems = new Set<string | undefined>()
  const checks: string[] = []
  for (const entry of names) {
    const dot = entry.indexOf('.')
    const system = dot < 0 ? undefined : entry.slice(0, dot)
    const name = dot < 0 ? entry : entry.slice(dot + 1)
    if (!ATTRIBUTE.test(name) || (system !== undefined && !SYSTEM.test(system))) {
      throw new InputError('checks', `${CHECKS_EXPECTED}; ${shown(entry)} is not a check name`)
    }
    systems.add(system)
    checks.push(name)
  }
  if (systems.size > 1) {
    throw new InputError('checks', `${CHECKS_EXPECTED}; ${shown(names.join(', '))} mixes systems (one step builds the checks of one system)`)
  }
  return { checks: [...new Set(checks)], checksSystem: [...systems][0] }
}

// GitHub's runner labels: letters, digits, `.`, `-`, `_`.
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** Parses `runners`: one `system=label` a line (or separated by commas). */
export function parseRunners(value: string): Runner[] {
  const runners: Runner[] = []
  for (const line of splitList(value)) {
    const at = line.indexOf('=')
    const system = line.slice(0, at).trim()
    const label = line.slice(at + 1).trim()
    if (at < 0 || !SYSTEM.test(system) || !LABEL.test(label)) {
      throw new InputError('runners', `expected one \`system=label\` a line, such as \`x86_64-linux=ubuntu-latest\`; ${shown(line)} is not one`)
    }
    if (runners.some(runner => runner.system === system)) throw new InputError('runners', `names ${shown(system)} twice; give each system one label`)
    runners.push({ system, label })
  }
  return runners
}

function checkArgs(read: InputReader): string[] {
  const value = read('check-args')
  if (/["'`\\$]/.test(value)) {
    throw new InputError(
      'check-args',
      `arguments are split on white space and no shell reads them, so quotes, \`$\` and \`\\\` are not supported; got ${shown(value)}`
    )
  }
  return value.split(/\s+/).filter(arg => arg.length > 0)
}

function attempts(read: InputReader): number {
  const value = read('attempts')
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_ATTEMPTS) {
    throw new InputError('attempts', `expected a whole number from 1 to ${MAX_ATTEMPTS}, got ${shown(value)}`)
  }
  return n
}

function nixVersion(read: InputReader): string {
  const value = read('nix-version')
  if (!/^\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?$/.test(value)) {
    throw new InputError('nix-version', `expected a Nix release such as \`2.34.6\`, got ${shown(value)}`)
  }
  return value
}

// Plain http only to this machine: a local mirror or a test server. Anything
// farther could be swapped on the way, and the script runs with sudo.
function loopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

function installUrl(read: InputReader, version: string): string {
  const value = read('install-url')
  if (value === '') return `https://releases.nixos.org/nix/nix-${version}/install`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError('install-url', `expected an https URL of an installer script, got ${shown(value)}`)
  }
  if (url.protocol === 'http:' && !loopbackHost(url.hostname)) {
    throw new InputError(
      'install-url',
      `expected an https URL: the installer runs as root, so it must not come over plain http (allowed only for a mirror on this machine, 127.0.0.1 or localhost); got ${shown(value)}`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('install-url', `expected an https URL of an installer script, got ${shown(value)}`)
  }
  return value
}

function extraConf(read: InputReader): string {
  const value = read('extra-conf')
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\x00]/.test(value)) throw new InputError('extra-conf', 'expected nix.conf lines, got a NUL byte')
  if (value.includes('nix-flake-ci')) {
    throw new InputError('extra-conf', 'must not contain the marker `nix-flake-ci` that delimits the block this action adds to nix.conf')
  }
  return value
}

function githubToken(read: InputReader): string {
  const value = read('github-token')
  // One `host=token` entry of nix.conf's space-separated `access-tokens`; the
  // value is a secret, so the message never shows it.
  if (/\s/.test(value)) {
    throw new InputError(
      'github-token',
      'expected a single token without spaces or line breaks, such as `${{ github.token }}`; the value (not shown) has white space in it'
    )
  }
  return value
}

const SIZE = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i

function size(read: InputReader, name: string): number {
  const value = read(name)
  const match = SIZE.exec(value)
  if (!match) throw new InputError(name, `expected a size such as \`2G\`, \`500M\` or \`1048576\`, got ${shown(value)}`)
  const unit = (match[2] ?? 'B').charAt(0).toUpperCase()
  const factor = { B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit] ?? 1
  return Math.floor(Number(match[1]) * factor)
}

/** `cache-signing-key`, also read by post; a secret, so a message never shows it. */
export function cacheSigningKey(read: InputReader): SigningKey | undefined {
  const value = read('cache-signing-key').trim()
  if (value === '') return undefined
  const key = parseSigningKey(value)
  if (typeof key === 'string')
    throw new InputError(
      'cache-signing-key',
      `${key}; the value (not shown) is not a Nix signing key (make one with \`nix key generate-secret --key-name NAME\`)`
    )
  return key
}

/**
 * Parses and checks every input. Throws an InputError naming the first bad
 * input; a message shows the value unless the input is a secret.
 */
export function parseInputs(read: InputReader): Inputs {
  const version = nixVersion(read)
  const inputs: Inputs = {
    install: oneOf(read, 'install', SWITCH),
    nixVersion: version,
    installUrl: installUrl(read, version),
    extraConf: extraConf(read),
    trustRunnerUser: bool(read, 'trust-runner-user'),
    kvm: bool(read, 'kvm'),
    githubToken: githubToken(read),
    flake: flakeRef(read),
    check: bool(read, 'check'),
    ...checkNames(read),
    plan: bool(read, 'plan'),
    runners: parseRunners(read('runners')),
    checkArgs: checkArgs(read),
    attempts: attempts(read),
    build: bool(read, 'build'),
    package: packageName(read),
    push: oneOf(read, 'push', SWITCH),
    registry: read('registry'),
    image: read('image'),
    tags: splitList(read('tags')),
    manifestFrom: splitList(read('manifest-from')),
    username: read('username'),
    password: read('password'),
    tlsVerify: bool(read, 'tls-verify'),
    skopeoFlake: skopeoFlake(read),
    attest: bool(read, 'attest'),
    cache: bool(read, 'cache'),
    cacheSave: oneOf(read, 'cache-save', CACHE_SAVE),
    cacheMaxBytes: size(read, 'cache-max-size'),
    cacheSigningKey: cacheSigningKey(read),
    summary: bool(read, 'summary')
  }
  checkRegistryInputs(inputs)
  if (inputs.plan && inputs.runners.length === 0) throw new InputError('runners', '`plan: true` needs at least one `system=label` line: the systems to plan')
  return inputs
}

function checkRegistryInputs(inputs: Inputs): void {
  if (inputs.registry !== '') {
    const problem = registryProblem(inputs.registry)
    if (problem) throw new InputError('registry', `expected ${problem}, got ${shown(inputs.registry)}`)
  }
  if (inputs.image !== '') {
    const problem = imageProblem(inputs.image)
    if (problem) throw new InputError('image', `expected ${problem}, got ${shown(inputs.image)}`)
  }
  // Templates are filled before any stage runs (pipeline.ts); here only their syntax.
  for (const [name, values] of [
    ['tags', inputs.tags],
    ['manifest-from', inputs.manifestFrom]
  ] as const) {
    for (const tag of values) {
      const problem = templateProblem(tag)
      if (problem) throw new InputError(name, `expected ${problem}; ${shown(tag)} is not one`)
    }
  }
  if (inputs.username !== '' && inputs.password === '') {
    throw new InputError('password', '`username` is set but `password` is empty; give both, or neither for a registry that needs no login')
  }
  if (inputs.password !== '' && inputs.username === '') {
    throw new InputError('username', '`password` is set but `username` is empty; give both, or neither for a registry that needs no login')
  }
  if (inputs.username !== '' && /[\s:]/.test(inputs.username)) {
    throw new InputError('username', `expected a user name without spaces or \`:\`, got ${shown(inputs.username)}`)
  }
  if (inputs.password.includes('\n')) {
    throw new InputError('password', 'expected a single line; the value has a line break')
  }
  if (inputs.push === 'true') {
    if (inputs.registry === '') throw new InputError('registry', '`push: true` needs a registry host such as `quay.io`')
    if (inputs.image === '') throw new InputError('image', '`push: true` needs a repository such as `upgrades/k8s-cloud-tagger-dev`')
    if (!inputs.build && inputs.manifestFrom.length === 0)
      throw new InputError('build', '`push: true` needs the build stage (`build: true`): there is nothing to push otherwise')
  }
  if (inputs.manifestFrom.length > 0) {
    if (inputs.build) {
      throw new InputError('build', '`manifest-from` combines images that earlier jobs pushed and pushes no build of its own; set `build: false` in this step')
    }
    if (inputs.registry === '' || inputs.image === '') {
      throw new InputError(
        inputs.registry === '' ? 'registry' : 'image',
        '`manifest-from` needs the `registry` and `image` that the per-platform tags were pushed to'
      )
    }
  }
  if ((inputs.registry === '') !== (inputs.image === '') && inputs.push !== 'false') {
    const missing = inputs.registry === '' ? 'registry' : 'image'
    throw new InputError(missing, `\`registry\` and \`image\` go together; \`${missing}\` is empty`)
  }
}
