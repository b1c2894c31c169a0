import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseInputs, parseRunners, type Inputs } from '../../src/plan/inputs.js'
import { InputError } from '../../src/errors.js'

// The inputs as a runner hands them over: action.yml's defaults, with
// `${{ github.token }}` standing for an empty token.
const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(actionYml.inputs).map(([name, spec]) => [name, (spec.default ?? '').replace('${{ github.token }}', '')])
)

/** Reads like `core.getInput` (trims), and refuses names action.yml does not declare. */
function reader(overrides: Record<string, string> = {}, seen?: Set<string>) {
  const values = { ...DEFAULTS, ...overrides }
  return (name: string): string => {
    if (!(name in DEFAULTS)) throw new Error(`parseInputs read \`${name}\`, which action.yml does not declare`)
    seen?.add(name)
    return (values[name] ?? '').trim()
  }
}

const parseWith = (overrides: Record<string, string> = {}): Inputs => parseInputs(reader(overrides))

function inputError(overrides: Record<string, string>): InputError {
  try {
    parseWith(overrides)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`parseInputs accepted ${JSON.stringify(overrides)}`)
}

// A registry target that is valid, for rows about other inputs of a push.
const TARGET = { registry: 'quay.io', image: 'upgrades/k8s-cloud-tagger-dev' }
const SECRET = 'hunter2-Sup3rSecret'

interface BadValue {
  /** What is set, on top of action.yml's defaults. */
  set: Record<string, string>
  /** The input the error must name. */
  input: string
  /** The expected form the message must describe. */
  expected: RegExp
  /** Text of the value the message must show; null when there is no value to show. */
  shows?: string | null
  /** A secret that must not appear in the message. */
  secret?: string
}

const OPTION_OR_SHELL = ['--impure', '-L', '.;rm -rf /', '$(id)', '`id`', 'a b', '.#x']
const LONG_TAG = `v${'1234567890'.repeat(12)}12345678` // 129 characters

