// Signed build provenance (`attest: true`): the bundled action
// pushes to a real registry, then the unmodified @actions/attest in dist/
// signs SLSA provenance for the pushed digest against local Sigstore, OIDC
// and GitHub API stand-ins (test-support/attest-services.ts) and stores it,
// reached through an HTTPS proxy as behind a corporate proxy, and (where the
// machine allows mount namespaces) directly. The test checks the stored bundle with Sigstore's own verifier and the
// stand-ins' trust root, and that bad combinations stop before any work.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { bundleFromJSON } from '@sigstore/bundle'
import { Verifier, toSignedEntity, toTrustMaterial, type VerifierOptions } from '@sigstore/verify'
import { ISSUER, hostsRouteWorks, jobClaims, startAttestServices, type AttestServices, type StoredAttestation } from '../../test-support/attest-services.js'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type RunnerEvent } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pullRequest, registryInputs } from '../../test-support/scenario.js'

const REPOSITORY = 'upgrades/example'
const RUN_ID = '4242'
let registry: Registry
let repo: FlakeRepo
let services: AttestServices

beforeAll(async () => {
  registry = await startRegistry()
  repo = await makeFlakeRepo()
  services = await startAttestServices()
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await services?.stop()
  await registry?.stop()
  await repo?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

const pushOf = (visibility: 'public' | 'private'): RunnerEvent => ({
  name: 'push',
  ref: 'refs/heads/main',
  sha: repo.sha,
  payload: { repository: { default_branch: 'main', visibility, full_name: REPOSITORY } }
})

interface Statement {
  _type: string
  subject: { name: string; digest: Record<string, string> }[]
  predicateType: string
  predicate: { buildDefinition: { resolvedDependencies: { digest: Record<string, string> }[] }; runDetails: { metadata: { invocationId: string } } }
}

/** Sigstore's verifier with the stand-ins' trust root; throws when the bundle does not verify. */
function verify(stored: StoredAttestation | undefined, options: VerifierOptions, trusting: AttestServices = services): Statement {
  if (stored === undefined) throw new Error('no attestation was stored')
  const bundle = bundleFromJSON(stored.bundle)
  const verifier = new Verifier(toTrustMaterial(trusting.trustedRoot), options)
  const signer = verifier.verify(toSignedEntity(bundle), { extensions: { issuer: ISSUER } })
  expect(signer.identity?.extensions?.issuer).toBe(ISSUER)
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error(`expected a DSSE bundle, got ${bundle.content.$case}`)
  return JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')) as Statement
}

async function attestRun(image: string, visibility: 'public' | 'private', inputs: Record<string, string> = {}, via: AttestServices = services) {
  via.claims = {
    ...jobClaims({ repository: REPOSITORY, ref: 'refs/heads/main', sha: repo.sha, eventName: 'push', runId: RUN_ID }),
    repository_visibility: visibility
  }
  const before = via.attestations.length
  const run = await runAction({
    workspace: repo.dir,
    event: pushOf(visibility),
    inputs: { ...registryInputs(registry), image, attest: 'true', 'github-token': via.githubToken, cache: 'false', check: 'false', ...inputs },
    env: { NIX_CONFIG: ACTION_NIX_CONFIG, GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: RUN_ID, ...via.env },
    node: via.node
  })
  return { run, stored: via.attestations.slice(before) }
}

describe('attest: true', () => {
  test('a private repository: provenance of the pushed digest, signed (Fulcio + timestamp authority), stored and named in the summary', async () => {
    const image = 'upgrades/attested'
    const { run, stored } = await attestRun(image, 'private')
    expect(run.main.exitCode).toBe(0)
    const digest = await registry.digestOf(image, `sha-${repo.sha.slice(0, 7)}`)
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(run.outputs['digest']).toBe(digest)

    // Stored once, in this repository, through the attestations API.
    expect(stored).toHaveLength(1)
    const [attestation] = stored
    if (!attestation) throw new Error('no attestation stored')
    expect(attestation.repository).toBe(REPOSITORY)

    // GitHub's own instance has no transparency log: the time comes from the timestamp authority.
    const statement = verify(attestation, { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 })
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.subject).toEqual([{ name: `${registry.host}/${image}`, digest: { sha256: digest?.slice('sha256:'.length) } }])
    expect(statement.predicate.buildDefinition.resolvedDependencies[0]?.digest['gitCommit']).toBe(repo.sha)
    expect(statement.predicate.runDetails.metadata.invocationId).toContain(`/${REPOSITORY}/actions/runs/${RUN_ID}/`)
    // Every service was reached through the runner's proxy (undici's ProxyAgent among them).
    expect(new Set(services.proxied)).toEqual(
      new Set([
        'pipelines.actions.githubusercontent.com',
        'token.actions.githubusercontent.com',
        'fulcio.githubapp.com',
        'timestamp.githubapp.com',
        'api.github.com'
      ])
    )
    // Signed with the job's OIDC token (audience `sigstore`), the predicate read from it (`nobody`).
    expect(services.tokenAudiences).toEqual(expect.arrayContaining(['sigstore', 'nobody']))

    // The summary names the attestation and where GitHub shows it.
    expect(run.summary).toContain(`https://github.com/${REPOSITORY}/attestations/${attestation.id}`)
    expect(run.summary).toContain(digest)
    expect(run.summary).toMatch(/\| attest \| ✅ passed \|/)

    // The verifier is not a rubber stamp: another digest in the same envelope fails.
    const forged = structuredClone(attestation.bundle) as { dsseEnvelope: { payload: string } }
    const payload = JSON.parse(Buffer.from(forged.dsseEnvelope.payload, 'base64').toString()) as Statement
    const [subject] = payload.subject
    if (subject === undefined) throw new Error('the statement names no subject')
    subject.digest['sha256'] = '0'.repeat(64)
    forged.dsseEnvelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64')
    expect(() => verify({ ...attestation, bundle: forged }, { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 })).toThrow()
  })

  test('a public repository: signed on the public-good instance, with a transparency-log entry', async () => {
    const image = 'upgrades/attested-public'
    const { run, stored } = await attestRun(image, 'public')
    expect(run.main.exitCode).toBe(0)
    const digest = await registry.digestOf(image, `sha-${repo.sha.slice(0, 7)}`)
    expect(stored).toHaveLength(1)
    const statement = verify(stored[0], { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 })
    expect(statement.subject[0]?.digest['sha256']).toBe(digest?.slice('sha256:'.length))
    expect(run.summary).toMatch(/transparency log index \d+/)
  })
})

// Without a proxy: the host names resolved through a hosts file in a private
// mount namespace, direct connections to port 443 (needs root and unshare).
const direct = hostsRouteWorks() ? test : test.skip
describe('attest: true without a proxy', () => {
  direct('connects to the services directly and stores a bundle that verifies', async () => {
    const hosts = await startAttestServices('hosts')
    try {
      const image = 'upgrades/attested-direct'
      const { run, stored } = await attestRun(image, 'private', {}, hosts)
      expect(run.main.exitCode).toBe(0)
      expect(hosts.proxied).toEqual([])
      expect(stored).toHaveLength(1)
      const digest = await registry.digestOf(image, `sha-${repo.sha.slice(0, 7)}`)
      const statement = verify(stored[0], { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }, hosts)
      expect(statement.subject[0]?.digest['sha256']).toBe(digest?.slice('sha256:'.length))
    } finally {
      await hosts.stop()
    }
  })
})

describe('attest: true that the attestations API refuses', () => {
  test('a token without `attestations: write`: the step fails at the attest stage and says the image is pushed', async () => {
    const image = 'upgrades/attest-refused'
    const { run, stored } = await attestRun(image, 'private', { 'github-token': 'ghs_not-the-right-token' })
    expect(run.main.exitCode).toBe(1)
    expect(stored).toHaveLength(0)
    // Pushed before the signing, as actions/attest-build-provenance runs after a push.
    expect(await registry.digestOf(image, `sha-${repo.sha.slice(0, 7)}`)).toMatch(/^sha256:/)
    const errors = run.annotations.filter(annotation => annotation.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/attest stage failed: .*is pushed, but its provenance was not signed and stored.*attestations: write/)
    expect(run.summary).toMatch(/\| attest \| ❌ failed \|/)
  })
})

describe('attest: true with manifest-from', () => {
  test('the provenance names the image index the step pushed', async () => {
    const image = 'upgrades/attested-index'
    const arm64 = await makeFlakeRepo({ variant: { imageArch: 'arm64' } })
    try {
      // The matrix jobs: one per platform, no provenance of their own.
      for (const [source, tag] of [
        [repo, 'amd64-1'],
        [arm64, 'arm64-1']
      ] as const) {
        const run = await runAction({
          workspace: source.dir,
          event: pushOf('private'),
          inputs: { ...registryInputs(registry), image, tags: tag, check: 'false', cache: 'false' },
          env: { NIX_CONFIG: ACTION_NIX_CONFIG }
        })
        expect(run.main.exitCode).toBe(0)
      }
      const { run, stored } = await attestRun(image, 'private', { 'manifest-from': 'amd64-1, arm64-1', tags: 'v1', build: 'false' })
      expect(run.main.exitCode).toBe(0)
      const index = await registry.digestOf(image, 'v1')
      expect(index).not.toBe(await registry.digestOf(image, 'amd64-1'))
      expect(stored).toHaveLength(1)
      const statement = verify(stored[0], { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 })
      expect(statement.subject).toEqual([{ name: `${registry.host}/${image}`, digest: { sha256: index?.slice('sha256:'.length) } }])
    } finally {
      await arm64.cleanup()
    }
  })
})

describe('attest: true that cannot work stops before any work', () => {
  test('with `push: false`: an input error naming `attest`', async () => {
    const run = await runAction({
      workspace: repo.dir,
      event: pushOf('private'),
      inputs: { ...registryInputs(registry), image: 'upgrades/never', attest: 'true', push: 'false', 'github-token': services.githubToken },
      env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...services.env }
    })
    expect(run.main.exitCode).toBe(1)
    const errors = run.annotations.filter(annotation => annotation.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/Input 'attest'.*push: false/)
    expect(run.summary).toBe('')
    expect(await registry.tags('upgrades/never')).toEqual([])
  })

  test('without `id-token: write` (no ACTIONS_ID_TOKEN_REQUEST_URL): an error that names the permission', async () => {
    const before = registry.requests().length
    const run = await runAction({
      workspace: repo.dir,
      event: pushOf('private'),
      inputs: { ...registryInputs(registry), image: 'upgrades/never', attest: 'true', 'github-token': services.githubToken },
      env: { NIX_CONFIG: ACTION_NIX_CONFIG }
    })
    expect(run.main.exitCode).toBe(1)
    const errors = run.annotations.filter(annotation => annotation.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/Input 'attest'.*id-token: write/)
    expect(run.summary).toBe('')
    expect(registry.requests().length).toBe(before)
  })

  test('on a pull request (`push: auto` does not push): built, nothing attested, and the summary says why', async () => {
    const before = services.attestations.length
    const run = await runAction({
      workspace: repo.dir,
      event: pullRequest(repo.sha),
      inputs: { ...registryInputs(registry), image: 'upgrades/never', attest: 'true', cache: 'false', check: 'false' },
      env: { NIX_CONFIG: ACTION_NIX_CONFIG }
    })
    expect(run.main.exitCode).toBe(0)
    expect(services.attestations.length).toBe(before)
    expect(run.summary).toMatch(/\| attest \| ⏭️ skipped \|.*pull_request/)
  })
})
