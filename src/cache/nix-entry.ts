// What the Nix entry of the next run holds: every path this run relied on,
// whether it built it or took it from our restored cache, with its closure,
// within `cache-max-size`.
//
// Built: paths that appeared in the store during the job (a diff of the
// store directory, taken at restore and at save) that Nix marks `ultimate`
// (built here, not substituted). The diff keeps the work bounded on a
// self-hosted runner with a large store; `ultimate` leaves out what came
// from public caches, faster to fetch from there than to carry in ours.
// Taken from our cache: the .narinfo files the loopback substituter served
// (substituter.ts), whose closures the restored directory holds.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { pathInfo, type NixBinary, type PathInfo } from './path-info.js'
import { closureIn, type NarInfo } from './binary-cache.js'

const STORE_DIR = process.env['NIX_STORE_DIR'] || '/nix/store'

function storeEntries(): string[] {
  try {
    return readdirSync(STORE_DIR).filter(name => !name.startsWith('.') && !name.endsWith('.lock'))
  } catch {
    return []
  }
}

/** Lists the store now, for builtPaths() in post. */
export function recordStore(file: string): void {
  writeFileSync(file, storeEntries().join('\n'))
}

export function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(line => line !== '')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

export interface BuiltPaths {
  /** Store paths new since recordStore() that Nix built or added here (not substituted). */
  paths: string[]
  /**
   * Those a derivation built. The others are sources added from the checkout
   * (the flake itself, `./file` references) or fetched flake inputs: kept
   * when an entry is saved anyway, but on their own no reason to save one, as
   * the next run makes them again from its checkout.
   */
  derived: Set<string>
  /** Path info of those paths and of everything in their closures, by path (for planNixEntry). */
  closures: Map<string, PathInfo>
}

export async function builtPaths(nix: NixBinary, storeBeforeList: string): Promise<BuiltPaths> {
  const before = new Set(readLines(storeBeforeList))
  const added = storeEntries()
    .filter(name => !before.has(name) && !name.endsWith('.drv'))
    .map(name => path.join(STORE_DIR, name))
  if (added.length === 0) return { paths: [], derived: new Set(), closures: new Map() }
  // One query with the closures: planNixEntry needs those of the paths kept,
  // and asking for them on their own would ask Nix about the same paths again.
  const closures = new Map((await pathInfo(nix, added, ['--recursive'])).map(info => [info.path, info]))
  const own = added.flatMap(storePath => {
    const info = closures.get(storePath)
    return info?.ultimate === true ? [info] : []
  })
  return { paths: own.map(info => info.path), derived: new Set(own.filter(info => info.deriver).map(info => info.path)), closures }
}

/** The restored paths Nix asked the substituter for and found, by hash. */
export function servedHashes(hitsFile: string, restored: ReadonlyMap<string, NarInfo>): Set<string> {
  return new Set(readLines(hitsFile).filter(hash => restored.has(hash)))
}

interface Root {
  /** What the log calls it. */
  label: string
  /** Its closure: base names by hash. */
  closure: Map<string, { name: string; size: number }>
  /** A store path to `nix copy`, or undefined when it is carried from the restored directory. */
  storePath: string | undefined
}

export interface NixEntry {
  /** Every path the entry holds, by hash, with its base name. */
  names: Map<string, string>
  /** Hashes copied file for file from the restored directory. */
  carried: Set<string>
  /** Store paths `nix copy` writes, with their closures. */
  built: string[]
}

type Member = Pick<NarInfo, 'name' | 'narSize' | 'references'>

/** The closure of one path within `infos` (by hash), with each member's name and size. */
function closureOf(infos: ReadonlyMap<string, Member>, hash: string): Root['closure'] {
  const closure: Root['closure'] = new Map()
  for (const member of closureIn(infos, [hash])) {
    const info = infos.get(member) as Member
    closure.set(member, { name: info.name, size: info.narSize })
  }
  return closure
}

function builtRoots(built: readonly string[], infos: ReadonlyMap<string, PathInfo>): Root[] {
  // Nix's path info by hash, in the shape of the restored .narinfo files, so
  // both kinds of root walk their closures the same way.
  const byHash = new Map<string, Member>()
  for (const info of infos.values()) {
    const name = path.basename(info.path)
    byHash.set(name.slice(0, 32), { name, narSize: info.narSize ?? 0, references: (info.references ?? []).map(ref => path.basename(ref)) })
  }
  return built.map(root => ({ label: root, closure: closureOf(byHash, path.basename(root).slice(0, 32)), storePath: root }))
}

function servedRoots(served: ReadonlySet<string>, restored: ReadonlyMap<string, NarInfo>): Root[] {
  return [...served].map(hash => ({ label: `${STORE_DIR}/${restored.get(hash)?.name ?? hash}`, closure: closureOf(restored, hash), storePath: undefined }))
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`

/**
 * The entry: the roots with the smallest closures first, each kept while the
 * union of what is kept stays within `maxBytes`; the log lists the rest.
 */
export function planNixEntry(
  built: Pick<BuiltPaths, 'paths' | 'closures'>,
  served: ReadonlySet<string>,
  restored: ReadonlyMap<string, NarInfo>,
  maxBytes: number
): NixEntry {
  const size = (root: Root) => [...root.closure.values()].reduce((sum, member) => sum + member.size, 0)
  const roots = [...builtRoots(built.paths, built.closures), ...servedRoots(served, restored)].sort((a, b) => size(a) - size(b))
  const entry: NixEntry = { names: new Map(), carried: new Set(), built: [] }
  const sizes = new Map<string, number>()
  let total = 0
  const dropped: Root[] = []
  for (const root of roots) {
    const growth = [...root.closure].filter(([hash]) => !sizes.has(hash)).reduce((sum, [, member]) => sum + member.size, 0)
    if (total + growth > maxBytes) {
      dropped.push(root)
      continue
    }
    total += growth
    for (const [hash, member] of root.closure) {
      sizes.set(hash, member.size)
      entry.names.set(hash, member.name)
    }
    if (root.storePath) entry.built.push(root.storePath)
    else for (const hash of root.closure.keys()) entry.carried.add(hash)
  }
  if (dropped.length > 0) {
    core.warning(
      `The build cache would pass \`cache-max-size\` (${mib(maxBytes)}); left out ${dropped.length} path(s), largest first:\n` +
        dropped
          .reverse()
          .map(root => `  ${root.label} (${mib(size(root))} with its closure)`)
          .join('\n') +
        '\nRaise `cache-max-size` to keep them.'
    )
  }
  return entry
}
