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

function defaultBranchOf(payload: Record<string, unknown>): string | undefined {
  const repository = payload['repository']
  if (repository && typeof repository === 'object') {
    const branch = (repository as Record<string, unknown>)['default_branch']
    if (typeof branch === 'string' && branch !== '') return branch
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
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    sha: env['GITHUB_SHA'] || undefined,
    defaultBranch: defaultBranchOf(eventPayload(env['GITHUB_EVENT_PATH'])),
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
