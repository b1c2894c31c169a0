// What kind of runner this is: who the job runs as, whether it may become
// root without a password, and whether systemd runs the machine. Probed once;
// the install, trust and KVM steps all decide from it.
import os from 'node:os'
import { run } from '../process.js'
import { which } from '@actions/io'

export interface Host {
  platform: NodeJS.Platform
  user: string
  root: boolean
  /** `sudo -n` works: passwordless sudo (GitHub's hosted runners). */
  sudo: boolean
  /** systemd is PID 1 (a service can be installed and restarted). */
  systemd: boolean
  /** Absolute path of systemctl, when systemd runs the machine. */
  systemctl: string | undefined
}

// States `systemctl is-system-running` prints when systemd is PID 1; a
// container or chroot with the binary but no systemd says `offline`.
const SYSTEMD_STATES = new Set(['initializing', 'starting', 'running', 'degraded', 'maintenance', 'stopping'])

async function passwordlessSudo(): Promise<boolean> {
  if (!(await which('sudo'))) return false
  const result = await run('sudo', ['-n', 'true'], { silent: true })
  return result.exitCode === 0
}

async function systemctlPath(platform: NodeJS.Platform): Promise<string | undefined> {
  if (platform !== 'linux') return undefined
  const systemctl = await which('systemctl')
  if (!systemctl) return undefined
  const result = await run(systemctl, ['is-system-running'], { silent: true })
  // Exits non-zero for `degraded` too (common on hosted runners): read the word.
  return SYSTEMD_STATES.has(result.stdout.trim().split(/\s+/)[0] ?? '') ? systemctl : undefined
}

let probed: Promise<Host> | undefined

export function probeHost(): Promise<Host> {
  probed ??= (async () => {
    const info = os.userInfo()
    const root = info.uid === 0
    // Two independent probes: side by side, the start-up waits for the slower only.
    const [systemctl, sudo] = await Promise.all([systemctlPath(process.platform), root ? false : passwordlessSudo()])
    return {
      platform: process.platform,
      user: process.env['USER'] || info.username,
      root,
      sudo,
      systemd: systemctl !== undefined,
      systemctl
    }
  })()
  return probed
}

/** Whether the job may change root-owned files (as root, or through passwordless sudo). */
export function privileged(host: Host): boolean {
  return host.root || host.sudo
}
