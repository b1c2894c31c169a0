import path from 'node:path'
import { BLOCK_END, BLOCK_START, addBlock, blockLines, removeBlock, undoBlock, userNixConfPath, withoutStaleBlock } from '../../src/runner/nix-conf.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const LINES = blockLines({ tokenHost: 'github.com', token: TOKEN, extraConf: 'extra-substituters = https://cache.example.com\n' })

/** The job's nix.conf while it runs, and after post took the block out. */
function roundTrip(original: string) {
  const { content, addedNewline } = addBlock(original, LINES)
  return { during: content, after: removeBlock(content, addedNewline) }
}

const count = (text: string, part: string) => text.split(part).length - 1

describe('addBlock / removeBlock leave nix.conf as they found it', () => {
  const files: Array<[string, string]> = [
    ['an empty file', ''],
    ['a file ending without a new line', 'substituters = https://cache.nixos.org\nmax-jobs = 4'],
    [
      'a file with user lines and an access-tokens line for another host',
      '# my settings\nexperimental-features = nix-command\naccess-tokens = gitlab.example.com=PAT:glpat-abc\n\nkeep-outputs = true\n'
    ],
    ['a file of blank lines', '\n\n'],
    ['a file with Windows line ends', 'max-jobs = 4\r\ncores = 2\r\n']
  ]

  it.each(files)('%s, byte for byte', (_what, original) => {
    const { during, after } = roundTrip(original)
    expect(after).toBe(original)
    // While the job runs: the user's text untouched at the top, then one block.
    expect(during.startsWith(original)).toBe(true)
    expect(count(during, BLOCK_START)).toBe(1)
    expect(count(during, BLOCK_END)).toBe(1)
    expect(during).toContain(`\nextra-access-tokens = github.com=${TOKEN}\n`)
    expect(during.endsWith(`${BLOCK_END}\n`)).toBe(true)
    // Every line of the block is a line of its own, even after a last line without a new line.
    expect(during.split('\n')).toContain(BLOCK_START)
  })

  it('drops a stale block a killed job left behind, and leaves the rest byte for byte', () => {
    const user = 'max-jobs = 4\naccess-tokens = gitlab.example.com=PAT:glpat-abc\n'
    const stale = addBlock(user, blockLines({ tokenHost: 'github.com', token: 'ghs_OLDTOKEN', extraConf: '' })).content
    // What the configure stage does with it: take the old block out first.
    const clean = removeBlock(stale, false)
    expect(clean).toBe(user)
    const { during, after } = roundTrip(clean ?? stale)
    expect(count(during, BLOCK_START)).toBe(1)
    expect(during).not.toContain('ghs_OLDTOKEN')
    expect(after).toBe(user)
  })

  it('removes every stale block, also one cut short', () => {
    const user = 'max-jobs = 4\n'
    const twice = addBlock(addBlock(user, ['a = 1']).content, ['b = 2']).content
    expect(removeBlock(twice, false)).toBe(user)
    const cutShort = `${user}${BLOCK_START}\naccess-tokens = github.com=${TOKEN}\n`
    expect(removeBlock(cutShort, false)).toBe(user)
  })

  it('keeps lines others appended after the block during the job', () => {
    const original = 'max-jobs = 4'
    const { content, addedNewline } = addBlock(original, LINES)
    const appended = `${content}cores = 8\n`
    expect(removeBlock(appended, addedNewline)).toBe(`${original}cores = 8\n`)
  })

  it('says when there is no block to remove', () => {
    expect(removeBlock('max-jobs = 4\n', false)).toBeUndefined()
    expect(removeBlock('', false)).toBeUndefined()
  })

  it('reports whether it added a new line, only when the file lacked one', () => {
    expect(addBlock('', LINES).addedNewline).toBe(false)
    expect(addBlock('a = 1\n', LINES).addedNewline).toBe(false)
    expect(addBlock('a = 1', LINES).addedNewline).toBe(true)
  })
})

