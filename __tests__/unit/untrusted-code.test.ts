import { describe, expect, it } from '@jest/globals'
import { acceptsFlakeConfig, codeIsUntrusted } from '../../src/runner/untrusted-code.js'
import { exposure, sandboxFromConfigJson } from '../../src/runner/build-isolation.js'

describe('events whose code is untrusted', () => {
  it.each(['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', 'pull_request_review', 'pull_request_review_comment'])('%s is', event => {
    expect(codeIsUntrusted(event)).toBe(true)
  })
  it.each(['push', 'workflow_dispatch', 'release', 'schedule', 'merge_group', ''])('%j is not', event => {
    expect(codeIsUntrusted(event)).toBe(false)
  })
})

describe('accept-flake-config in nix.conf text', () => {
  it('is on when its last setting says true, as Nix reads it', () => {
    expect(acceptsFlakeConfig('accept-flake-config = true')).toBe(true)
    expect(acceptsFlakeConfig('  accept-flake-config=true   # for cachix\n')).toBe(true)
    expect(acceptsFlakeConfig('accept-flake-config = true\naccept-flake-config = false\n')).toBe(false)
    expect(acceptsFlakeConfig('# accept-flake-config = true\nsubstituters =\n')).toBe(false)
    expect(acceptsFlakeConfig('')).toBe(false)
  })
})

describe("Nix's sandbox setting, read from `nix config show --json`", () => {
  it('reads true, false and relaxed; anything else is unknown', () => {
    expect(sandboxFromConfigJson('{"sandbox":{"value":true,"defaultValue":true}}')).toBe(true)
    expect(sandboxFromConfigJson('{"sandbox":{"value":false}}')).toBe(false)
    expect(sandboxFromConfigJson('{"sandbox":{"value":"relaxed"}}')).toBe('relaxed')
    expect(sandboxFromConfigJson('{"cores":{"value":0}}')).toBeUndefined()
  })

  it('counts a build as isolated only under a daemon with the sandbox fully on', () => {
    expect(exposure(true, true, 'runner')).toBeUndefined()
    // `relaxed` lets a derivation opt out with __noChroot: a stranger's would.
    expect(exposure(true, 'relaxed', 'runner')).toMatch(/build users with `sandbox = relaxed`/)
    expect(exposure(true, false, 'runner')).toMatch(/cannot read the job's environment/)
    expect(exposure(false, false, 'runner')).toMatch(/as the job's own user \(runner\): a check can read the action's environment/)
    expect(exposure(false, true, 'runner')).toMatch(/single-user Nix, as the job's own user \(runner\), separated from the job only by Nix's sandbox/)
  })
})
