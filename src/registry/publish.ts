// The registry side of a push, for the push stage and the image-index push:
// a private login, access to the image's repository through skopeo, copying
// to the first tag, pointing every other tag at the same digest, and the
// outputs that name what was pushed.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { runSkopeo, tlsFlags, type SkopeoTarget } from './skopeo.js'
import { updateState } from '../state.js'
import { errorMessage } from '../errors.js'

/** The registry login of one push: skopeo's auth file, or none for a registry without login. */
export interface Login {
  authFile: string | undefined
  dir: string | undefined
}

/**
 * `skopeo login` into a private auth file under RUNNER_TEMP; the password
 * goes on stdin, and the file's directory is recorded for post at once.
 * Called only once the image archive is made: a streamLayeredImage script is
 * the flake's code, and must not run while the credentials are on disk.
 */
async function logIn(skopeo: string, inputs: Inputs, context: RunContext): Promise<Login> {
  if (inputs.username === '') return { authFile: undefined, dir: undefined }
  const dir = mkdtempSync(path.join(context.runnerTemp, 'nix-flake-ci-auth-'))
  chmodSync(dir, 0o700)
  updateState({ authDir: dir })
  const login = { authFile: path.join(dir, 'auth.json'), dir }
  try {
    const target = skopeoTarget(skopeo, inputs, login.authFile)
    const args = ['login', '--authfile', login.authFile, '--username', inputs.username, '--password-stdin', ...tlsFlags('', inputs.tlsVerify), inputs.registry]
    const result = await runSkopeo(args, target, `Logging in to ${inputs.registry}`, { input: `${inputs.password}\n`, silent: true })
    chmodSync(login.authFile, 0o600)
    core.info(result.output.trim())
    return login
  } catch (error) {
    logOut(login)
    throw error
  }
}

/** The credentials off the disk as soon as the push is done with them; post removes them only if main was killed first. */
function logOut(login: Login): void {
  if (login.dir === undefined) return
  try {
    rmSync(login.dir, { recursive: true, force: true })
    updateState({ authDir: undefined })
    core.info('Removed the registry credentials')
  } catch (error) {
    core.warning(`Could not remove the registry credentials in ${login.dir} yet (the post step tries again): ${errorMessage(error)}`)
  }
}

/** Runs `work` logged in to the registry, and logs out after, whether it succeeded or not. */
export async function withLogin<T>(skopeo: string, inputs: Inputs, context: RunContext, work: (login: Login) => Promise<T>): Promise<T> {
  const login = await logIn(skopeo, inputs, context)
  try {
    return await work(login)
  } finally {
    logOut(login)
  }
}

export interface Pushed {
  digest: string
  /** `<registry>/<image>@<digest>`. */
  reference: string
  references: string[]
}

function skopeoTarget(skopeo: string, inputs: Inputs, authFile: string | undefined): SkopeoTarget {
  return { bin: skopeo, registry: inputs.registry, tlsVerify: inputs.tlsVerify, authFile, attempts: inputs.attempts }
}

/** How skopeo reaches the image's repository: retries, TLS, and the login's auth file. */
export interface RegistryAccess {
  repository: string
  target: SkopeoTarget
  auth: string[]
  tlsVerify: boolean
}

export function registryAccess(skopeo: string, inputs: Inputs, login: Login): RegistryAccess {
  return {
    repository: `${inputs.registry}/${inputs.image}`,
    target: skopeoTarget(skopeo, inputs, login.authFile),
    auth: login.authFile ? ['--authfile', login.authFile] : [],
    tlsVerify: inputs.tlsVerify
  }
}

/** Copies `source` to the first tag (`flags` before the auth) and returns the digest the registry gave it. */
export async function copyToFirstTag(
  source: string,
  flags: readonly string[],
  tags: readonly string[],
  dir: string,
  access: RegistryAccess,
  what: string
): Promise<string> {
  const first = tags[0]
  if (first === undefined) throw new Error('no tags to push')
  const digestFile = path.join(dir, 'digest')
  await runSkopeo(
    ['copy', ...flags, ...access.auth, ...tlsFlags('dest-', access.tlsVerify), '--digestfile', digestFile, source, `docker://${access.repository}:${first}`],
    access.target,
    `${what} ${access.repository}:${first}`
  )
  return readFileSync(digestFile, 'utf8').trim()
}

/** Runs `work` in a scratch dir under RUNNER_TEMP, removed after (or by post, if cancelled). */
export async function withPushDir<T>(context: RunContext, work: (dir: string) => Promise<T>): Promise<T> {
  const workDir = mkdtempSync(path.join(context.runnerTemp, 'nix-flake-ci-push-'))
  // A cancelled push never reaches the `finally` below; post removes it then.
  updateState({ pushDir: workDir })
  try {
    return await work(workDir)
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

export interface Publish {
  /** The digest is an image index: copy every platform's image with it (`--all`). */
  all: boolean
  access: RegistryAccess
}

/**
 * Points every further tag at the pushed digest and reports it. Each tag
 * copies the manifest within the registry: the layers are there already, so
 * a tag costs one manifest upload whatever skopeo's local cache knows.
 */
export async function tagAndReport(digest: string, tags: readonly string[], { all, access }: Publish): Promise<Pushed> {
  const { repository, auth, tlsVerify } = access
  const copyAll = all ? ['--all', '--preserve-digests'] : []
  for (const tag of tags.slice(1)) {
    await runSkopeo(
      [
        'copy',
        ...copyAll,
        ...auth,
        ...tlsFlags('src-', tlsVerify),
        ...tlsFlags('dest-', tlsVerify),
        `docker://${repository}@${digest}`,
        `docker://${repository}:${tag}`
      ],
      access.target,
      `Tagging ${repository}:${tag}`
    )
  }
  const references = tags.map(tag => `${repository}:${tag}`)
  core.setOutput('digest', digest)
  core.setOutput('image', `${repository}@${digest}`)
  core.setOutput('tags', references.join('\n'))
  core.setOutput('pushed', 'true')
  core.info(`Pushed ${repository}@${digest}\n${references.map(ref => `  ${ref}`).join('\n')}`)
  return { digest, reference: `${repository}@${digest}`, references }
}
