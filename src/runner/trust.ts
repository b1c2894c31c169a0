// Whether the nix-daemon trusts the job's user, and making it so. An
// untrusted user's `?trusted=1` substituter (the restored cache) is dropped
// by the daemon with only Nix's own `ignoring untrusted substituter`, and
// every derivation is rebuilt: the user pays for a cache that does nothing.
// With `trust-runner-user: true` the user is added to `trusted-users` in the
// daemon's nix.conf (as root), the daemon restarted, and post puts it back.
import { readIfThere } from '../read-if-there.js'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { Nix } from '../nix/command.js'
import { storeTrust, type StoreTrust } from './store-trust.js'
import type { RunRecorder } from '../report/report.js'
import { errorMessage } from '../errors.js'
import { addBlock, undoBlock, withoutStaleBlock } from './nix-conf.js'
import { updateState, type TrustState } from '../state.js'
import type { Host } from './host.js'
import { restartDaemon, restartMethod } from './daemon.js'
import { runAsRootOk, writeAsRoot } from './privileged.js'
import { trustableUserName } from './user-name.js'

/** The daemon's nix.conf; Nix reads NIX_CONF_DIR, and so do we. */
export function daemonConfPath(env: NodeJS.ProcessEnv = process.env): string {
  return `${env['NIX_CONF_DIR'] || '/etc/nix'}/nix.conf`
}


export interface TrustOutcome {
  note: string
  /** Builds go through a nix-daemon (as its build users), not the job's own Nix process. */
  daemon: boolean
  /** The daemon applies this client's settings (a local store, or a trusted user). */
  clientSettingsApply: boolean
}

function warnUntrusted(user: string, why: string, report: RunRecorder): TrustOutcome {
  const fix =
    `Let the daemon trust ${user}: \`trust-runner-user: true\` with passwordless sudo, or \`trusted-users = root ${user}\` in /etc/nix/nix.conf ` +
    '(DeterminateSystems/nix-installer-action: its `extra-conf` input) and a daemon restart.'
  const message = `The nix-daemon does not trust ${user} (${why}), so it ignores the restored cache and rebuilds everything. ${fix}`
  core.warning(message, { title: 'Cache not used: untrusted user' })
  report.warn(`⚠️ The cache was not used: the nix-daemon does not trust ${user} (${why}). ${fix}`)
  return { note: `daemon does not trust ${user}: cache not used`, daemon: true, clientSettingsApply: false }
}

/** The daemon's nix.conf lines that trust `user` (checked: it is one word of a root-owned file). */
export function trustLines(user: string): string[] {
  return [`extra-trusted-users = ${trustableUserName(user)}`]
}

async function makeTrusted(host: Host, file: string): Promise<void> {
  const before = readIfThere(file)
  const { content, addedNewline } = addBlock(withoutStaleBlock(before ?? ''), trustLines(host.user))
  // State first: a job killed after the write still gets its post.
  updateState({ trust: { path: file, existed: before !== undefined, addedNewline } })
  if (before === undefined) await runAsRootOk(host, 'mkdir', ['-p', file.slice(0, file.lastIndexOf('/')) || '/'])
  await writeAsRoot(host, file, content)
  core.info(`Added ${host.user} to trusted-users in ${file} (taken out again by the post step)`)
  await restartDaemon(host)
}

/** `asked`: the store's first answer, when the entry point's head start already asked this `nix`. */
export async function settleTrust(nix: Nix, inputs: Inputs, host: Host, report: RunRecorder, asked?: Promise<StoreTrust>): Promise<TrustOutcome> {
  const trust = await (asked ?? storeTrust(nix))
  if (!trust.daemon) return { note: 'single-user store', daemon: false, clientSettingsApply: true }
  if (trust.trusted) return { note: `the nix-daemon trusts ${host.user}`, daemon: true, clientSettingsApply: true }
  if (!inputs.trustRunnerUser) return warnUntrusted(host.user, '`trust-runner-user` is `false`', report)
  const method = restartMethod(host)
  if ('cannot' in method) return warnUntrusted(host.user, `it cannot be made to: ${method.cannot}`, report)
  // Refused, not warned about: a name that is not one is not written as root.
  trustableUserName(host.user)
  try {
    await makeTrusted(host, daemonConfPath())
  } catch (error) {
    return warnUntrusted(host.user, `making it trusted failed: ${errorMessage(error)}`, report)
  }
  if (!(await storeTrust(nix)).trusted) return warnUntrusted(host.user, 'still untrusted after the restart; another setting overrides trusted-users', report)
  return { note: `made the nix-daemon trust ${host.user}`, daemon: true, clientSettingsApply: true }
}

/** Post: the daemon's nix.conf as it was, and the daemon restarted to read it. */
export async function restoreTrust(state: TrustState, host: Host): Promise<string> {
  const undo = undoBlock(readIfThere(state.path) ?? '', state)
  if (undo.kind === 'none') return `no block of this action in ${state.path}`
  if (undo.kind === 'delete') await runAsRootOk(host, 'rm', ['-f', state.path])
  else await writeAsRoot(host, state.path, undo.content)
  await restartDaemon(host)
  return `took ${host.user} out of trusted-users in ${state.path} again`
}
