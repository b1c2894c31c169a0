// The example workflows in examples/ are what users copy: each must run as it
// stands. actionlint.test.ts lints them; here each is held to this action's
// inputs and outputs, the pinned major tag, and what its registry needs.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { InputError } from '../../src/errors.js'
import { parseInputs } from '../../src/plan/inputs.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, string | number | boolean>
  env?: Record<string, string>
}
interface Job {
  if?: string
  environment?: string | { name: string }
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { required?: boolean; type?: string; default?: unknown }> } | null>
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, Job>
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object; outputs: object }
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)

// What the runner hands the action for a step's `with:`: action.yml's
// defaults under the step's values, each `${{ … }}` filled with a value of
// the right kind (the runner fills them before the action starts).
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(action.inputs as Record<string, { default?: string | number | boolean }>).map(([name, spec]) => [name, String(spec.default ?? '')])
)
const FILLED: Record<string, string> = { registry: 'registry.example.com', image: 'owner/repo', 'github-token': 'ghs_token' }

/** Why the action's own input parsing rejects `step`'s inputs, or undefined when it takes them. */
function inputProblem(step: Step): string | undefined {
  const values: Record<string, string> = { ...DEFAULTS }
  for (const [name, value] of Object.entries(step.with ?? {})) values[name] = String(value)
  const read = (name: string): string => (values[name] ?? '').replace(/\$\{\{[^}]*\}\}/g, FILLED[name] ?? 'x').trim()
  try {
    parseInputs(read)
    return undefined
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
}

const files = readdirSync(path.join(root, 'examples'))
  .filter(name => /\.ya?ml$/.test(name))
  .sort()
const text = (file: string): string => readFileSync(path.join(root, 'examples', file), 'utf8')
const workflow = (file: string): Workflow => parse(text(file)) as Workflow

/** Every step of `file` that runs this action (a matrix release has two jobs that do). */
function allOurs(file: string): { job: Job; step: Step; index: number }[] {
  const found = Object.values(workflow(file).jobs).flatMap(job =>
    job.steps.map((step, index) => ({ job, step, index })).filter(({ step }) => step.uses?.startsWith('upgrades/nix-flake-ci'))
  )
  expect(found.length).toBeGreaterThan(0)
  return found
}

/** The one step of `file` that runs this action. */
function ours(file: string): { job: Job; step: Step; index: number } {
  const found = allOurs(file)
  expect(found).toHaveLength(1)
  const [only] = found
  if (only === undefined) throw new Error(`${file}: no step uses this action`)
  return only
}

/** Permissions the job gets: its own block, or the workflow's. */
function permissions(file: string, job: Job): Record<string, string> {
  return job.permissions ?? workflow(file).permissions ?? {}
}

/** A step that may push: not `push: false`, and not a plan or a check-only job (they have nothing to push). */
const pushing = (step: Step): boolean => {
  const input = (name: string, fallback: string) => String(step.with?.[name] ?? fallback)
  if (input('push', 'auto') === 'false' || input('plan', 'false') === 'true') return false
  return input('build', 'true') !== 'false' || input('manifest-from', '') !== ''
}
/** A step that checks or builds reads the checkout; one that only combines pushed images does not. */
const readsCheckout = (step: Step): boolean => String(step.with?.['check'] ?? 'true') !== 'false' || String(step.with?.['build'] ?? 'true') !== 'false'

