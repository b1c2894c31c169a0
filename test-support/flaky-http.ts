// A loopback HTTP server for a flake input (`inputs.x.url = "<url>"`) that
// answers 429/500/503 for the first N requests, or until recover(): a
// stand-in for GitHub rate-limiting `nix flake check` (see TESTING.md).
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { listenOnLoopback } from './loopback.js'

export interface FlakyOptions {
  /** Status of the failing answers (default 429). */
  status?: number
  /** How many requests fail before the tarball is served (default: all of them). */
  failFirst?: number
  /** Retry-After header on failing answers (seconds), like GitHub sends with 429. */
  retryAfter?: number
  /** The server closes itself after this long (default 1 hour). */
  lifetimeMs?: number
  /**
   * Written into the tarball: a new input for the machine's store. A locked
   * input whose store path exists is never fetched again, so each server gets
   * a fresh salt unless told one.
   */
  salt?: string
}

export interface FlakyServer {
  /** `http://127.0.0.1:PORT/x.tar.gz` */
  url: string
  /** Requests for the tarball so far (failed or served). */
  requests(): number
  /** Of those, how many got the error status. */
  failures(): number
  /** From now on the next `count` requests fail with `status`. */
  fail(status: number, count?: number): void
  /** From now on every request gets the tarball. */
  recover(): void
  /** The tarball served (deterministic bytes for a given salt). */
  tarball: Buffer
  /** Its unpacked contents' NAR hash (SRI), what flake.lock pins it by. */
  narHash: string
  stop(): Promise<void>
}

function execText(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, (err, stdout) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- execFile's error is an Error (typed as an Omit<> of one)
      if (err) reject(err)
      else resolve(stdout.trim())
    })
  )
}

/**
 * A small source tree packed reproducibly as .tar.gz (one top directory, which
 * Nix strips), and the NAR hash Nix finds for it once unpacked (`nix hash
 * path`, which hashes without adding anything to the store).
 */
export async function makeTarball(salt = ''): Promise<{ tarball: Buffer; narHash: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nix-flake-ci-tarball-'))
  try {
    await mkdir(path.join(dir, 'vendor-extra', 'data'), { recursive: true })
    await writeFile(path.join(dir, 'vendor-extra', 'README'), 'An input fetched over HTTP by the fixture flake.\n')
    await writeFile(path.join(dir, 'vendor-extra', 'data', 'regions.txt'), 'eu-west-1\nus-east-1\n')
    await writeFile(path.join(dir, 'vendor-extra', 'salt'), `${salt}\n`)
    const narHash = await execText('nix', ['--extra-experimental-features', 'nix-command', 'hash', 'path', path.join(dir, 'vendor-extra')])
    const tar = await new Promise<Buffer>((resolve, reject) =>
      execFile(
        'tar',
        ['--sort=name', '--mtime=@1', '--owner=0', '--group=0', '--numeric-owner', '-C', dir, '-cf', '-', 'vendor-extra'],
        { encoding: 'buffer', maxBuffer: 16 << 20 },
        (err, stdout) => {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- execFile's error is an Error (typed as an Omit<> of one)
          if (err) reject(err)
          else resolve(stdout)
        }
      )
    )
    // node's gzip header has no timestamp or name: the bytes are reproducible.
    return { tarball: gzipSync(tar), narHash }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function startFlakyServer(opts: FlakyOptions = {}): Promise<FlakyServer> {
  const { tarball, narHash } = await makeTarball(opts.salt ?? randomBytes(8).toString('hex'))
  let status = opts.status ?? 429
  let failLeft = opts.failFirst ?? Infinity
  let requests = 0
  let failures = 0

  const server = http.createServer((req, res) => {
    if (req.url?.split('?')[0] !== '/x.tar.gz') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    requests++
    if (failLeft > 0) {
      failLeft--
      failures++
      const body = status === 429 ? 'API rate limit exceeded (flaky test server)\n' : `HTTP ${status} (flaky test server)\n`
      res.writeHead(status, {
        'content-type': 'text/plain',
        'content-length': Buffer.byteLength(body),
        ...(opts.retryAfter !== undefined ? { 'retry-after': String(opts.retryAfter) } : {})
      })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length })
    res.end(req.method === 'HEAD' ? undefined : tarball)
  })
  const { port, stop } = await listenOnLoopback(server, opts.lifetimeMs)

  return {
    url: `http://127.0.0.1:${port}/x.tar.gz`,
    requests: () => requests,
    failures: () => failures,
    fail(s, count = Infinity) {
      status = s
      failLeft = count
    },
    recover() {
      failLeft = 0
    },
    tarball,
    narHash,
    stop
  }
}
