// KVM for NixOS VM tests: GitHub's Linux runners have /dev/kvm, but only
// root may open it until a udev rule opens it to everyone (what
// cachix/install-nix-action does: a rule `KERNEL=="kvm", GROUP="kvm",
// MODE="0666", OPTIONS+="static_node=kvm"`, then `udevadm control
// --reload-rules` and `udevadm trigger --name-match=kvm`). Once the job's
// user can open it, `kvm` joins Nix's system features.
import { constants, statSync } from 'node:fs'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import { which } from '@actions/io'
import { canAccess } from '../access.js'
import { updateState } from '../state.js'
import { errorMessage } from '../errors.js'
import { privileged, type Host } from './host.js'
import { runAsRootOk, writeAsRoot } from './privileged.js'

export const KVM_DEVICE = '/dev/kvm'
export const KVM_RULE = '/etc/udev/rules.d/99-nix-flake-ci-kvm.rules'
const RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n'

function isCharacterDevice(file: string): boolean {
  try {
    return statSync(file).isCharacterDevice()
  } catch {
    return false
  }
}

async function openToEveryone(host: Host): Promise<void> {
  updateState({ kvmRule: KVM_RULE })
  await writeAsRoot(host, KVM_RULE, RULE)
  await runAsRootOk(host, 'udevadm', ['control', '--reload-rules'])
  await runAsRootOk(host, 'udevadm', ['trigger', '--name-match=kvm'])
  // trigger returns before udev has applied the rule.
  await runAsRootOk(host, 'udevadm', ['settle'])
}

/**
 * The nix.conf lines that turn on `kvm` (none when there is no usable
 * /dev/kvm). `clientSettingsApply`: a daemon ignores an untrusted client's
 * system-features, so the line would only add a warning there.
 */
export async function kvmConfLines(inputs: Inputs, host: Host, clientSettingsApply: boolean, device: string = KVM_DEVICE): Promise<string[]> {
  if (!inputs.kvm || host.platform !== 'linux' || !isCharacterDevice(device)) return []
  if (!canAccess(device, constants.R_OK | constants.W_OK)) {
    if (!privileged(host) || !(await which('udevadm'))) {
      core.info(
        `${device} exists but ${host.user} cannot open it, and there is ${privileged(host) ? 'no udevadm' : 'no passwordless sudo'} to change that: NixOS VM checks will not find the \`kvm\` system feature.`
      )
      return []
    }
    try {
      await openToEveryone(host)
    } catch (error) {
      core.info(`Could not open ${device} to ${host.user}: ${errorMessage(error)}`)
    }
    if (!canAccess(device, constants.R_OK | constants.W_OK)) {
      core.info(`${device} is still closed to ${host.user}: NixOS VM checks will not find the \`kvm\` system feature.`)
      return []
    }
  }
  if (!clientSettingsApply) {
    core.info('KVM is usable, but the nix-daemon ignores system features from an untrusted user.')
    return []
  }
  core.info(`${device} is usable: adding \`kvm\` to Nix's system features`)
  return ['extra-system-features = kvm']
}