const BAD: BadValue[] = [
  // enums and booleans
  { set: { install: 'yes' }, input: 'install', expected: /`auto`, `true` or `false`/ },
  { set: { push: 'maybe' }, input: 'push', expected: /`auto`, `true` or `false`/ },
  { set: { check: 'ture' }, input: 'check', expected: /`true` or `false`/ },
  { set: { 'tls-verify': '0' }, input: 'tls-verify', expected: /`true` or `false`/ },
  { set: { cache: 'on' }, input: 'cache', expected: /`true` or `false`/ },
  { set: { build: 'yes' }, input: 'build', expected: /`true` or `false`/ },
  // attempts
  ...['0', '-1', 'abc', '11', '1.5'].map(value => ({ set: { attempts: value }, input: 'attempts', expected: /whole number from 1 to 10/ })),
  // tags
  { set: { tags: 'release 1' }, input: 'tags', expected: /1 to 128 letters, digits/ },
  { set: { tags: '-v1' }, input: 'tags', expected: /not starting with `\.` or `-`/ },
  { set: { tags: '.v1' }, input: 'tags', expected: /not starting with `\.` or `-`/ },
  { set: { ...TARGET, tags: LONG_TAG }, input: 'tags', expected: /1 to 128/, shows: LONG_TAG.slice(0, 60) },
  { set: { ...TARGET, tags: 'v{{ver}}' }, input: 'tags', expected: /`\{\{ver\}\}` is not one/ },
  { set: { ...TARGET, tags: '{{version}}}' }, input: 'tags', expected: /both braces/ },
  { set: { ...TARGET, 'manifest-from': 'amd64, arm64' }, input: 'build', expected: /set `build: false`/, shows: null },
  { set: { 'manifest-from': 'amd64, arm64', build: 'false' }, input: 'registry', expected: /`manifest-from` needs the `registry` and `image`/, shows: null },
  { set: { ...TARGET, 'manifest-from': 'amd64, -{{sha}}' }, input: 'manifest-from', expected: /not starting with/, shows: '"-{{sha}}"' },
  // image
  { set: { ...TARGET, image: 'Upgrades/Tagger' }, input: 'image', expected: /lower case/ },
  { set: { ...TARGET, image: '-upgrades/tagger' }, input: 'image', expected: /repository path of lower-case letters/ },
  { set: { ...TARGET, image: 'upgrades//tagger' }, input: 'image', expected: /repository path of lower-case letters/ },
  // registry
  { set: { ...TARGET, registry: 'quay .io' }, input: 'registry', expected: /host name with an optional port/ },
  { set: { ...TARGET, registry: 'https://quay.io' }, input: 'registry', expected: /without a scheme/ },
  { set: { ...TARGET, registry: 'quay.io/upgrades' }, input: 'registry', expected: /host name only.*put the repository path in `image`/ },
  { set: { ...TARGET, registry: '127.0.0.1:70000' }, input: 'registry', expected: /65535/ },
  // credentials: the error names the missing half; the password never shows
  { set: { ...TARGET, username: 'ci' }, input: 'password', expected: /`username` is set but `password` is empty/, shows: null },
  { set: { ...TARGET, password: SECRET }, input: 'username', expected: /`password` is set but `username` is empty/, shows: null, secret: SECRET },
  { set: { ...TARGET, username: 'ci bot', password: SECRET }, input: 'username', expected: /user name without spaces/, secret: SECRET },
  { set: { ...TARGET, username: 'ci', password: `${SECRET}\nsecond-line` }, input: 'password', expected: /single line/, shows: null, secret: SECRET },
  {
    set: { 'github-token': `ghs_${SECRET} extra` },
    input: 'github-token',
    expected: /single token without spaces or line breaks/,
    shows: null,
    secret: SECRET
  },
  { set: { 'github-token': `ghs_${SECRET}\naccess-tokens = evil` }, input: 'github-token', expected: /single token/, shows: null, secret: SECRET },
  // push: true needs somewhere to push, and something
  { set: { push: 'true', image: TARGET.image }, input: 'registry', expected: /`push: true` needs a registry host/, shows: null },
  { set: { push: 'true', registry: TARGET.registry }, input: 'image', expected: /`push: true` needs a repository/, shows: null },
  { set: { push: 'true', ...TARGET, build: 'false' }, input: 'build', expected: /`push: true` needs the build stage/, shows: null },
  { set: { image: TARGET.image }, input: 'registry', expected: /`registry` and `image` go together/, shows: null },
  // values that could be read as an option or as shell
  ...OPTION_OR_SHELL.map(value => ({ set: { flake: value }, input: 'flake', expected: /flake reference/ })),
  ...OPTION_OR_SHELL.map(value => ({ set: { package: value }, input: 'package', expected: /flake output name such as `image-dev`/ })),
  ...OPTION_OR_SHELL.map(value => ({ set: { checks: value }, input: 'checks', expected: /check names separated by commas or new lines/ })),
  { set: { checks: 'fmt, --impure' }, input: 'checks', expected: /check names/, shows: '--impure' },
  // check-args: nothing reads quotes or `$`
  { set: { 'check-args': '--override-input x "path:./a b"' }, input: 'check-args', expected: /quotes, `\$` and `\\` are not supported/ },
  { set: { 'check-args': "--arg x 'y'" }, input: 'check-args', expected: /quotes, `\$`/ },
  { set: { 'check-args': '--store $HOME/store' }, input: 'check-args', expected: /quotes, `\$`/ },
  // installer and sizes
  { set: { 'nix-version': 'latest' }, input: 'nix-version', expected: /Nix release such as `\d+\.\d+/ },
  { set: { 'install-url': 'ftp://x' }, input: 'install-url', expected: /https URL of an installer script/ },
  { set: { 'install-url': 'not a url' }, input: 'install-url', expected: /https URL of an installer script/ },
  // The script runs as root: plain http only from this machine.
  ...['http://mirror.example.com/nix/install', 'http://10.0.0.5/install', 'http://127.0.0.1.evil.example/install', 'http://[::2]/install'].map(value => ({
    set: { 'install-url': value },
    input: 'install-url',
    expected: /must not come over plain http.*127\.0\.0\.1 or localhost/
  })),
  { set: { 'cache-max-size': 'lots' }, input: 'cache-max-size', expected: /size such as `2G`, `500M`/ },
  { set: { 'extra-conf': '# >>> nix-flake-ci: fake' }, input: 'extra-conf', expected: /must not contain the marker/, shows: null }
]

describe('parseInputs rejects bad values before any stage runs', () => {
  it.each(BAD.map(row => [`${row.input}: ${JSON.stringify(row.set)}`, row] as const))('%s', (_title, row) => {
    const error = inputError(row.set)
    expect(error).toBeInstanceOf(InputError)
    expect(error.input).toBe(row.input)
    // Names the input and the form expected.
    expect(error.message).toContain(`'${row.input}'`)
    expect(error.message).toMatch(row.expected)
    // Shows the value (JSON-quoted, so blanks and line breaks are visible)...
    const shows = row.shows === undefined ? JSON.stringify(row.set[row.input]) : row.shows
    if (shows !== null) expect(error.message).toContain(shows)
    // ...but never a secret's.
    if (row.secret !== undefined) expect(error.message).not.toContain(row.secret)
    for (const secretInput of ['password', 'github-token']) {
      const value = row.set[secretInput]
      if (value) for (const part of value.split(/\s+/).filter(p => p.length > 3)) expect(error.message).not.toContain(part)
    }
  })
})

describe('parseInputs accepts good values', () => {
  it('parses the defaults of action.yml into the documented behaviour', () => {
    const seen = new Set<string>()
    const inputs = parseInputs(reader({}, seen))
    expect(inputs.install).toBe(DEFAULTS['install'])
    expect(inputs.nixVersion).toBe(DEFAULTS['nix-version'])
    // No install-url: the official installer of that version, over https.
    const url = new URL(inputs.installUrl)
    expect(url.protocol).toBe('https:')
    expect(inputs.installUrl).toContain(`nix-${String(DEFAULTS['nix-version'])}`)
    expect(inputs.flake).toBe(DEFAULTS['flake'])
    expect(inputs.check).toBe(true)
    expect(inputs.checks).toEqual([])
    expect(inputs.checkArgs).toEqual([])
    expect(inputs.attempts).toBe(Number(DEFAULTS['attempts']))
    expect(inputs.build).toBe(true)
    expect(inputs.package).toBe(DEFAULTS['package'])
    expect(inputs.push).toBe('auto')
    expect(inputs.registry).toBe('')
    expect(inputs.image).toBe('')
    expect(inputs.tags).toEqual([])
    expect(inputs.githubToken).toBe('')
    expect(inputs.tlsVerify).toBe(true)
    expect(inputs.cache).toBe(true)
    expect(inputs.summary).toBe(true)
    // action.yml's `2G`: two of what `1G` is, and 1024 times `1M`.
    const g = parseWith({ 'cache-max-size': '1G' }).cacheMaxBytes
    const m = parseWith({ 'cache-max-size': '1M' }).cacheMaxBytes
    expect(inputs.cacheMaxBytes).toBe(2 * g)
    expect(g).toBe(1024 * m)
    // Every input action.yml declares is read (a forgotten one would be silently ignored).
    expect([...seen].sort()).toEqual(Object.keys(DEFAULTS).sort())
  })

  it('keeps the github token as given', () => {
    expect(parseWith({ 'github-token': 'ghs_abcDEF123' }).githubToken).toBe('ghs_abcDEF123')
  })

  it('splits tags on commas and new lines, dropping blanks and repeats', () => {
    const inputs = parseWith({ ...TARGET, tags: 'v1.2.0, latest,\n\n v1.2.0 ,sha-abc1234\n,\n' })
    expect(inputs.tags).toEqual(['v1.2.0', 'latest', 'sha-abc1234'])
  })

  it('accepts a 128-character tag, one short of the limit', () => {
    const tag = LONG_TAG.slice(0, 128)
    expect(parseWith({ ...TARGET, tags: tag }).tags).toEqual([tag])
  })

  it('keeps tag templates as given, to be filled before any stage runs', () => {
    const inputs = parseWith({
      ...TARGET,
      tags: '{{version}}, {{major}}.{{minor}}\nv{{ major }}',
      'manifest-from': 'amd64-{{sha}}, arm64-{{sha}}',
      build: 'false'
    })
    expect(inputs.tags).toEqual(['{{version}}', '{{major}}.{{minor}}', 'v{{ major }}'])
    expect(inputs.manifestFrom).toEqual(['amd64-{{sha}}', 'arm64-{{sha}}'])
  })

  it('accepts attempts up to 10', () => {
    expect(parseWith({ attempts: '10' }).attempts).toBe(10)
    expect(parseWith({ attempts: '1' }).attempts).toBe(1)
  })

  it.each(['127.0.0.1:5000', '[::1]:5000', 'quay.io', 'ghcr.io', 'localhost:5000', 'registry.example.com:443'])('accepts the registry %s', registry => {
    const inputs = parseWith({ registry, image: TARGET.image, push: 'true' })
    expect(inputs.registry).toBe(registry)
    expect(inputs.image).toBe(TARGET.image)
    expect(inputs.push).toBe('true')
  })

  it('accepts a flake URL with query parameters', () => {
    expect(parseWith({ flake: 'github:owner/repo?dir=sub&ref=main' }).flake).toBe('github:owner/repo?dir=sub&ref=main')
  })

  it.each(['.', './sub', 'path:./sub', 'git+file:///work/repo?dir=sub', 'github:upgrades/k8s-cloud-tagger/v1.2.0'])('accepts the flake %s', flake => {
    expect(parseWith({ flake }).flake).toBe(flake)
  })

  it('splits checks on commas and new lines', () => {
    expect(parseWith({ checks: 'fmt, clippy,\ntest' }).checks).toEqual(['fmt', 'clippy', 'test'])
  })

  it('accepts an attribute path as package', () => {
    expect(parseWith({ package: 'packages.x86_64-linux.image-dev' }).package).toBe('packages.x86_64-linux.image-dev')
  })

  it('splits check-args on white space', () => {
    expect(parseWith({ 'check-args': '--all-systems  --keep-going\n-L' }).checkArgs).toEqual(['--all-systems', '--keep-going', '-L'])
  })

  it('accepts booleans the way core.getBooleanInput does', () => {
    const inputs = parseWith({ check: 'True', build: 'FALSE', 'tls-verify': 'False', cache: 'TRUE', summary: 'false' })
    expect(inputs.check).toBe(true)
    expect(inputs.build).toBe(false)
    expect(inputs.tlsVerify).toBe(false)
    expect(inputs.cache).toBe(true)
    expect(inputs.summary).toBe(false)
  })

  it('reads sizes with a suffix or in bytes', () => {
    const m = parseWith({ 'cache-max-size': '1M' }).cacheMaxBytes
    expect(parseWith({ 'cache-max-size': '500M' }).cacheMaxBytes).toBe(500 * m)
    expect(m).toBe(1024 * parseWith({ 'cache-max-size': '1K' }).cacheMaxBytes)
    expect(parseWith({ 'cache-max-size': '1048576' }).cacheMaxBytes).toBe(1048576)
    expect(parseWith({ 'cache-max-size': '1048576' }).cacheMaxBytes).toBe(m)
  })

  it('uses install-url instead of the official installer when given', () => {
    const mirror = 'https://mirror.example.com/nix/install'
    expect(parseWith({ 'install-url': mirror }).installUrl).toBe(mirror)
  })

  it('takes plain http for a mirror on this machine (loopback: local mirrors, tests)', () => {
    for (const url of ['http://127.0.0.1:8080/nix/install', 'http://127.1.2.3/install', 'http://localhost:9/install', 'http://[::1]:8080/install']) {
      expect(parseWith({ 'install-url': url }).installUrl).toBe(url)
    }
  })

  it('pins the default skopeo-flake to a nixpkgs commit', () => {
    expect(parseWith().skopeoFlake).toMatch(/^github:NixOS\/nixpkgs\/[0-9a-f]{40}#skopeo$/)
  })

  it('lets push: false go without a registry', () => {
    const inputs = parseWith({ push: 'false', image: TARGET.image })
    expect(inputs.push).toBe('false')
  })

  it('takes a username and password together', () => {
    const inputs = parseWith({ ...TARGET, username: 'upgrades+ci', password: SECRET })
    expect(inputs.username).toBe('upgrades+ci')
    expect(inputs.password).toBe(SECRET)
  })
})

describe('runners', () => {
  test('the default is the GitHub-hosted labels of three systems', () => {
    expect(parseWith({}).runners).toEqual([
      { system: 'x86_64-linux', label: 'ubuntu-latest' },
      { system: 'aarch64-linux', label: 'ubuntu-24.04-arm' },
      { system: 'aarch64-darwin', label: 'macos-latest' }
    ])
    expect(parseWith({}).plan).toBe(false)
  })

  test('one system=label a line, or separated by commas', () => {
    expect(parseRunners('x86_64-linux=self-hosted-big\n aarch64-darwin = macos-15 ')).toEqual([
      { system: 'x86_64-linux', label: 'self-hosted-big' },
      { system: 'aarch64-darwin', label: 'macos-15' }
    ])
  })

  test.each([
    'x86_64-linux',
    'x86_64-linux=',
    '=ubuntu-latest',
    'x86_64-linux=ubuntu latest',
    'linux=ubuntu-latest',
    'x86_64-linux=$(id)',
    'x86_64-linux=a, x86_64-linux=b'
  ])('%j is an input error naming runners', value => {
    const error = inputError({ runners: value })
    expect(error.input).toBe('runners')
  })

  test('a plan without any runner is an input error', () => {
    expect(inputError({ plan: 'true', runners: '' }).input).toBe('runners')
  })
})

describe('checks of a system (what a matrix gives)', () => {
  test('<system>.<name> names the system; bare names leave the runner its own', () => {
    expect(parseWith({ checks: 'x86_64-linux.fmt, x86_64-linux.test' })).toMatchObject({ checks: ['fmt', 'test'], checksSystem: 'x86_64-linux' })
    expect(parseWith({ checks: 'fmt, test' })).toMatchObject({ checks: ['fmt', 'test'], checksSystem: undefined })
  })

  test('one step builds one system: mixing is an input error that shows the value', () => {
    const error = inputError({ checks: 'x86_64-linux.fmt, aarch64-linux.fmt' })
    expect(error.input).toBe('checks')
    expect(error.message).toMatch(/mixes systems/)
    expect(inputError({ checks: 'x86_64-linux.fmt, test' }).message).toMatch(/mixes systems/)
  })

  test.each(['x86_64-linux.', '.fmt', 'a.b.c', 'x86_64-linux.--impure', 'X86.fmt'])('%j is not a check name', value => {
    expect(inputError({ checks: value }).input).toBe('checks')
  })
})
