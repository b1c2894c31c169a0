// `nix` and `skopeo` stand-ins put first on PATH: each records its command
// line and its environment, then execs the real tool from /usr/bin, so a
// test sees every process the action started and what it handed them,
// without changing what they do.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type Tool = 'nix' | 'skopeo' | 'nix-store'

export interface ToolCall {
  tool: Tool
  argv: string[]
  /** The process's environment, as `env` printed it. */
  env: string
}

export interface ToolWrappers {
  /** Directory holding the wrappers. */
  bin: string
  /** PATH with the wrappers first. */
  path: string
  /** Every call so far, in the order the wrappers started. */
  calls(): ToolCall[]
  /** Forgets the calls so far (between scenarios sharing the wrappers). */
  reset(): void
  cleanup(): void
}

// One file per call (named by start time and pid), so concurrent calls — a
// login while the checks run — never mix their records. Inside: the tool and
// its arguments separated by US (0x1f), which survives arguments holding
// spaces or new lines, then GS (0x1d), then the environment.
function script(tool: Tool, callDir: string): string {
  return [
    '#!/bin/sh',
    `# Test wrapper: records this ${tool} call, then runs the real one.`,
    `record='${tool}'`,
    `us=$(printf '\\037')`,
    'for arg in "$@"; do record="$record$us$arg"; done',
    `file='${callDir}/'"$(date +%s%N)-$$"`,
    `{ printf '%s\\035' "$record"; env; } > "$file.tmp" && mv "$file.tmp" "$file"`,
    `exec /usr/bin/${tool} "$@"`,
    ''
  ].join('\n')
}

/**
 * `tools`: which ones to wrap. A runner's Nix has nix-store beside nix, which
 * the action looks for there (build closures); a test that needs it asks.
 */
export function makeToolWrappers(basePath: string = process.env['PATH'] ?? '/usr/bin:/bin', tools: readonly Tool[] = ['nix', 'skopeo']): ToolWrappers {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-wrappers-'))
  const bin = path.join(dir, 'bin')
  const callDir = path.join(dir, 'calls')
  mkdirSync(bin)
  mkdirSync(callDir)
  for (const tool of tools) {
    writeFileSync(path.join(bin, tool), script(tool, callDir), { mode: 0o755 })
  }
  return {
    bin,
    path: `${bin}${path.delimiter}${basePath}`,
    calls() {
      return readdirSync(callDir)
        .filter(name => !name.endsWith('.tmp'))
        .sort()
        .map(name => {
          const text = readFileSync(path.join(callDir, name), 'utf8')
          const split = text.indexOf('\x1d')
          const [tool, ...argv] = text.slice(0, split).split('\x1f')
          return { tool: tool as Tool, argv, env: text.slice(split + 1) }
        })
    },
    reset() {
      for (const name of readdirSync(callDir)) rmSync(path.join(callDir, name))
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A call as one line (`nix flake check . --refresh`), for counting and messages. */
export function callLine(call: ToolCall): string {
  return [call.tool, ...call.argv].join(' ')
}
