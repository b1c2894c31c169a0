// The runner's ACTIONS_RUNTIME_TOKEN, as far as the cache service cares.
//
// @actions/cache never looks inside the token: it only sends it as
// `Authorization: Bearer …`. The real service reads the cache scopes from the
// JWT's `ac` claim, a JSON *string* holding [{Scope, Permission}] with
// Permission a bit set (1 = read, 2 = write). We mint tokens of that shape so
// branch scoping works the way it does on GitHub: an entry is written to the
// token's writable scope and found only from tokens that can read that scope.
import { createHmac, timingSafeEqual } from 'node:crypto'

export const PERMISSION_READ = 1
export const PERMISSION_WRITE = 2

export interface TokenScopes {
  /** Scope new entries are written to (the run's GITHUB_REF), if any. */
  write: string | undefined
  /** Scopes lookups search, in the order they are searched. */
  read: string[]
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url')

function sign(input: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(input).digest('base64url')
}

/**
 * A signed HS256 JWT for a run on `ref` that may also read `readRefs`
 * (a pull request's base branch, the default branch), searched in that order.
 */
export function mintRuntimeToken(secret: Buffer, ref: string, readRefs: string[] = []): string {
  const scopes = [
    { Scope: ref, Permission: PERMISSION_READ | PERMISSION_WRITE },
    ...readRefs.filter(r => r !== ref).map(r => ({ Scope: r, Permission: PERMISSION_READ }))
  ]
  const now = Math.floor(Date.now() / 1000)
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))
  const payload = b64url(
    JSON.stringify({
      iss: 'nix-flake-ci-local-cache',
      nbf: now - 60,
      exp: now + 24 * 3600,
      scp: 'Actions.Results',
      ac: JSON.stringify(scopes)
    })
  )
  return `${header}.${payload}.${sign(`${header}.${payload}`, secret)}`
}

/** The token's scopes, or undefined when it is not one of ours or has expired. */
export function verifyRuntimeToken(secret: Buffer, token: string): TokenScopes | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [header, payload, signature] = parts as [string, string, string]
  const expected = Buffer.from(sign(`${header}.${payload}`, secret))
  const actual = Buffer.from(signature)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: number
      ac?: string
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return undefined
    const list = JSON.parse(claims.ac ?? '[]') as { Scope?: unknown; Permission?: unknown }[]
    const scopes = list.filter((s): s is { Scope: string; Permission: number } => typeof s.Scope === 'string' && typeof s.Permission === 'number')
    return {
      write: scopes.find(s => (s.Permission & PERMISSION_WRITE) !== 0)?.Scope,
      read: scopes.filter(s => (s.Permission & PERMISSION_READ) !== 0).map(s => s.Scope)
    }
  } catch {
    return undefined
  }
}
