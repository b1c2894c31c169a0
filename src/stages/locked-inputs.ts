// Before check and build evaluate a local flake: every input it declares is
// pinned by flake.lock and none points at this machine's own files (see
// flake-lock.ts for why Nix's `--no-update-lock-file` alone is not enough).
import { constants } from 'node:fs'
import path from 'node:path'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { localFlake } from '../nix/flake-ref.js'
import { NIX_COMMAND, runNixBin, type Nix } from '../nix/command.js'
import { run } from '../process.js'
import { DECLARED_INPUTS_EXPRESSION, declaredInputs, lockProblems, parseDeclared, type Declared } from '../nix/flake-lock.js'
import { escapeControl } from '../report/log-text.js'
import { which } from '@actions/io'
import { canAccess } from '../access.js'
import { readIfThere } from '../read-if-there.js'

/**
 * flake.nix's declared inputs, by a restricted evaluation: it reads flake.nix
 * (and files beside it) and nothing else, fetches nothing, and a flake.nix that
 * tries to read outside its directory fails here.
 */
async function readDeclared(nix: Nix, flakeDir: string): Promise<Declared | undefined> {
  const args = ['eval', ...NIX_COMMAND, '--json', '--impure', '--option', 'restrict-eval', 'true', '--option', 'allowed-uris', '', '-I', `flake=${flakeDir}`]
  const result = await runNixBin(nix, [...args, '--expr', DECLARED_INPUTS_EXPRESSION], { silent: true })
  if (result.exitCode === 0) return parseDeclared(result.stdout)
  // A flake.nix that does not parse (a syntax error, an undefined variable)
  // fails Nix's own evaluation before any input is read: Nix says where, and
  // the check stage annotates it. Anything else (reading outside the flake's
  // directory) is refused here.
  if (!(await parses(nix, path.join(flakeDir, 'flake.nix')))) return undefined
  throw new Error(
    `Could not read the inputs ${path.join(flakeDir, 'flake.nix')} declares (evaluated without fetching anything): ${escapeControl(result.output.trim())}`
  )
}

/**
 * Whether the file parses, told by the exit code of `nix-instantiate --parse`
 * (a link to nix, installed beside it; else the one on PATH). Without one,
 * the file counts as parsing: the restricted evaluation's failure is then refused.
 */
async function parses(nix: Nix, file: string): Promise<boolean> {
  const beside = path.join(path.dirname(nix.bin), 'nix-instantiate')
  const bin = canAccess(beside, constants.X_OK) ? beside : await which('nix-instantiate')
  if (!bin) return true
  const result = await run(bin, ['--parse', '--', file], { silent: true }).catch(() => undefined)
  return result === undefined || result.exitCode === 0
}

/** Throws, saying which input and what to do, when the lock file does not pin what flake.nix declares. */
export async function checkLockedInputs(nix: Nix, inputs: Inputs, context: RunContext): Promise<string> {
  const local = localFlake(inputs.flake, context.workspace)
  if (!local) return 'a remote flake: its own flake.lock is used as Nix reads it'
  const declared = await readDeclared(nix, local.flakeDir)
  if (!declared) return 'flake.nix does not parse (Nix says where)'
  const problems = lockProblems(declared, readIfThere(path.join(local.flakeDir, 'flake.lock')), {
    flakeDir: local.flakeDir,
    inside: [context.workspace, local.root]
  })
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const count = declaredInputs(declared).size
  return count === 0 ? 'no inputs' : `${count} input(s), all pinned by flake.lock`
}
