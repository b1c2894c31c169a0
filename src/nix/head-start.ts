// The run's first commands, started by the entry point before the rest of
// the bundle loads: `nix --version` of the Nix on PATH and the host's probes
// (sudo, systemd) then run while Node reads the stages (tens of
// milliseconds, more on a busy runner), and the install stage finds their
// answers waiting. They only read: a run that installs another Nix, or needs
// none, has spent a few short processes.
import { which } from '@actions/io'
import { probeHost } from '../runner/host.js'
import { nixVersion } from './version.js'

export interface HeadStart {
  /** The `nix` on PATH, as the install stage's which() finds it. */
  nix: string
  /** What nixVersion() says of it. */
  version: Promise<string>
}

/** Resolves once `nix --version` is started (not answered). */
export async function headStart(): Promise<HeadStart | undefined> {
  // Probed once per process: the install stage's probeHost() gets this answer.
  probeHost().catch(() => undefined)
  const nix = await which('nix').catch(() => '')
  if (nix === '') return undefined
  const version = nixVersion(nix)
  // Awaited only if the install stage uses this `nix`; a failure is then its error.
  version.catch(() => undefined)
  return { nix, version }
}
