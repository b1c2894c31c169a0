// Who the job's user is to the Nix store: reached through a daemon or not,
// trusted or not. Asked once at the start of every run that uses Nix (the
// entry point's head start asks it as soon as the version is known).
import { NIX_COMMAND, runNixBin, type Nix } from '../nix/bin.js'
import { atLeast } from '../nix/version.js'

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
