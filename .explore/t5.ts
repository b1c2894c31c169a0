import { gitRepo, env, show, runAction } from './lib.js'
import { flakeNix, IMAGE_SH } from './flake.js'
import { pullRequest } from '../test-support/scenario.js'
const salt = String(Date.now())
const repo = await gitRepo({ 'flake.nix': flakeNix({ checks: {
  ok: 'echo fine; touch $out',
  lint: `echo ${salt}; for i in 1 2 3 4 5 6; do echo lint line $i; done; echo 'lint: 2 problems'; exit 1`,
  unit: `echo ${salt}; echo 'unit: test_add FAILED'; exit 2`,
} }), 'image.sh': IMAGE_SH })
const which = process.argv[2] ?? 'keep,nokeep,logl,unknown'
if (which.includes('keep')) {
  for (const args of which.includes('nokeep') ? ['--keep-going', ''] : ['--keep-going']) {
    const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { 'check-args': args, build: 'false', cache: 'false' }, env })
    show('check-args=' + args, run)
  }
}
if (which.includes('logl')) {
  const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { 'extra-conf': 'log-lines = 2', checks: 'lint', build: 'false', cache: 'false' }, env })
  show('log-lines', run)
}
if (which.includes('unknown')) {
  const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { 'extra-conf': 'max-jobz = 3\nsubstituters = http://127.0.0.1:1', checks: 'ok', build: 'false', cache: 'false' }, env: { NIX_CONFIG: env.NIX_CONFIG.replace('substituters =', '') } })
  show('unknown', run)
}
