// A real registry (Debian's docker-registry, distribution 2.8) on loopback
// for push tests: own config (Debian's default listens on every interface),
// htpasswd auth, filesystem storage in a temp dir, access log in a file.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runOk } from './fixtures.js'
import { rootBlobInfoDir, type StoreChoice } from './own-store.js'
import { blobInfoCachePaths } from '../src/cache/blob-info.js'

export interface RegistryAuth {
  username: string
  password: string
}

/** One line of the registry's access log. */
export interface RegistryRequest {
  method: string
  /** Path and query, as the client sent them. */
  url: string
  status: number
  userAgent: string
}

export interface Registry {
  /** `127.0.0.1:PORT`, the `registry` input. Plain HTTP: `tls-verify: false`. */
  host: string
  username: string | undefined
  password: string | undefined
  logPath: string
  /** Every request the registry answered so far, oldest first. */
  requests(): RegistryRequest[]
  /**
   * Blobs (layers and configs) whose upload completed: the final
   * `PUT /v2/<repo>/blobs/uploads/<id>?digest=…` answered 201. skopeo sends
   * POST, one PATCH with the bytes, then that PUT, so this is "how many blobs
   * were sent", not a count of requests. A re-push that finds every blob by
   * HEAD adds 0.
   */
  uploadCount(): number
  /** The digests of those uploads, in order (`sha256:…`). */
  uploadedBlobs(): string[]
  /** `PUT /v2/<repo>/manifests/<ref>` answered 201: one per pushed tag. */
  manifestPutCount(): number
  /** `Docker-Content-Digest` of a tag (HEAD, with auth), or undefined when the tag does not exist. */
  digestOf(repo: string, tag: string): Promise<string | undefined>
  /** The repository's tags, sorted; [] for an unknown repository. */
  tags(repo: string): Promise<string[]>
  stop(): Promise<void>
}

export interface RegistryOptions {
  /** Credentials to require; default a user `ci` with a random password. `false`: no auth. */
  auth?: RegistryAuth | false
  /** The registry is killed after this long even if nobody stops it (default 1 hour). */
  lifetimeSeconds?: number
}

/** Manifest types a HEAD must accept, or the registry answers with a converted schema-1 manifest. */
export const MANIFEST_ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json'
].join(', ')

/**
 * Forgets which layers skopeo pushed before, as on a fresh runner: removes
 * the root cache (this test file's own, unless `store` is `machine`) and,
 * with `home`, the one a non-root skopeo keeps there, in every format skopeo
 * uses (BoltDB up to 1.13, SQLite and its companions from 1.14), so the test
 * machine's skopeo version does not matter.
 */
export async function clearSkopeoBlobInfoCache(home?: string, store: StoreChoice = 'own'): Promise<void> {
  const dirs = [rootBlobInfoDir(store)]
  if (home) dirs.push(path.join(home, '.local', 'share', 'containers', 'cache'))
  await Promise.all(dirs.flatMap(dir => blobInfoCachePaths(dir)).map(f => rm(f, { force: true })))
}

/** A port that was free a moment ago (the registry needs it in its config file). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => {
        if (addr && typeof addr === 'object') resolve(addr.port)
        else reject(new Error('no port'))
      })
    })
  })
}

interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One request without keep-alive, so no socket outlives a test. */
export function httpRequest(url: string, opts: { method?: string; headers?: http.OutgoingHttpHeaders; timeoutMs?: number } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
      })
      res.on('error', reject)
    })
    req.setTimeout(opts.timeoutMs ?? 10_000, () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
    req.end()
  })
}

