// The cache service API v2 that @actions/cache (ACTIONS_CACHE_SERVICE_V2 set)
// calls: Twirp over HTTP, i.e. POST /twirp/<service>/<method> with a JSON body
// whose fields use the protobuf names (snake_case; int64 as strings), and JSON
// replies; errors are {code, msg} with the matching HTTP status.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BlobStore } from './blobs.js'
import type { EntryStore } from './store.js'
import { verifyRuntimeToken, type TokenScopes } from './token.js'

export const SERVICE = 'github.actions.results.api.v1.CacheService'
const MAX_BODY_BYTES = 1024 * 1024

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

/**
 * GitHub's upload rate limit (200 new entries a minute per repository since
 * January 2026): past it, CreateCacheEntry answers 429 with Retry-After, the
 * seconds until the oldest reservation of the last minute ages out.
 */
export class RateLimit {
  private readonly times: number[] = []
  /** How many creations were refused. */
  refused = 0

  constructor(private readonly perMinute = Infinity) {}

  /** undefined when allowed (and counted), else the seconds to wait. */
  take(now = Date.now()): number | undefined {
    while (this.times.length > 0 && (this.times[0] as number) <= now - 60_000) this.times.shift()
    if (this.times.length >= this.perMinute) {
      this.refused++
      const oldest = this.times[0] ?? now
      return Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000))
    }
    this.times.push(now)
    return undefined
  }
}

type Json = Record<string, unknown>
type Handler = (body: Json, scopes: TokenScopes) => Json | Promise<Json>

export interface CacheApi {
  /** Base URL for ACTIONS_RESULTS_URL, with the trailing slash a runner gives. */
  url: string
  close(): Promise<void>
}

export async function startCacheApi(secret: Buffer, entries: EntryStore, blobs: BlobStore, rateLimit = new RateLimit()): Promise<CacheApi> {
  const handlers: Record<string, Handler> = {
    CreateCacheEntry(body, scopes) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      // The client turns a message with this prefix into CacheWriteDeniedError.
      if (!scopes.write) throw new TwirpError(403, 'permission_denied', 'cache write denied: the token has no writable cache scope')
      const wait = rateLimit.take()
      if (wait !== undefined) {
        throw new TwirpError(429, 'resource_exhausted', 'cache entry creation rate limit exceeded', { 'Retry-After': String(wait) })
      }
      const entry = entries.reserve(key, version, scopes.write)
      if (!entry) {
        // GitHub answers 409; the client reports "another job may be creating this cache".
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version and scope already exists')
      }
      return { ok: true, signed_upload_url: blobs.uploadUrl(entry.blobName) }
    },

    async FinalizeCacheEntryUpload(body, scopes) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const sizeBytes = Number(body.size_bytes ?? body.sizeBytes ?? 0)
      const entry = scopes.write ? entries.pending(key, version, scopes.write) : undefined
      if (!entry) throw new TwirpError(404, 'not_found', 'no cache entry is reserved for this key and version')
      const actual = await blobs.size(entry.blobName)
      if (actual === undefined) return { ok: false, message: 'the cache archive was not uploaded' }
      if (actual !== sizeBytes) return { ok: false, message: `uploaded ${actual} bytes but ${sizeBytes} were declared` }
      entries.finalize(entry, sizeBytes)
      return { ok: true, entry_id: String(entry.id) }
    },

    GetCacheEntryDownloadURL(body, scopes) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const raw = body.restore_keys ?? body.restoreKeys ?? []
      const restoreKeys = Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []
      if (scopes.read.length === 0) throw new TwirpError(403, 'permission_denied', 'cache read denied: the token has no readable cache scope')
      const entry = entries.lookup(key, restoreKeys, version, scopes.read)
      // A miss is not an error: ok=false, which the client reports as no cache.
      if (!entry) return { ok: false, signed_download_url: '', matched_key: '' }
      return { ok: true, signed_download_url: blobs.downloadUrl(entry.blobName), matched_key: entry.key }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const e = error instanceof TwirpError ? error : new TwirpError(500, 'internal', String(error))
      reply(res, e.status, { code: e.code, msg: e.message }, e.headers)
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const prefix = `/twirp/${SERVICE}/`
    const path = (req.url ?? '').split('?')[0] ?? ''
    const method = path.startsWith(prefix) ? path.slice(prefix.length) : ''
    const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined
    if (req.method !== 'POST' || !handler) throw new TwirpError(404, 'bad_route', `no handler for ${String(req.method)} ${path}`)
    const auth = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')
    const scopes = auth?.[1] ? verifyRuntimeToken(secret, auth[1]) : undefined
    if (!scopes) throw new TwirpError(401, 'unauthenticated', 'missing or invalid ACTIONS_RUNTIME_TOKEN')
    reply(res, 200, await handler(await readJson(req), scopes))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => closeServer(server) }
}

function str(body: Json, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new TwirpError(400, 'invalid_argument', `${field} is required`)
  return value
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new TwirpError(400, 'malformed', 'request body too large')
    chunks.push(chunk)
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Json
  } catch {
    // fall through
  }
  throw new TwirpError(400, 'malformed', 'the body is not a JSON object')
}

function reply(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body)
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) })
  res.end(data)
}

// Idle keep-alive sockets from the client would hold close() open.
function closeServer(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.close(() => {
      resolve()
    })
    server.closeAllConnections()
  })
}
