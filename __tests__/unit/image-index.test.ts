import { buildIndex, manifestMediaType, platformOf, sha256Digest, type SourceImage } from '../../src/registry/image-index.js'

const config = (fields: object) => Buffer.from(JSON.stringify({ created: '1970-01-01T00:00:01Z', rootfs: { type: 'layers', diff_ids: [] }, ...fields }))
const DOCKER = 'application/vnd.docker.distribution.manifest.v2+json'

function image(tag: string, platform: object, mediaType: string | null = DOCKER): SourceImage {
  const cfg = config(platform)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      ...(mediaType ? { mediaType } : {}),
      config: { mediaType: 'x', size: cfg.length, digest: sha256Digest(cfg) },
      layers: []
    })
  )
  return { tag, manifest, config: cfg }
}

describe('buildIndex', () => {
  it('lists each image by digest and size with the platform its config says, in the given order', () => {
    const amd = image('amd64-1', { os: 'linux', architecture: 'amd64' })
    const arm = image('arm64-1', { os: 'linux', architecture: 'arm64', variant: 'v8' }, null)
    const index = buildIndex([amd, arm])
    const json = JSON.parse(index.bytes.toString()) as { schemaVersion: number; mediaType: string; manifests: unknown[] }
    expect(json.schemaVersion).toBe(2)
    expect(json.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(json.manifests).toEqual([
      { mediaType: DOCKER, digest: sha256Digest(amd.manifest), size: amd.manifest.length, platform: { architecture: 'amd64', os: 'linux' } },
      // An OCI manifest may omit its media type; the entry still needs one.
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256Digest(arm.manifest),
        size: arm.manifest.length,
        platform: { architecture: 'arm64', os: 'linux', variant: 'v8' }
      }
    ])
    expect(index.digest).toBe(sha256Digest(index.bytes))
  })

  it('gives the same bytes for the same images: running it again changes nothing', () => {
    const sources = [image('a', { os: 'linux', architecture: 'amd64' }), image('b', { os: 'linux', architecture: 's390x' })]
    expect(buildIndex(sources).digest).toBe(buildIndex(sources.map(s => ({ ...s }))).digest)
  })

  it('refuses two images of one platform', () => {
    expect(() => buildIndex([image('a', { os: 'linux', architecture: 'amd64' }), image('b', { os: 'linux', architecture: 'amd64' })])).toThrow(
      /`a` and `b` are both linux\/amd64/
    )
  })

  it('keeps arm variants apart', () => {
    expect(
      buildIndex([image('v7', { os: 'linux', architecture: 'arm', variant: 'v7' }), image('v6', { os: 'linux', architecture: 'arm', variant: 'v6' })]).entries
    ).toHaveLength(2)
  })

  it('refuses a config that is not the one the manifest names', () => {
    const a = image('a', { os: 'linux', architecture: 'amd64' })
    expect(() => buildIndex([{ ...a, config: config({ os: 'linux', architecture: 'arm64' }) }])).toThrow(/not the one its manifest names/)
  })
})

describe('manifestMediaType', () => {
  it.each(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'])(
    'refuses an index (%s): the tag is multi-platform already',
    mediaType => {
      const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, manifests: [] }))
      expect(() => manifestMediaType('multi', index)).toThrow(/`multi` is already a multi-platform image/)
    }
  )

  it('refuses an OCI index that leaves out its media type', () => {
    expect(() => manifestMediaType('multi', Buffer.from('{"schemaVersion":2,"manifests":[]}'))).toThrow(/already a multi-platform/)
  })

  it('refuses schema 1 and what is not JSON', () => {
    expect(() => manifestMediaType('old', Buffer.from('{"schemaVersion":1,"fsLayers":[]}'))).toThrow(/schema 1/)
    expect(() => manifestMediaType('x', Buffer.from('<html>'))).toThrow(/not a JSON object/)
  })
})

describe('platformOf', () => {
  it('reads os, architecture, variant and os.version from the config', () => {
    expect(platformOf('w', config({ os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1' }))).toEqual({
      os: 'windows',
      architecture: 'amd64',
      'os.version': '10.0.17763.1'
    })
  })

  it('refuses a config without a platform', () => {
    expect(() => platformOf('bare', config({ os: 'linux' }))).toThrow(/`bare` does not say its platform/)
  })
})