// The gorilla access-log line the registry writes when a response is complete:
// 127.0.0.1 - - [24/Nov/2026:10:32:06 +0000] "PUT /v2/x/y/manifests/t1 HTTP/1.1" 201 0 "" "skopeo/1.9.3"
const ACCESS_LINE = /^\S+ \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) \S+ "[^"]*" "([^"]*)"/

export function parseAccessLog(text: string): RegistryRequest[] {
  const out: RegistryRequest[] = []
  for (const line of text.split('\n')) {
    const m = ACCESS_LINE.exec(line)
    if (m) out.push({ method: m[1] ?? '', url: m[2] ?? '', status: Number(m[3]), userAgent: m[4] ?? '' })
  }
  return out
}

function configYaml(dir: string, port: number, auth: boolean): string {
  // JSON is YAML; it spares quoting worries about the temp path.
  return JSON.stringify({
    version: 0.1,
    log: { level: 'info', formatter: 'text' },
    storage: { filesystem: { rootdirectory: path.join(dir, 'data') }, delete: { enabled: true } },
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
    ...(auth ? { auth: { htpasswd: { realm: 'basic-realm', path: path.join(dir, 'htpasswd') } } } : {})
  })
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise(resolve => {
    const t = setTimeout(() => {
      resolve(false)
    }, ms)
    child.once('exit', () => {
      clearTimeout(t)
      resolve(true)
    })
  })
}

async function waitReady(host: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    const r = await httpRequest(`http://${host}/v2/`, { timeoutMs: 1000 }).catch(() => undefined)
    if (r && (r.status === 200 || r.status === 401)) return
    await new Promise(res => setTimeout(res, 50))
  }
  let log = ''
  try {
    log = readFileSync(logPath, 'utf8').slice(-2000)
  } catch {
    // No log yet: the error says what it can without one.
  }
  throw new Error(`registry on ${host} did not answer GET /v2/\n${log}`)
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<Registry> {
  const auth: RegistryAuth | undefined = opts.auth === false ? undefined : (opts.auth ?? { username: 'ci', password: `pw-${randomBytes(12).toString('hex')}` })
  const dir = await mkdtemp(path.join(tmpdir(), 'nix-flake-ci-registry-'))
  const logPath = path.join(dir, 'registry.log')
  try {
    if (auth) {
      // -i: the password comes on stdin, not on htpasswd's command line.
      const hash = await runOk('htpasswd', ['-nBi', auth.username], { input: auth.password })
      await writeFile(path.join(dir, 'htpasswd'), hash.stdout.trim() + '\n', { mode: 0o600 })
    }
    // freePort() can race with another process; try a few ports.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const host = `127.0.0.1:${port}`
      const configPath = path.join(dir, 'config.yml')
      await writeFile(configPath, configYaml(dir, port, auth !== undefined))
      const log = await open(logPath, 'a')
      // `timeout` bounds the registry's life even if this process dies without
      // stopping it; it passes our SIGTERM on and SIGKILLs 5 s later if needed.
      const child = spawn('timeout', ['-k', '5', String(opts.lifetimeSeconds ?? 3600), 'docker-registry', 'serve', configPath], {
        stdio: ['ignore', log.fd, log.fd]
      })
      await log.close()
      try {
        await waitReady(host, child, logPath)
      } catch (e) {
        child.kill('SIGTERM')
        await waitExit(child, 6000)
        if (attempt < 3) continue
        throw e
      }
      child.unref()
      return makeHandle(host, auth, dir, logPath, child)
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

function makeHandle(host: string, auth: RegistryAuth | undefined, dir: string, logPath: string, child: ChildProcess): Registry {
  const authHeader = auth ? { authorization: 'Basic ' + Buffer.from(`${auth.username}:${auth.password}`).toString('base64') } : {}
  const requests = (): RegistryRequest[] => {
    try {
      return parseAccessLog(readFileSync(logPath, 'utf8'))
    } catch {
      return []
    }
  }
  const blobPuts = (): RegistryRequest[] => requests().filter(r => r.method === 'PUT' && r.status === 201 && /^\/v2\/.+\/blobs\/uploads\//.test(r.url))
  let stopped: Promise<void> | undefined

  return {
    host,
    username: auth?.username,
    password: auth?.password,
    logPath,
    requests,
    uploadCount: () => blobPuts().length,
    uploadedBlobs: () => blobPuts().map(r => decodeURIComponent(new URL(r.url, 'http://x').searchParams.get('digest') ?? '')),
    manifestPutCount: () => requests().filter(r => r.method === 'PUT' && r.status === 201 && /^\/v2\/.+\/manifests\/[^/]+$/.test(r.url)).length,
    async digestOf(repo, tag) {
      const r = await httpRequest(`http://${host}/v2/${repo}/manifests/${encodeURIComponent(tag)}`, {
        method: 'HEAD',
        headers: { accept: MANIFEST_ACCEPT, ...authHeader }
      })
      if (r.status === 404) return undefined
      const digest = r.headers['docker-content-digest']
      if (r.status !== 200 || typeof digest !== 'string') {
        throw new Error(`HEAD ${repo}:${tag} on ${host}: HTTP ${r.status}`)
      }
      return digest
    },
    async tags(repo) {
      const r = await httpRequest(`http://${host}/v2/${repo}/tags/list`, { headers: authHeader })
      if (r.status === 404) return []
      if (r.status !== 200) throw new Error(`GET ${repo} tags on ${host}: HTTP ${r.status} ${r.body}`)
      const body = JSON.parse(r.body) as { tags?: string[] | null }
      return [...(body.tags ?? [])].sort()
    },
    stop() {
      stopped ??= (async () => {
        child.kill('SIGTERM')
        if (!(await waitExit(child, 10_000))) child.kill('SIGKILL')
        await rm(dir, { recursive: true, force: true })
      })()
      return stopped
    }
  }
}
