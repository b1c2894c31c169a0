// What a Nix store path looks like, to tell a path Nix made from a string a
// flake made up (`--post-build-hook`, `.#hook`, a line break): values the
// flake's evaluation returns are used as arguments only when they pass here.

/** Nix's base32 alphabet (no e, o, u, t). */
const HASH = /^[0-9abcdfghijklmnpqrsvwxyz]{32}$/
/** Characters Nix allows in a store path's name; it may not start with a dot. */
const NAME = /^[A-Za-z0-9+\-_?=][A-Za-z0-9+\-._?=]*$/
const MAX_NAME = 211

/** The store directory: `/nix/store`, unless NIX_STORE_DIR says otherwise. */
export function storeDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['NIX_STORE_DIR']
  return dir ? dir.replace(/\/+$/, '') : '/nix/store'
}

/** `<store>/<32 chars of base32>-<name>`, nothing below it. */
export function isStorePath(value: unknown, store: string = storeDir()): value is string {
  if (typeof value !== 'string' || !value.startsWith(`${store}/`)) return false
  const base = value.slice(store.length + 1)
  const hash = base.slice(0, 32)
  const name = base.slice(33)
  return HASH.test(hash) && base[32] === '-' && name.length <= MAX_NAME && NAME.test(name)
}

/** A store path of a derivation: `<store>/<hash>-<name>.drv`. */
export function isDerivationPath(value: unknown, store: string = storeDir()): value is string {
  return isStorePath(value, store) && value.endsWith('.drv') && value.length > store.length + 34 + '.drv'.length
}
