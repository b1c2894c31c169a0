// A new user's first runs: flakes, registries and mistakes the other
// end-to-end tests do not cover. Each scenario asserts what the user sees
// (exit code, log, annotations, summary, registry contents), on the bundled
// action with real Nix, skopeo and registries on loopback.
//
// The image flake here is written from scratch in the style of example/:
// no inputs, `builder = "/bin/sh"`, host tools, so it builds offline. It has
// a plain docker-archive, a streamLayeredImage-style script (writes the
// tarball to stdout), a package that is not an image, and checks that pass
// or fail with their own messages.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, runOk, type FlakeRepo } from '../../test-support/fixtures.js'
import { freePort, startRegistry, type Registry } from '../../test-support/registry.js'
import { runAction, type ActionRun, type RunnerEvent } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, FAST_RETRIES, dispatch, pullRequest, pushToMain, registryInputs } from '../../test-support/scenario.js'
import { storePathPattern } from '../../test-support/own-store.js'

const env = { NIX_CONFIG: ACTION_NIX_CONFIG, ...FAST_RETRIES }

// One-layer docker-archive, reproducible; `$mode` picks the result's shape.
const IMAGE_SH = `umask 022
tarflags="--sort=name --mtime=@1 --owner=0 --group=0 --numeric-owner --format=gnu"
mkdir -p layer/etc archive
printf '%s\\n' "$marker" > layer/etc/marker
tar $tarflags -C layer -cf layer.tar etc
sum=$(sha256sum layer.tar | cut -d' ' -f1)
mkdir -p archive/$sum && mv layer.tar archive/$sum/layer.tar
printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' "$sum" > config.json
config=$(sha256sum config.json | cut -d' ' -f1)
mv config.json archive/$config.json
printf '[{"Config":"%s.json","RepoTags":["new-user:latest"],"Layers":["%s/layer.tar"]}]\\n' "$config" "$sum" > archive/manifest.json
tar $tarflags -C archive -cf "$out" manifest.json $config.json $sum
`

// `lint` and `unit` fail, each with its own log.
function imageFlake(): string {
  return `{
  description = "new-user fixture: images of several shapes and checks that fail differently";
  outputs = { self }:
    let
      system = "x86_64-linux";
      run = name: script: attrs: derivation ({
        inherit name system;
        builder = "/bin/sh";
        args = [ "-euc" script ];
        PATH = "/usr/bin:/bin";
      } // attrs);
      archive = run "image-archive.tar" (builtins.readFile ./image.sh) { marker = "new-user"; };
    in {
      checks.\${system} = {
        ok = run "check-ok" "echo fine; touch $out" { };
        lint = run "check-lint" "echo 'lint: line 1'; echo 'lint: line 2'; echo 'lint: line 3'; echo 'lint: 3 problems in src/lib.rs'; exit 1" { };
        unit = run "check-unit" "echo 'unit: test_add FAILED'; exit 2" { };
      };
      packages.\${system} = {
        default = run "hello" "mkdir -p $out/bin; echo hi > $out/bin/hello" { };
        image-dev = archive;
        # streamLayeredImage gives a script that writes the image to stdout.
        image-stream = run "stream-image" "printf '#!/bin/sh\\\\nexec /bin/cat %s\\\\n' \${archive} > $out; chmod +x $out" { };
        # dockerTools.buildImage and buildLayeredImage gzip their tarball.
        image-gz = run "image-archive.tar.gz" "gzip -n -c \${archive} > $out" { };
        # A stream script that tries to write a workflow command on stderr.
        image-noisy = run "noisy-stream" "printf '#!/bin/sh\\\\necho ::error title=from-stream-script::injected >&2\\\\nexec /bin/cat %s\\\\n' \${archive} > $out; chmod +x $out" { };
      };
    };
}
`
}

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'New User',
  GIT_AUTHOR_EMAIL: 'new-user@example.invalid',
  GIT_COMMITTER_NAME: 'New User',
  GIT_COMMITTER_EMAIL: 'new-user@example.invalid'
}