describe('userNixConfPath', () => {
  const home = path.join(path.sep, 'home', 'runner')

  it('is under XDG_CONFIG_HOME when it is set', () => {
    const config = path.join(path.sep, 'tmp', 'xdg')
    expect(userNixConfPath({ XDG_CONFIG_HOME: config }, home)).toBe(path.join(config, 'nix', 'nix.conf'))
  })

  it('is ~/.config/nix/nix.conf otherwise', () => {
    expect(userNixConfPath({}, home)).toBe(path.join(home, '.config', 'nix', 'nix.conf'))
    expect(userNixConfPath({ XDG_CONFIG_HOME: '' }, home)).toBe(path.join(home, '.config', 'nix', 'nix.conf'))
  })

  it('is the first of NIX_USER_CONF_FILES (the one Nix gives the last word), before XDG_CONFIG_HOME', () => {
    const first = path.join(path.sep, 'etc', 'ci', 'nix.conf')
    const second = path.join(path.sep, 'etc', 'other', 'nix.conf')
    expect(userNixConfPath({ NIX_USER_CONF_FILES: `${first}:${second}`, XDG_CONFIG_HOME: '/tmp/xdg' }, home)).toBe(first)
    expect(userNixConfPath({ NIX_USER_CONF_FILES: `:${second}` }, home)).toBe(second)
  })
})

describe('blockLines', () => {
  it('turns flakes on, adds the token for the server host, then the extra conf', () => {
    const lines = blockLines({ tokenHost: 'github.com', token: TOKEN, extraConf: 'extra-substituters = https://c.example\nextra-trusted-public-keys = c:abc=' })
    const flakes = lines.findIndex(line => /experimental-features = .*nix-command/.test(line) && /\bflakes\b/.test(line))
    const token = lines.indexOf(`extra-access-tokens = github.com=${TOKEN}`)
    const extra = lines.indexOf('extra-substituters = https://c.example')
    expect(flakes).toBeGreaterThanOrEqual(0)
    expect(token).toBeGreaterThan(flakes)
    expect(extra).toBeGreaterThan(token)
    expect(lines[extra + 1]).toBe('extra-trusted-public-keys = c:abc=')
  })

  it('uses the host of a GitHub Enterprise server', () => {
    expect(blockLines({ tokenHost: 'github.example.com', token: TOKEN, extraConf: '' })).toContain(`extra-access-tokens = github.example.com=${TOKEN}`)
  })

  it('writes no access-tokens line when the token is empty', () => {
    expect(blockLines({ tokenHost: 'github.com', token: '', extraConf: '' }).some(line => line.includes('access-tokens'))).toBe(false)
  })

  it('builds one derivation per core (max-jobs = auto), as the other installers set it', () => {
    const lines = blockLines({ tokenHost: 'github.com', token: TOKEN, extraConf: 'extra-substituters = https://c.example' })
    expect(lines.filter(line => /^max-jobs\b/.test(line))).toEqual(['max-jobs = auto'])
  })

  it("leaves max-jobs to the user's extra conf when it sets it", () => {
    for (const extraConf of ['max-jobs = 2', 'cores = 2\n  max-jobs=0']) {
      const lines = blockLines({ tokenHost: 'github.com', token: '', extraConf })
      expect(lines.filter(line => /max-jobs/.test(line))).toEqual([extraConf.split('\n').pop()])
    }
  })

  it('writes extra conf line by line, without Windows line ends or a trailing blank line', () => {
    const lines = blockLines({ tokenHost: 'github.com', token: '', extraConf: 'max-jobs = 4\r\ncores = 2\r\n\n' })
    expect(lines.slice(-2)).toEqual(['max-jobs = 4', 'cores = 2'])
    expect(lines.some(line => line.includes('\r'))).toBe(false)
  })
})

describe('undoBlock: what post does to a file the action added a block to', () => {
  const written = (original: string) => addBlock(withoutStaleBlock(original), ['extra-trusted-users = runner'])

  it('deletes a file the action created', () => {
    const { content, addedNewline } = written('')
    expect(undoBlock(content, { path: '/etc/nix/nix.conf', existed: false, addedNewline })).toEqual({ kind: 'delete' })
  })

  it('writes back what the file held before, byte for byte, even after a stale block was dropped', () => {
    const user = 'trusted-users = root'
    const stale = addBlock(user, ['extra-trusted-users = old']).content
    const { content, addedNewline } = written(stale)
    expect(undoBlock(content, { path: '/etc/nix/nix.conf', existed: true, addedNewline: addedNewline })).toEqual({ kind: 'write', content: `${user}\n` })
    const untouched = written(user)
    expect(undoBlock(untouched.content, { path: '/etc/nix/nix.conf', existed: true, addedNewline: untouched.addedNewline })).toEqual({
      kind: 'write',
      content: user
    })
  })

  it('does nothing to a file whose block is gone', () => {
    expect(undoBlock('max-jobs = 4\n', { path: '/etc/nix/nix.conf', existed: true, addedNewline: false })).toEqual({ kind: 'none' })
  })
})
