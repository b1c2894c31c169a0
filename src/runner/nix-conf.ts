// The marked block the action adds to a nix.conf (the user's: configure;
// the daemon's: trust), and taking it out again so the file ends byte for
// byte as it was. Callers do the reading and writing (the daemon's file as
// root); this decides the contents.
import path from 'node:path'

export const BLOCK_START = '# >>> nix-flake-ci: added for this job, removed by its post step >>>'
export const BLOCK_END = '# <<< nix-flake-ci <<<'

/** The user config file Nix reads first. */
export function userNixConfPath(env: NodeJS.ProcessEnv, home: string): string {
  const files = env['NIX_USER_CONF_FILES']
  if (files) {
    const first = files.split(':').find(file => file !== '')
    if (first) return first
  }
  const configHome = env['XDG_CONFIG_HOME'] || path.join(home, '.config')
  return path.join(configHome, 'nix', 'nix.conf')
}

export function blockLines(options: { tokenHost: string; token: string; extraConf: string; runnerLines?: readonly string[] }): string[] {
  // `extra-` appends to experimental features set elsewhere (/etc/nix/nix.conf)
  // instead of replacing them.
  const lines = ['extra-experimental-features = nix-command flakes']
  // `extra-` adds to the user's tokens for other hosts instead of hiding them.
  if (options.token !== '') lines.push(`extra-access-tokens = ${options.tokenHost}=${options.token}`)
  const extra = options.extraConf.replace(/\r\n/g, '\n').replace(/\n+$/, '')
  const extraLines = extra === '' ? [] : extra.split('\n')
  // Nix's default builds one derivation at a time; the other installers set
  // `auto` (one job per core). Only when the user's lines do not choose.
  if (!extraLines.some(line => /^\s*max-jobs\s*=/.test(line))) lines.push('max-jobs = auto')
  // What this runner needs (no build users, kvm), before the user's lines so theirs win.
  lines.push(...(options.runnerLines ?? []))
  lines.push(...extraLines)
  return lines
}

/** What post needs to take a block out of a file again (state.ts keeps it). */
export interface BlockState {
  path: string
  /** Whether the file was there before the action wrote it. */
  existed: boolean
  /** A newline the action added because the file did not end in one. */
  addedNewline: boolean
}

/** `original` without the block a runner that died before post left (dropped, not stacked). */
export function withoutStaleBlock(original: string): string {
  return removeBlock(original, false) ?? original
}

export function addBlock(original: string, lines: readonly string[]): { content: string; addedNewline: boolean } {
  const addedNewline = original !== '' && !original.endsWith('\n')
  const block = [BLOCK_START, ...lines, BLOCK_END].join('\n') + '\n'
  return { content: original + (addedNewline ? '\n' : '') + block, addedNewline }
}

/** The content with every marked block removed; undefined when there was none. */
export function removeBlock(content: string, addedNewline: boolean): string | undefined {
  const start = content.indexOf(`${BLOCK_START}\n`)
  if (start < 0) return undefined
  const endMarker = `${BLOCK_END}\n`
  const end = content.indexOf(endMarker, start)
  // A block cut short (the file was edited) is removed to its end.
  const stop = end < 0 ? content.length : end + endMarker.length
  let before = content.slice(0, start)
  if (addedNewline && before.endsWith('\n')) before = before.slice(0, -1)
  const rest = before + content.slice(stop)
  return removeBlock(rest, false) ?? rest
}

/**
 * What post does to a file it added a block to: nothing (no block left),
 * delete it (the action created it and nothing else is in it), or write
 * what remains.
 */
export type BlockUndo = { kind: 'none' } | { kind: 'delete' } | { kind: 'write'; content: string }

export function undoBlock(content: string, state: BlockState): BlockUndo {
  const restored = removeBlock(content, state.addedNewline)
  if (restored === undefined) return { kind: 'none' }
  if (!state.existed && restored === '') return { kind: 'delete' }
  return { kind: 'write', content: restored }
}
