import { backoffSeconds, retry, totalWaitSeconds, type Attempt } from '../../src/retry.js'

/** Work that answers from a script, one entry per try; records the tries. */
function scripted(script: Array<string | undefined>) {
  const tries: number[] = []
  const work = (attempt: number): Promise<Attempt<string>> => {
    tries.push(attempt)
    const reason = script[Math.min(attempt, script.length) - 1]
    return Promise.resolve({ result: `result of try ${attempt}`, retryReason: reason })
  }
  return { work, tries }
}

const noWait = () => 0

describe('retry', () => {
  it('tries again while the failure is transient, and returns the first final result', async () => {
    const { work, tries } = scripted(['HTTP 429', 'HTTP 503', undefined])
    const retries: Array<[number, number, string]> = []
    const outcome = await retry(work, { attempts: 5, delaySeconds: noWait, onRetry: (...args) => retries.push(args) })
    expect(tries).toEqual([1, 2, 3])
    expect(outcome).toEqual({ result: 'result of try 3', attempts: 3 })
    expect(retries).toEqual([
      [1, 0, 'HTTP 429'],
      [2, 0, 'HTTP 503']
    ])
  })

  it('does not try again when the first result is final', async () => {
    const { work, tries } = scripted([undefined])
    const retries: number[] = []
    const outcome = await retry(work, { attempts: 5, delaySeconds: noWait, onRetry: attempt => retries.push(attempt) })
    expect(tries).toEqual([1])
    expect(outcome.attempts).toBe(1)
    expect(retries).toEqual([])
  })

  it('stops at `attempts` and returns the last result', async () => {
    const { work, tries } = scripted(['HTTP 429'])
    const retries: number[] = []
    const outcome = await retry(work, { attempts: 3, delaySeconds: noWait, onRetry: attempt => retries.push(attempt) })
    expect(tries).toEqual([1, 2, 3])
    expect(outcome).toEqual({ result: 'result of try 3', attempts: 3 })
    // No wait is announced after the last try.
    expect(retries).toEqual([1, 2])
  })

  it('tries once with attempts: 1', async () => {
    const { work, tries } = scripted(['HTTP 500'])
    const outcome = await retry(work, { attempts: 1, delaySeconds: noWait })
    expect(tries).toEqual([1])
    expect(outcome.attempts).toBe(1)
  })

  it('tells onRetry the wait delaySeconds gives for that try', async () => {
    const { work } = scripted(['a', 'b', 'c', undefined])
    const waits: number[] = []
    const asked: number[] = []
    const delaySeconds = (attempt: number) => {
      asked.push(attempt)
      return attempt / 1000
    }
    await retry(work, { attempts: 10, delaySeconds, onRetry: (_attempt, wait) => waits.push(wait) })
    expect(asked).toEqual([1, 2, 3])
    expect(waits).toEqual(asked.map(delaySeconds))
  })

  it('lets an exception from the work through without trying again', async () => {
    let calls = 0
    const work = (): Promise<Attempt<string>> => {
      calls++
      return Promise.reject(new Error('spawn nix ENOENT'))
    }
    await expect(retry(work, { attempts: 3, delaySeconds: noWait })).rejects.toThrow('spawn nix ENOENT')
    expect(calls).toBe(1)
  })

  it('backs off 5, 10, 20, 40 s, then never more than a minute a wait', () => {
    delete process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']
    expect([1, 2, 3, 4, 5, 6, 9].map(backoffSeconds)).toEqual([5, 10, 20, 40, 60, 60, 60])
  })

  it('bounds the whole wait: 15 s for the default 3 tries, 375 s for the most (10)', () => {
    delete process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']
    expect(totalWaitSeconds(1)).toBe(0)
    expect(totalWaitSeconds(3)).toBe(15)
    expect(totalWaitSeconds(10)).toBe(5 + 10 + 20 + 40 + 60 * 5)
  })

  it('starts from NIX_FLAKE_CI_RETRY_BASE_SECONDS when the runner sets it, and from 5 s when it is not a number', () => {
    try {
      process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS'] = '0.5'
      expect([1, 2, 3].map(backoffSeconds)).toEqual([0.5, 1, 2])
      expect(totalWaitSeconds(3)).toBe(1.5)
      process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS'] = '0'
      expect(totalWaitSeconds(10)).toBe(0)
      for (const bad of ['', ' ', 'soon', '-1']) {
        process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS'] = bad
        expect({ bad, first: backoffSeconds(1) }).toEqual({ bad, first: 5 })
      }
    } finally {
      delete process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']
    }
  })
})

describe('versions of Nix', () => {
  it('reads the Nix release from `nix --version` of Nix and of Determinate Nix', async () => {
    const { versionFromOutput } = await import('../../src/nix/version.js')
    expect(versionFromOutput('nix (Nix) 2.8.0\n')).toBe('2.8.0')
    expect(versionFromOutput('nix (Nix) 2.26.3\n')).toBe('2.26.3')
    expect(versionFromOutput('nix (Nix) 2.34.8\n')).toBe('2.34.8')
    expect(versionFromOutput('nix (Determinate Nix 3.6.2) 2.29.0\n')).toBe('2.29.0')
    expect(versionFromOutput('nix (Nix) 2.25.0pre20241101_abc123')).toBe('2.25.0pre20241101_abc123')
    expect(versionFromOutput('command not found')).toBeUndefined()
  })

  it('compares releases by number, a pre-release as its release', async () => {
    const { atLeast } = await import('../../src/nix/version.js')
    expect(atLeast('2.8.0', '2.19')).toBe(false)
    expect(atLeast('2.19.0', '2.19')).toBe(true)
    expect(atLeast('2.26.3', '2.19')).toBe(true)
    expect(atLeast('2.10.1', '2.9')).toBe(true)
    expect(atLeast('2.33.0pre20250101_aaaa', '2.33')).toBe(true)
    expect(atLeast('3.0', '2.34')).toBe(true)
    expect(atLeast('2.32.9', '2.33')).toBe(false)
  })
})
