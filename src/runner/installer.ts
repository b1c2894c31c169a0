// Fetching the official installer and the binary tarball it installs, each
// through the tool cache (a self-hosted runner downloads a version once) and
// with `attempts` tries. The script is then handed the tarball with its own
// `--tarball-url-prefix` option, so it does not download it again.
//
// What the script (nix/scripts/install.in) does, as read from its source: per
// platform it holds the tarball's sha256 (`hash=`) and its path under a
// binary-cache-style prefix (`path=<hash>/nix-V-SYSTEM.tar.xz`); by default it
// fetches `url=https://releases.nixos.org/…-$system.tar.xz`, and given
// `--tarball-url-prefix P` as its first arguments it fetches `P/<path>` with
// curl (which reads file:// URLs too), checks the sha256, and runs the
// tarball's own `install` with the remaining arguments.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { retry } from '../retry.js'
import { errorMessage } from '../errors.js'

export interface TarballSpec {
  system: string
  /** Where the script downloads it by default. */
  url: string
  /** Its path under a `--tarball-url-prefix`. */
  prefixPath: string
  sha256: string
}

/** Nix's name for this machine's platform. */
export function nixSystem(platform: NodeJS.Platform, arch: string): string {
  const cpu = arch === 'arm64' ? 'aarch64' : arch === 'x64' ? 'x86_64' : arch
  return `${cpu}-${platform === 'darwin' ? 'darwin' : 'linux'}`
}

/** The tarball the script installs on `system`, or undefined when the script is not in the known shape. */
export function tarballOf(script: string, system: string): TarballSpec | undefined {
  // The `case` arm that sets system=<system> holds its hash= and path=.
  const arm = script.split(';;').find(part => new RegExp(`(^|\\s)system=${system.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`).test(`${part}\n`))
  const sha256 = arm && /(?:^|\s)hash=([0-9a-f]{64})\s/.exec(`${arm}\n`)?.[1]
  const prefixPath = arm && /(?:^|\s)path=(\S+\.tar\.xz)\s/.exec(`${arm}\n`)?.[1]
  // The default URL names the platform through `$system` (or `${system}`).
  const urlLine = script
    .split('\n')
    .map(line => line.trim())
    .find(line => /^url=["']?https?:\/\/\S*\$\{?system\}?/.test(line))
  const url = urlLine?.slice('url='.length).replace(/^["']|["']$/g, '')
  if (!sha256 || !prefixPath || !url || prefixPath.includes('..')) return undefined
  return { system, url: url.replace(/\$\{?system\}?/g, system), prefixPath, sha256 }
}

/** Downloads `url` with the tool cache's client, trying again on anything but a 404. */
async function download(url: string, attempts: number, what: string, check?: (file: string) => string | undefined): Promise<string> {
  const tc = await import('@actions/tool-cache')
  const { result } = await retry<string | Error>(
    async () => {
      try {
        const file = await tc.downloadTool(url)
        const wrong = check?.(file)
        if (wrong === undefined) return { result: file, retryReason: undefined }
        rmSync(file, { force: true })
        return { result: new Error(wrong), retryReason: wrong }
      } catch (error) {
        const message = errorMessage(error)
        // tool-cache already retries 5xx itself; a 404 is final.
        return { result: error as Error, retryReason: /404|Not Found/.test(message) ? undefined : message }
      }
    },
    {
      attempts,
      onRetry: (attempt, wait, reason) => {
        core.warning(`Downloading ${what}: try ${attempt} of ${attempts} failed (${reason}); trying again in ${wait} s.`)
      }
    }
  )
  if (result instanceof Error) throw new Error(`Could not download ${what} from ${url}: ${result.message}`)
  return result
}

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** The installer script, from the tool cache or downloaded into it. */
export async function installerScript(inputs: Inputs): Promise<string> {
  const tc = await import('@actions/tool-cache')
  // Custom URLs are cached under a hash of the URL so a mirror never shadows
  // the official script of the same version.
  const custom = !inputs.installUrl.startsWith('https://releases.nixos.org/')
  const cacheVersion = custom ? `0.0.0-${createHash('sha256').update(inputs.installUrl).digest('hex').slice(0, 12)}` : inputs.nixVersion
  const cachedDir = tc.find('nix-installer', cacheVersion)
  if (cachedDir) {
    core.info(`Installer for ${inputs.nixVersion} found in the tool cache`)
    return path.join(cachedDir, 'install')
  }
  core.info(`Downloading the Nix installer from ${inputs.installUrl}`)
  let file: string
  try {
    file = await download(inputs.installUrl, inputs.attempts, 'the Nix installer')
  } catch (error) {
    throw new Error(`${errorMessage(error)}. Check \`nix-version\` or \`install-url\`.`)
  }
  const dir = await tc.cacheFile(file, 'install', 'nix-installer', cacheVersion)
  return path.join(dir, 'install')
}

/**
 * The binary tarball laid out under a local prefix for `--tarball-url-prefix`
 * (a file:// URL), from the tool cache or downloaded and checked into it.
 */
export async function localTarballPrefix(spec: TarballSpec, inputs: Inputs, context: RunContext): Promise<string> {
  const tc = await import('@actions/tool-cache')
  const name = path.basename(spec.prefixPath)
  // Keyed by the tarball's own hash: a mirror's script with other bytes never shares it.
  const cacheVersion = `${inputs.nixVersion.replace(/[^0-9A-Za-z.-]/g, '-')}-h${spec.sha256.slice(0, 16)}`
  let dir = tc.find('nix-binary-tarball', cacheVersion)
  if (dir) {
    core.info(`Nix tarball for ${spec.system} found in the tool cache`)
  } else {
    core.info(`Downloading the Nix tarball for ${spec.system} from ${spec.url}`)
    const check = (file: string) => {
      const got = sha256Of(file)
      return got === spec.sha256 ? undefined : `sha256 mismatch: expected ${spec.sha256}, got ${got}`
    }
    const file = await download(spec.url, inputs.attempts, 'the Nix tarball', check)
    dir = await tc.cacheFile(file, name, 'nix-binary-tarball', cacheVersion)
  }
  const prefix = path.join(context.runnerTemp, 'nix-flake-ci-tarball')
  rmSync(prefix, { recursive: true, force: true })
  const target = path.join(prefix, spec.prefixPath)
  mkdirSync(path.dirname(target), { recursive: true })
  symlinkSync(path.join(dir, name), target)
  return prefix
}
