import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseSemVer, resolveTags, sanitiseBranch, templateProblem } from '../../src/plan/tags.js'
import { splitList } from '../../src/plan/inputs.js'
import { readContext } from '../../src/plan/context.js'

// The run is read by readContext from the variables and event payload a runner gives.
function runOf(env: Record<string, string>, payload?: object) {
  if (payload === undefined) return readContext(env)
  const dir = mkdtempSync(path.join(tmpdir(), 'nfci-tags-'))
  try {
    const file = path.join(dir, 'event.json')
    writeFileSync(file, JSON.stringify(payload))
    return readContext({ ...env, GITHUB_EVENT_PATH: file })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const SHA = '3f1c2b9a7d0e4c5b6a8f9e0d1c2b3a4f5e6d7c8b'
const shaOf = (value: string | undefined) => runOf(value === undefined ? {} : { GITHUB_SHA: value })
const tagPush = (tag: string) => runOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: `refs/tags/${tag}`, GITHUB_SHA: SHA })
const branchPush = (branch: string) => runOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: `refs/heads/${branch}`, GITHUB_SHA: SHA })
const release = (tag: string) => runOf({ GITHUB_EVENT_NAME: 'release', GITHUB_REF: `refs/tags/${tag}`, GITHUB_SHA: SHA }, { release: { tag_name: tag } })
const VERSION_TAGS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}']

describe('default tag', () => {
  it('is sha- and the first 7 characters of the commit', () => {
    expect(resolveTags([], shaOf(SHA))).toEqual([`sha-${SHA.slice(0, 7)}`])
  })

  it('is lower case even when the commit is given in upper case', () => {
    const sha = 'ABC1234DEF5678ABC1234DEF5678ABC1234DEF56'
    const [tag] = resolveTags([], shaOf(sha))
    expect(tag).toBe(`sha-${sha.slice(0, 7).toLowerCase()}`)
    expect(tag).toMatch(/^sha-[0-9a-f]{7}$/)
  })

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['not a hash', 'main'],
    ['too short', 'abc12']
  ])('cannot be made when GITHUB_SHA is %s, and the error says why', (_what, value) => {
    expect(() => resolveTags([], shaOf(value))).toThrow(/GITHUB_SHA/)
    expect(() => resolveTags([], shaOf(value))).toThrow(/tags/)
  })

  it('is not added when tags are given, and given tags need no commit', () => {
    expect(resolveTags(['v1.2.0', 'latest'], shaOf(SHA))).toEqual(['v1.2.0', 'latest'])
    expect(resolveTags(['v1.2.0'], shaOf(undefined))).toEqual(['v1.2.0'])
  })
})

describe('{{tag}}', () => {
  it("is the tag's own name, semantic version or not", () => {
    expect(resolveTags(['{{tag}}'], tagPush('v1.2.3'))).toEqual(['v1.2.3'])
    expect(resolveTags(['{{tag}}', 'build-{{tag}}'], tagPush('nightly'))).toEqual(['nightly', 'build-nightly'])
    expect(resolveTags(['{{ tag }}'], release('v2.0'))).toEqual(['v2.0'])
  })

  it('is kept for a pre-release: it is not a short tag', () => {
    expect(resolveTags(['{{tag}}', '{{major}}'], tagPush('v2.0.0-rc.1'))).toEqual(['v2.0.0-rc.1'])
  })

  it('on a branch push is an error that names the events that fill it', () => {
    expect(() => resolveTags(['{{tag}}'], branchPush('main'))).toThrow(/`refs\/tags\/…`.*`release`.*`push` event on `refs\/heads\/main`/)
  })

  it('that is not a valid OCI tag fails, showing what it gave', () => {
    expect(() => resolveTags(['{{tag}}'], tagPush('release/2026'))).toThrow(/"release\/2026"/)
  })
})

