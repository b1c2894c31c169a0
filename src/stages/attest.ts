// The attest stage: signed SLSA build provenance for the pushed digest, made
// and stored by @actions/attest exactly as actions/attest-build-provenance
// does (Sigstore signing with the job's OIDC token, then the repository's
// attestations API). The library and the real undici it needs are loaded here
// only, so runs without `attest: true` never pay for them.
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { PushDecision } from '../plan/push-policy.js'
import type { Provenance, Report } from '../report/report.js'
import { InputError, errorMessage } from '../errors.js'
import { provideUndici } from '../shims/undici.js'
import { runStage } from '../stage.js'


/**
 * What makes `attest: true` impossible in this run, found before any work:
 * the provenance is for a pushed digest, is signed with the job's OIDC token
 * and is stored with the GitHub token.
 */
export function attestProblem(inputs: Inputs, push: PushDecision, env: NodeJS.ProcessEnv = process.env): InputError | undefined {
  if (!inputs.attest) return undefined
  if (inputs.push === 'false') {
    return new InputError('attest', '`attest: true` signs provenance for the pushed image, but `push: false` pushes none; set `push: auto` or `true`, or `attest: false`')
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
      '`attest: true` signs with the job\'s OIDC token, and the runner gave this job none (no ACTIONS_ID_TOKEN_REQUEST_URL); add `permissions: id-token: write` and `attestations: write` to the job'
    )
  }
  if (inputs.githubToken === '') {
    return new InputError('github-token', '`attest: true` stores the provenance with the GitHub token (`attestations: write`), and `github-token` is empty')
  }
  return undefined
}

/** After the push: attests what it pushed (the digest the registry reported), or says why nothing was. */
export async function attestPushed(inputs: Inputs, report: Report): Promise<void> {
  const pushed = report.image
  if (!pushed) return report.skip('attest', `nothing was pushed: ${report.pushDecision ?? 'the push stage did not run'}`)
  await runStage(report, 'attest', async () => {
    const provenance = await attestStage(inputs, pushed.digest, report)
    return `SLSA provenance of ${pushed.digest.slice(0, 19)}…, attestation ${provenance.id ?? '(no id returned)'}`
  })
}

async function attestStage(inputs: Inputs, digest: string, report: Report): Promise<Provenance> {
  const subject = `${inputs.registry}/${inputs.image}`
  const [algorithm, hex] = digest.split(':')
  if (algorithm !== 'sha256' || !hex) throw new Error(`cannot attest ${digest}: expected a sha256 digest`)
  // @actions/github sends its requests through undici's fetch; the bundle's
  // undici is a stub until this real one is handed to it (shims/undici.ts).
  provideUndici(await import('undici/index.js'))
  const { attestProvenance } = await import('@actions/attest')
  core.info(`Signing SLSA build provenance for ${subject}@${digest}`)
  const attestation = await attestProvenance({
    subjects: [{ name: subject, digest: { sha256: hex } }],
    token: inputs.githubToken
  }).catch((error: unknown) => {
    const message = errorMessage(error)
    // The image is pushed already; say so, and what the usual cause is.
    const hint = /persist attestation/i.test(message) ? ' (the job\'s token needs `permissions: attestations: write`)' : ''
    throw new Error(`${subject}@${digest} is pushed, but its provenance was not signed and stored: ${message}${hint}`)
  })
  const id = attestation.attestationID === undefined ? undefined : String(attestation.attestationID)
  const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com'
  const repository = process.env['GITHUB_REPOSITORY']
  const url = id && repository ? `${server}/${repository}/attestations/${id}` : undefined
  const provenance: Provenance = { subject, digest, id, url, tlogIndex: attestation.tlogID }
  core.info(`Provenance attestation ${id ?? '(no id returned)'}${url ? `: ${url}` : ''}`)
  report.attested(provenance)
  return provenance
}
