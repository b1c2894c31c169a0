// An HTTP reverse proxy on loopback, put between skopeo and the test registry,
// that answers chosen requests with an error status (503, 429…) or holds them
// for a while. Everything else passes through untouched and streamed: the
// Host header is kept, so the registry's Location URLs point back at the
// proxy and every upload request goes through it too.
//
// What skopeo 1.9.3 prints (exit 1), measured through this proxy:
// - 503 on the first `POST /v2/<repo>/blobs/uploads/` (times: 1): no retry, even
//   with `--retry-times 3`; the copy fails at once with
//     level=fatal msg="writing blob: initiating layer upload to /v2/<repo>/blobs/uploads/ in 127.0.0.1:PORT: received unexpected HTTP status: 503 Service Unavailable"
//   (500 and 502 read the same with "500 Internal Server Error" / "502 Bad Gateway").
// - 429 on that POST: skopeo itself backs off and retries; a single 429 is
//   survived (push ok after ~2.5 s), 429 forever fails after 10 tries (~30 s):
//     level=fatal msg="writing blob: initiating layer upload to /v2/<repo>/blobs/uploads/ in 127.0.0.1:PORT: toomanyrequests: injected by fault proxy (HTTP 429)"
//   (code and message come from the JSON body; a plain-text body gives
//   "…: StatusCode: 429, slow down\n").
// - 503 on PATCH: msg="writing blob: uploading layer chunked: received unexpected HTTP status: 503 Service Unavailable"
// - 503 on the manifest PUT: msg="writing manifest: uploading manifest <tag> to 127.0.0.1:PORT/<repo>: received unexpected HTTP status: 503 Service Unavailable"
// Credentials are per host: log in to the proxy's host, not the registry's.
// See NIX-SKOPEO-NOTES.md for the measured retry counts.
import http from 'node:http'
import { listenOnLoopback } from './loopback.js'

export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string
  /** Matched against the request's path and query, e.g. /\/blobs\/uploads\/$/. */
  path: RegExp
  /** Answer this status instead of forwarding. Omitted: forward (after `delayMs`). */
  status?: number
  /** Apply to the first N matching requests only (default: all of them). */
  times?: number
  /** Wait this long before answering or forwarding (a slow registry, for cancellation tests). */
  delayMs?: number
  /** Extra response headers for an injected status, e.g. { 'retry-after': '1' }. */
  headers?: Record<string, string>
  /** Body of an injected status; default a registry-style JSON error. */
  body?: string
}

export interface ProxiedRequest {
  method: string
  url: string
  /** What the client got: injected or the registry's. 0 if the client went away first. */
  status: number
  injected: boolean
}

export interface FaultProxy {
  /** `127.0.0.1:PORT`, used as the registry host. */
  host: string
  /** How many requests a rule was applied to (an injected status or a delay). */
  injected(): number
  /** Every request seen, in arrival order. */
  requests(): ProxiedRequest[]
  stop(): Promise<void>
}

// Hop-by-hop headers belong to each connection, not to the message.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'])

// The error codes of the distribution spec, so clients see a plausible body.
function errorBody(status: number): string {
  const code = status === 429 ? 'TOOMANYREQUESTS' : status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'DENIED' : 'UNAVAILABLE'
  return JSON.stringify({ errors: [{ code, message: `injected by fault proxy (HTTP ${status})`, detail: null }] }) + '\n'
}

export async function startFaultProxy(target: string, rules: FaultRule[], opts: { lifetimeMs?: number } = {}): Promise<FaultProxy> {
  const upstream = new URL(/^https?:\/\//.test(target) ? target : `http://${target}`)
  const remaining = rules.map(r => r.times ?? Infinity)
  const seen: ProxiedRequest[] = []
  let injected = 0

  const server = http.createServer((req, res) => {
    const record: ProxiedRequest = { method: req.method ?? '', url: req.url ?? '', status: 0, injected: false }
    seen.push(record)
    res.on('finish', () => (record.status = res.statusCode))

    const i = rules.findIndex((r, k) => (remaining[k] ?? 0) > 0 && (!r.method || r.method.toUpperCase() === record.method) && r.path.test(record.url))
    const rule = i >= 0 ? rules[i] : undefined
    if (rule) {
      remaining[i] = (remaining[i] ?? 0) - 1
      injected++
    }

    const act = (): void => {
      if (res.destroyed) return
      if (rule?.status !== undefined) {
        record.injected = true
        // The request body is not wanted; drain it and close so the client's
        // upload does not stall the connection.
        req.resume()
        const body = rule.body ?? errorBody(rule.status)
        res.writeHead(rule.status, {
          'content-type': 'application/json; charset=utf-8',
          'docker-distribution-api-version': 'registry/2.0',
          'content-length': Buffer.byteLength(body),
          connection: 'close',
          ...rule.headers
        })
        res.end(body)
        return
      }
      forward(req, res, upstream)
    }
    if (rule?.delayMs) {
      const t = setTimeout(act, rule.delayMs)
      res.on('close', () => {
        clearTimeout(t)
      }) // the client gave up (cancelled push)
    } else {
      act()
    }
  })

  const { port, stop } = await listenOnLoopback(server, opts.lifetimeMs)

  return { host: `127.0.0.1:${port}`, injected: () => injected, requests: () => [...seen], stop }
}

function forward(req: http.IncomingMessage, res: http.ServerResponse, upstream: URL): void {
  const headers: http.OutgoingHttpHeaders = {}
  for (const [k, v] of Object.entries(req.headers)) {
    if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = v
  }
  // A chunked request body stays chunked: node re-chunks what it is given when
  // no content-length is set. The Host header is the proxy's, on purpose.
  const up = http.request(
    {
      protocol: upstream.protocol,
      hostname: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers,
      agent: false
    },
    upRes => {
      for (let k = 0; k < upRes.rawHeaders.length; k += 2) {
        const name = upRes.rawHeaders[k] ?? ''
        if (!HOP_BY_HOP.has(name.toLowerCase())) res.appendHeader(name, upRes.rawHeaders[k + 1] ?? '')
      }
      res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage)
      upRes.pipe(res)
      upRes.on('error', () => res.destroy())
    }
  )
  up.on('error', e => {
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' })
      res.end(`fault proxy: upstream ${upstream.host}: ${e.message}\n`)
    } else {
      res.destroy()
    }
  })
  // A client that disconnects mid-upload aborts the upstream request too.
  res.on('close', () => {
    if (!res.writableFinished) up.destroy()
  })
  req.pipe(up)
}
