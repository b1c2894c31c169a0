// What the tools the action starts may see of its environment (child-env.ts).
import { describe, expect, test } from '@jest/globals'
import { childEnvironment } from '../../src/child-env.js'

describe('childEnvironment', () => {
  const runner = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    NIX_CONFIG: 'sandbox = false',
    'INPUT_GITHUB-TOKEN': 'ghs_secret',
    INPUT_PASSWORD: 'hunter2',
    INPUT_USERNAME: 'ci',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
    ACTIONS_CACHE_URL: 'https://cache.example/'
  }

  test('drops every input and the runner tokens, keeps the rest', () => {
    expect(childEnvironment(runner)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      NIX_CONFIG: 'sandbox = false',
      ACTIONS_CACHE_URL: 'https://cache.example/'
    })
  })

  test('adds what the caller asks for', () => {
    expect(childEnvironment(runner, { NIX_INSTALLER_NO_MODIFY_PROFILE: '1' })['NIX_INSTALLER_NO_MODIFY_PROFILE']).toBe('1')
  })

  test('leaves its argument alone', () => {
    const base = { ...runner }
    childEnvironment(base)
    expect(base).toEqual(runner)
  })
})