async function gitRepo(files: Record<string, string>): Promise<{ dir: string; sha: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-new-user-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  const git = (args: string[]) => runOk('git', ['-c', 'commit.gpgSign=false', ...args], { cwd: dir, env: GIT_ENV })
  await git(['init', '-q', '-b', 'main'])
  await git(['add', '-A'])
  await git(['commit', '-q', '-m', 'new user'])
  return { dir, sha: (await git(['rev-parse', 'HEAD'])).stdout.trim() }
}

const errors = (run: ActionRun) => run.annotations.filter(a => a.level === 'error')
const warnings = (run: ActionRun) => run.annotations.filter(a => a.level === 'warning')
const commands = (run: ActionRun, tool: string) => run.log.split('\n').filter(line => line.startsWith('[command]') && line.includes(`${tool} `))

let images: { dir: string; sha: string }
let registry: Registry
let anonymous: Registry
const cleanups: (() => unknown)[] = []

beforeAll(async () => {
  images = await gitRepo({ 'flake.nix': imageFlake(), 'image.sh': IMAGE_SH })
  cleanups.push(() => {
    rmSync(images.dir, { recursive: true, force: true })
  })
  registry = await startRegistry()
  anonymous = await startRegistry({ auth: false })
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await registry?.stop()
  await anonymous?.stop()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  for (const cleanup of cleanups) await cleanup()
})

/** Inputs for the anonymous registry: no login at all. */
const anonymousInputs = () => ({ ...registryInputs(anonymous), username: '', password: '' })
const quick = { cache: 'false', check: 'false' }

function act(event: RunnerEvent, inputs: Record<string, string>, extra: { workspace?: string; home?: string } = {}): Promise<ActionRun> {
  return runAction({ workspace: extra.workspace ?? images.dir, event, inputs, env, ...(extra.home ? { home: extra.home } : {}) })
}

describe('image shapes', () => {
  test('a streamLayeredImage-style script is run and its stdout pushed; the digest is what the registry serves', async () => {
    const run = await act(pushToMain(images.sha), { ...anonymousInputs(), ...quick, package: 'image-stream', image: 'new-user/stream', tags: 'v1' })
    expect(run.main.exitCode).toBe(0)
    const served = await anonymous.digestOf('new-user/stream', 'v1')
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(run.outputs['digest']).toBe(served)
    expect(run.outputs['pushed']).toBe('true')
    // skopeo reads the streamed copy under RUNNER_TEMP, not the script itself.
    const copy = commands(run, 'skopeo').find(line => line.includes(' copy '))
    expect(copy).toContain(`docker-archive:${run.runnerTemp}/`)
    expect(copy).not.toContain(`docker-archive:${String(run.outputs['store-path'])}`)
    expect(run.post?.exitCode).toBe(0)
  })

  test('a gzipped tarball (dockerTools.buildImage) is unpacked and pushed with the same digest as the plain one', async () => {
    const run = await act(pushToMain(images.sha), { ...anonymousInputs(), ...quick, package: 'image-gz', image: 'new-user/stream', tags: 'v1-gz' })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['digest']).toBe(await anonymous.digestOf('new-user/stream', 'v1'))
    expect(warnings(run)).toEqual([])
    expect(run.summary).toContain('gunzip -c result > image.tar')
    expect(run.summary).toContain('docker-archive:image.tar')
  })

  test("a stream script's output cannot write workflow commands", async () => {
    const run = await act(pushToMain(images.sha), { ...anonymousInputs(), ...quick, package: 'image-noisy', image: 'new-user/noisy', tags: 'v1' })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).toContain('::error title=from-stream-script::injected')
    expect(run.annotations.filter(a => a.properties['title'] === 'from-stream-script')).toEqual([])
    expect(run.summary).toContain('./result > image.tar')
  })

  test('the same image as a plain tarball and as a stream script has the same digest', async () => {
    const run = await act(pushToMain(images.sha), { ...anonymousInputs(), ...quick, package: 'image-dev', image: 'new-user/stream', tags: 'v1-plain' })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['digest']).toBe(await anonymous.digestOf('new-user/stream', 'v1'))
  })

  test('a package that is not an image, with push on: built, then a clear error that names it and the ways out; nothing pushed', async () => {
    const run = await act(pushToMain(images.sha), { ...anonymousInputs(), ...quick, package: 'default', image: 'new-user/not-an-image' })
    expect(run.main.exitCode).toBe(1)
    const storePath = run.outputs['store-path'] ?? ''
    expect(storePath).toMatch(storePathPattern('[0-9a-z]{32}-hello$'))
    const [error] = errors(run)
    expect(error?.message).toContain(`${storePath} is not a docker-archive tarball`)
    expect(error?.message).toContain('`package`')
    expect(error?.message).toContain('`push: false`')
    expect(run.summary).toMatch(/\| push \| ❌ failed \|/)
    expect(run.outputs['pushed']).toBe('false')
    expect(commands(run, 'skopeo').filter(line => line.includes(' copy '))).toEqual([])
    expect(await anonymous.tags('new-user/not-an-image')).toEqual([])
    expect(run.post?.exitCode).toBe(0)
  })

  test('`package` as a full attribute path, on workflow_dispatch with no tags: pushed as sha-<7>', async () => {
    const run = await act(dispatch(images.sha), { ...anonymousInputs(), ...quick, package: 'packages.x86_64-linux.image-dev', image: 'new-user/dispatch' })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).toContain('[command]/usr/bin/nix build .#packages.x86_64-linux.image-dev')
    expect(run.log).toContain('Pushing: `workflow_dispatch` events push.')
    const tag = `sha-${images.sha.slice(0, 7)}`
    expect(await anonymous.tags('new-user/dispatch')).toEqual([tag])
    expect(run.outputs['tags']).toBe(`${anonymous.host}/new-user/dispatch:${tag}`)
  })
})

