// What the runner tells the action about the run, read once from its environment.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface RunContext {
  eventName: string
  ref: string
  sha: string | undefined
  /** From the event payload; undefined when the payload does not say. */
  defaultBranch: string | undefined
  /** GITHUB_HEAD_REF: a pull request's source branch (fills `{{branch}}`). */
  headRef: string | undefined
  /** A `release` event's tag name, from its payload (fills `{{version}}` …). */
  releaseTag: string | undefined
  serverHost: string
  workspace: string
  runnerTemp: string
  toolCache: string
  home: string
  platform: NodeJS.Platform
  arch: string
  runId: string
  runAttempt: string
}

function eventPayload(eventPath: string | undefined): Record<string, unknown> {
  if (!eventPath) return {}
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>
  } catch {
    // A missing or unreadable payload only costs the default-branch check.
    return {}
  }
}

/** `payload[object][field]` when it is a non-empty string. */
function payloadString(payload: Record<string, unknown>, object: string, field: string): string | undefined {
  const value = payload[object]
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>)[field]
    if (typeof text === 'string' && text !== '') return text
  }
  return undefined
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const home = env['HOME'] || os.homedir()
  const tmp = env['RUNNER_TEMP'] || os.tmpdir()
  let serverHost = 'github.com'
  try {
    serverHost = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').host
  } catch {
    // keep github.com
  }
  const payload = eventPayload(env['GITHUB_EVENT_PATH'])
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    sha: env['GITHUB_SHA'] || undefined,
    defaultBranch: payloadString(payload, 'repository', 'default_branch'),
    headRef: env['GITHUB_HEAD_REF'] || undefined,
    releaseTag: payloadString(payload, 'release', 'tag_name'),
    serverHost,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runnerTemp: tmp,
    toolCache: env['RUNNER_TOOL_CACHE'] || path.join(tmp, 'tool-cache'),
    home,
    platform: process.platform,
    arch: process.arch,
    runId: env['GITHUB_RUN_ID'] ?? '0',
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1'
  }
}
