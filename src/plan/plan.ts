// The pipeline's first step: everything that can be wrong with the inputs,
// found before any work, and what the run will do (push or not, the tags,
// whether skopeo must be built).
import * as core from '@actions/core'
import { parseInputs, type Inputs } from './inputs.js'
import { readContext, type RunContext } from './context.js'
import { InputError, errorMessage } from '../errors.js'
import { decidePush, type PushDecision } from './push-policy.js'
import { fillTemplate, resolveTags } from './tags.js'
import { skopeoOnPath } from '../registry/skopeo-locate.js'

export interface Plan {
  inputs: Inputs
  context: RunContext
  push: PushDecision
  tags: string[]
  /** `manifest-from`, filled: the per-platform tags to combine. */
  sources: string[]
  /** A push will run and no skopeo is on PATH: build it from `skopeo-flake`. */
  buildSkopeo: boolean
  /** The runner's skopeo, when a push will run and one is on PATH. */
  skopeo: string | undefined
}

/** Everything that can be wrong with the inputs, found before any work. */
export async function plan(read: (name: string) => string = name => core.getInput(name)): Promise<Plan> {
  if (process.platform === 'win32')
    throw new Error('Nix Flake CI runs on Linux and macOS runners; Nix does not run on Windows (use WSL on a self-hosted runner).')
  const inputs = parseInputs(read)
  const context = readContext()
  const combining = inputs.manifestFrom.length > 0
  // A plan builds nothing: the matrix jobs check, a later job builds and pushes.
  const push = inputs.plan ? PLAN_PUSHES_NOTHING : decidePush(inputs.push, context, inputs.registry !== '' && inputs.image !== '', inputs.build || combining)
  const attestError = attestProblem(inputs, push)
  if (attestError) throw attestError
  let tags: string[] = []
  let sources: string[] = []
  if (push.push) {
    tags = filled('tags', () => resolveTags(inputs.tags, context))
    sources = filled('manifest-from', () => inputs.manifestFrom.map(template => fillTemplate(template, context)))
  }
  const skopeo = push.push ? await skopeoOnPath() : undefined
  const buildSkopeo = push.push && skopeo === undefined
  // Said before any work, so a user without skopeo knows the push will build it.
  if (buildSkopeo) core.notice(`skopeo is not on PATH: it will be built from \`${inputs.skopeoFlake}\` for the push (and kept by the cache).`)
  return { inputs, context, push, tags, sources, buildSkopeo, skopeo }
}

const PLAN_PUSHES_NOTHING: PushDecision = { push: false, reason: '`plan: true` only plans the checks; the job that builds after the matrix pushes' }

function filled(input: string, fill: () => string[]): string[] {
  try {
    return fill()
  } catch (error) {
    throw new InputError(input, errorMessage(error))
  }
}

/**
 * What makes `attest: true` impossible in this run, found before any work:
 * the provenance is for a pushed digest, is signed with the job's OIDC token
 * and is stored with the GitHub token.
 */
export function attestProblem(inputs: Inputs, push: PushDecision, env: NodeJS.ProcessEnv = process.env): InputError | undefined {
  if (!inputs.attest) return undefined
  if (inputs.push === 'false') {
    return new InputError(
      'attest',
      '`attest: true` signs provenance for the pushed image, but `push: false` pushes none; set `push: auto` or `true`, or `attest: false`'
    )
  }
  // `push: auto` that will not push here (a pull request) skips the stage and says why.
  if (!push.push) return undefined
  // @actions/attest reads the job's token claims only from github.com's and
  // GHE.com's issuers (its oidc.ts); on GitHub Enterprise Server it would fail after the push.
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com'
  if (!/^https:\/\/(github\.com|[a-z0-9-]+\.ghe\.com)$/.test(server)) {
    return new InputError('attest', `signed provenance is made on github.com and GHE.com, and this job runs on ${server}; set \`attest: false\``)
  }
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
    return new InputError(
      'attest',
      "`attest: true` signs with the job's OIDC token, and the runner gave this job none (no ACTIONS_ID_TOKEN_REQUEST_URL); add `permissions: id-token: write` and `attestations: write` to the job"
    )
  }
  if (inputs.githubToken === '') {
    return new InputError('github-token', '`attest: true` stores the provenance with the GitHub token (`attestations: write`), and `github-token` is empty')
  }
  return undefined
}
