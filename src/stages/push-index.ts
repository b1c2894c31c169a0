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
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { SkopeoError, runSkopeo, tlsFlags } from '../registry/skopeo.js'
import { buildIndex, describePlatforms, sha256Digest, OCI_INDEX, type SourceImage } from '../registry/image-index.js'
import { commandLine } from '../process.js'
import { copyToFirstTag, registryAccess, tagAndReport, withLogin, withPushDir, type Pushed, type RegistryAccess } from '../registry/publish.js'

/** One source tag's manifest or config, byte for byte (skopeo writes them to a file in `dir`). */
async function inspect(access: RegistryAccess, dir: string, tag: string, what: 'manifest' | 'config'): Promise<Buffer> {
  const file = path.join(dir, `${what}-${Buffer.from(tag).toString('hex')}`)
  const reference = `docker://${access.repository}:${tag}`
  try {
    await runSkopeo(
      ['inspect', '--raw', ...(what === 'config' ? ['--config'] : []), ...access.auth, ...tlsFlags('', access.tlsVerify), reference],
      access.target,
      `Reading the ${what} of ${access.repository}:${tag}`,
      {
        stdoutFile: file
      }
    )
  } catch (error) {
    if (error instanceof SkopeoError && /manifest unknown|not found|\b404\b/i.test(error.message)) {
      throw new Error(
        `\`${tag}\` (from \`manifest-from\`) is not in ${access.repository}. Each tag must be pushed there first, by a job of the matrix that this one \`needs:\`, with the same \`registry\` and \`image\`.\n${error.message}`
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
  const blob = (bytes: Buffer) => {
    writeFileSync(path.join(blobs, sha256Digest(bytes).slice('sha256:'.length)), bytes)
  }
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
  skopeo: string,
  sourceTags: readonly string[],
  tags: readonly string[],
  inputs: Inputs,
  context: RunContext,
  report: RunRecorder
): Promise<Pushed> {
  const repository = `${inputs.registry}/${inputs.image}`
  for (const tag of sourceTags) report.command(commandLine('skopeo', ['inspect', '--raw', ...tlsFlags('', inputs.tlsVerify), `docker://${repository}:${tag}`]))
  return withPushDir(context, dir =>
    withLogin(skopeo, inputs, context, async login => {
      const access = registryAccess(skopeo, inputs, login)
      const sources: SourceImage[] = []
      for (const tag of sourceTags) {
        sources.push({ tag, manifest: await inspect(access, dir, tag, 'manifest'), config: await inspect(access, dir, tag, 'config') })
      }
      const index = buildIndex(sources)
      core.info(`Image index ${index.digest}: ${index.entries.map((entry, i) => `${sourceTags[i] ?? ''} (${describePlatforms([entry])})`).join(', ')}`)
      const layout = writeLayout(dir, sources, index)
      const digest = await copyToFirstTag(`oci:${layout}:index`, ['--all', '--preserve-digests'], tags, dir, access, 'Pushing the image index')
      const pushed = await tagAndReport(digest, tags, { all: true, access })
      report.pushed({ reference: pushed.reference, digest, tags: pushed.references, platforms: describePlatforms(index.entries) })
      return pushed
    })
  )
}