describe('every example', () => {
  test('covers each registry and workflow the README promises', () => {
    expect(files).toEqual([
      'artifact-registry.yml',
      'cachix.yml',
      'docker-hub.yml',
      'ecr.yml',
      'fan-out.yml',
      'ghcr.yml',
      'multi-platform.yml',
      'pull-request.yml',
      'quay.yml',
      'release-dispatch.yml',
      'release.yml'
    ])
  })

  test.each(files)('%s names itself on its first line', file => {
    expect(text(file).split('\n')[0]).toMatch(new RegExp(`^# examples/${file.replace('.', '\\.')}: \\S`))
  })

  test.each(files)('%s pins @v1, checks out first and uses only inputs and outputs that exist', file => {
    for (const { job, step, index } of allOurs(file)) {
      expect(step.uses).toBe('upgrades/nix-flake-ci@v1')
      if (readsCheckout(step)) expect(job.steps.slice(0, index).some(s => s.uses?.startsWith('actions/checkout@'))).toBe(true)
      expect(Object.keys(step.with ?? {}).filter(name => !inputNames.includes(name))).toEqual([])
      // Outputs of this action's step must be outputs it has.
      for (const match of text(file).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (step.id !== undefined && match[1] === step.id) expect(outputNames).toContain(match[2])
      }
    }
  })

  test.each(files)('%s sets least permissions: contents read, more only where its registry needs it', file => {
    for (const { job, step } of allOurs(file)) {
      const granted = permissions(file, job)
      expect(granted['contents']).toBe('read')
      const registry = String(step.with?.['registry'] ?? '')
      const extra = Object.keys(granted).filter(name => name !== 'contents')
      const needs: string[] = []
      if (registry === 'ghcr.io' && pushing(step)) needs.push('packages')
      // Cloud logins that trade GitHub's OIDC token for credentials need id-token.
      const attests = String(step.with?.['attest'] ?? '') === 'true'
      // Cloud logins that trade GitHub's OIDC token for credentials need id-token, and so does signing provenance.
      if (attests || job.steps.some(s => /^(aws-actions\/configure-aws-credentials|google-github-actions\/auth)@/.test(s.uses ?? ''))) needs.push('id-token')
      if (attests) needs.push('attestations')
      expect(extra.sort()).toEqual(needs.sort())
      for (const name of needs) expect(granted[name]).toBe('write')
    }
  })

  test.each(files)('%s: a pushing example logs in with secrets or short-lived credentials, never literals', file => {
    for (const { step } of allOurs(file).filter(({ step }) => pushing(step))) {
      expect(step.with?.['registry']).toBeTruthy()
      expect(step.with?.['image']).toBeTruthy()
      expect(String(step.with?.['password'])).toMatch(/^\$\{\{ (secrets\.[A-Z_]+|steps\.[\w-]+\.outputs\.[\w-]+) \}\}$/)
      expect(step.with?.['username']).toBeTruthy()
    }
  })

  test.each(files)('%s: the action accepts its inputs (images lower case, tags only known templates)', file => {
    for (const { step } of allOurs(file)) expect({ file, problem: inputProblem(step) }).toEqual({ file, problem: undefined })
  })

  test('the check can fail: an upper-case image or an unknown template is refused', () => {
    const { step } = ours('quay.yml')
    expect(inputProblem({ ...step, with: { ...step.with, image: 'Upgrades/App' } })).toMatch(/^Input 'image'/)
    expect(inputProblem({ ...step, with: { ...step.with, tags: '{{sha}}\n{{commit}}' } })).toMatch(/^Input 'tags'/)
  })
})

describe('ghcr.io with GITHUB_TOKEN', () => {
  const { job, step } = ours('ghcr.yml')
  test('logs in as the actor with the job token and packages: write', () => {
    expect(step.with?.['registry']).toBe('ghcr.io')
    expect(step.with?.['username']).toBe('${{ github.actor }}')
    expect(step.with?.['password']).toBe('${{ secrets.GITHUB_TOKEN }}')
    expect(permissions('ghcr.yml', job)['packages']).toBe('write')
  })

  test('says which label links the image to the repository', () => {
    expect(text('ghcr.yml')).toMatch(/org\.opencontainers\.image\.source/)
  })

  test('lower-cases the repository name, which may have upper-case letters, in a step before', () => {
    const match = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(String(step.with?.['image']))
    expect(match).not.toBeNull()
    const namer = job.steps.find(s => s.id === match?.[1])
    expect(namer?.run).toMatch(new RegExp(`${match?.[2] ?? ''}=\\$\\{REPOSITORY,,\\}`))
  })
})

