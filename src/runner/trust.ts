// Whether the nix-daemon trusts the job's user, and making it so. An
// untrusted user's `?trusted=1` substituter (the restored cache) is dropped
// by the daemon with only Nix's own `ignoring untrusted substituter`, and
// every derivation is rebuilt: the user pays for a cache that does nothing.
// With `trust-runner-user: true` the user is added to `trusted-users` in the
// daemon's nix.conf (as root), the daemon restarted, and post puts it back.
import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import { NIX_COMMAND, runNixBin, type Nix } from '../nix/command.js'
import type { RunRecorder } from '../report/report.js'
import { errorMessage } from '../errors.js'
import { addBlock, undoBlock, withoutStaleBlock } from './nix-conf.js'
import { updateState, type TrustState } from '../state.js'
import type { Host } from './host.js'
import { restartDaemon, restartMethod } from './daemon.js'
import { runAsRootOk, writeAsRoot } from './privileged.js'
import { atLeast } from '../nix/version.js'
import { trustableUserName } from './user-name.js'

export interface StoreTrust {
  /** The store is reached through a daemon (multi-user Nix). */
  daemon: boolean
  trusted: boolean
}

/** Reads `nix store info --json` (2.19+): `{"url":"daemon","trusted":true}` (1/0 before 2.2x). */
export function parseStoreInfo(json: string): StoreTrust {
  const info = JSON.parse(json) as { url?: string; trusted?: boolean | number }
  const url = info.url ?? ''
  return { daemon: url === 'daemon' || url.startsWith('unix:'), trusted: info.trusted === true || info.trusted === 1 }
}

/**
 * Older Nix has no `trusted` field: `nix store ping` names the store, and a
 * client that sets a restricted setting is told by the daemon that it is
 * not trusted (daemon.cc: "… because it is a restricted setting and you are
 * not a trusted user"), a warning printed since before 2.4.
 */
export function parseStorePing(output: string): StoreTrust {
  const url = /Store URL:\s*(\S+)/.exec(output)?.[1] ?? ''
  const daemon = url === 'daemon' || url.startsWith('unix:')
  return { daemon, trusted: !/not a trusted user/.test(output) }
}

/**
 * Asks the store who we are to it. This is also the first Nix process of the
 * job to open the store, alone: on a brand-new store it creates the database
 * before check and build start side by side, which could otherwise both try
 * and fail with `SQLite database '…/db.sqlite' is busy` (seen on Nix 2.8).
 */
export async function storeTrust(nix: Nix): Promise<StoreTrust> {
  if (atLeast(nix.version, '2.19')) {
    const result = await runNixBin(nix, ['store', 'info', '--json', ...NIX_COMMAND], { silent: true })
    // A build that names itself newer than it is falls through to the old way.
    if (result.exitCode === 0) return parseStoreInfo(result.stdout)
  }
  // narinfo-cache-negative-ttl at its default: harmless, but restricted.
  const result = await runNixBin(nix, ['store', 'ping', ...NIX_COMMAND, '--option', 'narinfo-cache-negative-ttl', '3600'], { silent: true })
  if (result.exitCode !== 0) throw new Error(`\`nix store ping\` failed: ${result.output.trim()}`)
  return parseStorePing(result.output)
}

/** The daemon's nix.conf; Nix reads NIX_CONF_DIR, and so do we. */
export function daemonConfPath(env: NodeJS.ProcessEnv = process.env): string {
  return `${env['NIX_CONF_DIR'] || '/etc/nix'}/nix.conf`
}

function readOrEmpty(file: string): { content: string; existed: boolean } {
  try {
    return { content: readFileSync(file, 'utf8'), existed: true }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { content: '', existed: false }
    throw error
  }
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
  const before = readOrEmpty(file)
  const { content, addedNewline } = addBlock(withoutStaleBlock(before.content), trustLines(host.user))
  // State first: a job killed after the write still gets its post.
  updateState({ trust: { path: file, existed: before.existed, addedNewline } })
  if (!before.existed) await runAsRootOk(host, 'mkdir', ['-p', file.slice(0, file.lastIndexOf('/')) || '/'])
  await writeAsRoot(host, file, content)
  core.info(`Added ${host.user} to trusted-users in ${file} (taken out again by the post step)`)
  await restartDaemon(host)
}

export async function settleTrust(nix: Nix, inputs: Inputs, host: Host, report: RunRecorder): Promise<TrustOutcome> {
  const trust = await storeTrust(nix)
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
  const { content } = readOrEmpty(state.path)
  const undo = undoBlock(content, state)
  if (undo.kind === 'none') return `no block of this action in ${state.path}`
  if (undo.kind === 'delete') await runAsRootOk(host, 'rm', ['-f', state.path])
  else await writeAsRoot(host, state.path, undo.content)
  await restartDaemon(host)
  return `took ${host.user} out of trusted-users in ${state.path} again`
}
