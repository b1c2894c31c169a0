// The nix-daemon of a multi-user Nix: where its socket is, waiting until it
// answers, and restarting it (systemd on Linux, launchd on macOS) so it reads
// a changed nix.conf.
import { existsSync } from 'node:fs'
import net from 'node:net'
import * as core from '@actions/core'
import { privileged, type Host } from './host.js'
import { runAsRootOk } from './privileged.js'

/** Where clients connect; Nix reads the same variable. */
export function daemonSocketPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['NIX_DAEMON_SOCKET_PATH'] || `${env['NIX_STATE_DIR'] || '/nix/var/nix'}/daemon-socket/socket`
}

function answers(socket: string): Promise<boolean> {
  return new Promise(resolve => {
    const connection = net.connect(socket)
    connection.once('connect', () => {
      connection.destroy()
      resolve(true)
    })
    connection.once('error', () => {
      resolve(false)
    })
  })
}

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Resolves once the daemon's socket accepts a connection; throws after `timeoutMs`. */
export async function waitForDaemon(timeoutMs = 60_000, socket: string = daemonSocketPath()): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await answers(socket)) {
      core.info(`The nix-daemon answers on ${socket}`)
      return
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the nix-daemon did not answer on ${socket} within ${Math.round(timeoutMs / 1000)} s; see \`journalctl -u nix-daemon\` (Linux) or /var/log/nix-daemon.log (macOS)`
      )
    }
    await sleep(250)
  }
}

// Labels of the launchd job: the official installer's, then Determinate's.
const LAUNCHD_LABELS = ['org.nixos.nix-daemon', 'systems.determinate.nix-daemon'] as const

/** How this runner restarts the daemon, or why it cannot. */
export function restartMethod(host: Host): { how: string } | { cannot: string } {
  if (!privileged(host)) return { cannot: `the job runs as ${host.user} without passwordless sudo` }
  if (host.platform === 'darwin') return { how: 'launchctl' }
  if (host.systemctl) return { how: 'systemctl' }
  return { cannot: 'no service manager runs the nix-daemon here (systemd is not PID 1), so it cannot be restarted' }
}

/** Restarts the daemon and waits until it answers again. */
export async function restartDaemon(host: Host): Promise<void> {
  const method = restartMethod(host)
  if ('cannot' in method) throw new Error(method.cannot)
  if (method.how === 'launchctl') {
    const label = LAUNCHD_LABELS.find(name => existsSync(`/Library/LaunchDaemons/${name}.plist`)) ?? LAUNCHD_LABELS[0]
    // kickstart -k: kill the running instance and start it again.
    await runAsRootOk(host, 'launchctl', ['kickstart', '-k', `system/${label}`])
  } else {
    await runAsRootOk(host, host.systemctl ?? 'systemctl', ['restart', 'nix-daemon.service'])
  }
  core.info('Restarted the nix-daemon')
  await waitForDaemon()
}