describe('registries with their own login step', () => {
  test('ECR: OIDC credentials, then the password amazon-ecr-login hands on', () => {
    const { job, step } = ours('ecr.yml')
    const login = job.steps.find(s => s.uses?.startsWith('aws-actions/amazon-ecr-login@'))
    expect(job.steps.some(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@') && s.with?.['role-to-assume'])).toBe(true)
    expect(step.with?.['registry']).toBe(`\${{ steps.${String(login?.id)}.outputs.registry }}`)
    // The login action names these outputs after the registry host, `.` and `-` as `_`.
    const host = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'.replace(/[.-]/g, '_')
    expect(step.with?.['username']).toBe(`\${{ steps.${String(login?.id)}.outputs.docker_username_${host} }}`)
    expect(step.with?.['password']).toBe(`\${{ steps.${String(login?.id)}.outputs.docker_password_${host} }}`)
  })

  test('Artifact Registry: an access token from google-github-actions/auth as oauth2accesstoken', () => {
    const { job, step } = ours('artifact-registry.yml')
    const auth = job.steps.find(s => s.uses?.startsWith('google-github-actions/auth@'))
    expect(auth?.with?.['token_format']).toBe('access_token')
    expect(step.with?.['registry']).toMatch(/^[a-z0-9-]+-docker\.pkg\.dev$/)
    expect(step.with?.['username']).toBe('oauth2accesstoken')
    expect(step.with?.['password']).toBe(`\${{ steps.${String(auth?.id)}.outputs.access_token }}`)
  })

  test('quay.io and Docker Hub: credentials from the repository settings', () => {
    expect(ours('quay.yml').step.with?.['registry']).toBe('quay.io')
    expect(ours('docker-hub.yml').step.with?.['registry']).toBe('docker.io')
    expect(String(ours('docker-hub.yml').step.with?.['password'])).toMatch(/secrets\./)
  })
})

describe('keeping Cachix', () => {
  test('installs Nix and adds the Cachix cache before this action, with its token from a secret', () => {
    const { job, index } = ours('cachix.yml')
    const at = (prefix: string): number => job.steps.findIndex(s => s.uses?.startsWith(prefix))
    expect(at('cachix/install-nix-action@')).toBeGreaterThan(0)
    expect(at('cachix/install-nix-action@')).toBeLessThan(at('cachix/cachix-action@'))
    expect(at('cachix/cachix-action@')).toBeLessThan(index)
    expect(job.steps[at('cachix/cachix-action@')]?.with?.['authToken']).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/)
  })
})

describe('the pull-request gate', () => {
  test('runs on pull_request, never pushes and needs no secret', () => {
    expect(Object.keys(workflow('pull-request.yml').on)).toEqual(['pull_request'])
    expect(ours('pull-request.yml').step.with?.['push']).toBe(false)
    expect(text('pull-request.yml')).not.toMatch(/secrets\./)
  })

  test('names no checks of its own: not every flake has fmt, clippy and test', () => {
    expect(ours('pull-request.yml').step.with?.['checks']).toBeUndefined()
  })
})

describe('the guarded release', () => {
  const release = workflow('release.yml')
  const { job, step } = ours('release.yml')

  test('runs when a release is published only, not edited or deleted', () => {
    expect(release.on).toEqual({ release: { types: ['published'] } })
  })

  test('runs one at a time and in a protected environment', () => {
    expect(release.concurrency?.group).toBeTruthy()
    expect(release.concurrency?.['cancel-in-progress']).toBe(false)
    expect(job.environment).toBeTruthy()
  })

  test('guards the tag and the branch before anything is built', () => {
    expect(job.if).toMatch(/github\.event\.release\.tag_name/)
    const guard = job.steps.findIndex(s => /git merge-base --is-ancestor "\$GITHUB_SHA" origin\/main/.test(s.run ?? ''))
    expect(guard).toBeGreaterThan(0)
    expect(job.steps[0]?.with?.['fetch-depth']).toBe(0)
    expect(guard).toBeLessThan(job.steps.indexOf(step))
  })

  test('tags the version, its short forms, and latest except for pre-releases', () => {
    const tags = String(step.with?.['tags'])
      .split('\n')
      .map(tag => tag.trim())
      .filter(Boolean)
    expect(tags).toEqual(['{{version}}', '{{major}}.{{minor}}', '{{major}}', "${{ !github.event.release.prerelease && 'latest' || '' }}"])
  })
})

describe('the manual release (workflow_dispatch)', () => {
  const dispatch = workflow('release-dispatch.yml')
  const { job, step } = ours('release-dispatch.yml')
  const tagStep = job.steps.find(s => s.id === 'tags')
  if (tagStep === undefined) throw new Error('release-dispatch.yml has no step with id `tags`')

  test('is started by hand with a required version and a latest switch', () => {
    expect(Object.keys(dispatch.on)).toEqual(['workflow_dispatch'])
    const inputs = dispatch.on['workflow_dispatch']?.inputs ?? {}
    expect(inputs['version']).toMatchObject({ required: true, type: 'string' })
    expect(inputs['latest']).toMatchObject({ type: 'boolean' })
  })

  test('runs only from the default branch or a tag, one at a time, in a protected environment', () => {
    expect(job.if).toContain("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)")
    expect(job.if).toContain("startsWith(github.ref, 'refs/tags/')")
    expect(dispatch.concurrency?.['cancel-in-progress']).toBe(false)
    expect(job.environment).toBeTruthy()
  })

  test('pushes the tags made from the input (templates would not fill on a branch), with push: auto', () => {
    expect(step.with?.['tags']).toBe('${{ steps.tags.outputs.list }}')
    expect(step.with?.['push']).toBeUndefined()
    expect(job.steps.indexOf(tagStep)).toBeLessThan(job.steps.indexOf(step))
    expect(tagStep.env).toEqual({ VERSION: '${{ inputs.version }}', LATEST: '${{ inputs.latest }}', REF: '${{ github.ref }}' })
  })

  // The step's script, run as the runner runs `run:` (bash -e -o pipefail),
  // with GITHUB_OUTPUT in a scratch directory.
  function tagsFor(version: string, latest: boolean, ref = 'refs/heads/main'): { ok: boolean; tags: string[] } {
    const dir = mkdtempSync(path.join(tmpdir(), 'nfci-dispatch-'))
    try {
      const output = path.join(dir, 'output')
      const script = path.join(dir, 'step.sh')
      writeFileSync(script, tagStep?.run ?? '')
      writeFileSync(output, '')
      try {
        execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
          env: { PATH: process.env['PATH'], VERSION: version, LATEST: String(latest), REF: ref, GITHUB_OUTPUT: output },
          stdio: 'pipe'
        })
      } catch {
        return { ok: false, tags: [] }
      }
      const match = /^list<<EOF\n([\s\S]*?)\nEOF$/m.exec(readFileSync(output, 'utf8'))
      return { ok: true, tags: match?.[1]?.split('\n') ?? [] }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  test('1.4.2 gives 1.4.2, 1.4, 1 and latest; unticked, no latest', () => {
    expect(tagsFor('1.4.2', true)).toEqual({ ok: true, tags: ['1.4.2', '1.4', '1', 'latest'] })
    expect(tagsFor('1.4.2', false)).toEqual({ ok: true, tags: ['1.4.2', '1.4', '1'] })
  })

  test('a pre-release gets only its own tag, never latest', () => {
    expect(tagsFor('2.0.0-rc.1', true)).toEqual({ ok: true, tags: ['2.0.0-rc.1'] })
  })

  test('refuses what is not a version, and a version that is not the tag it was started on', () => {
    for (const bad of ['v1.4.2', '1.4', 'latest', '1.4.2 extra', '01.2.3']) expect({ bad, ...tagsFor(bad, true) }).toEqual({ bad, ok: false, tags: [] })
    expect(tagsFor('1.4.2', true, 'refs/tags/v1.4.2').ok).toBe(true)
    expect(tagsFor('1.4.2', true, 'refs/tags/v1.4.3').ok).toBe(false)
  })
})
