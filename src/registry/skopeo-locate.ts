// skopeo, for runs that push: the runner's, or built from `skopeo-flake`
// (macOS runners and many self-hosted ones have none). Checked in the plan,
// before any work; built once, after the cache restore, so it comes from the
// restored cache when an earlier run built it, and, being recorded as built
// by this job (cache/roots.ts), it is in what the cache saves.
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import { runNix, type Nix } from '../nix/command.js'
import { which } from '@actions/io'
import type { BuildRoots } from '../cache/roots.js'

/** The runner's skopeo, or undefined when the push needs it built (none on PATH). */
export async function skopeoOnPath(): Promise<string | undefined> {
  return (await which('skopeo')) || undefined
}

/** The output of `nix build --json` that holds bin/skopeo. */
export function skopeoFromBuildJson(json: string): string | undefined {
  const built = JSON.parse(json) as { outputs?: Record<string, string> }[]
  for (const item of built) {
    for (const out of Object.values(item.outputs ?? {})) {
      const bin = path.join(out, 'bin', 'skopeo')
      if (existsSync(bin)) return bin
    }
  }
  return undefined
}

/** Builds skopeo; returns its path, for the push to run. */
export async function provideSkopeo(nix: Nix, inputs: Inputs, roots: BuildRoots | undefined): Promise<string> {
  const { result } = await runNix(nix, ['build', '--no-link', '--json', inputs.skopeoFlake], { attempts: inputs.attempts })
  const tail = result.output.trim().split('\n').slice(-10).join('\n')
  if (result.exitCode !== 0)
    throw new Error(
      `Building skopeo from \`${inputs.skopeoFlake}\` failed:\n${tail}\nInstall skopeo on the runner, or point \`skopeo-flake\` at a flake output that has bin/skopeo.`
    )
  roots?.recordBuildJson(result.stdout)
  const bin = skopeoFromBuildJson(result.stdout)
  if (!bin) throw new Error(`\`${inputs.skopeoFlake}\` built, but none of its outputs has bin/skopeo. Point \`skopeo-flake\` at skopeo (\`nixpkgs#skopeo\`).`)
  core.info(`Using skopeo from ${bin}`)
  return bin
}
