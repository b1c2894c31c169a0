// Stage 2: nix.conf. Flakes on, the GitHub token as access-tokens, the user's
// extra lines, all inside one marked block that post takes out again.
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import { addBlock, blockLines, removeBlock, userNixConfPath } from '../nix-conf.js'
import { updateState } from '../state.js'

function readIfThere(file: string): { content: string; mode: number | undefined } {
  try {
    return { content: readFileSync(file, 'utf8'), mode: statSync(file).mode & 0o7777 }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { content: '', mode: undefined }
    throw error
  }
}

export async function configureStage(inputs: Inputs, context: RunContext): Promise<string> {
  const file = userNixConfPath(process.env, context.home)
  const before = readIfThere(file)
  // A block left by a runner that died before post is dropped, not stacked.
  const clean = removeBlock(before.content, false) ?? before.content
  const lines = blockLines({ tokenHost: context.serverHost, token: inputs.githubToken, extraConf: inputs.extraConf })
  const { content, addedNewline } = addBlock(clean, lines)

  // State first: if the job dies right after the write, post still knows the file.
  updateState({ nixConf: { path: file, existed: before.mode !== undefined, mode: before.mode, addedNewline } })
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content, { mode: 0o600 })
  chmodSync(file, 0o600)

  const shown = lines.map(line => (line.startsWith('extra-access-tokens') ? `extra-access-tokens = ${context.serverHost}=***` : line))
  core.info(`Added to ${file} (mode 0600 while the job runs):\n${shown.map(line => `  ${line}`).join('\n')}`)
  return inputs.githubToken === '' ? 'flakes on, no token' : `flakes on, token for ${context.serverHost}`
}
