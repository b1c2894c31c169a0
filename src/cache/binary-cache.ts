// The binary cache directory the Nix entry holds: reading it (its .narinfo
// files name each path, its NAR file and its references) and writing the
// next one from what a run relied on.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../process.js'
import { NIX_COMMAND } from '../nix/command.js'

export interface NarInfo {
  /** `<hash>-<name>`, the store path's base name. */
  name: string
  /** The NAR file, relative to the cache directory (`nar/….nar`). */
  url: string
  narSize: number
  /** Base names of the paths it refers to. */
  references: string[]
}

/**
 * The action's own directory under RUNNER_TEMP, which the runner empties
 * after each job: nothing an earlier job left (in the runner's home, say,
 * which outlives jobs on a self-hosted runner) is ever served.
 */
export function workDir(runnerTemp: string): string {
  return path.join(runnerTemp, 'nix-flake-ci')
}

/**
 * Where the restored entry goes. Its path is part of the cache entry's
 * version (@actions/cache hashes the paths it is given), so it must be the
 * same on every runner that shares entries: GitHub-hosted runners all have
 * RUNNER_TEMP at /home/runner/work/_temp.
 */
export function binaryCacheDir(runnerTemp: string): string {
  return path.join(workDir(runnerTemp), 'binary-cache')
}

/**
 * The entry's directory as the Actions cache is told it: under the home as
 * `~/…` when it is there (RUNNER_TEMP is `<home>/work/_temp` on GitHub's
 * runners). The cache's version hashes the paths as given, and the home
 * differs by OS (/home/runner, /Users/runner): given absolutely, a plan on
 * Linux would never find what a matrix job on macOS saved. The cache's glob
 * expands `~` (it refuses `..`, so the workspace cannot be the anchor).
 */
export function entryPath(dir: string): string {
  const inHome = path.relative(os.homedir(), dir)
  return inHome !== '' && !inHome.startsWith('..') && !path.isAbsolute(inHome) ? `~/${inHome}` : dir
}

export function parseNarInfo(text: string): NarInfo | undefined {
  const fields = new Map<string, string>()
  for (const line of text.split('\n')) {
    const colon = line.indexOf(': ')
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 2))
  }
  const storePath = fields.get('StorePath')
  const url = fields.get('URL')
  if (!storePath || !url) return undefined
  const references = (fields.get('References') ?? '').split(' ').filter(ref => ref !== '')
  return { name: path.basename(storePath), url, narSize: Number(fields.get('NarSize') ?? 0), references }
}

/** The hashes of the paths the directory holds, from its .narinfo file names, without reading them. */
export function binaryCacheHashes(dir: string): string[] {
  let files: string[]
  try {
    files = readdirSync(dir)
  } catch (error) {
    // No directory: nothing was restored. Anything else is a real failure.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return files.filter(file => file.endsWith('.narinfo')).map(file => file.slice(0, 32))
}

/** Every path the directory holds, by the 32-character hash its .narinfo is named after. */
export function readBinaryCache(dir: string): Map<string, NarInfo> {
  const infos = new Map<string, NarInfo>()
  for (const hash of binaryCacheHashes(dir)) {
    const info = parseNarInfo(readFileSync(path.join(dir, `${hash}.narinfo`), 'utf8'))
    if (info) infos.set(hash, info)
  }
  return infos
}

/** The closure of `hashes` within the directory, by hash (a reference it lacks is left out). */
export function closureIn(infos: ReadonlyMap<string, Pick<NarInfo, 'references'>>, hashes: Iterable<string>): Set<string> {
  const seen = new Set<string>()
  const queue = [...hashes]
  while (queue.length > 0) {
    const hash = queue.pop() as string
    if (seen.has(hash)) continue
    const info = infos.get(hash)
    if (!info) continue
    seen.add(hash)
    for (const ref of info.references) queue.push(ref.slice(0, 32))
  }
  return seen
}

/** Hard link (same file system) or copy. */
function place(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

/**
 * Writes the next binary cache in place of `dir`: the `carried` paths of the
 * restored directory, file for file (they need not be in the store: Nix 2.32+
 * may have used them without fetching them), and the `built` store paths with
 * their closures, copied from the store by `nix copy`. Paths in `leaveOut`
 * (a pull request's base entry) are not written: `nix copy` finds them in the
 * directory while it runs, so it does not copy them, and they go after.
 */
export async function writeBinaryCache(
  nixBin: string,
  dir: string,
  restored: ReadonlyMap<string, NarInfo>,
  carried: ReadonlySet<string>,
  built: readonly string[],
  leaveOut: ReadonlySet<string> = new Set(),
  secretKeyFile?: string
): Promise<void> {
  const next = `${dir}.next`
  rmSync(next, { recursive: true, force: true })
  mkdirSync(next, { recursive: true })
  const placeEntry = (hash: string) => {
    const info = restored.get(hash)
    if (!info) return
    place(path.join(dir, info.url), path.join(next, info.url))
    place(path.join(dir, `${hash}.narinfo`), path.join(next, `${hash}.narinfo`))
  }
  if (existsSync(path.join(dir, 'nix-cache-info'))) place(path.join(dir, 'nix-cache-info'), path.join(next, 'nix-cache-info'))
  for (const hash of carried) placeEntry(hash)
  for (const hash of leaveOut) placeEntry(hash)
  // Uncompressed: the Actions cache compresses the whole directory with zstd
  // anyway. No look-up cache: a path remembered from an earlier directory of
  // the same name must not be taken as present.
  const fresh = ['--option', 'narinfo-cache-positive-ttl', '0', '--option', 'narinfo-cache-negative-ttl', '0']
  // With a key, Nix signs each path it writes; the key is named by its file, never given as a value.
  const store = `file://${next}?compression=none${secretKeyFile ? `&secret-key=${secretKeyFile}` : ''}`
  for (let i = 0; i < built.length; i += 500) {
    const result = await run(nixBin, ['copy', ...NIX_COMMAND, ...fresh, '--to', store, ...built.slice(i, i + 500)], { silent: true })
    if (result.exitCode !== 0) throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`)
  }
  if (leaveOut.size > 0) {
    const written = readBinaryCache(next)
    const keptNars = new Set([...written].filter(([hash]) => !leaveOut.has(hash)).map(([, info]) => info.url))
    for (const [hash, info] of written) {
      if (!leaveOut.has(hash)) continue
      rmSync(path.join(next, `${hash}.narinfo`), { force: true })
      if (!keptNars.has(info.url)) rmSync(path.join(next, info.url), { force: true })
    }
  }
  rmSync(dir, { recursive: true, force: true })
  renameSync(next, dir)
}

export function hasBinaryCache(dir: string): boolean {
  return existsSync(path.join(dir, 'nix-cache-info'))
}
