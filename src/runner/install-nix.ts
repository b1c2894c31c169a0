// Running the official installer the way this runner needs:
// - multi-user with the daemon (`--daemon`) on macOS, and on Linux when
//   systemd runs the machine and the job may become root (GitHub's hosted
//   runners), as cachix/install-nix-action and Determinate's installer do:
//   builds then run as the daemon's build users, never as the job's user, so
//   a check cannot read the job's token or environment;
// - single-user (`--no-daemon`) otherwise (containers, self-hosted runners
//   without sudo or systemd); as root, /nix is made here and Nix runs
//   without build users, since containers have neither sudo nor `nixbld`.
import { constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { run } from '../process.js'
import { canAccess } from '../access.js'
import { childEnvironment } from '../child-env.js'
import { privileged, type Host } from './host.js'
import { installerScript, localTarballPrefix, nixSystem, tarballOf } from './installer.js'
import { waitForDaemon } from './daemon.js'
import { addBlock } from './nix-conf.js'
import { trustLines } from './trust.js'
import { updateState } from '../state.js'

export type InstallMode = { daemon: true; why: string } | { daemon: false; why: string }

/** Multi-user or single-user, and why, for this runner. */
export function installMode(host: Host): InstallMode {
  if (host.platform === 'darwin') {
    if (!privileged(host))
      throw new Error(
        `Nix on macOS installs multi-user, which needs root; the job runs as ${host.user} without passwordless sudo. Preinstall Nix and set \`install: false\`.`
      )
    return { daemon: true, why: 'macOS installs are multi-user' }
  }
  if (host.systemd && privileged(host)) return { daemon: true, why: 'systemd and root access are there' }
  const missing = [host.systemd ? '' : 'systemd is not running', privileged(host) ? '' : 'no passwordless sudo'].filter(Boolean).join(' and ')
  return { daemon: false, why: missing }
}

const NIX_DIR = '/nix'

/** Makes single-user possible before the installer runs; returns the nix.conf lines it needs. */
function prepareSingleUser(host: Host): string[] {
  if (host.root) {
    // The installer would ask sudo (often missing in a container) to make /nix.
    if (!existsSync(NIX_DIR)) mkdirSync(NIX_DIR, { mode: 0o755 })
    // Root's Nix builds as `nixbld` users by default; containers have none.
    return ['build-users-group =']
  }
  if (!existsSync(NIX_DIR) && !host.sudo) {
    throw new Error(
      `${NIX_DIR} does not exist and ${host.user} has no passwordless sudo to create it. Ask an administrator to run \`mkdir -m 0755 /nix && chown ${host.user} /nix\`, or preinstall Nix and set \`install: false\`.`
    )
  }
  if (existsSync(NIX_DIR) && !canAccess(NIX_DIR, constants.W_OK)) {
    throw new Error(
      `${NIX_DIR} exists but ${host.user} cannot write to it (another user's single-user Nix?). A single-user install needs it owned by ${host.user}; or preinstall Nix and set \`install: false\`.`
    )
  }
  return []
}

// Where the official multi-user installer writes the daemon's settings.
const INSTALLED_CONF = '/etc/nix/nix.conf'

/**
 * The daemon ignores a client's substituters (the restored cache) unless it
 * trusts the user: the installer is given the action's marked block trusting
 * the user, recorded at once so post takes it out again as it does when the
 * trust path (runner/trust.ts) adds it to an existing Nix.
 */
function trustConfFile(host: Host, context: RunContext): string {
  const file = path.join(context.runnerTemp, 'nix-flake-ci-install.conf')
  const { content, addedNewline } = addBlock('', trustLines(host.user))
  writeFileSync(file, content)
  updateState({ trust: { path: INSTALLED_CONF, existed: false, addedNewline } })
  return file
}

export async function installNix(inputs: Inputs, context: RunContext, host: Host): Promise<{ bin: string; confLines: string[] }> {
  const mode = installMode(host)
  core.info(`Installing Nix ${inputs.nixVersion} ${mode.daemon ? 'multi-user, with the nix-daemon' : 'single-user, without a daemon'}: ${mode.why}.`)
  const confLines = mode.daemon ? [] : prepareSingleUser(host)

  const script = await installerScript(inputs)
  const spec = tarballOf(readFileSync(script, 'utf8'), nixSystem(context.platform, context.arch))
  const args = [script]
  if (spec) {
    args.push('--tarball-url-prefix', `file://${await localTarballPrefix(spec, inputs, context)}`)
  } else {
    core.info('The installer script is not in the shape this action knows; it downloads its tarball itself (no tool cache, no retries).')
  }
  args.push(mode.daemon ? '--daemon' : '--no-daemon', '--no-channel-add')
  const extra: NodeJS.ProcessEnv = { NIX_INSTALLER_NO_MODIFY_PROFILE: '1' }
  if (mode.daemon) {
    args.push('--yes')
    if (inputs.trustRunnerUser) args.push('--nix-extra-conf-file', trustConfFile(host, context))
  } else if (confLines.length > 0) {
    // The installer's own Nix commands need the same settings.
    const base = process.env['NIX_CONFIG']
    extra['NIX_CONFIG'] = [base, ...confLines].filter(line => line !== undefined && line !== '').join('\n')
  }
  const result = await run('sh', args, { env: childEnvironment(process.env, extra) })
  if (result.exitCode !== 0) {
    const tail = result.output.trim().split('\n').slice(-15).join('\n')
    throw new Error(
      `The Nix installer exited with ${result.exitCode}:\n${tail}\nCheck \`nix-version\`/\`install-url\`, or preinstall Nix and set \`install: false\`.`
    )
  }
  const dir = mode.daemon ? '/nix/var/nix/profiles/default/bin' : path.join(context.home, '.nix-profile', 'bin')
  const bin = path.join(dir, 'nix')
  if (!existsSync(bin)) throw new Error(`The Nix installer finished but there is no ${bin}.`)
  core.addPath(dir)
  if (mode.daemon) await waitForDaemon()
  return { bin, confLines }
}
