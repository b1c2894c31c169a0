// Serving a test HTTP server on loopback for a bounded time.
import type http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Listening {
  port: number
  /** Closes the server and its connections; safe to call more than once. */
  stop: () => Promise<void>
}

/** Listens on 127.0.0.1 (a free port); a forgotten server stops after `lifetimeMs`. */
export async function listenOnLoopback(server: http.Server, lifetimeMs = 3_600_000): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= new Promise<void>(resolve => {
      clearTimeout(lifetime)
      server.close(() => {
        resolve()
      })
      server.closeAllConnections()
    })
    return stopped
  }
  const lifetime = setTimeout(() => void stop(), lifetimeMs)
  lifetime.unref()
  return { port, stop }
}
