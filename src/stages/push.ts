// Stage 6: make the image archive, log in to the registry, copy the archive
// to the first tag, point every other tag at the same manifest, report the
// digest, and take the credentials off the disk again.
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import type { RunRecorder } from '../report/report.js'
import { tlsFlags } from '../registry/skopeo.js'
import { dockerArchive, type Archive } from '../registry/image-archive.js'
import { copyToFirstTag, registryAccess, tagAndReport, withLogin, withPushDir, type Pushed } from '../registry/publish.js'
import { updateState } from '../state.js'
import { commandLine } from '../process.js'

/** The push as a user would run it by hand after `nix build` (./result). */
function reproducePush(report: RunRecorder, inputs: Inputs, references: readonly string[], archive: Archive): void {
  if (inputs.username !== '') {
    report.command(commandLine('skopeo', ['login', '--username', inputs.username, '--password-stdin', ...tlsFlags('', inputs.tlsVerify), inputs.registry]))
  }
  if (archive.reproduce) report.command(archive.reproduce)
  const source = archive.reproduce ? 'docker-archive:image.tar' : 'docker-archive:result'
  for (const reference of references) {
    report.command(commandLine('skopeo', ['copy', ...tlsFlags('dest-', inputs.tlsVerify), source, `docker://${reference}`]))
  }
}

export async function pushStage(
  skopeo: string,
  storePath: string,
  tags: readonly string[],
  inputs: Inputs,
  context: RunContext,
  report: RunRecorder
): Promise<Pushed> {
  const repository = `${inputs.registry}/${inputs.image}`
  return withPushDir(context, async workDir => {
    // First, before any credentials exist: a stream script is the flake's code.
    const archive = await dockerArchive(storePath, workDir)
    reproducePush(
      report,
      inputs,
      tags.map(tag => `${repository}:${tag}`),
      archive
    )
    return withLogin(skopeo, inputs, context, async login => {
      const access = registryAccess(skopeo, inputs, login)
      const digest = await copyToFirstTag(`docker-archive:${archive.path}`, [], tags, workDir, access, 'Pushing')
      // What skopeo's blob-info cache now knows; post keys its entry by it.
      updateState({ pushed: { repository, digest } })
      const pushed = await tagAndReport(digest, tags, { all: false, access })
      report.pushed({ reference: pushed.reference, digest, tags: pushed.references })
      return pushed
    })
  })
}
