// Stage 1: Nix itself. Uses the Nix the runner has (on PATH or in the usual
// profile directories) unless asked otherwise, else runs the official
// installer the way this kind of runner needs (runner/install-nix.ts), waits
// for its daemon, then makes sure the daemon trusts the job's user (runner/trust.ts)
// and that NixOS VM checks can use KVM (runner/kvm.ts).
import { constants } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import type { Nix } from '../nix/command.js'
import { which } from '@actions/io'
import { canAccess } from '../access.js'
import { atLeast, nixVersion } from '../nix/version.js'
import { probeHost, type Host } from '../runner/host.js'
import { installNix } from '../runner/install-nix.js'
import { settleTrust } from '../runner/trust.js'
import { kvmConfLines } from '../runner/kvm.js'
import type { HeadStart } from '../nix/head-start.js'

export interface InstalledNix {
  bin: string
  version: string
  installed: boolean
  note: string
  /** Lines for the action's nix.conf block that this runner needs (no build users, kvm). */
  confLines: string[]
  /** Builds run under a nix-daemon, as its build users (multi-user Nix). */
  daemon: boolean
  /** Who the job runs as. */
  user: string
}

/** Where the official installers leave `nix`: single-user, then multi-user. */
export function profileBinDirs(home: string): string[] {
  return [path.join(home, '.nix-profile', 'bin'), '/nix/var/nix/profiles/default/bin']
}

/** `nix` on PATH, else in a profile directory a self-hosted runner's PATH lacks (added to PATH then). */
export async function findNix(home: string): Promise<string | undefined> {
  const onPath = await which('nix')
  if (onPath) return onPath
  for (const dir of profileBinDirs(home)) {
    const bin = path.join(dir, 'nix')
    if (!canAccess(bin, constants.X_OK)) continue
    core.info(`Found Nix in ${dir}, which is not on PATH; adding it for this and later steps.`)
    core.addPath(dir)
    return bin
  }
  return undefined
}

/** Whether `version` has flakes and the `nix` command (2.4 and later). */
export function hasFlakes(version: string): boolean {
  return atLeast(version, '2.4')
}

type Found = Omit<InstalledNix, 'note' | 'daemon' | 'user'>

async function nixToUse(inputs: Inputs, context: RunContext, host: Promise<Host>, headStart: HeadStart | undefined): Promise<Found> {
  const existing = await findNix(context.home)
  if (inputs.install === 'false' && !existing) {
    throw new Error(
      `Nix is not on PATH and \`install\` is \`false\` (nor is it in ${profileBinDirs(context.home).join(' or ')}). Install Nix in an earlier step, or set \`install: auto\`.`
    )
  }
  if (existing) {
    // The entry point may have asked this very `nix` already.
    const version = await (headStart?.nix === existing ? headStart.version : nixVersion(existing))
    if (inputs.install !== 'true' || version === inputs.nixVersion) return { bin: existing, version, installed: false, confLines: [] }
    core.info(`Nix ${version} is on PATH; installing ${inputs.nixVersion} as \`install: true\` asks.`)
  }
  const { bin, confLines } = await installNix(inputs, context, await host)
  return { bin, version: await nixVersion(bin), installed: true, confLines }
}

export async function installStage(inputs: Inputs, context: RunContext, report: RunRecorder, headStart?: HeadStart): Promise<InstalledNix> {
  // Every run needs the host (trust, KVM); its sudo and systemctl probes run
  // while Nix is found and its version read.
  const probing = probeHost()
  // Awaited below; this keeps a failure from being "unhandled" if Nix's lookup throws first.
  probing.catch(() => undefined)
  const found = await nixToUse(inputs, context, probing, headStart)
  if (!hasFlakes(found.version)) {
    throw new Error(
      `Nix ${found.version} (${found.bin}) is too old for flakes, which need Nix 2.4 or newer. ` +
        `Set \`install: true\` to install Nix ${inputs.nixVersion} over it, or upgrade the runner's Nix.`
    )
  }
  core.info(found.installed ? `Installed Nix ${found.version} (${found.bin})` : `Using Nix ${found.version} from ${found.bin}`)
  const host = await probing
  const nix: Nix = { bin: found.bin, version: found.version, commonArgs: [], settings: [] }
  const trust = await settleTrust(nix, inputs, host, report)
  core.info(`Store: ${trust.note}`)
  const confLines = [...found.confLines, ...(await kvmConfLines(inputs, host, trust.clientSettingsApply))]
  const what = found.installed ? `installed Nix ${found.version}` : `Nix ${found.version} was already installed (${found.bin})`
  return { ...found, note: `${what}; ${trust.note}`, confLines, daemon: trust.daemon, user: host.user }
}
