// Local stand-ins of everything `attest: true` talks to, so the unmodified
// @actions/attest in dist/ signs and stores provenance offline:
// - Sigstore: Fulcio, a timestamp authority and Rekor, served over HTTPS from
//   @sigstore/mock's handlers (the test doubles Sigstore publishes for this);
// - the Actions OIDC service: the runner's token endpoint
//   (ACTIONS_ID_TOKEN_REQUEST_URL) and the issuer's discovery document and keys;
// - the GitHub API's `POST /repos/{owner}/{repo}/attestations`.
//
// @actions/attest picks its hosts itself (endpoints.ts, oidc.ts of the
// library): fulcio/timestamp.githubapp.com for private repositories,
// fulcio/rekor.sigstore.dev for public ones, token.actions.githubusercontent.com
// as the issuer, api.github.com. So the stand-ins answer under those names,
// over HTTPS with a certificate from a test CA that the action's Node trusts
// through NODE_EXTRA_CA_CERTS. Two ways lead the action there, as on runners:
// - `proxy` (any machine, no privileges): an HTTP CONNECT proxy on loopback
//   (https_proxy) that tunnels those names, and nothing else, to the
//   stand-ins, as a runner behind a corporate proxy does;
// - `hosts` (root, mount namespaces): direct connections to port 443 of a
//   loopback address of its own (127.x.y.z), the names resolved by a hosts
//   file that only the action's `node` sees (a private mount namespace).
// Nothing of the machine's /etc/hosts changes.
import { execFileSync } from 'node:child_process'
import { createHash, generateKeyPairSync, randomBytes, sign as signData, verify as verifyData, type KeyObject } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock'
import type { toTrustMaterial } from '@sigstore/verify'

export type TrustedRoot = Parameters<typeof toTrustMaterial>[0]

export const ISSUER = 'https://token.actions.githubusercontent.com'
const HOSTS = {
  fulcioGitHub: 'fulcio.githubapp.com',
  tsaGitHub: 'timestamp.githubapp.com',
  fulcioPublic: 'fulcio.sigstore.dev',
  rekorPublic: 'rekor.sigstore.dev',
  issuer: 'token.actions.githubusercontent.com',
  tokenRequest: 'pipelines.actions.githubusercontent.com',
  api: 'api.github.com'
}

/** One `POST /repos/{owner}/{repo}/attestations` the API stand-in accepted. */
export interface StoredAttestation {
  id: number
  repository: string
  /** The Sigstore bundle, as the action sent it (JSON form). */
  bundle: Record<string, unknown>
}

export type Route = 'proxy' | 'hosts'

export interface AttestServices {
  route: Route
  /** Environment for the action: the runner's ID-token request variables, the test CA, the proxy. */
  env: NodeJS.ProcessEnv
  /** The GitHub token the attestations API accepts (the `github-token` input). */
  githubToken: string
  /** A `node` for runAction(): the real one, in a mount namespace that sees the stand-ins' hosts file. */
  node: string
  /** Claims of the next ID tokens, beside iss/aud/iat/exp (the runner's job: ref, sha, event_name…). */
  claims: Record<string, string>
  /** Audiences of every ID token handed out, in order. */
  readonly tokenAudiences: string[]
  readonly attestations: StoredAttestation[]
  /** Host names the proxy tunnelled, in order (`proxy` route). */
  readonly proxied: string[]
  /** Sigstore's trust root for the stand-ins' CA, CT log, timestamp authority and Rekor. */
  trustedRoot: TrustedRoot
  stop(): Promise<void>
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/** An ES256 JWT, as the Actions OIDC service issues. */
function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const input = `${base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }))}.${base64url(JSON.stringify(claims))}`
  const signature = signData('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
  return `${input}.${base64url(signature)}`
}

/** The claims of a JWT that `key` signed, or undefined (what Fulcio checks before it issues a certificate). */
function verifiedClaims(token: string, key: KeyObject): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return undefined
  const ok = verifyData('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))
  return ok ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>) : undefined
}

/** A test CA and a server certificate for every stand-in host name (openssl, as on the machine and in the chroots). */
function makeTls(dir: string): { caFile: string; key: Buffer; cert: Buffer } {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=Nix Flake CI test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign'
  )
  openssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=attest stand-ins')
  const names = Object.values(HOSTS)
    .map(host => `DNS:${host}`)
    .join(',')
  writeFileSync(path.join(dir, 'server.ext'), `subjectAltName=${names}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`)
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'server.ext'
  )
  return { caFile: path.join(dir, 'ca.pem'), key: readFileSync(path.join(dir, 'server.key')), cert: readFileSync(path.join(dir, 'server.pem')) }
}

