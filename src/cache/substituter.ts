// The restored binary cache, served to Nix over loopback HTTP by the action
// itself, instead of as a `file://` store. Serving it lets the action see
// which paths Nix asked for and found: Nix 2.32+ `nix flake check` skips a
// check it can substitute without fetching it, so neither the store nor the
// build log says the run relied on it. Each `.narinfo` found is recorded
// (a line in `hitsFile`, written at once, so post reads it even after main
// was killed), and post carries those paths into the next entry; without
// them the next entry would lack the checks and the run after it rebuild
// them all.
import { randomBytes } from 'node:crypto'
import { appendFileSync, createReadStream, statSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'

export interface Substituter {
  /** `http://127.0.0.1:PORT/<random>`, for `--extra-substituters`. */
  url: string
}

/** The files of a binary cache, by request path under `/<base>`; anything else is a 404. */
function fileFor(dir: string, base: string, fullPath: string): { file: string; narinfoHash?: string } | undefined {
  if (!fullPath.startsWith(`/${base}/`)) return undefined
  const urlPath = fullPath.slice(base.length + 1)
  if (urlPath === '/nix-cache-info') return { file: path.join(dir, 'nix-cache-info') }
  const narinfo = /^\/([0-9a-df-np-sv-z]{32})\.narinfo$/.exec(urlPath)
  if (narinfo?.[1]) return { file: path.join(dir, `${narinfo[1]}.narinfo`), narinfoHash: narinfo[1] }
  const nar = /^\/nar\/([0-9a-z]+\.nar(?:\.[a-z0-9]+)?)$/.exec(urlPath)
  if (nar?.[1]) return { file: path.join(dir, 'nar', nar[1]) }
  return undefined
}

export async function serveBinaryCache(dir: string, hitsFile: string): Promise<Substituter> {
  // A path of its own per run: Nix remembers look-ups per cache URL in
  // ~/.cache/nix for days, and a self-hosted runner may see this port again
  // serving another entry.
  const base = randomBytes(8).toString('hex')
  const server = http.createServer((request, response) => {
    const wanted = request.method === 'GET' || request.method === 'HEAD' ? fileFor(dir, base, new URL(request.url ?? '/', 'http://x').pathname) : undefined
    let size: number | undefined
    try {
      size = wanted ? statSync(wanted.file).size : undefined
    } catch {
      size = undefined
    }
    if (!wanted || size === undefined) {
      response.writeHead(404, { 'content-length': 0 }).end()
      return
    }
    if (wanted.narinfoHash) appendFileSync(hitsFile, `${wanted.narinfoHash}\n`)
    const type = wanted.narinfoHash ? 'text/x-nix-narinfo' : 'application/octet-stream'
    response.writeHead(200, { 'content-length': size, 'content-type': type })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    const stream = createReadStream(wanted.file)
    stream.on('error', () => response.destroy())
    stream.pipe(response)
  })
  // Neither the server nor its connections keep main alive once its work is
  // done: main ends when its last Nix command has.
  server.on('connection', (socket: Socket) => socket.unref())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      resolve()
    })
  })
  server.unref()
  const port = (server.address() as AddressInfo).port
  // Unreferenced: it serves until the step's process ends, never keeping it alive.
  return { url: `http://127.0.0.1:${port}/${base}` }
}
