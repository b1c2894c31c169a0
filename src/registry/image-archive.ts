// The built package as something `skopeo copy docker-archive:` reads.
// dockerTools.buildImage/buildLayeredImage give a tarball, gzipped by
// default, which skopeo 1.9 cannot read; streamLayeredImage gives a script
// that writes a tarball to stdout.
import { createReadStream, createWriteStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { run } from '../process.js'

export type ArchiveKind = 'tarball' | 'gzipped-tarball' | 'stream-script' | 'unknown'

export async function archiveKind(file: string): Promise<ArchiveKind> {
  const info = await stat(file)
  if (!info.isFile()) return 'unknown'
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(512)
    const { bytesRead } = await handle.read(head, 0, 512, 0)
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzipped-tarball'
    if (bytesRead >= 2 && head.subarray(0, 2).toString() === '#!') return 'stream-script'
    if (bytesRead >= 262 && head.subarray(257, 262).toString() === 'ustar') return 'tarball'
    return 'unknown'
  } finally {
    await handle.close()
  }
}

export interface Archive {
  kind: ArchiveKind
  /** What skopeo reads: the store path, or a tarball made in the work dir. */
  path: string
  /** How a user gets that tarball from `./result` by hand. */
  reproduce: string | undefined
}

/** A path skopeo can read as `docker-archive:`, made in `workDir` when the package is not one already. */
export async function dockerArchive(storePath: string, workDir: string): Promise<Archive> {
  const kind = await archiveKind(storePath)
  const target = path.join(workDir, 'image.tar')
  switch (kind) {
    case 'tarball':
      return { kind, path: storePath, reproduce: undefined }
    case 'gzipped-tarball':
      await pipeline(createReadStream(storePath), createGunzip(), createWriteStream(target, { mode: 0o600 }))
      return { kind, path: target, reproduce: 'gunzip -c result > image.tar' }
    case 'stream-script': {
      // Through run(): its stderr is logged with workflow commands off, and a
      // cancellation stops it like any other tool.
      const result = await run(storePath, [], { stdoutFile: target })
      if (result.exitCode !== 0) throw new Error(`${storePath} exited with ${result.exitCode} while writing the image:\n${result.output.trim().slice(-2000)}`)
      return { kind, path: target, reproduce: './result > image.tar' }
    }
    case 'unknown':
      throw new Error(
        `${storePath} is not a docker-archive tarball. Set \`package\` to an image built with nixpkgs' dockerTools (buildImage, buildLayeredImage or streamLayeredImage), or \`push: false\`.`
      )
  }
}
