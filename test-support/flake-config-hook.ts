// A flake that asks, through its `nixConfig`, for a `post-build-hook`: with
// `accept-flake-config` honoured, Nix (or the nix-daemon, as root, for a user
// it trusts) runs the flake author's script after every build. The hook
// records each build it sees in `hookLog`, with the user it ran as. The flake
// also has `image-snoop`: its image as a streamLayeredImage-style script
// that, while it streams, counts the registry credentials it can find under
// RUNNER_TEMP. Built on the example flake, new to the store (`salt`): each
// hook flake's own in a test file's store, a new one every time in the
// machine's (a daemon's), which keeps what earlier runs built.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { commitAll, makeFlakeRepo, type FlakeRepo } from './fixtures.js'
import type { StoreChoice } from './own-store.js'

const STREAM_SNOOP = `#!/bin/sh
found=0
for f in "$RUNNER_TEMP"/nix-flake-ci-auth-*/auth.json; do [ -e "$f" ] && found=$((found+1)); done
echo "credentials on disk while the stream script ran: $found" >&2
exec /bin/cat @archive@
`

export interface HookFlake {
  repo: FlakeRepo
  /** Lines the hook wrote: `<drv> as <user>`, one per build it saw. */
  hookRuns: () => string[]
}

/** The hook and its log go in `dir` (readable by whoever builds: the daemon is root). */
export async function makeHookFlake(dir: string, name: string, store: StoreChoice = 'own'): Promise<HookFlake> {
  const salt = store === 'own' ? name : `${name}-${process.pid}-${Date.now()}`
  const repo = await makeFlakeRepo({ variant: { salt } })
  const hookLog = path.join(dir, `${name}.hook-ran`)
  const hook = path.join(dir, `${name}.hook.sh`)
  writeFileSync(hook, `#!/bin/sh\necho "$DRV_PATH as $(id -un)" >> '${hookLog}'\n`)
  chmodSync(hook, 0o755)
  const flakeFile = path.join(repo.flakeDir, 'flake.nix')
  let flake = readFileSync(flakeFile, 'utf8')
  flake = flake.replace('  outputs = { self }:', `  nixConfig.post-build-hook = "${hook}";\n\n  outputs = { self }:`)
  flake = flake.replace(
    '        default = app system;',
    '        default = app system;\n        image-snoop = run system "snoop-stream" ./nix/snoop-stream.sh { image = self.packages.${system}.image-dev; streamScript = ./nix/stream-snoop.sh; };'
  )
  writeFileSync(flakeFile, flake)
  writeFileSync(path.join(repo.flakeDir, 'nix', 'stream-snoop.sh'), STREAM_SNOOP)
  writeFileSync(path.join(repo.flakeDir, 'nix', 'snoop-stream.sh'), 'sed "s,@archive@,$image," "$streamScript" > "$out"\nchmod +x "$out"\n')
  repo.sha = await commitAll(repo.dir, 'a flake that asks for a post-build-hook')
  return { repo, hookRuns: () => (existsSync(hookLog) ? readFileSync(hookLog, 'utf8').split('\n').filter(Boolean) : []) }
}