describe('version templates', () => {
  it('a tag ref v1.4.2 gives 1.4.2, 1.4 and 1', () => {
    expect(resolveTags(VERSION_TAGS, tagPush('v1.4.2'))).toEqual(['1.4.2', '1.4', '1'])
  })

  it('a pre-release v2.0.0-rc.1 gives only 2.0.0-rc.1: short tags stay on the last release', () => {
    expect(resolveTags(VERSION_TAGS, tagPush('v2.0.0-rc.1'))).toEqual(['2.0.0-rc.1'])
    expect(resolveTags(['v{{major}}', 'v{{major}}.{{minor}}.{{patch}}', 'latest'], tagPush('2.0.0-rc.1'))).toEqual(['v2.0.0', 'latest'])
  })

  it('a release event reads the tag name from its payload', () => {
    expect(resolveTags(VERSION_TAGS, release('v3.10.0'))).toEqual(['3.10.0', '3.10', '3'])
    expect(resolveTags(['{{ version }}', 'r{{patch}}'], release('3.10.7'))).toEqual(['3.10.7', 'r7'])
  })

  it('fixed text, sha and version mix in one tag; repeats are pushed once', () => {
    expect(resolveTags(['{{version}}-{{sha}}', '{{major}}', 'v{{major}}', '{{ major }}'], tagPush('v1.4.2'))).toEqual(['1.4.2-3f1c2b9', '1', 'v1'])
  })

  it('build metadata keeps a valid tag (+ becomes _)', () => {
    expect(resolveTags(['{{version}}'], tagPush('v1.2.3+build.5'))).toEqual(['1.2.3_build.5'])
  })

  it('on a branch push, {{version}} is an error that names the event that fills it', () => {
    expect(() => resolveTags(['{{version}}'], branchPush('main'))).toThrow(/`refs\/tags\/v1\.2\.3`.*`release`.*`push` event on `refs\/heads\/main`/)
  })

  it('on a tag that is not a semantic version, {{major}} is an error naming the tag', () => {
    expect(() => resolveTags(['{{major}}'], tagPush('nightly'))).toThrow(/`nightly` is not a semantic version/)
    expect(() => resolveTags(['{{version}}'], tagPush('v1.2'))).toThrow(/`v1\.2` is not a semantic version/)
  })

  it('only short tags on a pre-release leaves nothing to push: an error, not a silent no-op', () => {
    expect(() => resolveTags(['{{major}}', '{{major}}.{{minor}}'], tagPush('v2.0.0-rc.1'))).toThrow(/pre-release.*\{\{version\}\}/)
  })
})

describe('sha and branch templates', () => {
  it('{{sha}} is the first 7 of the commit', () => {
    expect(resolveTags(['sha-{{sha}}', '{{sha}}'], branchPush('main'))).toEqual(['sha-3f1c2b9', '3f1c2b9'])
  })

  it('{{branch}} is the branch, sanitised to the tag grammar', () => {
    expect(resolveTags(['{{branch}}', '{{branch}}-{{sha}}'], branchPush('feature/Ärger#1'))).toEqual(['feature--rger-1', 'feature--rger-1-3f1c2b9'])
  })

  it('{{branch}} of a pull request is its source branch (GITHUB_HEAD_REF)', () => {
    const pr = runOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'fix/login', GITHUB_SHA: SHA })
    expect(resolveTags(['pr-{{branch}}'], pr)).toEqual(['pr-fix-login'])
  })

  it('{{branch}} on a tag ref says which events fill it', () => {
    expect(() => resolveTags(['{{branch}}'], tagPush('v1.0.0'))).toThrow(/push to a branch.*pull request.*`refs\/tags\/v1\.0\.0`/)
  })

  it('{{sha}} without a commit is an error', () => {
    expect(() => resolveTags(['{{sha}}'], runOf({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }))).toThrow(/GITHUB_SHA/)
  })
})

describe('templateProblem (checked when the inputs are parsed)', () => {
  it.each(['latest', 'v1.2.0', '{{tag}}', '{{version}}', '{{major}}.{{minor}}', 'v{{ major }}', '{{branch}}-{{sha}}', '{{sha}}'])('accepts %s', tag => {
    expect(templateProblem(tag)).toBeUndefined()
  })

  it.each([
    ['{{ref}}', /`\{\{ref\}\}` is not one/],
    ['{{}}', /is not one/],
    ['{{version}', /both braces/],
    ['v{version}', /both braces/],
    ['-{{version}}', /not starting with/],
    ['{{version}} x', /letters, digits/]
  ])('refuses %s', (tag, why) => {
    expect(templateProblem(tag)).toMatch(why)
  })
})

describe('parseSemVer', () => {
  it.each([
    ['v1.2.3', { version: '1.2.3', major: '1', minor: '2', patch: '3', prerelease: false }],
    ['1.2.3-rc.1', { version: '1.2.3-rc.1', major: '1', minor: '2', patch: '3', prerelease: true }],
    ['v10.0.20-alpha-2', { version: '10.0.20-alpha-2', major: '10', minor: '0', patch: '20', prerelease: true }]
  ])('reads %s', (name, parts) => {
    expect(parseSemVer(name)).toEqual(parts)
  })

  it.each(['1.2', 'v01.2.3', 'release-1.2.3', 'v1.2.3-', 'V1.2.3', ''])('refuses %s', name => {
    expect(parseSemVer(name)).toBeUndefined()
  })
})

describe('sanitiseBranch', () => {
  it('keeps tag characters, replaces the rest, trims what cannot start a tag, caps at 128', () => {
    expect(sanitiseBranch('main')).toBe('main')
    expect(sanitiseBranch('dependabot/npm_and_yarn/x-1.2')).toBe('dependabot-npm_and_yarn-x-1.2')
    expect(sanitiseBranch('-.x')).toBe('x')
    expect(sanitiseBranch('a'.repeat(200))).toHaveLength(128)
  })
})

describe('splitList', () => {
  it('splits on commas and new lines, trims, drops blanks and repeats, keeps order', () => {
    expect(splitList(' b, a ,\r\n\n b,c ,, \n')).toEqual(['b', 'a', 'c'])
  })

  it('gives nothing for an empty value', () => {
    expect(splitList('')).toEqual([])
    expect(splitList(' ,\n ')).toEqual([])
  })
})
