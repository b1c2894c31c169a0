// Nix's binary-cache signatures, in JS: the key format `nix key
// generate-secret` writes (`name:base64(64-byte ed25519 secret)`, the seed
// then the public key, as libsodium keeps it), the public key Nix is told to
// trust, and the check of a .narinfo's `Sig:` over Nix's fingerprint of the
// path. Checked here as well as by Nix, so a refused entry is named in the
// log and never served at all, rather than refused by Nix path by path.
import { createPrivateKey, createPublicKey, verify, type KeyObject } from 'node:crypto'

export interface SigningKey {
  name: string
  /** The secret as the input gave it: written to a 0600 file for `nix copy`, never printed. */
  secret: string
  /** `name:base64(32-byte public key)`, for `extra-trusted-public-keys`. */
  publicKey: string
}

/** PKCS#8 DER of an ed25519 private key, less its 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/**
 * The key, or a reason it is not one (the reason never holds the value). The
 * public half must be the seed's own: a key pasted from two different keys
 * would sign what no one can verify.
 */
export function parseSigningKey(value: string): SigningKey | string {
  const colon = value.indexOf(':')
  const name = value.slice(0, colon)
  const encoded = value.slice(colon + 1)
  if (colon <= 0 || !/^[A-Za-z0-9._-]+$/.test(name) || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    return 'expected `name:base64` as `nix key generate-secret` writes it'
  }
  const bytes = Buffer.from(encoded, 'base64')
  if (bytes.length !== 64) return `expected a 64-byte ed25519 secret after \`${name}:\`, got ${bytes.length} bytes`
  const seed = bytes.subarray(0, 32)
  const given = bytes.subarray(32)
  const derived = createPublicKey(createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }))
  const x = Buffer.from(derived.export({ format: 'jwk' }).x ?? '', 'base64url')
  if (!x.equals(given)) return `the last 32 bytes after \`${name}:\` are not the public key of the first 32`
  return { name, secret: value, publicKey: `${name}:${given.toString('base64')}` }
}

function publicKeyObject(publicKey: string): KeyObject {
  const raw = Buffer.from(publicKey.slice(publicKey.indexOf(':') + 1), 'base64')
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' })
}

/** What Nix signs for a path: `1;<path>;<narHash>;<narSize>;<references, full paths, comma-joined>`. */
export function fingerprint(storePath: string, narHash: string, narSize: number, references: readonly string[]): string {
  return `1;${storePath};${narHash};${narSize};${[...references].sort().join(',')}`
}

/** Whether one of `sigs` (`name:base64`) is `publicKey`'s over `text`. */
export function signedBy(publicKey: string, text: string, sigs: readonly string[]): boolean {
  const name = publicKey.slice(0, publicKey.indexOf(':'))
  const key = publicKeyObject(publicKey)
  return sigs.some(sig => sig.startsWith(`${name}:`) && verify(null, Buffer.from(text), key, Buffer.from(sig.slice(name.length + 1), 'base64')))
}

const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz'

/** Nix's own base-32 (its alphabet, least significant bits first). */
export function nix32(bytes: Uint8Array): string {
  const length = Math.ceil((bytes.length * 8) / 5)
  let out = ''
  for (let n = length - 1; n >= 0; n--) {
    const bit = n * 5
    const i = Math.floor(bit / 8)
    const j = bit % 8
    const value = ((bytes[i] ?? 0) >> j) | ((bytes[i + 1] ?? 0) << (8 - j))
    out += NIX32.charAt(value & 0x1f)
  }
  return out
}

/** Whether `narHash` (`sha256:` in Nix's base-32 or hex, or SRI `sha256-…`) names the SHA-256 `digest`. */
export function hashMatches(narHash: string, digest: Buffer): boolean {
  return [`sha256:${nix32(digest)}`, `sha256:${digest.toString('hex')}`, `sha256-${digest.toString('base64')}`].includes(narHash)
}
