// The built package as something `skopeo copy docker-archive:` reads.
// dockerTools.buildImage/buildLayeredImage give a (gzipped) tarball;
// streamLayeredImage gives a script that writes one to stdout.
import { createWriteStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { pipeline } from 'node:stream/promises'
import { childEnvironment } from './child-env.js'

type ArchiveKind = 'tarball' | 'stream-script' | 'unknown'

export async function archiveKind(file: string): Promise<ArchiveKind> {
  const info = await stat(file)
  if (!info.isFile()) return 'unknown'
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(512)
    const { bytesRead } = await handle.read(head, 0, 512, 0)
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tarball'
    if (bytesRead >= 2 && head.subarray(0, 2).toString() === '#!') return 'stream-script'
    if (bytesRead >= 262 && head.subarray(257, 262).toString() === 'ustar') return 'tarball'
    return 'unknown'
  } finally {
    await handle.close()
  }
}

/** A path skopeo can read as `docker-archive:`; runs a stream script into `workDir` if need be. */
export async function dockerArchive(storePath: string, workDir: string): Promise<string> {
  const kind = await archiveKind(storePath)
  if (kind === 'tarball') return storePath
  if (kind === 'stream-script') {
    const target = path.join(workDir, 'image.tar')
    // The script comes from the flake: it gets no secrets (child-env.ts).
    const child = spawn(storePath, [], { stdio: ['ignore', 'pipe', 'inherit'], env: childEnvironment() })
    const exited = new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    await pipeline(child.stdout, createWriteStream(target, { mode: 0o600 }))
    const code = await exited
    if (code !== 0) throw new Error(`${storePath} exited with ${code} while streaming the image`)
    return target
  }
  throw new Error(
    `${storePath} is not a docker-archive tarball. Set \`package\` to an image built with nixpkgs' dockerTools (buildImage, buildLayeredImage or streamLayeredImage), or \`push: false\`.`
  )
}
