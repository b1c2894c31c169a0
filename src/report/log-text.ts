// Text from the flake or from Nix's output, made safe for one log line: the
// runner reads any line that starts with `::` as a workflow command, so no
// value printed outside a stop-commands block may carry a line break (or a
// carriage return, or a terminal escape that redraws the line).

// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' }

/**
 * One control character as bash's `$'…'` writes it (`\n`, `\e`, `\x01`). A C1
 * control is written as its two UTF-8 bytes (`\xc2\x85`), not `\u0085`: bash
 * decodes `\u` only in a UTF-8 locale, and a runner's shell may have none.
 */
function escapeOne(char: string): string {
  const named = NAMED[char]
  if (named) return named
  return [...Buffer.from(char, 'utf8')].map(byte => `\\x${byte.toString(16).padStart(2, '0')}`).join('')
}

export function hasControl(text: string): boolean {
  return text.search(CONTROL) >= 0
}

/** `text` with every control character written as an escape; nothing else changes. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne)
}

/** A shell word in bash's `$'…'` form, for a value holding control characters. */
export function ansiCQuoted(text: string): string {
  return `$'${text.replace(/[\\']/g, match => `\\${match}`).replace(CONTROL, escapeOne)}'`
}
