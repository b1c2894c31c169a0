import { env, show, runAction } from './lib.js'
import { makeFlakeRepo, run as sh } from '../test-support/fixtures.js'
import { pullRequest } from '../test-support/scenario.js'
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, readFileSync, statSync, lstatSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
const repo = await makeFlakeRepo()
const inputs = { check: 'false', build: 'false', cache: 'false', 'github-token': 'ghs_SECRETtoken123456' }
const mode = process.argv[2]
const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-home-'))
const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'nfci-shared-')), 'nix.conf')
if (mode === 'symlink' || mode === 'symlink-immutable') {
  writeFileSync(target, 'max-jobs = 4\n', { mode: 0o444 })
  mkdirSync(path.join(home, '.config', 'nix'), { recursive: true })
  symlinkSync(target, path.join(home, '.config', 'nix', 'nix.conf'))
  if (mode === 'symlink-immutable') await sh('chattr', ['+i', target])
}
if (mode === 'config-file') writeFileSync(path.join(home, '.config'), 'oops')
if (mode === 'config-immutable') { mkdirSync(path.join(home, '.config')); await sh('chattr', ['+i', path.join(home, '.config')]) }
const r = await runAction({ workspace: repo.dir, home, event: pullRequest(repo.sha), inputs, env, skipPost: true })
if (mode?.startsWith('symlink')) console.log('DURING target:', JSON.stringify(readFileSync(target, 'utf8')), (statSync(target).mode & 0o777).toString(8), lstatSync(path.join(home, '.config', 'nix', 'nix.conf')).isSymbolicLink())
await r.runPost()
show(mode!, r)
if (mode?.startsWith('symlink')) console.log('AFTER target:', JSON.stringify(readFileSync(target, 'utf8')), (statSync(target).mode & 0o777).toString(8))
await sh('chattr', ['-i', target]).catch(() => 0); await sh('chattr', ['-i', path.join(home, '.config')]).catch(() => 0)
