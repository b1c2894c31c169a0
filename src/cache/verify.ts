// A restored binary cache checked before it is served, when the job has a
// `cache-signing-key`: every .narinfo signed by its public key over Nix's
// fingerprint, and every NAR file the SHA-256 its .narinfo states. Nix
// checks both too, but path by path: a NAR whose hash does not match fails
// the build that wanted it (Nix does not fall back to building without
// `--fallback`). Refusing the whole entry here makes the run cold instead,
// and the warning names what failed.
import { createHash } from 'node:crypto'
import { createReadStream, readFileSync } from 'node:fs'
import path from 'node:path'
import { binaryCacheHashes } from './binary-cache.js'
import { fingerprint, hashMatches, signedBy } from './signing.js'
import { isStorePath, STORE_DIR } from './roots.js'

/** A .narinfo's fields; `Sig` may repeat. */
function fields(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    const colon = line.indexOf(': ')
    if (colon > 0) found.set(line.slice(0, colon), [...(found.get(line.slice(0, colon)) ?? []), line.slice(colon + 2)])
  }
  return found
}

async function fileSha256(file: string): Promise<Buffer> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest()
}

/** What is wrong with one path's .narinfo and NAR, or undefined when nothing is. */
async function problemOf(dir: string, hash: string, publicKey: string): Promise<string | undefined> {
  const info = fields(readFileSync(path.join(dir, `${hash}.narinfo`), 'utf8'))
  const one = (name: string) => info.get(name)?.[0]
  const storePath = one('StorePath') ?? ''
  const narHash = one('NarHash') ?? ''
  const url = one('URL') ?? ''
  const narSize = Number(one('NarSize'))
  if (!(isStorePath(storePath) || isStorePath(storePath, true)) || !path.basename(storePath).startsWith(`${hash}-`))
    return `${hash}.narinfo does not name its own store path`
  // The action writes its entries uncompressed (binary-cache.ts), so the NAR
  // file is the NAR and its hash is NarHash.
  if ((one('Compression') ?? 'bzip2') !== 'none' || !/^nar\/[0-9a-z]+\.nar$/.test(url) || !Number.isSafeInteger(narSize))
    return `${storePath}: not an entry this action writes`
  const references = (one('References') ?? '')
    .split(' ')
    .filter(ref => ref !== '')
    .map(ref => `${STORE_DIR}/${ref}`)
  const sigs = info.get('Sig') ?? []
  if (sigs.length === 0) return `${storePath} is not signed`
  if (!signedBy(publicKey, fingerprint(storePath, narHash, narSize, references), sigs))
    return `${storePath}: no signature by ${publicKey.split(':')[0] ?? ''} over its hash, size and references`
  let digest: Buffer
  try {
    digest = await fileSha256(path.join(dir, url))
  } catch {
    return `${storePath}: its NAR (${url}) is missing`
  }
  if (!hashMatches(narHash, digest)) return `${storePath}: its NAR (${url}) is not the one signed (hash mismatch)`
  return undefined
}

/** Every problem of the restored directory (at most `limit` named), [] when it is all signed by `publicKey` and whole. */
export async function verifyBinaryCache(dir: string, publicKey: string, limit = 5): Promise<string[]> {
  const problems: string[] = []
  for (const hash of binaryCacheHashes(dir)) {
    const problem = await problemOf(dir, hash, publicKey)
    if (problem) problems.push(problem)
    if (problems.length >= limit) break
  }
  return problems
}
