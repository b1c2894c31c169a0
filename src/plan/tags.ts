// The tags to push: given ones with their `{{…}}` templates filled from the
// run, or the default `sha-<commit>`. Templates are checked for syntax when
// the inputs are parsed and filled before any stage runs, so a tag that
// cannot be made fails the step before a long build, not after it.
// One function of semver, not its index: the index builds every class and
// range table at start-up, which every run would pay for.
import parseVersion from 'semver/functions/parse.js'
import { tagProblem } from '../registry/reference.js'

const PLACEHOLDERS = ['sha', 'branch', 'tag', 'version', 'major', 'minor', 'patch'] as const
type Placeholder = (typeof PLACEHOLDERS)[number]

// `{{ name }}`, spaces inside the braces allowed as in docker/metadata-action.
const TEMPLATE = /\{\{\s*([A-Za-z_]*)\s*\}\}/g

/** What a run offers to fill templates with (see context.ts). */
export interface TagSource {
  eventName: string
  ref: string
  sha: string | undefined
  /** GITHUB_HEAD_REF: a pull request's source branch. */
  headRef: string | undefined
  /** A `release` event's tag name, from its payload. */
  releaseTag: string | undefined
}

function placeholdersOf(template: string): Placeholder[] {
  return [...template.matchAll(TEMPLATE)].map(match => match[1] as Placeholder)
}

/**
 * Why `template` is not a tag or a tag template, or undefined when it is one.
 * The literal text around the placeholders must itself be tag characters;
 * the filled tag is checked again once it is known.
 */
export function templateProblem(template: string): string | undefined {
  for (const match of template.matchAll(TEMPLATE)) {
    const name = match[1] ?? ''
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      return `templates among ${PLACEHOLDERS.map(p => `\`{{${p}}}\``).join(', ')}; \`${match[0]}\` is not one`
    }
  }
  const literal = template.replace(TEMPLATE, 'x')
  if (/[{}]/.test(literal)) return 'templates written `{{name}}`, with both braces on each side'
  // A template may start with a placeholder whose value starts with a letter or digit.
  return tagProblem(template.replace(TEMPLATE, '0'))
}

/** `v1.2.3`, `1.2.3-rc.1`, `v2.0.0+build.5`: the semantic-version parts of a tag name. */
export interface SemVer {
  version: string
  major: string
  minor: string
  patch: string
  prerelease: boolean
}

export function parseSemVer(name: string): SemVer | undefined {
  // semver.parse trims spaces; a name with them is not a version tag.
  const parsed = name === name.trim() ? parseVersion(name) : null
  if (!parsed) return undefined
  // `+` is not a tag character; build metadata becomes `_…`, as docker/metadata-action does.
  const version = name.replace(/^v/, '').replace('+', '_')
  return { version, major: String(parsed.major), minor: String(parsed.minor), patch: String(parsed.patch), prerelease: parsed.prerelease.length > 0 }
}

/**
 * A branch name as an OCI tag: characters outside `[A-Za-z0-9_.-]` (the
 * `/` of `feature/x`) become `-`, no leading `.` or `-`, at most 128.
 */
export function sanitiseBranch(branch: string): string {
  return branch
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
}

function tagName(source: TagSource): string | undefined {
  if (source.eventName === 'release' && source.releaseTag) return source.releaseTag
  if (source.ref.startsWith('refs/tags/')) return source.ref.slice('refs/tags/'.length)
  return undefined
}

function branchName(source: TagSource): string | undefined {
  if (source.headRef) return source.headRef
  if (source.ref.startsWith('refs/heads/')) return source.ref.slice('refs/heads/'.length)
  return undefined
}

function describeRun(source: TagSource): string {
  const event = source.eventName === '' ? 'an unknown event' : `a \`${source.eventName}\` event`
  return source.ref === '' ? event : `${event} on \`${source.ref}\``
}

/** The first 7 characters of the commit, or undefined when GITHUB_SHA is not a commit hash. */
function shortSha(source: TagSource): string | undefined {
  return source.sha && /^[0-9a-f]{7,}$/i.test(source.sha) ? source.sha.slice(0, 7).toLowerCase() : undefined
}

function semVerOf(source: TagSource): SemVer | undefined {
  const name = tagName(source)
  return name === undefined ? undefined : parseSemVer(name)
}

/** The value of one placeholder for this run; throws saying which event would fill it. */
function fillerFor(source: TagSource): (name: Placeholder) => string {
  const semver = semVerOf(source)
  return name => {
    switch (name) {
      case 'sha': {
        const sha = shortSha(source)
        if (sha === undefined) throw new Error('`{{sha}}` needs the commit (GITHUB_SHA), which this runner did not give as a commit hash')
        return sha
      }
      case 'branch': {
        const branch = branchName(source)
        const value = branch === undefined ? '' : sanitiseBranch(branch)
        if (value === '') {
          throw new Error(`\`{{branch}}\` is filled on a push to a branch (\`refs/heads/…\`) or a pull request; this is ${describeRun(source)}`)
        }
        return value
      }
      case 'tag': {
        // The tag's own name, semantic version or not (`nightly`, `v1.2`, `v1.2.3`).
        const tag = tagName(source)
        if (tag === undefined)
          throw new Error(`\`{{tag}}\` is filled on a push of a tag (\`refs/tags/…\`) or a \`release\` event; this is ${describeRun(source)}`)
        return tag
      }
      default: {
        if (!semver) {
          const tag = tagName(source)
          const why = tag === undefined ? `this is ${describeRun(source)}` : `\`${tag}\` is not a semantic version`
          throw new Error(
            `\`{{${name}}}\` is filled on a push of a semantic-version tag (\`refs/tags/v1.2.3\`) or a \`release\` event whose tag is one (\`v1.2.3\`, \`1.2.3-rc.1\`); ${why}`
          )
        }
        return semver[name]
      }
    }
  }
}

/**
 * A short tag (`{{major}}`, `{{major}}.{{minor}}`, `v{{major}}`) follows the
 * newest stable release, so a pre-release must not move it.
 */
function isShortTag(template: string): boolean {
  const used = placeholdersOf(template)
  return (used.includes('major') || used.includes('minor')) && !used.includes('patch') && !used.includes('version')
}

/** Fills one template; the filled tag must be a valid OCI tag. */
export function fillTemplate(template: string, source: TagSource): string {
  const fill = fillerFor(source)
  const tag = template.replace(TEMPLATE, (_match, name: string) => fill(name as Placeholder))
  const problem = tagProblem(tag)
  if (problem) throw new Error(`${JSON.stringify(template)} gives ${JSON.stringify(tag)}, but tags must be ${problem}`)
  return tag
}

/**
 * The tags to push: the given ones filled (short tags left out for a
 * pre-release), or `sha-<first 7 of the commit>`. Throws when a template
 * cannot be filled for this run.
 */
export function resolveTags(given: readonly string[], source: TagSource): string[] {
  if (given.length === 0) {
    const sha = shortSha(source)
    if (sha === undefined) throw new Error('no `tags` given and GITHUB_SHA is not a commit hash, so no default `sha-<commit>` tag can be made')
    return [`sha-${sha}`]
  }
  // A pre-release version leaves the short tags where they are.
  const prerelease = semVerOf(source)?.prerelease === true
  const kept = given.filter(template => !(prerelease && isShortTag(template)))
  if (kept.length === 0) {
    throw new Error(
      `every tag (${given.join(', ')}) is a short version tag, and those are not moved by the pre-release \`${tagName(source) ?? ''}\`; add \`{{version}}\``
    )
  }
  return [...new Set(kept.map(template => fillTemplate(template, source)))]
}
