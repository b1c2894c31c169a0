import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decidePush } from '../../src/plan/push-policy.js'
import { readContext } from '../../src/plan/context.js'

// Events are read the way the action reads them: GITHUB_EVENT_NAME,
// GITHUB_REF and the event payload file, passed as values to readContext.
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'push-policy-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

let payloads = 0
function event(eventName: string, ref: string, payload: unknown = { repository: { default_branch: 'main' } }) {
  const file = path.join(dir, `event-${++payloads}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return readContext({ GITHUB_EVENT_NAME: eventName, GITHUB_REF: ref, GITHUB_EVENT_PATH: file })
}

const auto = (e: ReturnType<typeof event>) => decidePush('auto', e, true, true)

describe('push: auto', () => {
  it('pushes on a push to the default branch', () => {
    const decision = auto(event('push', 'refs/heads/main'))
    expect(decision.push).toBe(true)
    expect(decision.reason).toContain('main')
  })

  it('follows the default branch the payload names', () => {
    const e = event('push', 'refs/heads/trunk', { repository: { default_branch: 'trunk' } })
    expect(e.defaultBranch).toBe('trunk')
    expect(auto(e).push).toBe(true)
    expect(auto(event('push', 'refs/heads/main', { repository: { default_branch: 'trunk' } })).push).toBe(false)
  })

  it('does not push on a push to another branch, and says which', () => {
    const decision = auto(event('push', 'refs/heads/feature/login'))
    expect(decision.push).toBe(false)
    expect(decision.reason).toContain('feature/login')
    expect(decision.reason).toContain('main')
  })

  it('does not take a branch whose name ends like the default branch for it', () => {
    expect(auto(event('push', 'refs/heads/not-main')).push).toBe(false)
    expect(auto(event('push', 'refs/heads/main/x')).push).toBe(false)
  })

  it('pushes on a push of a tag, and names the tag', () => {
    const decision = auto(event('push', 'refs/tags/v1.2.0'))
    expect(decision.push).toBe(true)
    expect(decision.reason).toContain('v1.2.0')
  })

  it.each(['workflow_dispatch', 'release'])('pushes on %s, from any branch', name => {
    for (const ref of ['refs/heads/main', 'refs/heads/release-branch', 'refs/tags/v2.0.0']) {
      const decision = auto(event(name, ref))
      expect(decision.push).toBe(true)
      expect(decision.reason).toContain(name)
    }
  })

  it.each([
    ['pull_request', 'refs/pull/42/merge'],
    ['pull_request_target', 'refs/heads/main'],
    ['merge_group', 'refs/heads/gh-readonly-queue/main/pr-42-abc'],
    ['schedule', 'refs/heads/main'],
    ['issue_comment', 'refs/heads/main']
  ])('builds but does not push on %s, and the reason names the event', (name, ref) => {
    const decision = auto(event(name, ref))
    expect(decision.push).toBe(false)
    expect(decision.reason).toContain(name)
  })

  it('does not push when the payload does not name the default branch, and says so', () => {
    for (const e of [
      event('push', 'refs/heads/main', {}),
      event('push', 'refs/heads/main', { repository: { name: 'x' } }),
      readContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: path.join(dir, 'missing.json') }),
      readContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' })
    ]) {
      expect(e.defaultBranch).toBeUndefined()
      const decision = auto(e)
      expect(decision.push).toBe(false)
      expect(decision.reason).toMatch(/default branch/)
    }
  })

  it('does not push without a registry and image, and says so', () => {
    const decision = decidePush('auto', event('push', 'refs/heads/main'), false, true)
    expect(decision.push).toBe(false)
    expect(decision.reason).toContain('registry')
    expect(decision.reason).toContain('image')
  })

  it('does not push when the build stage is off', () => {
    const decision = decidePush('auto', event('workflow_dispatch', 'refs/heads/main'), true, false)
    expect(decision.push).toBe(false)
    expect(decision.reason).toMatch(/build/)
  })
})

describe('push: true and push: false override the event', () => {
  it('push: true pushes on a pull request', () => {
    const decision = decidePush('true', event('pull_request', 'refs/pull/1/merge'), true, true)
    expect(decision.push).toBe(true)
    expect(decision.reason).toContain('push: true')
  })

  it('push: false never pushes, not even on the default branch or a release', () => {
    for (const e of [event('push', 'refs/heads/main'), event('release', 'refs/tags/v1'), event('workflow_dispatch', 'refs/heads/main')]) {
      const decision = decidePush('false', e, true, true)
      expect(decision.push).toBe(false)
      expect(decision.reason).toContain('push: false')
    }
  })
})
