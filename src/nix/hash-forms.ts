// A hash as Nix prints it (`sha256-<base64>`, `sha256:<nix32>`, `sha256:<hex>`)
// and the other ways a flake may spell the same hash: Nix's own base-32,
// base-16 and SRI. Pure conversions, so a stale hash can be found in a file
// whatever form its author wrote it in.

const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz'

/** Digest sizes in bytes of the algorithms fixed-output derivations use. */
const SIZES: Record<string, number> = { md5: 16, sha1: 20, sha256: 32, sha512: 64 }

export interface HashForms {
  algo: string
  /** `sha256-<base64>` */
  sri: string
  /** Nix's base-32, without the `sha256:` prefix. */
  nix32: string
  /** Lower-case hex. */
  base16: string
}

/** Nix's base-32: the digest read from its last byte, 5 bits at a time. */
export function toNix32(bytes: Uint8Array): string {
  const length = Math.ceil((bytes.length * 8) / 5)
  let out = ''
  for (let n = length - 1; n >= 0; n--) {
    const bit = n * 5
    const i = Math.floor(bit / 8)
    const j = bit % 8
    const value = ((bytes[i] ?? 0) >> j) | (i + 1 < bytes.length ? (bytes[i + 1] ?? 0) << (8 - j) : 0)
    out += NIX32.charAt(value & 0x1f)
  }
  return out
}

/** The bytes of a Nix base-32 string, or undefined when it is not one of `size` bytes. */
export function fromNix32(text: string, size: number): Uint8Array | undefined {
  if (text.length !== Math.ceil((size * 8) / 5)) return undefined
  const bytes = new Uint8Array(size)
  for (let n = 0; n < text.length; n++) {
    const digit = NIX32.indexOf(text[text.length - n - 1] ?? '')
    if (digit < 0) return undefined
    const bit = n * 5
    const i = Math.floor(bit / 8)
    const j = bit % 8
    bytes[i] = (bytes[i] ?? 0) | ((digit << j) & 0xff)
    const carry = digit >> (8 - j)
    if (i + 1 < size) bytes[i + 1] = (bytes[i + 1] ?? 0) | carry
    else if (carry !== 0) return undefined
  }
  return bytes
}

function digestOf(algo: string, text: string): Uint8Array | undefined {
  const size = SIZES[algo]
  if (size === undefined) return undefined
  if (text.length === size * 2 && /^[0-9a-f]+$/i.test(text)) return Uint8Array.from(Buffer.from(text, 'hex'))
  const nix32 = fromNix32(text, size)
  if (nix32) return nix32
  if (/^[A-Za-z0-9+/]+=*$/.test(text)) {
    const bytes = Buffer.from(text, 'base64')
    if (bytes.length === size) return Uint8Array.from(bytes)
  }
  return undefined
}

/** Every form of a hash Nix printed (`sha256-…` or `sha256:…`), or undefined when it is none. */
export function hashForms(printed: string): HashForms | undefined {
  const match = /^(md5|sha1|sha256|sha512)[-:](.+)$/.exec(printed.trim())
  if (!match) return undefined
  const algo = match[1] ?? ''
  const bytes = digestOf(algo, match[2] ?? '')
  if (!bytes) return undefined
  return { algo, sri: `${algo}-${Buffer.from(bytes).toString('base64')}`, nix32: toNix32(bytes), base16: Buffer.from(bytes).toString('hex') }
}

/** The strings to look for in a file: the SRI form, and the bare base-64, base-32 and base-16 digests. */
export function searchForms(forms: HashForms): string[] {
  return [forms.sri, forms.sri.slice(forms.algo.length + 1), forms.nix32, forms.base16]
}
