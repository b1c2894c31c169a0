// The cache's signing key and Nix's signature format, checked in JS before a
// restored entry is served (cache/signing.ts). That Nix itself signs and
// accepts the same is shown end to end in __tests__/e2e/cache-trust.test.ts.
import { describe, expect, test } from '@jest/globals'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { fingerprint, hashMatches, parseSigningKey, signedBy } from '../../src/cache/signing.js'
import { toNix32 as nix32 } from '../../src/nix/hash-forms.js'
import { isStorePath } from '../../src/cache/roots.js'

/** A key as `nix key generate-secret --key-name NAME` writes it: base64 of seed then public key. */
function nixSecretKey(name: string): { value: string; sign(text: string): string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url')
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  return {
    value: `${name}:${Buffer.concat([d, x]).toString('base64')}`,
    sign: text => `${name}:${sign(null, Buffer.from(text), privateKey).toString('base64')}`
  }
}

describe('cache-signing-key', () => {
  test("gives Nix's public key: the name and the last 32 bytes", () => {
    const key = nixSecretKey('ci-1')
    const parsed = parseSigningKey(key.value)
    if (typeof parsed === 'string') throw new Error(parsed)
    expect(parsed.name).toBe('ci-1')
    expect(parsed.publicKey).toBe(`ci-1:${Buffer.from(key.value.slice(5), 'base64').subarray(32).toString('base64')}`)
  })

  test.each([
    ['no name', Buffer.alloc(64, 7).toString('base64')],
    ['not base64', 'ci-1:not base64!'],
    ['32 bytes, a public key', `ci-1:${Buffer.alloc(32, 1).toString('base64')}`],
    ['two halves of different keys', `ci-1:${Buffer.concat([Buffer.alloc(32, 1), Buffer.alloc(32, 2)]).toString('base64')}`]
  ])('is refused when it has %s, without the value in the reason', (_what, value) => {
    const reason = parseSigningKey(value)
    expect(typeof reason).toBe('string')
    expect(reason).not.toContain(value.slice(value.indexOf(':') + 1).slice(0, 12))
  })
})

describe("Nix's signatures", () => {
  const storePath = '/nix/store/0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-check-fmt'
  const refs = ['/nix/store/z9nqa9w1p6cmli6976v4wi0sw9r4p5pr-b', '/nix/store/a1nqa9w1p6cmli6976v4wi0sw9r4p5pr-a']

  test('verify over the fingerprint with sorted references, and not once a field changed', () => {
    const key = nixSecretKey('ci-1')
    const parsed = parseSigningKey(key.value)
    if (typeof parsed === 'string') throw new Error(parsed)
    const text = fingerprint(storePath, 'sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s', 120, refs)
    expect(text).toBe(`1;${storePath};sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s;120;${String(refs[1])},${String(refs[0])}`)
    const sig = key.sign(text)
    expect(signedBy(parsed.publicKey, text, [sig])).toBe(true)
    expect(signedBy(parsed.publicKey, text.replace(';120;', ';121;'), [sig])).toBe(false)
    expect(signedBy(parsed.publicKey, text, [])).toBe(false)
    expect(signedBy(parsed.publicKey, text, [nixSecretKey('ci-1').sign(text)])).toBe(false)
  })

  test("Nix's base-32 of SHA-256 is what nix-hash prints", () => {
    // `nix-hash --type sha256 --to-base32 e3b0c442…` (the hash of nothing)
    const empty = createHash('sha256').digest()
    expect(nix32(empty)).toBe('0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73')
    expect(hashMatches('sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73', empty)).toBe(true)
    expect(hashMatches('sha256:1mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73', empty)).toBe(false)
  })
})

describe('recorded roots', () => {
  test.each([
    ['/nix/store/0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-check-fmt.drv', true],
    ['--post-build-hook', false],
    ['.#hook', false],
    ['/nix/store/0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-x.drv\n::warning::y', false],
    ['/nix/store/0mdqa9w1p6cmli6976v4wi0sw9r4p5pr-../../etc.drv', false],
    ['/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-e.drv', false]
  ])('%j is a derivation: %s', (value, expected) => {
    expect(isStorePath(value, true)).toBe(expected)
  })
})
