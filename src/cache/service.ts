// Whether the Actions cache service is there, known without loading
// @actions/cache (most of the action's bundle): a job with the cache off,
// without the service, or with the service down pays for one look at the
// environment and at most one TCP connection, nothing more.
import net from 'node:net'

/** @actions/cache uses service v1 on GitHub Enterprise Server, whatever else is set. */
function isGhes(env: NodeJS.ProcessEnv): boolean {
  const host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.trimEnd().toUpperCase()
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

/** The service URL @actions/cache would use, or undefined where its isFeatureAvailable() says false. */
export function cacheServiceUrl(env: NodeJS.ProcessEnv): string | undefined {
  const v2 = Boolean(env['ACTIONS_CACHE_SERVICE_V2']) && !isGhes(env)
  return (v2 ? env['ACTIONS_RESULTS_URL'] : env['ACTIONS_CACHE_URL']) || undefined
}

/** Whether `host` is in a NO_PROXY list (names, `.suffix`es, `*`). */
function bypassesProxy(host: string, noProxy: string): boolean {
  return noProxy
    .split(',')
    .map(entry => entry.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter(entry => entry !== '')
    .some(entry => entry === '*' || host === entry.replace(/^\./, '') || host.endsWith(entry.startsWith('.') ? entry : `.${entry}`))
}

/**
 * Where a connection to `url` goes first: the proxy a self-hosted runner
 * sets (@actions/cache honours HTTP(S)_PROXY and NO_PROXY), else the host.
 */
export function firstHop(url: URL, env: NodeJS.ProcessEnv): URL {
  const proxy = url.protocol === 'https:' ? env['https_proxy'] || env['HTTPS_PROXY'] : env['http_proxy'] || env['HTTP_PROXY']
  if (!proxy || bypassesProxy(url.hostname.toLowerCase(), env['no_proxy'] || env['NO_PROXY'] || '')) return url
  try {
    return new URL(proxy)
  } catch {
    return url
  }
}

/** Whether anything accepts a TCP connection on the way to the URL within `timeoutMs`. */
export function answers(url: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 2000): Promise<boolean> {
  let target: URL
  try {
    target = firstHop(new URL(url), env)
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
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}
