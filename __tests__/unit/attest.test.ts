import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseInputs, type Inputs } from '../../src/plan/inputs.js'
import { attestProblem } from '../../src/plan/plan.js'
import { Report } from '../../src/report/report.js'
import { summaryMarkdown } from '../../src/report/summary.js'

// `attest: true` is refused before any work when the run cannot sign or store
// provenance: no push, no OIDC token (`id-token: write`), no GitHub token.
const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> }
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(actionYml.inputs).map(([name, spec]) => [name, (spec.default ?? '').replace('${{ github.token }}', '')])
)
const inputs = (overrides: Record<string, string>): Inputs =>
  parseInputs(name => ({ ...DEFAULTS, registry: 'ghcr.io', image: 'upgrades/tagger', 'github-token': 'ghs_token', attest: 'true', ...overrides })[name] ?? '')

const PUSHING = { push: true, reason: 'a push to the default branch `main`' }
const NOT_PUSHING = { push: false, reason: '`pull_request` events do not push' }
const OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://example.test/idtoken?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }

describe('attestProblem', () => {
  it('accepts a push with an OIDC token and a GitHub token', () => {
    expect(attestProblem(inputs({}), PUSHING, OIDC)).toBeUndefined()
  })

  it('has nothing to say when attest is off, whatever else is missing', () => {
    expect(attestProblem(inputs({ attest: 'false', push: 'false', 'github-token': '' }), NOT_PUSHING, {})).toBeUndefined()
  })

  it('refuses `push: false`, naming attest and push', () => {
    const error = attestProblem(inputs({ push: 'false' }), { push: false, reason: 'push is off (`push: false`)' }, OIDC)
    expect(error?.input).toBe('attest')
    expect(error?.message).toMatch(/`push: false`/)
  })

  it('refuses a job without `id-token: write`, naming the permission', () => {
    for (const env of [{}, { ACTIONS_ID_TOKEN_REQUEST_URL: OIDC.ACTIONS_ID_TOKEN_REQUEST_URL }]) {
      const error = attestProblem(inputs({}), PUSHING, env)
      expect(error?.input).toBe('attest')
      expect(error?.message).toContain('id-token: write')
    }
  })

  it('refuses GitHub Enterprise Server, whose issuer @actions/attest does not accept; GHE.com is fine', () => {
    expect(attestProblem(inputs({}), PUSHING, { ...OIDC, GITHUB_SERVER_URL: 'https://github.example.com' })?.message).toContain('https://github.example.com')
    expect(attestProblem(inputs({}), PUSHING, { ...OIDC, GITHUB_SERVER_URL: 'https://octo.ghe.com' })).toBeUndefined()
    expect(attestProblem(inputs({}), PUSHING, { ...OIDC, GITHUB_SERVER_URL: 'https://github.com' })).toBeUndefined()
  })

  it('refuses an empty github-token, which the attestations API needs', () => {
    const error = attestProblem(inputs({ 'github-token': '' }), PUSHING, OIDC)
    expect(error?.input).toBe('github-token')
    expect(error?.message).toContain('attestations: write')
  })

  it('leaves a run that will not push (a pull request) to skip the stage, without asking for a token', () => {
    expect(attestProblem(inputs({}), NOT_PUSHING, {})).toBeUndefined()
  })
})

describe('the summary names the provenance', () => {
  const digest = 'sha256:4fe848dce84eb1bc7c79bdf0e7d7750c44e10c299a3c44037b2286e02b067d22'
  it('links the attestation of the pushed digest', () => {
    const report = new Report()
    report.pushed({ reference: `ghcr.io/upgrades/tagger@${digest}`, digest, tags: ['ghcr.io/upgrades/tagger:sha-abc1234'] })
    report.attested({
      subject: 'ghcr.io/upgrades/tagger',
      digest,
      id: '1234',
      url: 'https://github.com/upgrades/tagger/attestations/1234',
      tlogIndex: undefined
    })
    const markdown = summaryMarkdown(report, undefined)
    expect(markdown).toContain('### Provenance')
    expect(markdown).toContain(`ghcr.io/upgrades/tagger@${digest}`)
    expect(markdown).toContain('[attestation 1234](https://github.com/upgrades/tagger/attestations/1234)')
  })

  it('says nothing of provenance when none was made', () => {
    const report = new Report()
    report.pushed({ reference: `ghcr.io/upgrades/tagger@${digest}`, digest, tags: [] })
    expect(summaryMarkdown(report, undefined)).not.toContain('Provenance')
  })
})
