// How far a pull request's checks are kept from the job, said where the user
// sees it. With single-user Nix a build runs as the job's own user; without a
// sandbox nothing hides the job's processes from it either: it can read the
// action's environment in /proc (the registry `password`, the runner's
// tokens) and the user's nix.conf (the GitHub token). Only under a
// nix-daemon do builds run as other users (its build users).
import * as core from '@actions/core'
import { NIX_COMMAND, runNixBin, type Nix } from '../nix/command.js'
import { atLeast } from '../nix/version.js'
import type { RunRecorder } from '../report/report.js'

/** Nix's `sandbox` setting: on, off, or `relaxed` (a derivation may opt out with `__noChroot`). */
export type Sandbox = boolean | 'relaxed'

/** The `sandbox` value out of `nix config show --json` (`show-config` before 2.20): `{"sandbox": {"value": …}}`. */
export function sandboxFromConfigJson(json: string): Sandbox | undefined {
  const value = (JSON.parse(json) as Record<string, { value?: unknown } | undefined>)['sandbox']?.value
  return value === true || value === false || value === 'relaxed' ? value : undefined
}

/** The sandbox setting Nix's commands run with here, or undefined when Nix would not say. */
export async function sandboxSetting(nix: Nix): Promise<Sandbox | undefined> {
  // `config show` from 2.20, where `show-config` became its deprecated alias.
  const commands = atLeast(nix.version, '2.20') ? [['config', 'show'], ['show-config']] : [['show-config']]
  for (const command of commands) {
    const result = await runNixBin(nix, [...command, '--json', ...NIX_COMMAND, ...nix.commonArgs], { silent: true })
    if (result.exitCode !== 0) continue
    try {
      return sandboxFromConfigJson(result.stdout)
    } catch {
      // Not JSON: try the other spelling.
    }
  }
  return undefined
}

/** What a build of this run can reach, when that is more than a stranger's code should; undefined when it is isolated. */
export function exposure(daemon: boolean, sandbox: Sandbox | undefined, user: string): string | undefined {
  const sandboxed = sandbox === true
  if (!daemon) {
    return sandboxed
      ? `builds run with single-user Nix, as the job's own user (${user}), separated from the job only by Nix's sandbox`
      : `builds run with single-user Nix and no sandbox, as the job's own user (${user}): a check can read the action's environment (the registry \`password\`, the runner's tokens) in /proc and the GitHub token in nix.conf`
  }
  if (sandboxed) return undefined
  const setting = sandbox === undefined ? 'an unknown sandbox setting' : `\`sandbox = ${String(sandbox)}\``
  return `builds run as the nix-daemon's build users with ${setting}: they cannot read the job's environment or its nix.conf, but can read whatever the machine lets any user read, and reach the network`
}

/** On a run whose code is untrusted: a warning and a summary line when its builds are not isolated from the job. */
export async function warnUnisolatedBuilds(nix: Nix, daemon: boolean, eventName: string, user: string, report: RunRecorder): Promise<void> {
  const sandbox = await sandboxSetting(nix)
  const what = exposure(daemon, sandbox, user)
  if (what === undefined) return
  const advice = 'Give no secrets to jobs that build untrusted pull requests on this runner, or build them under a nix-daemon with `sandbox = true`.'
  core.warning(`This \`${eventName}\` run builds code from a pull request, and ${what}. ${advice}`, { title: 'Pull request builds are not isolated' })
  report.warn(`⚠️ Pull request builds are not isolated: ${what}. ${advice}`)
}
