// The attest stage: signed SLSA build provenance for the pushed digest, made
// and stored by @actions/attest exactly as actions/attest-build-provenance
// does (Sigstore signing with the job's OIDC token, then the repository's
// attestations API). The library and the real undici it needs are loaded here
// only, so runs without `attest: true` never pay for them.
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { Provenance, RunRecorder } from '../report/report.js'
import { errorMessage } from '../errors.js'
import { provideUndici } from '../shims/undici.js'
import { runStage } from '../stage.js'

/** After the push: attests what it pushed (the digest the registry reported), or says why nothing was. */
export async function attestPushed(inputs: Inputs, pushed: { digest: string } | string, report: RunRecorder): Promise<void> {
  if (typeof pushed === 'string') {
    report.skip('attest', `nothing was pushed: ${pushed}`)
    return
  }
  await runStage(report, 'attest', async () => {
    const provenance = await attestStage(inputs, pushed.digest, report)
    return `SLSA provenance of ${pushed.digest.slice(0, 19)}…, attestation ${provenance.id ?? '(no id returned)'}`
  })
}

async function attestStage(inputs: Inputs, digest: string, report: RunRecorder): Promise<Provenance> {
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
    const hint = /persist attestation/i.test(message) ? " (the job's token needs `permissions: attestations: write`)" : ''
    throw new Error(`${subject}@${digest} is pushed, but its provenance was not signed and stored: ${message}${hint}`)
  })
  const id = attestation.attestationID
  const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com'
  const repository = process.env['GITHUB_REPOSITORY']
  const url = id && repository ? `${server}/${repository}/attestations/${id}` : undefined
  const provenance: Provenance = { subject, digest, id, url, tlogIndex: attestation.tlogID }
  core.info(`Provenance attestation ${id ?? '(no id returned)'}${url ? `: ${url}` : ''}`)
  report.attested(provenance)
  return provenance
}
