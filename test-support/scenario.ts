// What the end-to-end tests share: the runner environment for Nix on this
// machine and the inputs that point the action at a test registry.
import { NIX_CONFIG } from './fixtures.js'
import type { Registry } from './registry.js'
import type { RunnerEvent } from './runner.js'

/**
 * NIX_CONFIG for the action's runs: the machine settings TESTING.md asks for,
 * but not `experimental-features` — turning flakes on is the action's job.
 */
export const ACTION_NIX_CONFIG = NIX_CONFIG.split('\n')
  .filter(line => !line.startsWith('experimental-features'))
  .join('\n')

export const IMAGE = 'upgrades/k8s-cloud-tagger-dev'
// The README's setting for the first wait between tries: runs that retry on purpose stay short.
export const FAST_RETRIES = { NIX_FLAKE_CI_RETRY_BASE_SECONDS: '0.2' }

export function registryInputs(registry: Registry): Record<string, string> {
  return {
    registry: registry.host,
    image: IMAGE,
    username: registry.username ?? '',
    password: registry.password ?? '',
    'tls-verify': 'false'
  }
}

export const pushToMain = (sha: string): RunnerEvent => ({ name: 'push', ref: 'refs/heads/main', sha, payload: { repository: { default_branch: 'main' } } })
export const pullRequest = (sha: string): RunnerEvent => ({
  name: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha,
  payload: { repository: { default_branch: 'main' } }
})
export const dispatch = (sha: string): RunnerEvent => ({
  name: 'workflow_dispatch',
  ref: 'refs/heads/main',
  sha,
  payload: { repository: { default_branch: 'main' } }
})