/**
 * Runs `node` with the hosts file bound over /etc/hosts in a new mount
 * namespace. Mounts that propagate back (shared) are made private first, so
 * the machine's own /etc/hosts is never touched; inside a chroot of
 * scripts/toolchain-chroot.sh they are private already.
 */
function writeWrapper(dir: string, hostsFile: string): string {
  const wrapper = path.join(dir, 'node-with-hosts')
  writeFileSync(
    wrapper,
    [
      // bash, not sh: dash drops INPUT_NIX-VERSION and the other dashed names from the environment.
      '#!/bin/bash',
      `exec unshare --mount --propagation unchanged -- bash -c '`,
      `  if grep -q " shared:" /proc/self/mountinfo; then mount --make-rprivate / || exit 111; fi`,
      `  mount --bind "$0" /etc/hosts || exit 111`,
      `  exec "$@"' ${JSON.stringify(hostsFile)} ${JSON.stringify(process.execPath)} "$@"`,
      ''
    ].join('\n')
  )
  chmodSync(wrapper, 0o755)
  return wrapper
}

/** Whether this machine lets the `hosts` route run: root (port 443) and mount namespaces. */
export function hostsRouteWorks(): boolean {
  if (process.getuid?.() !== 0) return false
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'unchanged', '--', 'true'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** An HTTP CONNECT proxy that tunnels the stand-ins' names to `port` and refuses every other destination. */
async function startProxy(port: number, proxied: string[]): Promise<{ server: http.Server; url: string; tunnels: Set<net.Socket> }> {
  const known = new Set(Object.values(HOSTS))
  // Tunnels leave the HTTP server's bookkeeping (closeAllConnections): stop() ends them itself.
  const tunnels = new Set<net.Socket>()
  const server = http.createServer((_request, response) => {
    response.writeHead(405)
    response.end('CONNECT only')
  })
  server.on('connect', (request: IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = '', destinationPort] = (request.url ?? '').split(':')
    if (!known.has(host) || destinationPort !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    proxied.push(host)
    tunnels.add(client)
    client.on('close', () => tunnels.delete(client))
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tunnels }
}

async function listenOn443(server: https.Server): Promise<string> {
  // A random 127/8 address of its own: tests running at once each get port 443.
  for (let tries = 0; ; tries++) {
    const [a, b, c] = randomBytes(3)
    const address = `127.${(a ?? 0) | 1}.${String(b)}.${((c ?? 0) % 253) + 1}`
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(443, address, () => {
          server.off('error', reject)
          resolve()
        })
      })
      return address
    } catch (error) {
      if (tries >= 5) throw error
    }
  }
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => {
      resolve(text)
    })
    request.on('error', reject)
  })
}

function reply(response: ServerResponse, status: number, value: unknown, contentType = 'application/json'): void {
  const data =
    typeof value === 'string' || Buffer.isBuffer(value)
      ? value
      : ArrayBuffer.isView(value)
        ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
        : JSON.stringify(value)
  response.writeHead(status, { 'content-type': contentType })
  response.end(data)
}

