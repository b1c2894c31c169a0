// Stage 1: Nix itself. Uses what the runner has unless asked otherwise, else
// downloads the official installer (through the tool cache, so a self-hosted
// runner fetches it once per version) and puts Nix on PATH for later steps.
import { createHash } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import { nixVersion } from '../nix.js'
import { run } from '../process.js'
import { childEnvironment } from '../child-env.js'
import { retry } from '../retry.js'
import { errorMessage } from '../errors.js'
import { which } from '../which.js'

export interface InstalledNix {
  bin: string
  version: string
  installed: boolean
  note: string
}

/** Where the official installer leaves `nix`: single-user, then multi-user. */
function profileBinDirs(home: string): string[] {
  return [path.join(home, '.nix-profile', 'bin'), '/nix/var/nix/profiles/default/bin']
}

async function useExisting(bin: string, known?: string): Promise<InstalledNix> {
  const version = known ?? (await nixVersion(bin))
  core.info(`Using Nix ${version} from ${bin}`)
  return { bin, version, installed: false, note: `Nix ${version} was already installed (${bin})` }
}

export async function installStage(inputs: Inputs, context: RunContext): Promise<InstalledNix> {
  const existing = which('nix')
  if (inputs.install === 'false') {
    if (!existing) {
      throw new Error('Nix is not on PATH and `install` is `false`. Install Nix in an earlier step, or set `install: auto`.')
    }
    return useExisting(existing)
  }
  if (existing && inputs.install === 'auto') return useExisting(existing)
  if (existing && inputs.install === 'true') {
    const version = await nixVersion(existing)
    if (version === inputs.nixVersion) return useExisting(existing, version)
    core.info(`Nix ${version} is on PATH; installing ${inputs.nixVersion} as \`install: true\` asks.`)
  }
  return installNix(inputs, context)
}

async function installerScript(inputs: Inputs): Promise<string> {
  // Loaded here: a runner with Nix already on it never pays for it.
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
  const { result } = await retry<string | Error>(
    async () => {
      try {
        return { result: await tc.downloadTool(inputs.installUrl), retryReason: undefined }
      } catch (error) {
        const message = errorMessage(error)
        // tool-cache already retries 5xx itself; a 404 is final.
        return { result: error as Error, retryReason: /404|Not Found/.test(message) ? undefined : message }
      }
    },
    { attempts: inputs.attempts }
  )
  if (result instanceof Error) {
    throw new Error(`Could not download the Nix installer from ${inputs.installUrl}: ${result.message}. Check \`nix-version\` or \`install-url\`.`)
  }
  const dir = await tc.cacheFile(result, 'install', 'nix-installer', cacheVersion)
  return path.join(dir, 'install')
}

async function installNix(inputs: Inputs, context: RunContext): Promise<InstalledNix> {
  const script = await installerScript(inputs)
  // macOS only supports the multi-user (daemon) install. The daemon ignores
  // a client's substituters (the restored cache) unless the user is trusted.
  const args = [script, '--no-channel-add']
  if (context.platform === 'darwin') {
    const extraConf = path.join(context.runnerTemp, 'nix-flake-ci-install.conf')
    writeFileSync(extraConf, `trusted-users = root ${os.userInfo().username}\n`)
    args.push('--daemon', '--nix-extra-conf-file', extraConf)
  } else {
    args.push('--no-daemon')
  }
  const result = await run('sh', args, {
    env: childEnvironment(process.env, { NIX_INSTALLER_NO_MODIFY_PROFILE: '1' })
  })
  if (result.exitCode !== 0) {
    const tail = result.output.trim().split('\n').slice(-15).join('\n')
    throw new Error(`The Nix installer exited with ${result.exitCode}:\n${tail}\nCheck \`nix-version\`/\`install-url\`, or preinstall Nix and set \`install: false\`.`)
  }
  for (const dir of profileBinDirs(context.home)) {
    if (existsSync(path.join(dir, 'nix'))) {
      core.addPath(dir)
      const bin = path.join(dir, 'nix')
      const version = await nixVersion(bin)
      core.info(`Installed Nix ${version} (${bin})`)
      return { bin, version, installed: true, note: `installed Nix ${version}` }
    }
  }
  throw new Error(`The Nix installer finished but no \`nix\` is in ${profileBinDirs(context.home).join(' or ')}.`)
}
