// Stage 6: log in to the registry, copy the archive to the first tag, point
// every other tag at the same manifest, and report the digest.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { Report } from '../report.js'
import { runSkopeo, tlsFlags, type SkopeoTarget } from '../skopeo.js'
import { dockerArchive, type Archive } from '../image-archive.js'
import { updateState } from '../state.js'
import { commandLine } from '../process.js'
import { DeferredSink } from '../log-sink.js'

export interface Login {
  authFile: string | undefined
  /** Settles when login is done; started early so it overlaps the checks. */
  done: Promise<void>
  /**
   * What the login has to say (its retries, "Login Succeeded!"), held back:
   * while the checks stream with workflow commands off (process.ts), a
   * warning printed then would be plain text, not an annotation.
   */
  log: DeferredSink
}

/**
 * Starts `skopeo login` into a private auth file under RUNNER_TEMP. The
 * password goes on stdin; the file's directory is recorded for post at once.
 */
export function startLogin(inputs: Inputs, context: RunContext): Login {
  const log = new DeferredSink()
  if (inputs.username === '') return { authFile: undefined, done: Promise.resolve(), log }
  const dir = mkdtempSync(path.join(context.runnerTemp, 'nix-flake-ci-auth-'))
  chmodSync(dir, 0o700)
  updateState({ authDir: dir })
  const authFile = path.join(dir, 'auth.json')
  const target: SkopeoTarget = { registry: inputs.registry, tlsVerify: inputs.tlsVerify, authFile, attempts: inputs.attempts }
  const args = ['login', '--authfile', authFile, '--username', inputs.username, '--password-stdin', ...tlsFlags('', inputs.tlsVerify), inputs.registry]
  const done = runSkopeo(args, target, `Logging in to ${inputs.registry}`, { input: `${inputs.password}\n`, silent: true, sink: log }).then(result => {
    chmodSync(authFile, 0o600)
    log.later(() => core.info(result.output.trim()))
  })
  // Awaited in the push stage; this keeps an early failure from being "unhandled".
  done.catch(() => undefined)
  return { authFile, done, log }
}

/** The push as a user would run it by hand after `nix build` (./result). */
function reproducePush(report: Report, inputs: Inputs, references: readonly string[], archive: Archive): void {
  if (inputs.username !== '') {
    report.command(commandLine('skopeo', ['login', '--username', inputs.username, '--password-stdin', ...tlsFlags('', inputs.tlsVerify), inputs.registry]))
  }
  if (archive.reproduce) report.command(archive.reproduce)
  const source = archive.reproduce ? 'docker-archive:image.tar' : 'docker-archive:result'
  for (const reference of references) {
    report.command(commandLine('skopeo', ['copy', ...tlsFlags('dest-', inputs.tlsVerify), source, `docker://${reference}`]))
  }
}

export interface Pushed {
  digest: string
  references: string[]
}

/** How skopeo reaches the registry: retries, TLS, and the login's auth file. */
export function registryAccess(inputs: Inputs, login: Login): { target: SkopeoTarget; auth: string[] } {
  return {
    target: { registry: inputs.registry, tlsVerify: inputs.tlsVerify, authFile: login.authFile, attempts: inputs.attempts },
    auth: login.authFile ? ['--authfile', login.authFile] : []
  }
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
  auth: string[]
  target: SkopeoTarget
  inputs: Inputs
  report: Report
}

/**
 * Points every further tag at the pushed digest and reports it. Each tag
 * copies the manifest within the registry: the layers are there already, so
 * a tag costs one manifest upload whatever skopeo's local cache knows.
 */
export async function tagAndReport(digest: string, tags: readonly string[], { all, auth, target, inputs, report }: Publish): Promise<Pushed> {
  const repository = `${inputs.registry}/${inputs.image}`
  const copyAll = all ? ['--all', '--preserve-digests'] : []
  for (const tag of tags.slice(1)) {
    await runSkopeo(
      ['copy', ...copyAll, ...auth, ...tlsFlags('src-', inputs.tlsVerify), ...tlsFlags('dest-', inputs.tlsVerify), `docker://${repository}@${digest}`, `docker://${repository}:${tag}`],
      target,
      `Tagging ${repository}:${tag}`
    )
  }
  const references = tags.map(tag => `${repository}:${tag}`)
  core.setOutput('digest', digest)
  core.setOutput('image', `${repository}@${digest}`)
  core.setOutput('tags', references.join('\n'))
  core.setOutput('pushed', 'true')
  report.image = { reference: `${repository}@${digest}`, digest, tags: references }
  core.info(`Pushed ${repository}@${digest}\n${references.map(ref => `  ${ref}`).join('\n')}`)
  return { digest, references }
}

export async function pushStage(
  storePath: string,
  tags: readonly string[],
  login: Login,
  inputs: Inputs,
  context: RunContext,
  report: Report
): Promise<Pushed> {
  const { target, auth } = registryAccess(inputs, login)
  const repository = `${inputs.registry}/${inputs.image}`
  return withPushDir(context, async workDir => {
    const archive = await dockerArchive(storePath, workDir)
    reproducePush(
      report,
      inputs,
      tags.map(tag => `${repository}:${tag}`),
      archive
    )
    login.log.release()
    await login.done
    const digestFile = path.join(workDir, 'digest')
    const first = tags[0]
    if (first === undefined) throw new Error('no tags to push')
    await runSkopeo(
      ['copy', ...auth, ...tlsFlags('dest-', inputs.tlsVerify), '--digestfile', digestFile, `docker-archive:${archive.path}`, `docker://${repository}:${first}`],
      target,
      `Pushing ${repository}:${first}`
    )
    const digest = readFileSync(digestFile, 'utf8').trim()
    // What skopeo's blob-info cache now knows; post keys its entry by it.
    updateState({ pushed: { repository, digest } })
    return tagAndReport(digest, tags, { all: false, auth, target, inputs, report })
  })
}
