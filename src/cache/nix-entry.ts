// What the Nix entry of the next run holds: every path this run relied on,
// whether it built it or took it from our restored cache, with its closure,
// within `cache-max-size`.
//
// Built: the build closures, with outputs, of the derivations this job's
// own Nix commands evaluated and built (roots.ts), of which the paths Nix
// marks `ultimate` (built here, not substituted). A path another job builds
// meanwhile on a shared store is in no closure of ours, so it is never
// counted; `ultimate` leaves out what came from public caches, faster to
// fetch from there than to carry in ours.
// Taken from our cache: the .narinfo files the loopback substituter served
// (substituter.ts), whose closures the restored directory holds.
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { run } from '../process.js'
import { readIfThere } from '../read-if-there.js'
import { pathInfo, type NixBinary, type PathInfo } from './path-info.js'
import { closureIn, type NarInfo } from './binary-cache.js'
import { isStorePath, STORE_DIR } from './roots.js'

export function readLines(file: string): string[] {
  return (readIfThere(file) ?? '').split('\n').filter(line => line !== '')
}

export interface BuiltPaths {
  /** Store paths in this job's build closures that Nix built or added here (not substituted). */
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

/**
 * The build closure of `drvs` with their outputs, less the .drv files:
 * `nix-store --query --requisites --include-outputs`, the same from Nix 2.8
 * to 2.34. Without nix-store beside nix, the runtime closures of the
 * recorded outputs (what the builds needed but did not keep is then lost).
 */
async function closureOfRoots(nix: NixBinary, drvs: readonly string[], outputs: readonly string[]): Promise<string[]> {
  const nixStore = path.join(path.dirname(nix.bin), 'nix-store')
  if (!existsSync(nixStore)) {
    core.info(`No nix-store beside ${nix.bin}: keeping the runtime closures of this job's outputs only, not what their builds needed.`)
    return [...outputs]
  }
  const paths = new Set<string>()
  for (let i = 0; i < drvs.length; i += 500) {
    const result = await run(nixStore, ['--query', '--requisites', '--include-outputs', ...drvs.slice(i, i + 500)], { silent: true })
    if (result.exitCode !== 0) throw new Error(`nix-store --query --requisites failed: ${result.output.trim().slice(-500)}`)
    for (const line of result.stdout.split('\n')) if (isStorePath(line)) paths.add(line)
  }
  return [...paths]
}

export async function builtPaths(nix: NixBinary, rootsFile: string): Promise<BuiltPaths> {
  // Recorded roots that are gone (a derivation never written, an output
  // never built) would fail the whole query.
  const roots = [...new Set(readLines(rootsFile))].filter(root => existsSync(root))
  const drvs = roots.filter(root => isStorePath(root, true))
  const outputs = roots.filter(root => isStorePath(root))
  const closure = drvs.length > 0 || outputs.length > 0 ? await closureOfRoots(nix, drvs, outputs) : []
  if (closure.length === 0) return { paths: [], derived: new Set(), closures: new Map() }
  // One query with the closures: planNixEntry needs those of the paths kept.
  const closures = new Map((await pathInfo(nix, closure, ['--recursive'])).map(info => [info.path, info]))
  const own = closure.flatMap(storePath => {
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