describe('registries', () => {
  test('a registry that allows anonymous push, no credentials: no login, every tag (upper case, dots) points at one digest', async () => {
    const run = await act(pushToMain(images.sha), { ...anonymousInputs(), ...quick, image: 'new-user/anon', tags: 'V1.2.3, Release.Candidate_1\nlatest' })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).not.toContain('skopeo login')
    expect(await anonymous.tags('new-user/anon')).toEqual(['Release.Candidate_1', 'V1.2.3', 'latest'])
    const digests = await Promise.all(['V1.2.3', 'Release.Candidate_1', 'latest'].map(tag => anonymous.digestOf('new-user/anon', tag)))
    expect(new Set(digests)).toEqual(new Set([run.outputs['digest']]))
    expect(run.outputs['tags']?.split('\n')).toEqual(['V1.2.3', 'Release.Candidate_1', 'latest'].map(tag => `${anonymous.host}/new-user/anon:${tag}`))
  })

  test('`push: true` on a pull_request pushes, and the log says it was asked to', async () => {
    const run = await act(pullRequest(images.sha), { ...anonymousInputs(), ...quick, push: 'true', image: 'new-user/forced' })
    expect(run.main.exitCode).toBe(0)
    expect(run.log).toContain('Pushing: push is on (`push: true`).')
    expect(run.outputs['pushed']).toBe('true')
    expect(await anonymous.tags('new-user/forced')).toEqual([`sha-${images.sha.slice(0, 7)}`])
  })

  test('a plain-HTTP registry without `tls-verify: false`: fails at login with the TLS advice, not retried', async () => {
    const run = await act(pushToMain(images.sha), { ...registryInputs(registry), ...quick, 'tls-verify': 'true', image: 'new-user/tls' })
    expect(run.main.exitCode).toBe(1)
    const [error] = errors(run)
    expect(error?.message).toContain('server gave HTTP response to HTTPS client')
    expect(error?.message).toContain('needs `tls-verify: false`')
    expect(warnings(run)).toEqual([])
    expect(await registry.tags('new-user/tls')).toEqual([])
  })

  test('no credentials for a registry that needs them: skopeo says so once, no retries', async () => {
    const run = await act(pushToMain(images.sha), { ...registryInputs(registry), ...quick, username: '', password: '', image: 'new-user/needs-auth' })
    expect(run.main.exitCode).toBe(1)
    expect(run.log).not.toContain('skopeo login')
    expect(commands(run, 'skopeo')).toHaveLength(1)
    // skopeo 1.9 says `unauthorized: authentication required`, 1.18+ `authentication required`.
    expect(errors(run)[0]?.message).toContain('authentication required')
    expect(errors(run)[0]?.message).toContain(`${registry.host} requires a login for this. Set \`username\` and \`password\``)
    expect(warnings(run)).toEqual([])
    expect(await registry.tags('new-user/needs-auth')).toEqual([])
    // The summary says the push failed, not the reason it was going to push.
    expect(run.summary).toMatch(/\| push \| ❌ failed/)
    expect(run.summary).not.toContain('Not pushed:')
  })

  test('`attempts: 1` and a registry that is down: one try, no retry warning, says it could not be reached', async () => {
    const down = `127.0.0.1:${await freePort()}`
    const run = await act(pushToMain(images.sha), { ...registryInputs(registry), ...quick, registry: down, attempts: '1' })
    expect(run.main.exitCode).toBe(1)
    expect(warnings(run)).toEqual([])
    const [error] = errors(run)
    expect(error?.message).toContain('connection refused')
    expect(error?.message).toContain(`${down} could not be reached`)
    expect(error?.message).not.toContain('after 1 tries')
    expect(error?.message).toContain('(one try)')
    expect(run.post?.exitCode).toBe(0)
  })
})

