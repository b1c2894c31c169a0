// Whether the Actions cache service is there. The service URL is chosen and
// probed before @actions/cache (most of the action's bundle) is loaded, so a
// job without the service, or with it down, pays for one look at the
// environment and at most one TCP connection; the library's own
// isFeatureAvailable() has the last word once it is loaded (cache-restore.ts).
import net from 'node:net'
import { getProxyUrl } from '@actions/http-client/lib/proxy'

/**
 * The URL to probe: the v2 service's when the runner flags v2, else v1's.
 * @actions/cache falls back to v1 on GitHub Enterprise Server whatever the
 * flag says; runners there do not set it, and where one did, the wrong probe
 * only turns a down service into restore warnings instead of a note.
 */
export function cacheServiceUrl(env: NodeJS.ProcessEnv): string | undefined {
  return (env['ACTIONS_CACHE_SERVICE_V2'] ? env['ACTIONS_RESULTS_URL'] : env['ACTIONS_CACHE_URL']) || undefined
}

/**
 * Where a connection to `url` goes first: the proxy a self-hosted runner
 * sets, by @actions/http-client's own rules (HTTP(S)_PROXY, NO_PROXY,
 * loopback never proxied), else the host.
 */
export function firstHop(url: URL): URL {
  return getProxyUrl(url) ?? url
}

/** Whether anything accepts a TCP connection on the way to the URL within `timeoutMs`. */
export function answers(url: string, timeoutMs = 2000): Promise<boolean> {
  let target: URL
  try {
    target = firstHop(new URL(url))
  } catch {
    return Promise.resolve(false)
  }
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80))
  const host = target.hostname.replace(/^\[|\]$/g, '')
  return new Promise(resolve => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => {
      done(false)
    })
    socket.once('connect', () => {
      done(true)
    })
    socket.once('error', () => {
      done(false)
    })
  })
}
