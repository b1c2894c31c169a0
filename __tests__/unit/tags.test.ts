import { resolveTags, splitList } from '../../src/tags.js'
import { readContext } from '../../src/context.js'

// GITHUB_SHA is passed to readContext as a value, as a runner would set it.
const shaOf = (value: string | undefined) => readContext(value === undefined ? {} : { GITHUB_SHA: value }).sha

describe('default tag', () => {
  it('is sha- and the first 7 characters of the commit', () => {
    const sha = '3f1c2b9a7d0e4c5b6a8f9e0d1c2b3a4f5e6d7c8b'
    expect(resolveTags([], shaOf(sha))).toEqual([`sha-${sha.slice(0, 7)}`])
  })

  it('is lower case even when the commit is given in upper case', () => {
    const sha = 'ABC1234DEF5678ABC1234DEF5678ABC1234DEF56'
    const [tag] = resolveTags([], shaOf(sha))
    expect(tag).toBe(`sha-${sha.slice(0, 7).toLowerCase()}`)
    expect(tag).toMatch(/^sha-[0-9a-f]{7}$/)
  })

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['not a hash', 'main'],
    ['too short', 'abc12']
  ])('cannot be made when GITHUB_SHA is %s, and the error says why', (_what, value) => {
    expect(() => resolveTags([], shaOf(value))).toThrow(/GITHUB_SHA/)
    expect(() => resolveTags([], shaOf(value))).toThrow(/tags/)
  })

  it('is not added when tags are given, and given tags need no commit', () => {
    expect(resolveTags(['v1.2.0', 'latest'], shaOf('3f1c2b9a7d0e4c5b6a8f9e0d1c2b3a4f5e6d7c8b'))).toEqual(['v1.2.0', 'latest'])
    expect(resolveTags(['v1.2.0'], undefined)).toEqual(['v1.2.0'])
  })
})

describe('splitList', () => {
  it('splits on commas and new lines, trims, drops blanks and repeats, keeps order', () => {
    expect(splitList(' b, a ,\r\n\n b,c ,, \n')).toEqual(['b', 'a', 'c'])
  })

  it('gives nothing for an empty value', () => {
    expect(splitList('')).toEqual([])
    expect(splitList(' ,\n ')).toEqual([])
  })
})
