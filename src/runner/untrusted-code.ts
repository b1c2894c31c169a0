// Events whose checked-out code may be a stranger's (a pull request's flake,
// or a workflow acting on one). On them the flake's `nixConfig` never becomes
// a Nix setting: with `accept-flake-config` it could set a `post-build-hook`,
// run as root by a daemon that trusts the job's user, or a substituter.
const UNTRUSTED_EVENTS = new Set(['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', 'pull_request_review', 'pull_request_review_comment'])

export function codeIsUntrusted(eventName: string): boolean {
  return UNTRUSTED_EVENTS.has(eventName)
}

/**
 * For every Nix command of such a run: a command-line `--option` wins over
 * every nix.conf and NIX_CONFIG, whoever set them (Nix 2.4 and later have
 * the setting; the action needs 2.4 for flakes anyway).
 */
export const REFUSE_FLAKE_CONFIG: readonly string[] = ['--option', 'accept-flake-config', 'false']

/** Whether nix.conf text turns `accept-flake-config` on (its last setting wins, as in Nix). */
export function acceptsFlakeConfig(conf: string): boolean {
  let value = false
  for (const line of conf.split('\n')) {
    const match = /^\s*accept-flake-config\s*=\s*(\S*)\s*(?:#.*)?$/.exec(line)
    if (match) value = match[1] === 'true'
  }
  return value
}
