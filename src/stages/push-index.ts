// Stage 6 with `manifest-from`: combine per-platform images that earlier
// matrix jobs pushed into one multi-platform image index, and push it under
// `tags`.
//
// skopeo cannot make an index, so the action writes one and lets skopeo push
// it from a local OCI layout (`copy --all --preserve-digests oci:…`), rather
// than speaking the registry's HTTP API itself: skopeo then does the login,
// token flows (basic, bearer, Docker Hub's), TLS, proxies and retries as in
// every other push. The layout holds the index, each image's manifest and
// config (read with `skopeo inspect --raw`), but no layer: skopeo asks the
// registry for each blob first (HEAD) and, finding it in this very
// repository, uploads nothing and reads nothing from the layout. Seen on
// skopeo 1.9, 1.18 and 1.22 with a fresh blob-info cache (the e2e test
// counts uploads). `--preserve-digests` makes skopeo fail rather than push a
// rewritten manifest, so the index's digest is the one computed here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { Report } from '../report.js'
import { SkopeoError, runSkopeo, tlsFlags, type SkopeoTarget } from '../skopeo.js'
import { buildIndex, describePlatforms, sha256Digest, OCI_INDEX, type SourceImage } from '../image-index.js'
import { commandLine } from '../process.js'
import { registryAccess, tagAndReport, withPushDir, type Login, type Pushed } from './push.js'

interface Reader {
  repository: string
  target: SkopeoTarget
  auth: string[]
  tlsVerify: boolean
  dir: string
}

/** One source tag's manifest or config, byte for byte (skopeo writes them to a file). */
async function inspect(reader: Reader, tag: string, what: 'manifest' | 'config'): Promise<Buffer> {
  const file = path.join(reader.dir, `${what}-${Buffer.from(tag).toString('hex')}`)
  const reference = `docker://${reader.repository}:${tag}`
  try {
    await runSkopeo(['inspect', '--raw', ...(what === 'config' ? ['--config'] : []), ...reader.auth, ...tlsFlags('', reader.tlsVerify), reference], reader.target, `Reading the ${what} of ${reader.repository}:${tag}`, {
      stdoutFile: file
    })
  } catch (error) {
    if (error instanceof SkopeoError && /manifest unknown|not found|\b404\b/i.test(error.message)) {
      throw new Error(
        `\`${tag}\` (from \`manifest-from\`) is not in ${reader.repository}. Each tag must be pushed there first, by a job of the matrix that this one \`needs:\`, with the same \`registry\` and \`image\`.\n${error.message}`
      )
    }
    throw error
  }
  return readFileSync(file)
}

/** An OCI layout holding the index, its manifests and configs; skopeo pushes it as `oci:<dir>:index`. */
function writeLayout(dir: string, sources: readonly SourceImage[], index: { bytes: Buffer; digest: string }): string {
  const layout = path.join(dir, 'layout')
  const blobs = path.join(layout, 'blobs', 'sha256')
  mkdirSync(blobs, { recursive: true })
  const blob = (bytes: Buffer) => writeFileSync(path.join(blobs, sha256Digest(bytes).slice('sha256:'.length)), bytes)
  for (const source of sources) {
    blob(source.manifest)
    blob(source.config)
  }
  blob(index.bytes)
  writeFileSync(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  const ref = { mediaType: OCI_INDEX, digest: index.digest, size: index.bytes.length, annotations: { 'org.opencontainers.image.ref.name': 'index' } }
  writeFileSync(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [ref] }))
  return layout
}

export async function pushIndexStage(
  sourceTags: readonly string[],
  tags: readonly string[],
  login: Login,
  inputs: Inputs,
  context: RunContext,
  report: Report
): Promise<Pushed> {
  const { target, auth } = registryAccess(inputs, login)
  const repository = `${inputs.registry}/${inputs.image}`
  const first = tags[0]
  if (first === undefined) throw new Error('no tags to push')
  for (const tag of sourceTags) report.command(commandLine('skopeo', ['inspect', '--raw', ...tlsFlags('', inputs.tlsVerify), `docker://${repository}:${tag}`]))
  return withPushDir(context, async dir => {
    login.log.release()
    await login.done
    const reader: Reader = { repository, target, auth, tlsVerify: inputs.tlsVerify, dir }
    const sources: SourceImage[] = []
    for (const tag of sourceTags) {
      sources.push({ tag, manifest: await inspect(reader, tag, 'manifest'), config: await inspect(reader, tag, 'config') })
    }
    const index = buildIndex(sources)
    core.info(`Image index ${index.digest}: ${index.entries.map((entry, i) => `${sourceTags[i]} (${describePlatforms([entry])})`).join(', ')}`)
    const layout = writeLayout(dir, sources, index)
    const digestFile = path.join(dir, 'digest')
    await runSkopeo(
      ['copy', '--all', '--preserve-digests', ...auth, ...tlsFlags('dest-', inputs.tlsVerify), '--digestfile', digestFile, `oci:${layout}:index`, `docker://${repository}:${first}`],
      target,
      `Pushing the image index ${repository}:${first}`
    )
    const digest = readFileSync(digestFile, 'utf8').trim()
    const pushed = await tagAndReport(digest, tags, { all: true, auth, target, inputs, report })
    if (report.image) report.image.platforms = describePlatforms(index.entries)
    return pushed
  })
}
