// The environment of the tools the action starts (Nix, skopeo, the
// installer, an image's stream script): the runner's, minus what is meant
// for the action alone.
//
// Why it matters: the runner hands every input to the action as INPUT_<NAME>,
// `password` and `github-token` among them, plus its own runtime tokens. A
// fixed-output derivation may list any variable in `impureEnvVars`, and a
// single-user Nix (what `install` sets up on Linux, and Debian's) passes it
// from the `nix` process's environment to the builder, which has network
// access. So a pull request's flake could read the registry password during
// `nix flake check`. The token reaches Nix through nix.conf and the password
// reaches skopeo on stdin; neither needs them in its environment.

/** Runner variables the tools never need and must not see. */
const RUNNER_SECRETS = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL'])

export function childEnvironment(base: NodeJS.ProcessEnv = process.env, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(base)) {
    if (/^INPUT_/i.test(name) || RUNNER_SECRETS.has(name)) continue
    env[name] = value
  }
  return { ...env, ...extra }
}

/**
 * The environment of a Nix process: `settings` after whatever NIX_CONFIG the
 * job has, not on the command line, so the restored cache's loopback URL
 * (its path is random, see cache/substituter.ts) stays out of `ps` listings
 * and the log's `[command]` lines. Only the action's own children see it:
 * later steps never do.
 */
export function nixEnvironment(settings: readonly string[], base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (settings.length === 0) return childEnvironment(base)
  const current = base['NIX_CONFIG'] ?? ''
  return childEnvironment(base, { NIX_CONFIG: [...(current === '' ? [] : [current]), ...settings].join('\n') })
}
