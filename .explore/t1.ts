import { gitRepo, env, show, runAction } from './lib.js'
import { flakeNix, IMAGE_SH } from './flake.js'
import { startRegistry } from '../test-support/registry.js'
import { registryInputs, pushToMain } from '../test-support/scenario.js'
const repo = await gitRepo({ 'flake.nix': flakeNix(), 'image.sh': IMAGE_SH })
console.log(repo.dir)
const registry = await startRegistry()
try {
  for (const pkg of (process.argv[2] ?? 'image-gz,image-stream,default,notes,stream-fails').split(',')) {
    const run = await runAction({ workspace: repo.dir, event: pushToMain(repo.sha), inputs: { ...registryInputs(registry), package: pkg, cache: 'false', check: 'false', image: `t/${pkg}` }, env })
    show(pkg, run)
  }
} finally { await registry.stop() }
