// A multi-platform image from per-platform images already in the registry:
// each source's manifest and config are read, checked, and an OCI image
// index is written whose entries carry each image's platform from its
// config. Pure logic; the skopeo work is in stages/push-index.ts.
import { createHash } from 'node:crypto'

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'

export interface Platform {
  os: string
  architecture: string
  variant?: string
  'os.version'?: string
}

/** One per-platform image: its manifest's exact bytes and its config's. */
export interface SourceImage {
  tag: string
  manifest: Buffer
  config: Buffer
}

export interface IndexEntry {
  mediaType: string
  digest: string
  size: number
  platform: Platform
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

function parseJson(bytes: Buffer, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // said below
  }
  throw new Error(`${what} is not a JSON object`)
}

/**
 * The manifest's media type, refusing what cannot be an entry of an index:
 * an index or manifest list (the tag is multi-platform already), schema 1.
 */
export function manifestMediaType(tag: string, manifest: Buffer): string {
  const json = parseJson(manifest, `the manifest of \`${tag}\``)
  const mediaType = typeof json['mediaType'] === 'string' ? json['mediaType'] : undefined
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST || Array.isArray(json['manifests'])) {
    throw new Error(
      `\`${tag}\` is already a multi-platform image (an image index); \`manifest-from\` takes the per-platform tags that the matrix jobs pushed, one image each`
    )
  }
  if (json['schemaVersion'] !== 2)
    throw new Error(`\`${tag}\` has a schema ${String(json['schemaVersion'])} manifest; only schema 2 images (Docker v2 or OCI) can go into an index`)
  // An OCI manifest may leave out its media type; a Docker one never does.
  if (mediaType === undefined || mediaType === OCI_MANIFEST) return OCI_MANIFEST
  if (mediaType === DOCKER_MANIFEST) return DOCKER_MANIFEST
  throw new Error(`\`${tag}\` is a ${mediaType}, not an image manifest`)
}

/** The platform an image's config declares (`os`, `architecture`, `variant`, `os.version`). */
export function platformOf(tag: string, config: Buffer): Platform {
  const json = parseJson(config, `the config of \`${tag}\``)
  const text = (key: string): string | undefined => (typeof json[key] === 'string' && json[key] !== '' ? json[key] : undefined)
  const os = text('os')
  const architecture = text('architecture')
  if (os === undefined || architecture === undefined) {
    throw new Error(`the config of \`${tag}\` does not say its platform (\`os\` and \`architecture\`), so clients could not choose it from an index`)
  }
  const platform: Platform = { architecture, os }
  const variant = text('variant')
  if (variant !== undefined) platform.variant = variant
  const osVersion = text('os.version')
  if (osVersion !== undefined) platform['os.version'] = osVersion
  return platform
}

function platformName(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

/** The index entry of one source; the config must be the one its manifest names. */
export function indexEntry(source: SourceImage): IndexEntry {
  const mediaType = manifestMediaType(source.tag, source.manifest)
  const named = (parseJson(source.manifest, `the manifest of \`${source.tag}\``)['config'] as { digest?: unknown } | undefined)?.digest
  if (named !== sha256Digest(source.config)) {
    throw new Error(
      `the config read for \`${source.tag}\` is not the one its manifest names (${String(named)}); was the tag pushed again meanwhile? Run the job again.`
    )
  }
  return { mediaType, digest: sha256Digest(source.manifest), size: source.manifest.length, platform: platformOf(source.tag, source.config) }
}

export interface ImageIndex {
  /** The index's exact bytes: the same sources always give the same bytes and digest. */
  bytes: Buffer
  digest: string
  entries: IndexEntry[]
}

/** The OCI image index of `sources`, in their order; two images of one platform are an error. */
export function buildIndex(sources: readonly SourceImage[]): ImageIndex {
  if (sources.length === 0) throw new Error('no images to combine')
  const entries = sources.map(indexEntry)
  const seen = new Map<string, string>()
  entries.forEach((entry, i) => {
    const name = platformName(entry.platform)
    const other = seen.get(name)
    const tag = sources[i]?.tag ?? ''
    if (other !== undefined)
      throw new Error(`\`${other}\` and \`${tag}\` are both ${name} images; a client could not tell which to pull. Give one tag per platform.`)
    seen.set(name, tag)
  })
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }))
  return { bytes, digest: sha256Digest(bytes), entries }
}

export function describePlatforms(entries: readonly IndexEntry[]): string {
  return entries.map(entry => platformName(entry.platform)).join(', ')
}