describe('checks', () => {
  test('`check-args: --keep-going` with two failing checks: one annotation per check, each with its own log', async () => {
    const run = await act(pullRequest(images.sha), { 'check-args': '--keep-going', build: 'false', cache: 'false' })
    expect(run.main.exitCode).toBe(1)
    expect(run.log).toContain('[command]/usr/bin/nix flake check . --keep-going')
    const lint = errors(run).find(a => a.properties['title'] === 'Check lint failed')
    const unit = errors(run).find(a => a.properties['title'] === 'Check unit failed')
    expect(lint?.message).toContain('lint: 3 problems in src/lib.rs')
    expect(lint?.message).not.toContain('test_add')
    expect(unit?.message).toContain('unit: test_add FAILED')
    expect(unit?.message).not.toContain('lint:')
    expect(run.summary).toMatch(/\| check \| ❌ failed \| [0-9.]+ s \| `nix flake check` failed: (lint, unit|unit, lint)\. \|/)
    expect(run.summary).toContain('nix flake check . --keep-going')
  })

  test('`checks` naming a check the flake lacks fails before any check runs, listing the ones it has', async () => {
    const run = await act(pullRequest(images.sha), { checks: 'ok, nope', build: 'false', cache: 'false' })
    expect(run.main.exitCode).toBe(1)
    expect(run.log).toMatch(/The check stage failed: `checks` names `nope`, which \. does not have in checks\.x86_64-linux; it has `[^`]+`(, `[^`]+`)*\./)
    expect(run.log).toContain('`ok`')
    // Nothing was built: the names were checked first.
    expect(run.log.split('\n').filter(line => line.startsWith('[command]') && / build /.test(line))).toEqual([])
    expect(run.summary).toMatch(/\| check \| ❌ failed \| – \| `checks` names `nope`/)
    expect(run.summary).toMatch(/\| build \| ⏭️ skipped \| – \| the check stage failed/)
  })

  test("`extra-conf` reaches Nix: `log-lines = 2` leaves two lines in the failing check's annotation", async () => {
    const run = await act(pullRequest(images.sha), { 'extra-conf': 'log-lines = 2', 'check-args': '--keep-going', build: 'false', cache: 'false' })
    expect(run.main.exitCode).toBe(1)
    // `last 2 log lines:` (Nix 2.8, 2.26), `Last 2 log lines:` (2.34).
    expect(run.log).toMatch(/[Ll]ast 2 log lines:/)
    const lint = errors(run).find(a => a.properties['title'] === 'Check lint failed')
    expect(lint?.message).toBe('lint: line 3\nlint: 3 problems in src/lib.rs')
  })
})

