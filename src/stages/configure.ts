// Stage 2: nix.conf. Flakes on, the GitHub token as access-tokens, the user's
// extra lines, all inside one marked block that post takes out again.
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { addBlock, blockLines, userNixConfPath, withoutStaleBlock } from '../runner/nix-conf.js'
import { updateState } from '../state.js'
import { acceptsFlakeConfig, codeIsUntrusted } from '../runner/untrusted-code.js'
import { daemonConfPath } from '../runner/trust.js'
import { readIfThere } from '../read-if-there.js'

/** The file's text and permission bits; none when it is not there (the write below says what is wrong). */
function readWithMode(file: string): { content: string; mode: number | undefined } {
  const content = readIfThere(file)
  return content === undefined ? { content: '', mode: undefined } : { content, mode: statSync(file).mode & 0o7777 }
}

/** Where a symlinked nix.conf points (home-manager links one into the store), or undefined. */
function linkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined
  } catch {
    return undefined
  }
}

function cannotWrite(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? 'error'
  return new Error(
    `Could not write ${file} (${code}): ${(error as Error).message}. Nix reads the user's settings from there; ` +
      "set XDG_CONFIG_HOME (or NIX_USER_CONF_FILES) in the step's env to a writable directory."
  )
}

function readable(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/**
 * On events whose code is untrusted: the line that keeps `accept-flake-config`
 * off for this block's lifetime (later steps' Nix too; the action's own Nix
 * commands also get `--option`), and a warning naming where it was turned on.
 */
function flakeConfigLines(inputs: Inputs, context: RunContext, userFile: string, userConf: string): string[] {
  if (!codeIsUntrusted(context.eventName)) return []
  const systemFile = daemonConfPath()
  const where = [
    acceptsFlakeConfig(inputs.extraConf) ? '`extra-conf`' : '',
    acceptsFlakeConfig(userConf) ? userFile : '',
    acceptsFlakeConfig(readable(systemFile)) ? systemFile : '',
    acceptsFlakeConfig(process.env['NIX_CONFIG'] ?? '') ? 'NIX_CONFIG' : ''
  ].filter(Boolean)
  if (where.length > 0) {
    core.warning(
      `\`accept-flake-config = true\` (in ${where.join(', ')}) is ignored on \`${context.eventName}\` events: the flake is the pull request's code, and its ` +
        "`nixConfig` could set a `post-build-hook` (run as root by a nix-daemon that trusts the job's user) or a substituter. Put settings the build needs in `extra-conf`.",
      { title: 'accept-flake-config ignored' }
    )
  }
  return ['accept-flake-config = false']
}

export function configureStage(inputs: Inputs, context: RunContext, runnerLines: readonly string[] = []): string {
  const file = userNixConfPath(process.env, context.home)
  const before = readWithMode(file)
  const clean = withoutStaleBlock(before.content)
  // After the user's lines: the last setting wins.
  const lines = [
    ...blockLines({ tokenHost: context.serverHost, token: inputs.githubToken, extraConf: inputs.extraConf, runnerLines }),
    ...flakeConfigLines(inputs, context, file, clean)
  ]
  const { content, addedNewline } = addBlock(clean, lines)

  // A symlink is replaced by a private file for the job and put back by post:
  // writing through it would put the token into a shared or store file.
  const symlink = linkTarget(file)

  // State first: if the job dies right after the write, post still knows the file.
  updateState({ nixConf: { path: file, existed: before.mode !== undefined, mode: before.mode, addedNewline, symlink } })
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    if (symlink !== undefined) unlinkSync(file)
    writeFileSync(file, content, { mode: 0o600 })
    chmodSync(file, 0o600)
  } catch (error) {
    throw cannotWrite(file, error)
  }
  if (symlink !== undefined) core.info(`${file} was a link to ${symlink}; it is a private copy until the post step puts the link back.`)

  const shown = lines.map(line => (line.startsWith('extra-access-tokens') ? `extra-access-tokens = ${context.serverHost}=***` : line))
  core.info(`Added to ${file} (mode 0600 while the job runs):\n${shown.map(line => `  ${line}`).join('\n')}`)
  return inputs.githubToken === '' ? 'flakes on, no token' : `flakes on, token for ${context.serverHost}`
}
