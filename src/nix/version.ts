// Which Nix this is, read from its store path or from `nix --version`, and
// comparisons for the features that differ between releases (detect,
// don't assume; Nix 2.8 to the newest).
// semver's functions, not its index (which builds every class and range table at start-up).
import coerce from 'semver/functions/coerce.js'
import gte from 'semver/functions/gte.js'
import { realpathSync } from 'node:fs'
import { run } from '../process.js'

/**
 * The version a Nix store path names: the installers link `nix` into
 * `/nix/store/<hash>-nix-2.24.10/bin/nix`, so no process is needed to know it.
 */
export function versionFromStorePath(realPath: string): string | undefined {
  return /\/nix\/store\/[0-9a-z]{32}-nix-(\d+\.\d+(?:\.\d+)?(?:pre[0-9_a-z]+)?)\//.exec(realPath)?.[1]
}

/**
 * The Nix release in `nix --version`'s first line: `nix (Nix) 2.34.8`, and
 * `nix (Determinate Nix 3.6.2) 2.29.0`, where the Nix release is the last
 * version on the line, not the distribution's own number in parentheses.
 */
export function versionFromOutput(stdout: string): string | undefined {
  const first = stdout.trim().split('\n')[0] ?? ''
  const outside = first.replace(/\([^)]*\)/g, ' ')
  const versions = [...outside.matchAll(/(\d+\.\d+(?:\.\d+)?(?:pre[0-9_a-z]+|[-+][0-9A-Za-z.]+)?)/g)].map(match => match[1] ?? '')
  return versions[versions.length - 1]
}

/** Whether `version` (`2.26.3`, `2.25.0pre2024…`) is at least `minimum` (`2.19`); a pre-release counts as its release. */
export function atLeast(version: string, minimum: string): boolean {
  const have = coerce(version)
  const want = coerce(minimum)
  return have !== null && want !== null && gte(have, want)
}

/** The release of the Nix at `bin`: from its store path when it is in one, else from `bin --version`. */
export async function nixVersion(bin: string): Promise<string> {
  try {
    const fromPath = versionFromStorePath(realpathSync(bin))
    if (fromPath) return fromPath
  } catch {
    // fall through to asking nix
  }
  const result = await run(bin, ['--version'], { silent: true })
  const version = versionFromOutput(result.stdout)
  if (result.exitCode !== 0 || !version) throw new Error(`\`${bin} --version\` failed: ${result.output.trim()}`)
  return version
}