describe('flake references to a flake in a subdirectory', () => {
  let sub: FlakeRepo
  let broken: FlakeRepo
  beforeAll(async () => {
    sub = await makeFlakeRepo({ variant: { subdir: 'sub' } })
    broken = await makeFlakeRepo({ variant: { subdir: 'sub', evalError: true } })
    cleanups.push(
      () => sub.cleanup(),
      () => broken.cleanup()
    )
  })

  // `<repo>` stands for the repository's absolute path.
  const REFS = ['./sub', 'path:./sub', 'git+file://<repo>?dir=sub']
  const ref = (template: string, repo: FlakeRepo) => template.replace('<repo>', repo.dir)

  test.each(REFS)('`flake: %s`: named check and build pass, the summary reproduces the build with it', async template => {
    const flake = ref(template, sub)
    const run = await act(pullRequest(sub.sha), { flake, checks: 'fmt', cache: 'false' }, { workspace: sub.dir })
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs['store-path']).toMatch(/-docker-image-k8s-cloud-tagger-dev\.tar$/)
    expect(run.summary).toContain(`nix build ${flake.includes('?') ? `'${flake}#image-dev'` : `${flake}#image-dev`}`)
  })

  test.each(REFS)('`flake: %s`: an evaluation error is annotated at sub/flake.nix and its line', async template => {
    const flake = ref(template, broken)
    const run = await act(pullRequest(broken.sha), { flake, cache: 'false' }, { workspace: broken.dir })
    expect(run.main.exitCode).toBe(1)
    const annotation = errors(run).find(a => a.properties['title'] === 'Nix evaluation error')
    expect(annotation?.properties['file']).toBe('sub/flake.nix')
    expect(annotation?.properties['line']).toBe(String(broken.evalErrorAt?.line))
    expect(annotation?.properties['col']).toBe(String(broken.evalErrorAt?.column))
    expect(annotation?.message).toContain("undefined variable 'cargoToml'")
  })
})

describe('the runner home', () => {
  // home-manager links nix.conf into the store: the token must never be
  // written through the link, into a shared or store-managed file.
  test('a user nix.conf that is a symlink: its target is never written; a private copy holds the token until post puts the link back', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-new-user-home-'))
    const shared = mkdtempSync(path.join(os.tmpdir(), 'nfci-new-user-shared-'))
    cleanups.push(
      () => {
        rmSync(home, { recursive: true, force: true })
      },
      () => {
        rmSync(shared, { recursive: true, force: true })
      }
    )
    const target = path.join(shared, 'nix.conf')
    writeFileSync(target, 'max-jobs = 4\n', { mode: 0o444 })
    mkdirSync(path.join(home, '.config', 'nix'), { recursive: true })
    symlinkSync(target, path.join(home, '.config', 'nix', 'nix.conf'))
    const token = 'ghs_newUSERtoken0123456789'
    const run = await runAction({
      workspace: images.dir,
      home,
      event: pullRequest(images.sha),
      inputs: { ...quick, build: 'false', 'github-token': token },
      env,
      skipPost: true
    })
    expect(run.main.exitCode).toBe(0)
    const conf = path.join(home, '.config', 'nix', 'nix.conf')
    expect(readFileSync(target, 'utf8')).toBe('max-jobs = 4\n')
    expect(lstatSync(conf).isSymbolicLink()).toBe(false)
    expect(readFileSync(conf, 'utf8')).toMatch(/^max-jobs = 4\n[^]*extra-access-tokens = github\.com=ghs_newUSERtoken/)
    expect(statSync(conf).mode & 0o777).toBe(0o600)
    await run.runPost()
    expect(run.post?.exitCode).toBe(0)
    expect(readFileSync(target, 'utf8')).toBe('max-jobs = 4\n')
    expect(statSync(target).mode & 0o777).toBe(0o444)
    expect(lstatSync(path.join(home, '.config', 'nix', 'nix.conf')).isSymbolicLink()).toBe(true)
    expect(run.visibleLog).not.toContain(token)
  })

  test('a HOME where nix.conf cannot be written: the configure stage fails, nothing after it runs, post is clean', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'nfci-new-user-home-'))
    cleanups.push(() => {
      rmSync(home, { recursive: true, force: true })
    })
    writeFileSync(path.join(home, '.config'), 'not a directory\n')
    const run = await act(pullRequest(images.sha), { cache: 'false' }, { home })
    expect(run.main.exitCode).toBe(1)
    expect(errors(run)[0]?.message).toMatch(/^The configure stage failed: Could not write .*\.config\/nix\/nix\.conf \(ENOTDIR\)/)
    expect(errors(run)[0]?.message).toContain('set XDG_CONFIG_HOME (or NIX_USER_CONF_FILES)')
    expect(run.summary).toMatch(/\| check \| ⏭️ skipped \| – \| the configure stage failed \|/)
    expect(run.log).not.toContain('nix flake check')
    expect(run.post?.exitCode).toBe(0)
  })
})