export async function startAttestServices(route: Route = 'proxy'): Promise<AttestServices> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nfci-attest-'))
  const tls = makeTls(dir)
  const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

  // Sigstore: one CA (with its CT log) serves both instances, as the trust root says.
  const ctlog = await initializeCTLog(keyPair())
  const ca = await initializeCA(keyPair(), ctlog)
  // The mock's TSA writes genTime as DER has it, fraction trimmed (`…44.5Z`),
  // and @sigstore/core's parser (asn1/parse.ts, RE_TIME_LONG_YEAR) reads only
  // three digits (`…44.500Z`): one timestamp in ten would not verify. So its
  // clock, read at each request, shows whole seconds.
  const wholeSecond = () => Math.floor(Date.now() / 1000) * 1000
  const tsaClock = new Date(wholeSecond())
  const tsa = await initializeTSA(keyPair(), tsaClock)
  const tlog = await initializeTLog(`https://${HOSTS.rekorPublic}`, keyPair())
  const fulcio = fulcioHandler(ca)
  const timestampHandler = tsaHandler(tsa)
  const timestamp = {
    path: timestampHandler.path,
    fn: ((request: string) => {
      tsaClock.setTime(wholeSecond())
      return timestampHandler.fn(request)
    }) as HandlerFn
  }
  const rekor = rekorHandler(tlog)

  // The Actions OIDC service.
  const oidc = keyPair()
  const kid = randomBytes(8).toString('hex')
  const requestToken = randomBytes(16).toString('hex')
  const githubToken = `ghs_${randomBytes(16).toString('hex')}`
  const jwk = { ...oidc.publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }

  const tokenAudiences: string[] = []
  const proxied: string[] = []
  const attestations: StoredAttestation[] = []
  const services = { claims: {} as Record<string, string> }

  // Real Fulcio accepts only tokens of a known issuer; the mock takes any.
  const fulcioChecked: HandlerFn = async request => {
    const token = (JSON.parse(request) as { credentials?: { oidcIdentityToken?: string } }).credentials?.oidcIdentityToken ?? ''
    const claims = verifiedClaims(token, oidc.publicKey)
    if (!claims || claims['aud'] !== 'sigstore' || claims['iss'] !== ISSUER)
      return { statusCode: 401, response: 'the identity token is not from the trusted issuer' }
    return fulcio.fn(request)
  }

  // Real Rekor stores a `dsse` entry in its canonical form (hashes and
  // signatures, not the envelope), which verifiers compare with the bundle;
  // the mock logs what it is sent, so it is sent that form.
  const rekorCanonical: HandlerFn = async request => {
    const proposed = JSON.parse(request) as { kind?: string; apiVersion?: string; spec?: { proposedContent?: { envelope: string; verifiers: string[] } } }
    const content = proposed.spec?.proposedContent
    if (proposed.kind !== 'dsse' || !content) return rekor.fn(request)
    const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] }
    const sha256 = (data: Buffer | string) => ({ algorithm: 'sha256', value: createHash('sha256').update(data).digest('hex') })
    const spec = {
      envelopeHash: sha256(content.envelope),
      payloadHash: sha256(Buffer.from(envelope.payload, 'base64')),
      signatures: envelope.signatures.map((signature, i) => ({ signature: signature.sig, verifier: content.verifiers[i] ?? content.verifiers[0] }))
    }
    return rekor.fn(JSON.stringify({ apiVersion: proposed.apiVersion, kind: 'dsse', spec }))
  }

  const routes: Record<string, (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>> = {
    [`POST ${HOSTS.fulcioGitHub}${fulcio.path}`]: sigstore(fulcioChecked),
    [`POST ${HOSTS.fulcioPublic}${fulcio.path}`]: sigstore(fulcioChecked),
    [`POST ${HOSTS.tsaGitHub}${timestamp.path}`]: sigstore(timestamp.fn),
    [`POST ${HOSTS.rekorPublic}${rekor.path}`]: sigstore(rekorCanonical),
    // eslint-disable-next-line @typescript-eslint/require-await -- a route returns a promise: a throw must become a 500, not escape the server
    [`GET ${HOSTS.issuer}/.well-known/openid-configuration`]: async (_request, response) => {
      reply(response, 200, { issuer: ISSUER, jwks_uri: `${ISSUER}/.well-known/jwks`, id_token_signing_alg_values_supported: ['ES256'] })
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- a route returns a promise: a throw must become a 500, not escape the server
    [`GET ${HOSTS.issuer}/.well-known/jwks`]: async (_request, response) => {
      reply(response, 200, { keys: [jwk] })
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- a route returns a promise: a throw must become a 500, not escape the server
    [`GET ${HOSTS.tokenRequest}/idtoken`]: async (request, response, url) => {
      if (request.headers.authorization !== `Bearer ${requestToken}`) {
        reply(response, 401, { message: 'bad request token' })
        return
      }
      const audience = url.searchParams.get('audience') ?? ISSUER.replace('token.actions.', '')
      tokenAudiences.push(audience)
      const now = Math.floor(Date.now() / 1000)
      const claims = { jti: randomBytes(8).toString('hex'), ...services.claims, iss: ISSUER, aud: audience, iat: now, nbf: now - 5, exp: now + 300 }
      reply(response, 200, { value: signJwt(oidc.privateKey, kid, claims) })
    }
  }

  function sigstore(handler: HandlerFn) {
    return async (request: IncomingMessage, response: ServerResponse) => {
      const result = await handler(await body(request))
      reply(response, result.statusCode, result.response, result.contentType ?? 'text/plain')
    }
  }

  async function attestationsApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(url.pathname)
    if (request.method !== 'POST' || !match) return false
    const auth = request.headers.authorization ?? ''
    if (auth !== `token ${githubToken}` && auth !== `Bearer ${githubToken}`) {
      reply(response, 401, { message: 'Bad credentials' })
      return true
    }
    const sent = JSON.parse(await body(request)) as { bundle?: Record<string, unknown> }
    if (!sent.bundle) {
      reply(response, 422, { message: 'bundle is required' })
      return true
    }
    const id = 1000 + attestations.length
    attestations.push({ id, repository: `${String(match[1])}/${String(match[2])}`, bundle: sent.bundle })
    reply(response, 201, { id })
    return true
  }

  const server = https.createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:443$/, '')
    const url = new URL(request.url ?? '/', `https://${host}`)
    const route = routes[`${String(request.method)} ${host}${url.pathname}`]
    const handled = route
      ? route(request, response, url).then(() => true)
      : host === HOSTS.api
        ? attestationsApi(request, response, url)
        : Promise.resolve(false)
    handled.then(
      done => {
        if (!done) reply(response, 404, { message: `no stand-in for ${String(request.method)} ${host}${url.pathname}` })
      },
      (error: unknown) => {
        reply(response, 500, { message: error instanceof Error ? error.stack : String(error) })
      }
    )
  })
  let routeEnv: NodeJS.ProcessEnv
  let node = process.execPath
  let proxy: http.Server | undefined
  let tunnels = new Set<net.Socket>()
  if (route === 'hosts') {
    const address = await listenOn443(server)
    const hostsFile = path.join(dir, 'hosts')
    writeFileSync(
      hostsFile,
      `${readFileSync('/etc/hosts', 'utf8').trimEnd()}\n${Object.values(HOSTS)
        .map(host => `${address} ${host}`)
        .join('\n')}\n`
    )
    node = writeWrapper(dir, hostsFile)
    routeEnv = {}
  } else {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const started = await startProxy((server.address() as AddressInfo).port, proxied)
    proxy = started.server
    tunnels = started.tunnels
    // The registry stays direct (skopeo and the action's own clients skip the proxy for loopback).
    routeEnv = { https_proxy: started.url, HTTPS_PROXY: started.url, no_proxy: '127.0.0.1,localhost', NO_PROXY: '127.0.0.1,localhost' }
  }

  // Valid from before anything the stand-ins sign (the mock CA stamps "now").
  const validFor = { start: new Date(Date.now() - 3_600_000), end: undefined }
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: `https://${HOSTS.fulcioGitHub}`,
        certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer) }] },
        validFor,
        operator: 'nfci-test'
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.example.test',
        hashAlgorithm: 1, // SHA2_256
        publicKey: { rawBytes: ctlog.publicKey, keyDetails: 5, validFor }, // PKIX_ECDSA_P256_SHA_256
        logId: { keyId: Buffer.from(ctlog.logID.buffer) },
        checkpointKeyId: undefined,
        operator: 'nfci-test'
      }
    ],
    tlogs: [
      {
        baseUrl: `https://${HOSTS.rekorPublic}`,
        hashAlgorithm: 1,
        publicKey: { rawBytes: tlog.publicKey, keyDetails: 5, validFor },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest() },
        checkpointKeyId: undefined,
        operator: 'nfci-test'
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `https://${HOSTS.tsaGitHub}`,
        certChain: { certificates: [{ rawBytes: Buffer.from(tsa.intCertificate.buffer) }, { rawBytes: Buffer.from(tsa.rootCertificate.buffer) }] },
        validFor,
        operator: 'nfci-test'
      }
    ]
  } as unknown as TrustedRoot

  return {
    route,
    env: {
      ...routeEnv,
      NODE_EXTRA_CA_CERTS: tls.caFile,
      ACTIONS_ID_TOKEN_REQUEST_URL: `https://${HOSTS.tokenRequest}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      GITHUB_API_URL: `https://${HOSTS.api}`
    },
    githubToken,
    node,
    get claims() {
      return services.claims
    },
    set claims(value: Record<string, string>) {
      services.claims = value
    },
    tokenAudiences,
    attestations,
    proxied,
    trustedRoot,
    stop: async () => {
      for (const tunnel of tunnels) tunnel.destroy()
      for (const listening of [proxy, server]) {
        if (!listening) continue
        await new Promise<void>(resolve => {
          listening.close(() => {
            resolve()
          })
          listening.closeAllConnections()
        })
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** The ID-token claims GitHub gives a job of `repository` (what the provenance predicate reads). */
export function jobClaims(options: {
  repository: string
  ref: string
  sha: string
  eventName: string
  runId: string
  workflow?: string
}): Record<string, string> {
  const workflow = options.workflow ?? '.github/workflows/release.yml'
  const [owner = ''] = options.repository.split('/')
  return {
    sub: `repo:${options.repository}:ref:${options.ref}`,
    ref: options.ref,
    sha: options.sha,
    repository: options.repository,
    repository_owner: owner,
    repository_id: '101',
    repository_owner_id: '202',
    repository_visibility: 'private',
    event_name: options.eventName,
    workflow: 'release',
    workflow_ref: `${options.repository}/${workflow}@${options.ref}`,
    workflow_sha: options.sha,
    job_workflow_ref: `${options.repository}/${workflow}@${options.ref}`,
    job_workflow_sha: options.sha,
    runner_environment: 'github-hosted',
    run_id: options.runId,
    run_attempt: '1'
  }
}
