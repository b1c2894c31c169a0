// `nix path-info --json` in the shapes Nix prints it: a list up to 2.18, an
// object keyed by path from 2.19, and the same object behind
// `--json-format 1` from 2.33 (which warns, and will fail, without it).
import { run } from '../process.js'
import { atLeast } from '../nix/version.js'
import { NIX_COMMAND } from '../nix/command.js'

export interface PathInfo {
  path: string
  ultimate?: boolean
  narSize?: number
  references?: string[]
  /** The derivation that built it; absent or null for a path added as a source. */
  deriver?: string | null
}

export function parsePathInfo(stdout: string): PathInfo[] {
  const parsed = JSON.parse(stdout) as PathInfo[] | Record<string, Omit<PathInfo, 'path'> | null>
  if (Array.isArray(parsed)) return parsed
  return Object.entries(parsed).flatMap(([path, info]) => (info ? [{ ...info, path }] : []))
}

export function pathInfoArgs(nixVersion: string): string[] {
  return ['path-info', ...NIX_COMMAND, '--json', ...(atLeast(nixVersion, '2.33') ? ['--json-format', '1'] : [])]
}

export interface NixBinary {
  bin: string
  version: string
}

/** Path info of `paths` (with `--recursive`, of their closures too), 500 paths per call. */
export async function pathInfo(nix: NixBinary, paths: readonly string[], flags: readonly string[] = []): Promise<PathInfo[]> {
  const infos: PathInfo[] = []
  for (let i = 0; i < paths.length; i += 500) {
    const chunk = paths.slice(i, i + 500)
    const result = await run(nix.bin, [...pathInfoArgs(nix.version), ...flags, ...chunk], { silent: true })
    if (result.exitCode !== 0) throw new Error(`nix path-info failed: ${result.output.trim().slice(-500)}`)
    infos.push(...parsePathInfo(result.stdout))
  }
  return infos
}
