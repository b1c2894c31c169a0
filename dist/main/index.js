import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1091:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(5684)
const { safeRe: re, t } = __nccwpck_require__(1295)
const cmp = __nccwpck_require__(8470)
const debug = __nccwpck_require__(4039)
const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)


/***/ }),

/***/ 7646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(6071)
const cache = new LRU()

const parseOptions = __nccwpck_require__(5684)
const Comparator = __nccwpck_require__(1091)
const debug = __nccwpck_require__(4039)
const SemVer = __nccwpck_require__(203)
const trimComparatorWhitespace = __nccwpck_require__(5465)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(1295)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(6045)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 203:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(4039)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(6045)
const { safeRe: re, t } = __nccwpck_require__(1295)

const parseOptions = __nccwpck_require__(5684)
const { compareIdentifiers } = __nccwpck_require__(4180)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8439:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8470:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(3578)
const neq = __nccwpck_require__(7486)
const gt = __nccwpck_require__(6247)
const gte = __nccwpck_require__(9908)
const lt = __nccwpck_require__(9088)
const lte = __nccwpck_require__(3405)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 8377:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const parse = __nccwpck_require__(1105)
const { safeRe: re, t } = __nccwpck_require__(1295)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 8336:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 1962:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 837:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 7447:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 3578:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6247:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 9908:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 6754:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 9088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 3405:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 2031:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 3387:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 7486:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 1105:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 7236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 3602:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 6877:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 2600:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(8336)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 9451:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 2928:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(8336)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6562:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const constants = __nccwpck_require__(6045)
const SemVer = __nccwpck_require__(203)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 6716:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 3880:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(1295)
const constants = __nccwpck_require__(6045)
const SemVer = __nccwpck_require__(203)
const identifiers = __nccwpck_require__(4180)
const parse = __nccwpck_require__(1105)
const valid = __nccwpck_require__(6716)
const clean = __nccwpck_require__(8439)
const inc = __nccwpck_require__(6754)
const diff = __nccwpck_require__(7447)
const major = __nccwpck_require__(2031)
const minor = __nccwpck_require__(3387)
const patch = __nccwpck_require__(7236)
const prerelease = __nccwpck_require__(3602)
const compare = __nccwpck_require__(837)
const rcompare = __nccwpck_require__(6877)
const compareLoose = __nccwpck_require__(1962)
const compareBuild = __nccwpck_require__(8336)
const sort = __nccwpck_require__(2928)
const rsort = __nccwpck_require__(2600)
const gt = __nccwpck_require__(6247)
const lt = __nccwpck_require__(9088)
const eq = __nccwpck_require__(3578)
const neq = __nccwpck_require__(7486)
const gte = __nccwpck_require__(9908)
const lte = __nccwpck_require__(3405)
const cmp = __nccwpck_require__(8470)
const coerce = __nccwpck_require__(8377)
const truncate = __nccwpck_require__(6562)
const Comparator = __nccwpck_require__(1091)
const Range = __nccwpck_require__(7646)
const satisfies = __nccwpck_require__(9451)
const toComparators = __nccwpck_require__(2126)
const maxSatisfying = __nccwpck_require__(825)
const minSatisfying = __nccwpck_require__(4867)
const minVersion = __nccwpck_require__(4122)
const validRange = __nccwpck_require__(1745)
const outside = __nccwpck_require__(5720)
const gtr = __nccwpck_require__(6372)
const ltr = __nccwpck_require__(9309)
const intersects = __nccwpck_require__(1673)
const simplifyRange = __nccwpck_require__(7660)
const subset = __nccwpck_require__(129)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 6045:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 4039:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 4180:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 6071:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 5684:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 1295:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(6045)
const debug = __nccwpck_require__(4039)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 5465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(6045)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 6372:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(5720)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 1673:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 9309:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(5720)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 825:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 4867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 4122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)
const gt = __nccwpck_require__(6247)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 5720:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Comparator = __nccwpck_require__(1091)
const { ANY } = Comparator
const Range = __nccwpck_require__(7646)
const satisfies = __nccwpck_require__(9451)
const gt = __nccwpck_require__(6247)
const lt = __nccwpck_require__(9088)
const lte = __nccwpck_require__(3405)
const gte = __nccwpck_require__(9908)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 7660:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(9451)
const compare = __nccwpck_require__(837)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 129:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const Comparator = __nccwpck_require__(1091)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(9451)
const compare = __nccwpck_require__(837)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 2126:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 1745:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 8482:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(9290);


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ recordBuildJson),
/* harmony export */   SF: () => (/* binding */ STORE_DIR),
/* harmony export */   V8: () => (/* binding */ recordRoots),
/* harmony export */   xD: () => (/* binding */ startRecordingRoots),
/* harmony export */   zD: () => (/* binding */ recordingRoots),
/* harmony export */   zP: () => (/* binding */ isStorePath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _nix_store_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8702);
// What this job's own Nix commands evaluated and built: the roots of what
// the cache saves as "built here". The stages that build record their
// derivations (named checks' drvs, the package's and skopeo's drvPath from
// `nix build --json`, the flake's checks for `nix flake check`); post saves
// the build closures of those, never a diff of the store, which on a
// self-hosted machine whose runners share one store would count another
// job's builds as ours.
//
// Appended to a file under RUNNER_TEMP line by line as they are known, so
// post finds them even after main was killed. Nothing is recorded unless
// the cache stage started recording (a run that will save).


const STORE_DIR = (0,_nix_store_path_js__WEBPACK_IMPORTED_MODULE_1__/* .storeDir */ .rT)();
let rootsFile;
function startRecordingRoots(file) {
    rootsFile = file;
}
function recordingRoots() {
    return rootsFile !== undefined;
}
/** Whether `value` is a store path (a derivation when `drv`), and nothing that could be read as anything else. */
function isStorePath(value, drv = false) {
    return drv ? (0,_nix_store_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isDerivationPath */ .NN)(value) : (0,_nix_store_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isStorePath */ .zP)(value) && !value.endsWith('.drv');
}
/** Records derivations (`drvs`) and outputs this job asked Nix for; anything that is not a store path is dropped. */
function recordRoots(drvs, outputs = []) {
    if (!rootsFile)
        return;
    const lines = [...[...drvs].filter(drv => isStorePath(drv, true)), ...[...outputs].filter(out => isStorePath(out))];
    if (lines.length > 0)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(rootsFile, lines.map(line => `${line}\n`).join(''));
}
/** Records the derivations and outputs of `nix build --json`'s output (a list of `{drvPath, outputs}`). */
function recordBuildJson(stdout) {
    if (!rootsFile)
        return;
    try {
        const built = JSON.parse(stdout);
        recordRoots(built.map(item => item.drvPath), built.flatMap(item => Object.values(item.outputs ?? {})));
    }
    catch {
        // Not JSON (a failed build): nothing of it to keep.
    }
}


/***/ }),

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   UG: () => (/* binding */ parseSigningKey),
/* harmony export */   qI: () => (/* binding */ signedBy)
/* harmony export */ });
/* unused harmony export nix32 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Nix's binary-cache signatures, in JS: the key format `nix key
// generate-secret` writes (`name:base64(64-byte ed25519 secret)`, the seed
// then the public key, as libsodium keeps it), the public key Nix is told to
// trust, and the check of a .narinfo's `Sig:` over Nix's fingerprint of the
// path. Checked here as well as by Nix, so a refused entry is named in the
// log and never served at all, rather than refused by Nix path by path.

/** PKCS#8 DER of an ed25519 private key, less its 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/**
 * The key, or a reason it is not one (the reason never holds the value). The
 * public half must be the seed's own: a key pasted from two different keys
 * would sign what no one can verify.
 */
function parseSigningKey(value) {
    const colon = value.indexOf(':');
    const name = value.slice(0, colon);
    const encoded = value.slice(colon + 1);
    if (colon <= 0 || !/^[A-Za-z0-9._-]+$/.test(name) || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
        return 'expected `name:base64` as `nix key generate-secret` writes it';
    }
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length !== 64)
        return `expected a 64-byte ed25519 secret after \`${name}:\`, got ${bytes.length} bytes`;
    const seed = bytes.subarray(0, 32);
    const given = bytes.subarray(32);
    const derived = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
    const x = Buffer.from(derived.export({ format: 'jwk' }).x ?? '', 'base64url');
    if (!x.equals(given))
        return `the last 32 bytes after \`${name}:\` are not the public key of the first 32`;
    return { name, secret: value, publicKey: `${name}:${given.toString('base64')}` };
}
function publicKeyObject(publicKey) {
    const raw = Buffer.from(publicKey.slice(publicKey.indexOf(':') + 1), 'base64');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}
/** What Nix signs for a path: `1;<path>;<narHash>;<narSize>;<references, full paths, comma-joined>`. */
function fingerprint(storePath, narHash, narSize, references) {
    return `1;${storePath};${narHash};${narSize};${[...references].sort().join(',')}`;
}
/** Whether one of `sigs` (`name:base64`) is `publicKey`'s over `text`. */
function signedBy(publicKey, text, sigs) {
    const name = publicKey.slice(0, publicKey.indexOf(':'));
    const key = publicKeyObject(publicKey);
    return sigs.some(sig => sig.startsWith(`${name}:`) && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, Buffer.from(text), key, Buffer.from(sig.slice(name.length + 1), 'base64')));
}
const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';
/** Nix's own base-32 (its alphabet, least significant bits first). */
function nix32(bytes) {
    const length = Math.ceil((bytes.length * 8) / 5);
    let out = '';
    for (let n = length - 1; n >= 0; n--) {
        const bit = n * 5;
        const i = Math.floor(bit / 8);
        const j = bit % 8;
        const value = ((bytes[i] ?? 0) >> j) | ((bytes[i + 1] ?? 0) << (8 - j));
        out += NIX32[value & 0x1f];
    }
    return out;
}
/** Whether `narHash` (`sha256:` in Nix's base-32 or hex, or SRI `sha256-…`) names the SHA-256 `digest`. */
function hashMatches(narHash, digest) {
    return [`sha256:${nix32(digest)}`, `sha256:${digest.toString('hex')}`, `sha256-${digest.toString('base64')}`].includes(narHash);
}


/***/ }),

/***/ 4057:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment),
/* harmony export */   p: () => (/* binding */ nixEnvironment)
/* harmony export */ });
// The environment of the tools the action starts (Nix, skopeo, the
// installer, an image's stream script): the runner's, minus what is meant
// for the action alone.
//
// Why it matters: the runner hands every input to the action as INPUT_<NAME>,
// `password` and `github-token` among them, plus its own runtime tokens. A
// fixed-output derivation may list any variable in `impureEnvVars`, and a
// single-user Nix (what `install` sets up on Linux, and Debian's) passes it
// from the `nix` process's environment to the builder, which has network
// access. So a pull request's flake could read the registry password during
// `nix flake check`. The token reaches Nix through nix.conf and the password
// reaches skopeo on stdin; neither needs them in its environment.
/** Runner variables the tools never need and must not see. */
const RUNNER_SECRETS = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']);
function childEnvironment(base = process.env, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (/^INPUT_/i.test(name) || RUNNER_SECRETS.has(name))
            continue;
        env[name] = value;
    }
    return { ...env, ...extra };
}
/**
 * The environment of a Nix process: `settings` after whatever NIX_CONFIG the
 * job has, not on the command line, so the restored cache's loopback URL
 * (its path is random, see cache/substituter.ts) stays out of `ps` listings
 * and the log's `[command]` lines. Only the action's own children see it:
 * later steps never do.
 */
function nixEnvironment(settings, base = process.env) {
    if (settings.length === 0)
        return childEnvironment(base);
    const current = base['NIX_CONFIG'] ?? '';
    return childEnvironment(base, { NIX_CONFIG: [...(current === '' ? [] : [current]), ...settings].join('\n') });
}


/***/ }),

/***/ 6637:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9642);
// What the runner starts (action.yml runs.main, bundled to dist/main/index.js).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** A value the user gave is wrong; raised before any stage runs. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A stage failed; the message already says what the tool said and what to try. */
class StageError extends Error {
    stage;
    constructor(stage, message) {
        super(message);
        this.stage = stage;
        this.name = 'StageError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(4846);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(2174);
;// CONCATENATED MODULE: ./src/registry/reference.ts
// The OCI distribution grammar for the parts of `<registry>/<image>:<tag>`.
// Checked up front so that skopeo never sees a value it could read as an
// option, and a typo fails before a long build rather than after it.
const HOST_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REGISTRY = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Returns why `value` is not a registry host, or undefined when it is one. */
function registryProblem(value) {
    if (/^[a-z]+:\/\//i.test(value))
        return 'a host name without a scheme, e.g. `quay.io` (drop the `https://`)';
    if (value.includes('/'))
        return 'a host name only, e.g. `quay.io`; put the repository path in `image`';
    if (!REGISTRY.test(value))
        return 'a host name with an optional port, e.g. `quay.io`, `ghcr.io` or `127.0.0.1:5000`';
    const port = /:(\d+)$/.exec(value)?.[1];
    if (port !== undefined && Number(port) > 65535)
        return 'a port no larger than 65535';
    return undefined;
}
function imageProblem(value) {
    if (value.length > 255)
        return 'a repository path of at most 255 characters';
    if (!IMAGE.test(value)) {
        const hint = /[A-Z]/.test(value) ? ' (repository names are lower case)' : '';
        return `a repository path of lower-case letters, digits and separators (. _ - /), e.g. \`upgrades/k8s-cloud-tagger-dev\`${hint}`;
    }
    return undefined;
}
function tagProblem(value) {
    if (!TAG.test(value)) {
        return 'tags of 1 to 128 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`';
    }
    return undefined;
}

// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __nccwpck_require__(3880);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/plan/tags.ts
// The tags to push: given ones with their `{{…}}` templates filled from the
// run, or the default `sha-<commit>`. Templates are checked for syntax when
// the inputs are parsed and filled before any stage runs, so a tag that
// cannot be made fails the step before a long build, not after it.


const PLACEHOLDERS = ['sha', 'branch', 'tag', 'version', 'major', 'minor', 'patch'];
// `{{ name }}`, spaces inside the braces allowed as in docker/metadata-action.
const TEMPLATE = /\{\{\s*([A-Za-z_]*)\s*\}\}/g;
function placeholdersOf(template) {
    return [...template.matchAll(TEMPLATE)].map(match => match[1]);
}
/**
 * Why `template` is not a tag or a tag template, or undefined when it is one.
 * The literal text around the placeholders must itself be tag characters;
 * the filled tag is checked again once it is known.
 */
function templateProblem(template) {
    for (const match of template.matchAll(TEMPLATE)) {
        const name = match[1] ?? '';
        if (!PLACEHOLDERS.includes(name)) {
            return `templates among ${PLACEHOLDERS.map(p => `\`{{${p}}}\``).join(', ')}; \`${match[0]}\` is not one`;
        }
    }
    const literal = template.replace(TEMPLATE, 'x');
    if (/[{}]/.test(literal))
        return 'templates written `{{name}}`, with both braces on each side';
    // A template may start with a placeholder whose value starts with a letter or digit.
    return tagProblem(template.replace(TEMPLATE, '0'));
}
function parseSemVer(name) {
    // semver.parse trims spaces; a name with them is not a version tag.
    const parsed = name === name.trim() ? semver_default().parse(name) : null;
    if (!parsed)
        return undefined;
    // `+` is not a tag character; build metadata becomes `_…`, as docker/metadata-action does.
    const version = name.replace(/^v/, '').replace('+', '_');
    return { version, major: String(parsed.major), minor: String(parsed.minor), patch: String(parsed.patch), prerelease: parsed.prerelease.length > 0 };
}
/**
 * A branch name as an OCI tag: characters outside `[A-Za-z0-9_.-]` (the
 * `/` of `feature/x`) become `-`, no leading `.` or `-`, at most 128.
 */
function sanitiseBranch(branch) {
    return branch
        .replace(/[^A-Za-z0-9_.-]/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
function tagName(source) {
    if (source.eventName === 'release' && source.releaseTag)
        return source.releaseTag;
    if (source.ref.startsWith('refs/tags/'))
        return source.ref.slice('refs/tags/'.length);
    return undefined;
}
function branchName(source) {
    if (source.headRef)
        return source.headRef;
    if (source.ref.startsWith('refs/heads/'))
        return source.ref.slice('refs/heads/'.length);
    return undefined;
}
function describeRun(source) {
    const event = source.eventName === '' ? 'an unknown event' : `a \`${source.eventName}\` event`;
    return source.ref === '' ? event : `${event} on \`${source.ref}\``;
}
/** The first 7 characters of the commit, or undefined when GITHUB_SHA is not a commit hash. */
function shortSha(source) {
    return source.sha && /^[0-9a-f]{7,}$/i.test(source.sha) ? source.sha.slice(0, 7).toLowerCase() : undefined;
}
function semVerOf(source) {
    const name = tagName(source);
    return name === undefined ? undefined : parseSemVer(name);
}
/** The value of one placeholder for this run; throws saying which event would fill it. */
function fillerFor(source) {
    const semver = semVerOf(source);
    return name => {
        switch (name) {
            case 'sha': {
                const sha = shortSha(source);
                if (sha === undefined)
                    throw new Error('`{{sha}}` needs the commit (GITHUB_SHA), which this runner did not give as a commit hash');
                return sha;
            }
            case 'branch': {
                const branch = branchName(source);
                const value = branch === undefined ? '' : sanitiseBranch(branch);
                if (value === '') {
                    throw new Error(`\`{{branch}}\` is filled on a push to a branch (\`refs/heads/…\`) or a pull request; this is ${describeRun(source)}`);
                }
                return value;
            }
            case 'tag': {
                // The tag's own name, semantic version or not (`nightly`, `v1.2`, `v1.2.3`).
                const tag = tagName(source);
                if (tag === undefined)
                    throw new Error(`\`{{tag}}\` is filled on a push of a tag (\`refs/tags/…\`) or a \`release\` event; this is ${describeRun(source)}`);
                return tag;
            }
            default: {
                if (!semver) {
                    const tag = tagName(source);
                    const why = tag === undefined ? `this is ${describeRun(source)}` : `\`${tag}\` is not a semantic version`;
                    throw new Error(`\`{{${name}}}\` is filled on a push of a semantic-version tag (\`refs/tags/v1.2.3\`) or a \`release\` event whose tag is one (\`v1.2.3\`, \`1.2.3-rc.1\`); ${why}`);
                }
                return semver[name];
            }
        }
    };
}
/**
 * A short tag (`{{major}}`, `{{major}}.{{minor}}`, `v{{major}}`) follows the
 * newest stable release, so a pre-release must not move it.
 */
function isShortTag(template) {
    const used = placeholdersOf(template);
    return (used.includes('major') || used.includes('minor')) && !used.includes('patch') && !used.includes('version');
}
/** Fills one template; the filled tag must be a valid OCI tag. */
function fillTemplate(template, source) {
    const fill = fillerFor(source);
    const tag = template.replace(TEMPLATE, (_match, name) => fill(name));
    const problem = tagProblem(tag);
    if (problem)
        throw new Error(`${JSON.stringify(template)} gives ${JSON.stringify(tag)}, but tags must be ${problem}`);
    return tag;
}
/**
 * The tags to push: the given ones filled (short tags left out for a
 * pre-release), or `sha-<first 7 of the commit>`. Throws when a template
 * cannot be filled for this run.
 */
function resolveTags(given, source) {
    if (given.length === 0) {
        const sha = shortSha(source);
        if (sha === undefined)
            throw new Error('no `tags` given and GITHUB_SHA is not a commit hash, so no default `sha-<commit>` tag can be made');
        return [`sha-${sha}`];
    }
    // A pre-release version leaves the short tags where they are.
    const prerelease = semVerOf(source)?.prerelease === true;
    const kept = given.filter(template => !(prerelease && isShortTag(template)));
    if (kept.length === 0) {
        throw new Error(`every tag (${given.join(', ')}) is a short version tag, and those are not moved by the pre-release \`${tagName(source)}\`; add \`{{version}}\``);
    }
    return [...new Set(kept.map(template => fillTemplate(template, source)))];
}

// EXTERNAL MODULE: ./src/cache/signing.ts
var signing = __nccwpck_require__(1335);
;// CONCATENATED MODULE: ./src/plan/inputs.ts
// The action's inputs, read once, checked all at once before any stage runs.




/** Splits a list input (`tags`, `checks`, …) on commas and new lines, dropping empty entries and repeats. */
function splitList(value) {
    const items = value
        .split(/[,\n]/)
        .map(item => item.trim())
        .filter(item => item.length > 0);
    return [...new Set(items)];
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const MAX_ATTEMPTS = 10;
function shown(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
function bool(read, name) {
    const value = read(name);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `expected \`true\` or \`false\`, got ${shown(value)}`);
}
/** One of `values`, in any case. */
function oneOf(read, name, values) {
    const raw = read(name);
    const value = values.find(candidate => candidate === raw.toLowerCase());
    if (value !== undefined)
        return value;
    const listed = values.map(candidate => `\`${candidate}\``);
    throw new errors/* InputError */.dz(name, `expected ${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1]}, got ${shown(raw)}`);
}
const SWITCH = ['auto', 'true', 'false'];
const CACHE_SAVE = ['auto', 'always', 'never'];
// Nothing here goes through a shell, but values are also echoed in the
// "reproduce locally" commands users paste into one, so shell syntax is refused.
const SHELL_CHARACTERS = /[\s`$;|<>()'"\\*{}!]/;
function flakeRef(read) {
    const value = read('flake');
    if (value === '')
        throw new errors/* InputError */.dz('flake', 'expected a flake reference such as `.`, `./sub` or `github:owner/repo`, got an empty value');
    if (value.startsWith('-'))
        throw new errors/* InputError */.dz('flake', `expected a flake reference, not something that reads as an option: ${shown(value)}`);
    if (SHELL_CHARACTERS.test(value) || /[\x00-\x1f]/.test(value)) {
        throw new errors/* InputError */.dz('flake', `expected a flake reference without spaces, quotes or shell characters, got ${shown(value)}`);
    }
    if (value.includes('#')) {
        throw new errors/* InputError */.dz('flake', `expected a flake reference without \`#\`; name the output in \`package\` instead, got ${shown(value)}`);
    }
    return value;
}
function skopeoFlake(read) {
    const value = read('skopeo-flake');
    const [flake = '', attribute, ...rest] = value.split('#');
    if (value.startsWith('-') || SHELL_CHARACTERS.test(value) || /[\x00-\x1f]/.test(value) || flake === '' || rest.length > 0 || (attribute !== undefined && !ATTRIBUTE_PATH.test(attribute))) {
        throw new errors/* InputError */.dz('skopeo-flake', `expected an installable such as \`github:NixOS/nixpkgs/<commit>#skopeo\` (pinned to a commit, as the default is), got ${shown(value)}`);
    }
    return value;
}
const ATTRIBUTE_PATH = /^[A-Za-z_][A-Za-z0-9_'+-]*(?:\.[A-Za-z_][A-Za-z0-9_'+-]*)*$/;
const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_'+-]*$/;
function packageName(read) {
    const value = read('package');
    if (!ATTRIBUTE_PATH.test(value)) {
        throw new errors/* InputError */.dz('package', `expected a flake output name such as \`image-dev\` or \`packages.x86_64-linux.default\`, got ${shown(value)}`);
    }
    return value;
}
function checkNames(read) {
    const names = splitList(read('checks'));
    for (const name of names) {
        if (!ATTRIBUTE.test(name)) {
            throw new errors/* InputError */.dz('checks', `expected check names separated by commas or new lines, such as \`fmt, clippy, test\`; ${shown(name)} is not a check name`);
        }
    }
    return names;
}
function checkArgs(read) {
    const value = read('check-args');
    if (/["'`\\$]/.test(value)) {
        throw new errors/* InputError */.dz('check-args', `arguments are split on white space and no shell reads them, so quotes, \`$\` and \`\\\` are not supported; got ${shown(value)}`);
    }
    return value.split(/\s+/).filter(arg => arg.length > 0);
}
function attempts(read) {
    const value = read('attempts');
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_ATTEMPTS) {
        throw new errors/* InputError */.dz('attempts', `expected a whole number from 1 to ${MAX_ATTEMPTS}, got ${shown(value)}`);
    }
    return n;
}
function nixVersion(read) {
    const value = read('nix-version');
    if (!/^\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?$/.test(value)) {
        throw new errors/* InputError */.dz('nix-version', `expected a Nix release such as \`2.34.6\`, got ${shown(value)}`);
    }
    return value;
}
// Plain http only to this machine: a local mirror or a test server. Anything
// farther could be swapped on the way, and the script runs with sudo.
function loopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function installUrl(read, version) {
    const value = read('install-url');
    if (value === '')
        return `https://releases.nixos.org/nix/nix-${version}/install`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    if (url.protocol === 'http:' && !loopbackHost(url.hostname)) {
        throw new errors/* InputError */.dz('install-url', `expected an https URL: the installer runs as root, so it must not come over plain http (allowed only for a mirror on this machine, 127.0.0.1 or localhost); got ${shown(value)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    return value;
}
function extraConf(read) {
    const value = read('extra-conf');
    if (/[\x00]/.test(value))
        throw new errors/* InputError */.dz('extra-conf', 'expected nix.conf lines, got a NUL byte');
    if (value.includes('nix-flake-ci')) {
        throw new errors/* InputError */.dz('extra-conf', 'must not contain the marker `nix-flake-ci` that delimits the block this action adds to nix.conf');
    }
    return value;
}
function githubToken(read) {
    const value = read('github-token');
    // One `host=token` entry of nix.conf's space-separated `access-tokens`; the
    // value is a secret, so the message never shows it.
    if (/\s/.test(value)) {
        throw new errors/* InputError */.dz('github-token', 'expected a single token without spaces or line breaks, such as `${{ github.token }}`; the value (not shown) has white space in it');
    }
    return value;
}
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i;
function size(read, name) {
    const value = read(name);
    const match = SIZE.exec(value);
    if (!match)
        throw new errors/* InputError */.dz(name, `expected a size such as \`2G\`, \`500M\` or \`1048576\`, got ${shown(value)}`);
    const unit = (match[2] ?? 'B').charAt(0).toUpperCase();
    const factor = { B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit] ?? 1;
    return Math.floor(Number(match[1]) * factor);
}
/** `cache-signing-key`, also read by post; a secret, so a message never shows it. */
function cacheSigningKey(read) {
    const value = read('cache-signing-key').trim();
    if (value === '')
        return undefined;
    const key = (0,signing/* parseSigningKey */.UG)(value);
    if (typeof key === 'string')
        throw new errors/* InputError */.dz('cache-signing-key', `${key}; the value (not shown) is not a Nix signing key (make one with \`nix key generate-secret --key-name NAME\`)`);
    return key;
}
/**
 * Parses and checks every input. Throws an InputError naming the first bad
 * input; a message shows the value unless the input is a secret.
 */
function parseInputs(read) {
    const version = nixVersion(read);
    const inputs = {
        install: oneOf(read, 'install', SWITCH),
        nixVersion: version,
        installUrl: installUrl(read, version),
        extraConf: extraConf(read),
        trustRunnerUser: bool(read, 'trust-runner-user'),
        kvm: bool(read, 'kvm'),
        githubToken: githubToken(read),
        flake: flakeRef(read),
        check: bool(read, 'check'),
        checks: checkNames(read),
        checkArgs: checkArgs(read),
        attempts: attempts(read),
        build: bool(read, 'build'),
        package: packageName(read),
        push: oneOf(read, 'push', SWITCH),
        registry: read('registry'),
        image: read('image'),
        tags: splitList(read('tags')),
        manifestFrom: splitList(read('manifest-from')),
        username: read('username'),
        password: read('password'),
        tlsVerify: bool(read, 'tls-verify'),
        skopeoFlake: skopeoFlake(read),
        attest: bool(read, 'attest'),
        cache: bool(read, 'cache'),
        cacheSave: oneOf(read, 'cache-save', CACHE_SAVE),
        cacheMaxBytes: size(read, 'cache-max-size'),
        cacheSigningKey: cacheSigningKey(read),
        summary: bool(read, 'summary')
    };
    checkRegistryInputs(inputs);
    return inputs;
}
function checkRegistryInputs(inputs) {
    if (inputs.registry !== '') {
        const problem = registryProblem(inputs.registry);
        if (problem)
            throw new errors/* InputError */.dz('registry', `expected ${problem}, got ${shown(inputs.registry)}`);
    }
    if (inputs.image !== '') {
        const problem = imageProblem(inputs.image);
        if (problem)
            throw new errors/* InputError */.dz('image', `expected ${problem}, got ${shown(inputs.image)}`);
    }
    // Templates are filled before any stage runs (pipeline.ts); here only their syntax.
    for (const [name, values] of [['tags', inputs.tags], ['manifest-from', inputs.manifestFrom]]) {
        for (const tag of values) {
            const problem = templateProblem(tag);
            if (problem)
                throw new errors/* InputError */.dz(name, `expected ${problem}; ${shown(tag)} is not one`);
        }
    }
    if (inputs.username !== '' && inputs.password === '') {
        throw new errors/* InputError */.dz('password', '`username` is set but `password` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.password !== '' && inputs.username === '') {
        throw new errors/* InputError */.dz('username', '`password` is set but `username` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.username !== '' && /[\s:]/.test(inputs.username)) {
        throw new errors/* InputError */.dz('username', `expected a user name without spaces or \`:\`, got ${shown(inputs.username)}`);
    }
    if (inputs.password.includes('\n')) {
        throw new errors/* InputError */.dz('password', 'expected a single line; the value has a line break');
    }
    if (inputs.push === 'true') {
        if (inputs.registry === '')
            throw new errors/* InputError */.dz('registry', '`push: true` needs a registry host such as `quay.io`');
        if (inputs.image === '')
            throw new errors/* InputError */.dz('image', '`push: true` needs a repository such as `upgrades/k8s-cloud-tagger-dev`');
        if (!inputs.build && inputs.manifestFrom.length === 0)
            throw new errors/* InputError */.dz('build', '`push: true` needs the build stage (`build: true`): there is nothing to push otherwise');
    }
    if (inputs.manifestFrom.length > 0) {
        if (inputs.build) {
            throw new errors/* InputError */.dz('build', '`manifest-from` combines images that earlier jobs pushed and pushes no build of its own; set `build: false` in this step');
        }
        if (inputs.registry === '' || inputs.image === '') {
            throw new errors/* InputError */.dz(inputs.registry === '' ? 'registry' : 'image', '`manifest-from` needs the `registry` and `image` that the per-platform tags were pushed to');
        }
    }
    if ((inputs.registry === '') !== (inputs.image === '') && inputs.push !== 'false') {
        const missing = inputs.registry === '' ? 'registry' : 'image';
        throw new errors/* InputError */.dz(missing, `\`registry\` and \`image\` go together; \`${missing}\` is empty`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/plan/context.ts
// What the runner tells the action about the run, read once from its environment.



function eventPayload(eventPath) {
    if (!eventPath)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        // A missing or unreadable payload only costs the default-branch check.
        return {};
    }
}
/** `payload[object][field]` when it is a non-empty string. */
function payloadString(payload, object, field) {
    const value = payload[object];
    if (value && typeof value === 'object') {
        const text = value[field];
        if (typeof text === 'string' && text !== '')
            return text;
    }
    return undefined;
}
function readContext(env = process.env) {
    const home = env['HOME'] || external_node_os_default().homedir();
    const tmp = env['RUNNER_TEMP'] || external_node_os_default().tmpdir();
    let serverHost = 'github.com';
    try {
        serverHost = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').host;
    }
    catch {
        // keep github.com
    }
    const payload = eventPayload(env['GITHUB_EVENT_PATH']);
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        sha: env['GITHUB_SHA'] || undefined,
        defaultBranch: payloadString(payload, 'repository', 'default_branch'),
        headRef: env['GITHUB_HEAD_REF'] || undefined,
        releaseTag: payloadString(payload, 'release', 'tag_name'),
        serverHost,
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        runnerTemp: tmp,
        toolCache: env['RUNNER_TOOL_CACHE'] || external_node_path_default().join(tmp, 'tool-cache'),
        home,
        platform: process.platform,
        arch: process.arch,
        runId: env['GITHUB_RUN_ID'] ?? '0',
        runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1'
    };
}

;// CONCATENATED MODULE: ./src/plan/push-policy.ts
const ALWAYS_PUSHING_EVENTS = ['workflow_dispatch', 'release'];
function decidePush(setting, event, hasTarget, willBuild) {
    if (setting === 'false')
        return { push: false, reason: 'push is off (`push: false`)' };
    if (setting === 'true')
        return { push: true, reason: 'push is on (`push: true`)' };
    if (!willBuild)
        return { push: false, reason: 'the build stage is off, so there is nothing to push' };
    const byEvent = eventDecision(event);
    if (byEvent.push && !hasTarget)
        return { push: false, reason: 'no `registry` and `image` are set' };
    return byEvent;
}
function eventDecision(event) {
    const { eventName, ref, defaultBranch } = event;
    if (ALWAYS_PUSHING_EVENTS.includes(eventName)) {
        return { push: true, reason: `\`${eventName}\` events push` };
    }
    if (eventName === 'push') {
        if (ref.startsWith('refs/tags/'))
            return { push: true, reason: `a push of tag \`${ref.slice('refs/tags/'.length)}\`` };
        if (defaultBranch === undefined) {
            return { push: false, reason: `the event payload does not name the default branch, so a push to \`${ref}\` is not pushed` };
        }
        if (ref === `refs/heads/${defaultBranch}`)
            return { push: true, reason: `a push to the default branch \`${defaultBranch}\`` };
        return { push: false, reason: `\`${ref}\` is not the default branch \`${defaultBranch}\` or a tag` };
    }
    const name = eventName === '' ? 'unknown' : eventName;
    return { push: false, reason: `\`${name}\` events do not push (only pushes to the default branch or a tag, \`workflow_dispatch\` and \`release\` do)` };
}

// EXTERNAL MODULE: ./src/registry/skopeo-locate.ts
var skopeo_locate = __nccwpck_require__(2471);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// The pipeline's first step: everything that can be wrong with the inputs,
// found before any work, and what the run will do (push or not, the tags,
// whether skopeo must be built).







/** Everything that can be wrong with the inputs, found before any work. */
async function plan(read = name => core/* getInput */.V4(name)) {
    if (process.platform === 'win32')
        throw new Error('Nix Flake CI runs on Linux and macOS runners; Nix does not run on Windows (use WSL on a self-hosted runner).');
    const inputs = parseInputs(read);
    const context = readContext();
    const combining = inputs.manifestFrom.length > 0;
    const push = decidePush(inputs.push, context, inputs.registry !== '' && inputs.image !== '', inputs.build || combining);
    const attestError = attestProblem(inputs, push);
    if (attestError)
        throw attestError;
    let tags = [];
    let sources = [];
    if (push.push) {
        tags = filled('tags', () => resolveTags(inputs.tags, context));
        sources = filled('manifest-from', () => inputs.manifestFrom.map(template => fillTemplate(template, context)));
    }
    const skopeo = push.push ? await (0,skopeo_locate/* skopeoOnPath */.c)() : undefined;
    const buildSkopeo = push.push && skopeo === undefined;
    // Said before any work, so a user without skopeo knows the push will build it.
    if (buildSkopeo)
        core/* notice */.lm(`skopeo is not on PATH: it will be built from \`${inputs.skopeoFlake}\` for the push (and kept by the cache).`);
    return { inputs, context, push, tags, sources, buildSkopeo, skopeo };
}
function filled(input, fill) {
    try {
        return fill();
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, (0,errors/* errorMessage */.gJ)(error));
    }
}
/**
 * What makes `attest: true` impossible in this run, found before any work:
 * the provenance is for a pushed digest, is signed with the job's OIDC token
 * and is stored with the GitHub token.
 */
function attestProblem(inputs, push, env = process.env) {
    if (!inputs.attest)
        return undefined;
    if (inputs.push === 'false') {
        return new errors/* InputError */.dz('attest', '`attest: true` signs provenance for the pushed image, but `push: false` pushes none; set `push: auto` or `true`, or `attest: false`');
    }
    // `push: auto` that will not push here (a pull request) skips the stage and says why.
    if (!push.push)
        return undefined;
    // @actions/attest reads the job's token claims only from github.com's and
    // GHE.com's issuers (its oidc.ts); on GitHub Enterprise Server it would fail after the push.
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    if (!/^https:\/\/(github\.com|[a-z0-9-]+\.ghe\.com)$/.test(server)) {
        return new errors/* InputError */.dz('attest', `signed provenance is made on github.com and GHE.com, and this job runs on ${server}; set \`attest: false\``);
    }
    if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
        return new errors/* InputError */.dz('attest', '`attest: true` signs with the job\'s OIDC token, and the runner gave this job none (no ACTIONS_ID_TOKEN_REQUEST_URL); add `permissions: id-token: write` and `attestations: write` to the job');
    }
    if (inputs.githubToken === '') {
        return new errors/* InputError */.dz('github-token', '`attest: true` stores the provenance with the GitHub token (`attestations: write`), and `github-token` is empty');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/report.ts
// What the run did, stage by stage: fills the job summary (summary.ts) and
// keeps the commands that reproduce the run locally. Stages fill it through
// RunRecorder's methods only; the summary reads it.
class Report {
    #stages = [];
    #commands = [];
    #notes = [];
    #storePath;
    #image;
    #pushDecision;
    #provenance;
    get stages() {
        return this.#stages;
    }
    get commands() {
        return this.#commands;
    }
    get notes() {
        return this.#notes;
    }
    get storePath() {
        return this.#storePath;
    }
    get image() {
        return this.#image;
    }
    /** Why nothing was pushed, when the push policy said so. */
    get pushDecision() {
        return this.#pushDecision;
    }
    /** The signed build provenance of the pushed digest (`attest: true`). */
    get provenance() {
        return this.#provenance;
    }
    record(record) {
        this.#stages.push(record);
    }
    skip(name, why) {
        this.record({ name, status: 'skipped', seconds: 0, note: why });
    }
    command(line) {
        if (!this.#commands.includes(line))
            this.#commands.push(line);
    }
    built(storePath) {
        this.#storePath = storePath;
    }
    pushed(image) {
        this.#image = image;
    }
    notPushed(reason) {
        this.#pushDecision = reason;
    }
    attested(provenance) {
        this.#provenance = provenance;
    }
    warn(note) {
        this.#notes.push(note);
    }
    /** Records the stages that have no row yet, after a failure stopped the run. */
    skipRest(names, why) {
        for (const name of names) {
            if (!this.#stages.some(row => (row.stage ?? row.name) === name))
                this.skip(name, why);
        }
    }
}

;// CONCATENATED MODULE: ./src/stage.ts
// Runs one stage inside its own log group and records its result and time.


async function runStage(report, name, work, options = {}) {
    const started = options.startedAt ?? Date.now();
    const seconds = () => (Date.now() - started) / 1000;
    const body = async () => {
        try {
            const result = await work();
            const note = options.note ? options.note(result) : typeof result === 'string' ? result : '';
            report.record({ name, status: 'passed', seconds: seconds(), note });
            return result;
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            report.record({ name, status: 'failed', seconds: seconds(), note: message.split('\n')[0] ?? message });
            throw error instanceof errors/* StageError */.Zu ? error : new errors/* StageError */.Zu(name, message);
        }
    };
    return core/* group */.Os(name, body);
}

// EXTERNAL MODULE: ./src/state.ts
var state = __nccwpck_require__(2820);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: every stage's result and time, what was pushed, the store
// path, and the commands that reproduce the run. Written on failure too.

const ICON = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' };
function seconds(value) {
    return value === 0 ? '–' : `${value.toFixed(1)} s`;
}
function summaryMarkdown(report, failure) {
    const escape = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = ['## Nix Flake CI', ''];
    lines.push(failure ? `**Failed:** ${escape(failure.split('\n')[0] ?? failure)}` : '**All stages passed.**', '');
    lines.push('| stage | result | time | details |', '| --- | --- | --- | --- |');
    for (const stage of report.stages) {
        lines.push(`| ${stage.name} | ${ICON[stage.status]} | ${seconds(stage.seconds)} | ${escape(stage.note)} |`);
    }
    lines.push('');
    for (const note of report.notes)
        lines.push(`> ${note}`, '');
    if (report.image) {
        lines.push('### Image', '', `\`${report.image.reference}\``, '');
        if (report.image.platforms)
            lines.push(`A multi-platform image index: ${report.image.platforms}.`, '');
        lines.push('| tag |', '| --- |');
        for (const tag of report.image.tags)
            lines.push(`| \`${tag}\` |`);
        lines.push('');
        if (report.provenance) {
            const { subject, digest, id, url, tlogIndex } = report.provenance;
            const named = id === undefined ? 'stored' : url ? `[attestation ${id}](${url})` : `attestation ${id}`;
            const logged = tlogIndex === undefined ? '' : ` (transparency log index ${tlogIndex})`;
            lines.push('### Provenance', '', `Signed SLSA build provenance for \`${subject}@${digest}\`: ${named}${logged}.`, '');
        }
    }
    else if (report.pushDecision) {
        lines.push(`Not pushed: ${report.pushDecision}.`, '');
    }
    if (report.storePath)
        lines.push('### Store path', '', `\`${report.storePath}\``, '');
    if (report.commands.length > 0) {
        lines.push('### Reproduce locally', '', '```sh', ...report.commands, '```', '');
    }
    return lines.join('\n');
}
async function writeSummary(report, failure) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    await core/* summary */.z.addRaw(summaryMarkdown(report, failure), true).write();
}

// EXTERNAL MODULE: ./src/nix/command.ts
var nix_command = __nccwpck_require__(7996);
// EXTERNAL MODULE: ../main/node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(6413);
;// CONCATENATED MODULE: ./src/access.ts

// Finding a tool on PATH is @actions/io's `which`; this asks the kernel about
// one file, which also covers devices (/dev/kvm) and what `which` never
// looks at (a nix-instantiate beside the nix in use).
/** Whether this process may access `file` in `mode` (fs.constants.X_OK, W_OK…). */
function canAccess(file, mode) {
    try {
        (0,external_node_fs_.accessSync)(file, mode);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/nix/version.ts
var nix_version = __nccwpck_require__(1441);
// EXTERNAL MODULE: ./src/process.ts + 1 modules
var src_process = __nccwpck_require__(3493);
;// CONCATENATED MODULE: ./src/runner/host.ts
// What kind of runner this is: who the job runs as, whether it may become
// root without a password, and whether systemd runs the machine. Probed once;
// the install, trust and KVM steps all decide from it.



// States `systemctl is-system-running` prints when systemd is PID 1; a
// container or chroot with the binary but no systemd says `offline`.
const SYSTEMD_STATES = new Set(['initializing', 'starting', 'running', 'degraded', 'maintenance', 'stopping']);
async function passwordlessSudo() {
    if (!(await (0,io/* which */.K7)('sudo')))
        return false;
    const result = await (0,src_process/* run */.eF)('sudo', ['-n', 'true'], { silent: true });
    return result.exitCode === 0;
}
async function systemctlPath(platform) {
    if (platform !== 'linux')
        return undefined;
    const systemctl = await (0,io/* which */.K7)('systemctl');
    if (!systemctl)
        return undefined;
    const result = await (0,src_process/* run */.eF)(systemctl, ['is-system-running'], { silent: true });
    // Exits non-zero for `degraded` too (common on hosted runners): read the word.
    return SYSTEMD_STATES.has(result.stdout.trim().split(/\s+/)[0] ?? '') ? systemctl : undefined;
}
let probed;
function probeHost() {
    probed ??= (async () => {
        const info = external_node_os_default().userInfo();
        const root = info.uid === 0;
        // Two independent probes: side by side, the start-up waits for the slower only.
        const [systemctl, sudo] = await Promise.all([systemctlPath(process.platform), root ? false : passwordlessSudo()]);
        return {
            platform: process.platform,
            user: process.env['USER'] || info.username,
            root,
            sudo,
            systemd: systemctl !== undefined,
            systemctl
        };
    })();
    return probed;
}
/** Whether the job may change root-owned files (as root, or through passwordless sudo). */
function privileged(host) {
    return host.root || host.sudo;
}

// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __nccwpck_require__(4057);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __nccwpck_require__(3587);
;// CONCATENATED MODULE: ./src/runner/installer.ts
// Fetching the official installer and the binary tarball it installs, each
// through the tool cache (a self-hosted runner downloads a version once) and
// with `attempts` tries. The script is then handed the tarball with its own
// `--tarball-url-prefix` option, so it does not download it again.
//
// What the script (nix/scripts/install.in) does, as read from its source: per
// platform it holds the tarball's sha256 (`hash=`) and its path under a
// binary-cache-style prefix (`path=<hash>/nix-V-SYSTEM.tar.xz`); by default it
// fetches `url=https://releases.nixos.org/…-$system.tar.xz`, and given
// `--tarball-url-prefix P` as its first arguments it fetches `P/<path>` with
// curl (which reads file:// URLs too), checks the sha256, and runs the
// tarball's own `install` with the remaining arguments.






/** Nix's name for this machine's platform. */
function nixSystem(platform, arch) {
    const cpu = arch === 'arm64' ? 'aarch64' : arch === 'x64' ? 'x86_64' : arch;
    return `${cpu}-${platform === 'darwin' ? 'darwin' : 'linux'}`;
}
/** The tarball the script installs on `system`, or undefined when the script is not in the known shape. */
function tarballOf(script, system) {
    // The `case` arm that sets system=<system> holds its hash= and path=.
    const arm = script.split(';;').find(part => new RegExp(`(^|\\s)system=${system.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`).test(`${part}\n`));
    const sha256 = arm && /(?:^|\s)hash=([0-9a-f]{64})\s/.exec(`${arm}\n`)?.[1];
    const prefixPath = arm && /(?:^|\s)path=(\S+\.tar\.xz)\s/.exec(`${arm}\n`)?.[1];
    // The default URL names the platform through `$system` (or `${system}`).
    const urlLine = script
        .split('\n')
        .map(line => line.trim())
        .find(line => /^url=["']?https?:\/\/\S*\$\{?system\}?/.test(line));
    const url = urlLine?.slice('url='.length).replace(/^["']|["']$/g, '');
    if (!sha256 || !prefixPath || !url || prefixPath.includes('..'))
        return undefined;
    return { system, url: url.replace(/\$\{?system\}?/g, system), prefixPath, sha256 };
}
/** Downloads `url` with the tool cache's client, trying again on anything but a 404. */
async function download(url, attempts, what, check) {
    const tc = await __nccwpck_require__.e(/* import() */ 213).then(__nccwpck_require__.bind(__nccwpck_require__, 9213));
    const { result } = await (0,retry/* retry */.L5)(async () => {
        try {
            const file = await tc.downloadTool(url);
            const wrong = check?.(file);
            if (wrong === undefined)
                return { result: file, retryReason: undefined };
            (0,external_node_fs_.rmSync)(file, { force: true });
            return { result: new Error(wrong), retryReason: wrong };
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            // tool-cache already retries 5xx itself; a 404 is final.
            return { result: error, retryReason: /404|Not Found/.test(message) ? undefined : message };
        }
    }, { attempts, onRetry: (attempt, wait, reason) => core/* warning */.$e(`Downloading ${what}: try ${attempt} of ${attempts} failed (${reason}); trying again in ${wait} s.`) });
    if (result instanceof Error)
        throw new Error(`Could not download ${what} from ${url}: ${result.message}`);
    return result;
}
function sha256Of(file) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
}
/** The installer script, from the tool cache or downloaded into it. */
async function installerScript(inputs) {
    const tc = await __nccwpck_require__.e(/* import() */ 213).then(__nccwpck_require__.bind(__nccwpck_require__, 9213));
    // Custom URLs are cached under a hash of the URL so a mirror never shadows
    // the official script of the same version.
    const custom = !inputs.installUrl.startsWith('https://releases.nixos.org/');
    const cacheVersion = custom ? `0.0.0-${(0,external_node_crypto_.createHash)('sha256').update(inputs.installUrl).digest('hex').slice(0, 12)}` : inputs.nixVersion;
    const cachedDir = tc.find('nix-installer', cacheVersion);
    if (cachedDir) {
        core/* info */.pq(`Installer for ${inputs.nixVersion} found in the tool cache`);
        return external_node_path_default().join(cachedDir, 'install');
    }
    core/* info */.pq(`Downloading the Nix installer from ${inputs.installUrl}`);
    let file;
    try {
        file = await download(inputs.installUrl, inputs.attempts, 'the Nix installer');
    }
    catch (error) {
        throw new Error(`${(0,errors/* errorMessage */.gJ)(error)}. Check \`nix-version\` or \`install-url\`.`);
    }
    const dir = await tc.cacheFile(file, 'install', 'nix-installer', cacheVersion);
    return external_node_path_default().join(dir, 'install');
}
/**
 * The binary tarball laid out under a local prefix for `--tarball-url-prefix`
 * (a file:// URL), from the tool cache or downloaded and checked into it.
 */
async function localTarballPrefix(spec, inputs, context) {
    const tc = await __nccwpck_require__.e(/* import() */ 213).then(__nccwpck_require__.bind(__nccwpck_require__, 9213));
    const name = external_node_path_default().basename(spec.prefixPath);
    // Keyed by the tarball's own hash: a mirror's script with other bytes never shares it.
    const cacheVersion = `${inputs.nixVersion.replace(/[^0-9A-Za-z.-]/g, '-')}-h${spec.sha256.slice(0, 16)}`;
    let dir = tc.find('nix-binary-tarball', cacheVersion);
    if (dir) {
        core/* info */.pq(`Nix tarball for ${spec.system} found in the tool cache`);
    }
    else {
        core/* info */.pq(`Downloading the Nix tarball for ${spec.system} from ${spec.url}`);
        const check = (file) => {
            const got = sha256Of(file);
            return got === spec.sha256 ? undefined : `sha256 mismatch: expected ${spec.sha256}, got ${got}`;
        };
        const file = await download(spec.url, inputs.attempts, 'the Nix tarball', check);
        dir = await tc.cacheFile(file, name, 'nix-binary-tarball', cacheVersion);
    }
    const prefix = external_node_path_default().join(context.runnerTemp, 'nix-flake-ci-tarball');
    (0,external_node_fs_.rmSync)(prefix, { recursive: true, force: true });
    const target = external_node_path_default().join(prefix, spec.prefixPath);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
    (0,external_node_fs_.symlinkSync)(external_node_path_default().join(dir, name), target);
    return prefix;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/runner/privileged.ts
// Running a command as root: directly when the job is root, else through
// passwordless sudo. Never a shell; file contents go on stdin (`tee`).





async function runAsRoot(host, command, args, options = {}) {
    if (!privileged(host))
        throw new Error(`\`${command}\` needs root, and the job runs as ${host.user} without passwordless sudo`);
    // -n: fail at once rather than wait for a password nobody types.
    const [bin, argv] = host.root ? [command, args] : ['sudo', ['-n', command, ...args]];
    return (0,src_process/* run */.eF)(bin, argv, { silent: true, input: options.input ?? '', stdoutFile: options.stdoutFile });
}
/** Runs it and throws with what it printed when it fails. */
async function privileged_runAsRootOk(host, command, args, options = {}) {
    const result = await runAsRoot(host, command, args, options);
    if (result.exitCode !== 0)
        throw new Error(`\`${[command, ...args].join(' ')}\` (as root) exited with ${result.exitCode}: ${result.output.trim()}`);
    return result;
}
function statOrUndefined(file) {
    try {
        return (0,external_node_fs_.statSync)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Where a link points (NixOS links /etc/nix/nix.conf), so the link itself stays. */
function realTarget(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return file;
    }
}
/**
 * Replaces a root-owned file's content, keeping its owner and mode: the new
 * content goes into a temp file beside it, which is then renamed over it. A
 * job cancelled mid-way leaves the old file or the new one, never a truncated
 * one (as `tee` in place would: the daemon then starts with no settings).
 * tee copies the content to stdout too: that goes to /dev/null, so a
 * failure's message holds tee's complaint, not the file (the daemon's
 * nix.conf may hold an administrator's access-tokens).
 */
async function privileged_writeAsRoot(host, file, content) {
    const target = realTarget(file);
    const before = statOrUndefined(target);
    const temp = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.nix-flake-ci-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const mode = ((before?.mode ?? 0o644) & 0o7777).toString(8);
    const owner = before ? ['-o', String(before.uid), '-g', String(before.gid)] : [];
    try {
        // Made empty with the final owner and mode first, so the content is never
        // readable by more users than the file's.
        await privileged_runAsRootOk(host, 'install', ['-m', mode, ...owner, '/dev/null', temp]);
        await privileged_runAsRootOk(host, 'tee', [temp], { input: content, stdoutFile: '/dev/null' });
        await privileged_runAsRootOk(host, 'mv', ['-f', temp, target]);
    }
    catch (error) {
        await runAsRoot(host, 'rm', ['-f', temp]).catch(() => undefined);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/runner/daemon.ts
// The nix-daemon of a multi-user Nix: where its socket is, waiting until it
// answers, and restarting it (systemd on Linux, launchd on macOS) so it reads
// a changed nix.conf.





/** Where clients connect; Nix reads the same variable. */
function daemonSocketPath(env = process.env) {
    return env['NIX_DAEMON_SOCKET_PATH'] || `${env['NIX_STATE_DIR'] || '/nix/var/nix'}/daemon-socket/socket`;
}
function answers(socket) {
    return new Promise(resolve => {
        const connection = external_node_net_default().connect(socket);
        connection.once('connect', () => {
            connection.destroy();
            resolve(true);
        });
        connection.once('error', () => resolve(false));
    });
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Resolves once the daemon's socket accepts a connection; throws after `timeoutMs`. */
async function waitForDaemon(timeoutMs = 60_000, socket = daemonSocketPath()) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await answers(socket)) {
            core/* info */.pq(`The nix-daemon answers on ${socket}`);
            return;
        }
        if (Date.now() > deadline) {
            throw new Error(`the nix-daemon did not answer on ${socket} within ${Math.round(timeoutMs / 1000)} s; see \`journalctl -u nix-daemon\` (Linux) or /var/log/nix-daemon.log (macOS)`);
        }
        await sleep(250);
    }
}
// Labels of the launchd job: the official installer's, then Determinate's.
const LAUNCHD_LABELS = ['org.nixos.nix-daemon', 'systems.determinate.nix-daemon'];
/** How this runner restarts the daemon, or why it cannot. */
function restartMethod(host) {
    if (!privileged(host))
        return { cannot: `the job runs as ${host.user} without passwordless sudo` };
    if (host.platform === 'darwin')
        return { how: 'launchctl' };
    if (host.systemctl)
        return { how: 'systemctl' };
    return { cannot: 'no service manager runs the nix-daemon here (systemd is not PID 1), so it cannot be restarted' };
}
/** Restarts the daemon and waits until it answers again. */
async function daemon_restartDaemon(host) {
    const method = restartMethod(host);
    if ('cannot' in method)
        throw new Error(method.cannot);
    if (method.how === 'launchctl') {
        const label = LAUNCHD_LABELS.find(name => (0,external_node_fs_.existsSync)(`/Library/LaunchDaemons/${name}.plist`)) ?? LAUNCHD_LABELS[0];
        // kickstart -k: kill the running instance and start it again.
        await privileged_runAsRootOk(host, 'launchctl', ['kickstart', '-k', `system/${label}`]);
    }
    else {
        await privileged_runAsRootOk(host, host.systemctl ?? 'systemctl', ['restart', 'nix-daemon.service']);
    }
    core/* info */.pq('Restarted the nix-daemon');
    await waitForDaemon();
}

;// CONCATENATED MODULE: ./src/runner/nix-conf.ts
// The marked block the action adds to a nix.conf (the user's: configure;
// the daemon's: trust), and taking it out again so the file ends byte for
// byte as it was. Callers do the reading and writing (the daemon's file as
// root); this decides the contents.

const BLOCK_START = '# >>> nix-flake-ci: added for this job, removed by its post step >>>';
const BLOCK_END = '# <<< nix-flake-ci <<<';
/** The user config file Nix reads first. */
function userNixConfPath(env, home) {
    const files = env['NIX_USER_CONF_FILES'];
    if (files) {
        const first = files.split(':').find(file => file !== '');
        if (first)
            return first;
    }
    const configHome = env['XDG_CONFIG_HOME'] || external_node_path_default().join(home, '.config');
    return external_node_path_default().join(configHome, 'nix', 'nix.conf');
}
function blockLines(options) {
    // `extra-` appends to experimental features set elsewhere (/etc/nix/nix.conf)
    // instead of replacing them.
    const lines = ['extra-experimental-features = nix-command flakes'];
    // `extra-` adds to the user's tokens for other hosts instead of hiding them.
    if (options.token !== '')
        lines.push(`extra-access-tokens = ${options.tokenHost}=${options.token}`);
    const extra = options.extraConf.replace(/\r\n/g, '\n').replace(/\n+$/, '');
    const extraLines = extra === '' ? [] : extra.split('\n');
    // Nix's default builds one derivation at a time; the other installers set
    // `auto` (one job per core). Only when the user's lines do not choose.
    if (!extraLines.some(line => /^\s*max-jobs\s*=/.test(line)))
        lines.push('max-jobs = auto');
    // What this runner needs (no build users, kvm), before the user's lines so theirs win.
    lines.push(...(options.runnerLines ?? []));
    lines.push(...extraLines);
    return lines;
}
/** `original` without the block a runner that died before post left (dropped, not stacked). */
function withoutStaleBlock(original) {
    return removeBlock(original, false) ?? original;
}
function addBlock(original, lines) {
    const addedNewline = original !== '' && !original.endsWith('\n');
    const block = [BLOCK_START, ...lines, BLOCK_END].join('\n') + '\n';
    return { content: original + (addedNewline ? '\n' : '') + block, addedNewline };
}
/** The content with every marked block removed; undefined when there was none. */
function removeBlock(content, addedNewline) {
    const start = content.indexOf(`${BLOCK_START}\n`);
    if (start < 0)
        return undefined;
    const endMarker = `${BLOCK_END}\n`;
    const end = content.indexOf(endMarker, start);
    // A block cut short (the file was edited) is removed to its end.
    const stop = end < 0 ? content.length : end + endMarker.length;
    let before = content.slice(0, start);
    if (addedNewline && before.endsWith('\n'))
        before = before.slice(0, -1);
    const rest = before + content.slice(stop);
    return removeBlock(rest, false) ?? rest;
}
function nix_conf_undoBlock(content, state) {
    const restored = removeBlock(content, state.addedNewline);
    if (restored === undefined)
        return { kind: 'none' };
    if (!state.existed && restored === '')
        return { kind: 'delete' };
    return { kind: 'write', content: restored };
}

;// CONCATENATED MODULE: ./src/runner/user-name.ts
// The job's user name goes into the nix-daemon's `trusted-users` as one word
// of a root-owned file: a space would trust another user, `@x` a whole
// group, a line break add any setting. Only POSIX portable user names pass.
const PORTABLE_USER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** `user`, when it is a portable user name (no leading `-`); throws otherwise, saying why. */
function trustableUserName(user) {
    if (PORTABLE_USER_NAME.test(user))
        return user;
    throw new Error(`The job's user name ${JSON.stringify(user)} (from $USER) is not a portable user name (letters, digits, \`_\`, \`.\`, \`-\`, not starting with \`-\`), ` +
        "so the action will not write it into the nix-daemon's trusted-users. Run the job as a user with such a name, or set `trust-runner-user: false`.");
}

;// CONCATENATED MODULE: ./src/runner/trust.ts
// Whether the nix-daemon trusts the job's user, and making it so. An
// untrusted user's `?trusted=1` substituter (the restored cache) is dropped
// by the daemon with only Nix's own `ignoring untrusted substituter`, and
// every derivation is rebuilt: the user pays for a cache that does nothing.
// With `trust-runner-user: true` the user is added to `trusted-users` in the
// daemon's nix.conf (as root), the daemon restarted, and post puts it back.










/** Reads `nix store info --json` (2.19+): `{"url":"daemon","trusted":true}` (1/0 before 2.2x). */
function parseStoreInfo(json) {
    const info = JSON.parse(json);
    const url = info.url ?? '';
    return { daemon: url === 'daemon' || url.startsWith('unix:'), trusted: info.trusted === true || info.trusted === 1 };
}
/**
 * Older Nix has no `trusted` field: `nix store ping` names the store, and a
 * client that sets a restricted setting is told by the daemon that it is
 * not trusted (daemon.cc: "… because it is a restricted setting and you are
 * not a trusted user"), a warning printed since before 2.4.
 */
function parseStorePing(output) {
    const url = /Store URL:\s*(\S+)/.exec(output)?.[1] ?? '';
    const daemon = url === 'daemon' || url.startsWith('unix:');
    return { daemon, trusted: !/not a trusted user/.test(output) };
}
/**
 * Asks the store who we are to it. This is also the first Nix process of the
 * job to open the store, alone: on a brand-new store it creates the database
 * before check and build start side by side, which could otherwise both try
 * and fail with `SQLite database '…/db.sqlite' is busy` (seen on Nix 2.8).
 */
async function storeTrust(nix) {
    if ((0,nix_version/* atLeast */.jZ)(nix.version, '2.19')) {
        const result = await (0,nix_command/* runNixBin */.kW)(nix, ['store', 'info', '--json', ...nix_command/* NIX_COMMAND */.ge], { silent: true });
        // A build that names itself newer than it is falls through to the old way.
        if (result.exitCode === 0)
            return parseStoreInfo(result.stdout);
    }
    // narinfo-cache-negative-ttl at its default: harmless, but restricted.
    const result = await (0,nix_command/* runNixBin */.kW)(nix, ['store', 'ping', ...nix_command/* NIX_COMMAND */.ge, '--option', 'narinfo-cache-negative-ttl', '3600'], { silent: true });
    if (result.exitCode !== 0)
        throw new Error(`\`nix store ping\` failed: ${result.output.trim()}`);
    return parseStorePing(result.output);
}
/** The daemon's nix.conf; Nix reads NIX_CONF_DIR, and so do we. */
function daemonConfPath(env = process.env) {
    return `${env['NIX_CONF_DIR'] || '/etc/nix'}/nix.conf`;
}
function readOrEmpty(file) {
    try {
        return { content: (0,external_node_fs_.readFileSync)(file, 'utf8'), existed: true };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { content: '', existed: false };
        throw error;
    }
}
function warnUntrusted(user, why, report) {
    const fix = `Let the daemon trust ${user}: \`trust-runner-user: true\` with passwordless sudo, or \`trusted-users = root ${user}\` in /etc/nix/nix.conf ` +
        '(DeterminateSystems/nix-installer-action: its `extra-conf` input) and a daemon restart.';
    const message = `The nix-daemon does not trust ${user} (${why}), so it ignores the restored cache and rebuilds everything. ${fix}`;
    core/* warning */.$e(message, { title: 'Cache not used: untrusted user' });
    report.warn(`⚠️ The cache was not used: the nix-daemon does not trust ${user} (${why}). ${fix}`);
    return { note: `daemon does not trust ${user}: cache not used`, daemon: true, clientSettingsApply: false };
}
/** The daemon's nix.conf lines that trust `user` (checked: it is one word of a root-owned file). */
function trustLines(user) {
    return [`extra-trusted-users = ${trustableUserName(user)}`];
}
async function makeTrusted(host, file) {
    const before = readOrEmpty(file);
    const { content, addedNewline } = addBlock(withoutStaleBlock(before.content), trustLines(host.user));
    // State first: a job killed after the write still gets its post.
    (0,state/* updateState */.$)({ trust: { path: file, existed: before.existed, addedNewline } });
    if (!before.existed)
        await privileged_runAsRootOk(host, 'mkdir', ['-p', file.slice(0, file.lastIndexOf('/')) || '/']);
    await privileged_writeAsRoot(host, file, content);
    core/* info */.pq(`Added ${host.user} to trusted-users in ${file} (taken out again by the post step)`);
    await daemon_restartDaemon(host);
}
async function settleTrust(nix, inputs, host, report) {
    const trust = await storeTrust(nix);
    if (!trust.daemon)
        return { note: 'single-user store', daemon: false, clientSettingsApply: true };
    if (trust.trusted)
        return { note: `the nix-daemon trusts ${host.user}`, daemon: true, clientSettingsApply: true };
    if (!inputs.trustRunnerUser)
        return warnUntrusted(host.user, '`trust-runner-user` is `false`', report);
    const method = restartMethod(host);
    if ('cannot' in method)
        return warnUntrusted(host.user, `it cannot be made to: ${method.cannot}`, report);
    // Refused, not warned about: a name that is not one is not written as root.
    trustableUserName(host.user);
    try {
        await makeTrusted(host, daemonConfPath());
    }
    catch (error) {
        return warnUntrusted(host.user, `making it trusted failed: ${(0,errors/* errorMessage */.gJ)(error)}`, report);
    }
    if (!(await storeTrust(nix)).trusted)
        return warnUntrusted(host.user, 'still untrusted after the restart; another setting overrides trusted-users', report);
    return { note: `made the nix-daemon trust ${host.user}`, daemon: true, clientSettingsApply: true };
}
/** Post: the daemon's nix.conf as it was, and the daemon restarted to read it. */
async function restoreTrust(state, host) {
    const { content } = readOrEmpty(state.path);
    const undo = undoBlock(content, state);
    if (undo.kind === 'none')
        return `no block of this action in ${state.path}`;
    if (undo.kind === 'delete')
        await runAsRootOk(host, 'rm', ['-f', state.path]);
    else
        await writeAsRoot(host, state.path, undo.content);
    await restartDaemon(host);
    return `took ${host.user} out of trusted-users in ${state.path} again`;
}

;// CONCATENATED MODULE: ./src/runner/install-nix.ts
// Running the official installer the way this runner needs:
// - multi-user with the daemon (`--daemon`) on macOS, and on Linux when
//   systemd runs the machine and the job may become root (GitHub's hosted
//   runners), as cachix/install-nix-action and Determinate's installer do:
//   builds then run as the daemon's build users, never as the job's user, so
//   a check cannot read the job's token or environment;
// - single-user (`--no-daemon`) otherwise (containers, self-hosted runners
//   without sudo or systemd); as root, /nix is made here and Nix runs
//   without build users, since containers have neither sudo nor `nixbld`.












/** Multi-user or single-user, and why, for this runner. */
function installMode(host) {
    if (host.platform === 'darwin') {
        if (!privileged(host))
            throw new Error(`Nix on macOS installs multi-user, which needs root; the job runs as ${host.user} without passwordless sudo. Preinstall Nix and set \`install: false\`.`);
        return { daemon: true, why: 'macOS installs are multi-user' };
    }
    if (host.systemd && privileged(host))
        return { daemon: true, why: 'systemd and root access are there' };
    const missing = [host.systemd ? '' : 'systemd is not running', privileged(host) ? '' : 'no passwordless sudo'].filter(Boolean).join(' and ');
    return { daemon: false, why: missing };
}
const NIX_DIR = '/nix';
/** Makes single-user possible before the installer runs; returns the nix.conf lines it needs. */
function prepareSingleUser(host) {
    if (host.root) {
        // The installer would ask sudo (often missing in a container) to make /nix.
        if (!(0,external_node_fs_.existsSync)(NIX_DIR))
            (0,external_node_fs_.mkdirSync)(NIX_DIR, { mode: 0o755 });
        // Root's Nix builds as `nixbld` users by default; containers have none.
        return ['build-users-group ='];
    }
    if (!(0,external_node_fs_.existsSync)(NIX_DIR) && !host.sudo) {
        throw new Error(`${NIX_DIR} does not exist and ${host.user} has no passwordless sudo to create it. Ask an administrator to run \`mkdir -m 0755 /nix && chown ${host.user} /nix\`, or preinstall Nix and set \`install: false\`.`);
    }
    if ((0,external_node_fs_.existsSync)(NIX_DIR) && !canAccess(NIX_DIR, external_node_fs_.constants.W_OK)) {
        throw new Error(`${NIX_DIR} exists but ${host.user} cannot write to it (another user's single-user Nix?). A single-user install needs it owned by ${host.user}; or preinstall Nix and set \`install: false\`.`);
    }
    return [];
}
// Where the official multi-user installer writes the daemon's settings.
const INSTALLED_CONF = '/etc/nix/nix.conf';
/**
 * The daemon ignores a client's substituters (the restored cache) unless it
 * trusts the user: the installer is given the action's marked block trusting
 * the user, recorded at once so post takes it out again as it does when the
 * trust path (runner/trust.ts) adds it to an existing Nix.
 */
function trustConfFile(host, context) {
    const file = external_node_path_default().join(context.runnerTemp, 'nix-flake-ci-install.conf');
    const { content, addedNewline } = addBlock('', trustLines(host.user));
    (0,external_node_fs_.writeFileSync)(file, content);
    (0,state/* updateState */.$)({ trust: { path: INSTALLED_CONF, existed: false, addedNewline } });
    return file;
}
async function installNix(inputs, context, host) {
    const mode = installMode(host);
    core/* info */.pq(`Installing Nix ${inputs.nixVersion} ${mode.daemon ? 'multi-user, with the nix-daemon' : 'single-user, without a daemon'}: ${mode.why}.`);
    const confLines = mode.daemon ? [] : prepareSingleUser(host);
    const script = await installerScript(inputs);
    const spec = tarballOf((0,external_node_fs_.readFileSync)(script, 'utf8'), nixSystem(context.platform, context.arch));
    const args = [script];
    if (spec) {
        args.push('--tarball-url-prefix', `file://${await localTarballPrefix(spec, inputs, context)}`);
    }
    else {
        core/* info */.pq('The installer script is not in the shape this action knows; it downloads its tarball itself (no tool cache, no retries).');
    }
    args.push(mode.daemon ? '--daemon' : '--no-daemon', '--no-channel-add');
    const extra = { NIX_INSTALLER_NO_MODIFY_PROFILE: '1' };
    if (mode.daemon) {
        args.push('--yes');
        if (inputs.trustRunnerUser)
            args.push('--nix-extra-conf-file', trustConfFile(host, context));
    }
    else if (confLines.length > 0) {
        // The installer's own Nix commands need the same settings.
        const base = process.env['NIX_CONFIG'];
        extra['NIX_CONFIG'] = [base, ...confLines].filter(line => line !== undefined && line !== '').join('\n');
    }
    const result = await (0,src_process/* run */.eF)('sh', args, { env: (0,child_env/* childEnvironment */.Q)(process.env, extra) });
    if (result.exitCode !== 0) {
        const tail = result.output.trim().split('\n').slice(-15).join('\n');
        throw new Error(`The Nix installer exited with ${result.exitCode}:\n${tail}\nCheck \`nix-version\`/\`install-url\`, or preinstall Nix and set \`install: false\`.`);
    }
    const dir = mode.daemon ? '/nix/var/nix/profiles/default/bin' : external_node_path_default().join(context.home, '.nix-profile', 'bin');
    const bin = external_node_path_default().join(dir, 'nix');
    if (!(0,external_node_fs_.existsSync)(bin))
        throw new Error(`The Nix installer finished but there is no ${bin}.`);
    core/* addPath */.fM(dir);
    if (mode.daemon)
        await waitForDaemon();
    return { bin, confLines };
}

;// CONCATENATED MODULE: ./src/runner/kvm.ts
// KVM for NixOS VM tests: GitHub's Linux runners have /dev/kvm, but only
// root may open it until a udev rule opens it to everyone (what
// cachix/install-nix-action does: a rule `KERNEL=="kvm", GROUP="kvm",
// MODE="0666", OPTIONS+="static_node=kvm"`, then `udevadm control
// --reload-rules` and `udevadm trigger --name-match=kvm`). Once the job's
// user can open it, `kvm` joins Nix's system features.








const KVM_DEVICE = '/dev/kvm';
const KVM_RULE = '/etc/udev/rules.d/99-nix-flake-ci-kvm.rules';
const RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';
function isCharacterDevice(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isCharacterDevice();
    }
    catch {
        return false;
    }
}
async function openToEveryone(host) {
    (0,state/* updateState */.$)({ kvmRule: KVM_RULE });
    await privileged_writeAsRoot(host, KVM_RULE, RULE);
    await privileged_runAsRootOk(host, 'udevadm', ['control', '--reload-rules']);
    await privileged_runAsRootOk(host, 'udevadm', ['trigger', '--name-match=kvm']);
    // trigger returns before udev has applied the rule.
    await privileged_runAsRootOk(host, 'udevadm', ['settle']);
}
/**
 * The nix.conf lines that turn on `kvm` (none when there is no usable
 * /dev/kvm). `clientSettingsApply`: a daemon ignores an untrusted client's
 * system-features, so the line would only add a warning there.
 */
async function kvmConfLines(inputs, host, clientSettingsApply, device = KVM_DEVICE) {
    if (!inputs.kvm || host.platform !== 'linux' || !isCharacterDevice(device))
        return [];
    if (!canAccess(device, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK)) {
        if (!privileged(host) || !(await (0,io/* which */.K7)('udevadm'))) {
            core/* info */.pq(`${device} exists but ${host.user} cannot open it, and there is ${privileged(host) ? 'no udevadm' : 'no passwordless sudo'} to change that: NixOS VM checks will not find the \`kvm\` system feature.`);
            return [];
        }
        try {
            await openToEveryone(host);
        }
        catch (error) {
            core/* info */.pq(`Could not open ${device} to ${host.user}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        if (!canAccess(device, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK)) {
            core/* info */.pq(`${device} is still closed to ${host.user}: NixOS VM checks will not find the \`kvm\` system feature.`);
            return [];
        }
    }
    if (!clientSettingsApply) {
        core/* info */.pq('KVM is usable, but the nix-daemon ignores system features from an untrusted user.');
        return [];
    }
    core/* info */.pq(`${device} is usable: adding \`kvm\` to Nix's system features`);
    return ['extra-system-features = kvm'];
}

;// CONCATENATED MODULE: ./src/stages/install.ts
// Stage 1: Nix itself. Uses the Nix the runner has (on PATH or in the usual
// profile directories) unless asked otherwise, else runs the official
// installer the way this kind of runner needs (runner/install-nix.ts), waits
// for its daemon, then makes sure the daemon trusts the job's user (runner/trust.ts)
// and that NixOS VM checks can use KVM (runner/kvm.ts).











/** Where the official installers leave `nix`: single-user, then multi-user. */
function profileBinDirs(home) {
    return [external_node_path_default().join(home, '.nix-profile', 'bin'), '/nix/var/nix/profiles/default/bin'];
}
/** `nix` on PATH, else in a profile directory a self-hosted runner's PATH lacks (added to PATH then). */
async function findNix(home) {
    const onPath = await (0,io/* which */.K7)('nix');
    if (onPath)
        return onPath;
    for (const dir of profileBinDirs(home)) {
        const bin = external_node_path_default().join(dir, 'nix');
        if (!canAccess(bin, external_node_fs_.constants.X_OK))
            continue;
        core/* info */.pq(`Found Nix in ${dir}, which is not on PATH; adding it for this and later steps.`);
        core/* addPath */.fM(dir);
        return bin;
    }
    return undefined;
}
/** Whether `version` has flakes and the `nix` command (2.4 and later). */
function hasFlakes(version) {
    return (0,nix_version/* atLeast */.jZ)(version, '2.4');
}
async function nixToUse(inputs, context, host) {
    const existing = await findNix(context.home);
    if (inputs.install === 'false' && !existing) {
        throw new Error(`Nix is not on PATH and \`install\` is \`false\` (nor is it in ${profileBinDirs(context.home).join(' or ')}). Install Nix in an earlier step, or set \`install: auto\`.`);
    }
    if (existing) {
        const version = await (0,nix_command/* nixVersion */.oX)(existing);
        if (inputs.install !== 'true' || version === inputs.nixVersion)
            return { bin: existing, version, installed: false, confLines: [] };
        core/* info */.pq(`Nix ${version} is on PATH; installing ${inputs.nixVersion} as \`install: true\` asks.`);
    }
    const { bin, confLines } = await installNix(inputs, context, await host);
    return { bin, version: await (0,nix_command/* nixVersion */.oX)(bin), installed: true, confLines };
}
async function installStage(inputs, context, report) {
    // Every run needs the host (trust, KVM); its sudo and systemctl probes run
    // while Nix is found and its version read.
    const probing = probeHost();
    // Awaited below; this keeps a failure from being "unhandled" if Nix's lookup throws first.
    probing.catch(() => undefined);
    const found = await nixToUse(inputs, context, probing);
    if (!hasFlakes(found.version)) {
        throw new Error(`Nix ${found.version} (${found.bin}) is too old for flakes, which need Nix 2.4 or newer. ` +
            `Set \`install: true\` to install Nix ${inputs.nixVersion} over it, or upgrade the runner's Nix.`);
    }
    core/* info */.pq(found.installed ? `Installed Nix ${found.version} (${found.bin})` : `Using Nix ${found.version} from ${found.bin}`);
    const host = await probing;
    const nix = { bin: found.bin, version: found.version, commonArgs: [], settings: [] };
    const trust = await settleTrust(nix, inputs, host, report);
    core/* info */.pq(`Store: ${trust.note}`);
    const confLines = [...found.confLines, ...(await kvmConfLines(inputs, host, trust.clientSettingsApply))];
    const what = found.installed ? `installed Nix ${found.version}` : `Nix ${found.version} was already installed (${found.bin})`;
    return { ...found, note: `${what}; ${trust.note}`, confLines, daemon: trust.daemon, user: host.user };
}

;// CONCATENATED MODULE: ./src/runner/untrusted-code.ts
// Events whose checked-out code may be a stranger's (a pull request's flake,
// or a workflow acting on one). On them the flake's `nixConfig` never becomes
// a Nix setting: with `accept-flake-config` it could set a `post-build-hook`,
// run as root by a daemon that trusts the job's user, or a substituter.
const UNTRUSTED_EVENTS = new Set(['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', 'pull_request_review', 'pull_request_review_comment']);
function codeIsUntrusted(eventName) {
    return UNTRUSTED_EVENTS.has(eventName);
}
/**
 * For every Nix command of such a run: a command-line `--option` wins over
 * every nix.conf and NIX_CONFIG, whoever set them (Nix 2.4 and later have
 * the setting; the action needs 2.4 for flakes anyway).
 */
const REFUSE_FLAKE_CONFIG = ['--option', 'accept-flake-config', 'false'];
/** Whether nix.conf text turns `accept-flake-config` on (its last setting wins, as in Nix). */
function acceptsFlakeConfig(conf) {
    let value = false;
    for (const line of conf.split('\n')) {
        const match = /^\s*accept-flake-config\s*=\s*(\S*)\s*(?:#.*)?$/.exec(line);
        if (match)
            value = match[1] === 'true';
    }
    return value;
}

;// CONCATENATED MODULE: ./src/stages/configure.ts
// Stage 2: nix.conf. Flakes on, the GitHub token as access-tokens, the user's
// extra lines, all inside one marked block that post takes out again.







function readIfThere(file) {
    try {
        return { content: (0,external_node_fs_.readFileSync)(file, 'utf8'), mode: (0,external_node_fs_.statSync)(file).mode & 0o7777 };
    }
    catch (error) {
        // Not there (or a path part is a file): the write below says what is wrong.
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { content: '', mode: undefined };
        throw error;
    }
}
/** Where a symlinked nix.conf points (home-manager links one into the store), or undefined. */
function linkTarget(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file).isSymbolicLink() ? (0,external_node_fs_.readlinkSync)(file) : undefined;
    }
    catch {
        return undefined;
    }
}
function cannotWrite(file, error) {
    const code = error.code ?? 'error';
    return new Error(`Could not write ${file} (${code}): ${error.message}. Nix reads the user's settings from there; ` +
        'set XDG_CONFIG_HOME (or NIX_USER_CONF_FILES) in the step\'s env to a writable directory.');
}
function readable(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/**
 * On events whose code is untrusted: the line that keeps `accept-flake-config`
 * off for this block's lifetime (later steps' Nix too; the action's own Nix
 * commands also get `--option`), and a warning naming where it was turned on.
 */
function flakeConfigLines(inputs, context, userFile, userConf) {
    if (!codeIsUntrusted(context.eventName))
        return [];
    const systemFile = daemonConfPath();
    const where = [
        acceptsFlakeConfig(inputs.extraConf) ? '`extra-conf`' : '',
        acceptsFlakeConfig(userConf) ? userFile : '',
        acceptsFlakeConfig(readable(systemFile)) ? systemFile : '',
        acceptsFlakeConfig(process.env['NIX_CONFIG'] ?? '') ? 'NIX_CONFIG' : ''
    ].filter(Boolean);
    if (where.length > 0) {
        core/* warning */.$e(`\`accept-flake-config = true\` (in ${where.join(', ')}) is ignored on \`${context.eventName}\` events: the flake is the pull request's code, and its ` +
            "`nixConfig` could set a `post-build-hook` (run as root by a nix-daemon that trusts the job's user) or a substituter. Put settings the build needs in `extra-conf`.", { title: 'accept-flake-config ignored' });
    }
    return ['accept-flake-config = false'];
}
async function configureStage(inputs, context, runnerLines = []) {
    const file = userNixConfPath(process.env, context.home);
    const before = readIfThere(file);
    const clean = withoutStaleBlock(before.content);
    // After the user's lines: the last setting wins.
    const lines = [...blockLines({ tokenHost: context.serverHost, token: inputs.githubToken, extraConf: inputs.extraConf, runnerLines }), ...flakeConfigLines(inputs, context, file, clean)];
    const { content, addedNewline } = addBlock(clean, lines);
    // A symlink is replaced by a private file for the job and put back by post:
    // writing through it would put the token into a shared or store file.
    const symlink = linkTarget(file);
    // State first: if the job dies right after the write, post still knows the file.
    (0,state/* updateState */.$)({ nixConf: { path: file, existed: before.mode !== undefined, mode: before.mode, addedNewline, symlink } });
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        if (symlink !== undefined)
            (0,external_node_fs_.unlinkSync)(file);
        (0,external_node_fs_.writeFileSync)(file, content, { mode: 0o600 });
        (0,external_node_fs_.chmodSync)(file, 0o600);
    }
    catch (error) {
        throw cannotWrite(file, error);
    }
    if (symlink !== undefined)
        core/* info */.pq(`${file} was a link to ${symlink}; it is a private copy until the post step puts the link back.`);
    const shown = lines.map(line => (line.startsWith('extra-access-tokens') ? `extra-access-tokens = ${context.serverHost}=***` : line));
    core/* info */.pq(`Added to ${file} (mode 0600 while the job runs):\n${shown.map(line => `  ${line}`).join('\n')}`);
    return inputs.githubToken === '' ? 'flakes on, no token' : `flakes on, token for ${context.serverHost}`;
}

// EXTERNAL MODULE: ./src/nix/output.ts
var nix_output = __nccwpck_require__(8152);
;// CONCATENATED MODULE: ./src/nix/flake-ref.ts
// Local flake references (`.`, `./sub`, `path:./sub`, `git+file:///abs`,
// each with an optional `?dir=`) resolved against the workspace.

/** Undefined for a remote flake (`github:…`, `https://…`). */
function localFlake(flake, workspace) {
    const local = /^(?:path:|git\+file:\/\/)?(\.{1,2}(?:\/[^?#]*)?|\/[^?#]*)(?:\?.*)?$/.exec(flake);
    if (!local?.[1])
        return undefined;
    const root = external_node_path_default().resolve(workspace, local[1]);
    const dir = /[?&]dir=([^&#]+)/.exec(flake)?.[1];
    return { root, flakeDir: dir ? external_node_path_default().resolve(root, dir) : root };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Turns what a failed Nix command printed into annotations on the files of the
// repository: evaluation errors at their position, compiler diagnostics in a
// check's log, and one annotation per failed check.




/**
 * Where the flake's `-source` tree lives in the workspace. Nix copies a flake
 * in a git repository from the repository's top, so `sub/flake.nix` keeps its
 * `sub/`; a plain directory flake is copied from the directory itself.
 */
function sourceRoot(flake, workspace) {
    const local = localFlake(flake, workspace);
    if (!local)
        return undefined;
    // `?dir=sub` names the flake's directory inside the source tree; positions
    // Nix prints keep that `sub/`, so the tree's root is the path before it.
    let dir = local.root;
    try {
        dir = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return undefined;
    }
    if (flake.startsWith('path:'))
        return dir;
    for (let at = dir;; at = external_node_path_default().dirname(at)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(at, '.git')))
            return at;
        if (external_node_path_default().dirname(at) === at)
            return dir;
    }
}
function relativeToWorkspace(root, file, workspace) {
    if (!root)
        return undefined;
    return insideWorkspace(external_node_path_default().join(root, file), workspace);
}
/** `file` relative to the workspace, when it is a file inside it. */
function insideWorkspace(file, workspace) {
    const real = (p) => {
        try {
            return (0,external_node_fs_.realpathSync)(p);
        }
        catch {
            return p; // keep as given
        }
    };
    const absolute = real(file);
    const relative = external_node_path_default().relative(real(workspace), absolute);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return (0,external_node_fs_.existsSync)(absolute) ? relative : undefined;
}
/**
 * An evaluation error: one annotation at the innermost position inside the
 * repository, the line the user must edit. Nix names it in the store copy of
 * the flake (`/nix/store/<hash>-source/nix/version.nix`) or, from 2.34, where
 * the checkout lies (`/home/runner/work/r/r/nix/version.nix`).
 */
function evaluationAnnotation(output, summary, root, workspace) {
    for (const position of (0,nix_output/* sourcePositions */.EV)(output)) {
        const file = position.absolute ? insideWorkspace(position.file, workspace) : relativeToWorkspace(root, position.file, workspace);
        if (file)
            return { title: 'Nix evaluation error', message: summary, file, line: position.line, column: position.column };
    }
    return { title: 'Nix evaluation error', message: summary };
}
/** rustc/clippy diagnostics: `error[E0308]: …` followed by `  --> src/main.rs:10:5`. */
function compilerAnnotations(logLines, root, workspace) {
    const found = [];
    logLines.forEach((line, index) => {
        const arrow = /^\s*-->\s+([^\s:]+):(\d+):(\d+)/.exec(line);
        if (!arrow)
            return;
        const heading = logLines
            .slice(Math.max(0, index - 3), index)
            .reverse()
            .find(previous => /^(error|warning)(\[\w+\])?:/.test(previous.trim()));
        if (!heading)
            return;
        const file = relativeToWorkspace(root, arrow[1] ?? '', workspace);
        found.push({
            title: heading.trim().split(':')[0] ?? 'error',
            message: heading.trim(),
            ...(file ? { file, line: Number(arrow[2]), column: Number(arrow[3]) } : {})
        });
    });
    return found.slice(0, 20);
}
/** A failed check: titled with its name, carrying its last log lines. */
function checkAnnotation(name, output, fallback, drvPath) {
    const own = drvPath ? (0,nix_output/* builderLogFor */.vT)(output, drvPath) : [];
    const log = own.length > 0 ? own : (0,nix_output/* builderLogLines */.b$)(output);
    const tail = log.slice(-20).join('\n');
    return { title: `Check ${name} failed`, message: tail !== '' ? tail : fallback };
}

;// CONCATENATED MODULE: ./src/nix/failure.ts
// What a failed Nix run means for the user: annotations on the lines to fix
// (a failed check's compiler errors, an evaluation error's position) and the
// error the failing stage reports. Used by check, named checks and build.




function annotate(annotation) {
    const { message, ...properties } = annotation;
    // A compiler warning in a check's log stays a warning.
    const level = /^warning\b/.test(properties.title) ? core/* warning */.$e : core/* error */.z3;
    level(message, {
        title: properties.title,
        ...(properties.file ? { file: properties.file, startLine: properties.line, startColumn: properties.column } : {})
    });
}
/** Explains a failed Nix run: annotations, and the error for the stage. */
function explainFailure(run, what, names, inputs, context) {
    const { output } = run.result;
    const root = sourceRoot(inputs.flake, context.workspace);
    const summary = (0,nix_output/* errorSummary */.N5)(output);
    const failed = (0,nix_output/* failedDerivations */.sG)(output);
    if (failed.length > 0) {
        const titles = failed.map(drv => {
            const name = names.get(drv) ?? (0,nix_output/* derivationName */.Jt)(drv);
            annotate(checkAnnotation(name, output, summary, drv));
            const log = (0,nix_output/* builderLogFor */.vT)(output, drv);
            for (const annotation of compilerAnnotations(log.length > 0 ? log : (0,nix_output/* builderLogLines */.b$)(output), root, context.workspace))
                annotate(annotation);
            return name;
        });
        const list = titles.join(', ');
        const head = what.endsWith(list) ? `${what} failed.` : `${what} failed: ${list}.`;
        return new Error(`${head}\n${summary}\nThe log above has the full output; reproduce with the commands in the job summary.`);
    }
    if (run.transient)
        return new Error(`${what} failed: ${(0,nix_command/* transientAdvice */.Rq)(run.transient, inputs.attempts)}\n${summary}`);
    // The position is read from the full trace when Nix hid it (see runNix).
    annotate(evaluationAnnotation(run.trace ?? output, summary, root, context.workspace));
    return new Error(`${what} failed (exit code ${run.result.exitCode}): ${summary.replace(/^error:\s*/, '')}`);
}

// EXTERNAL MODULE: ./src/nix/store-path.ts
var store_path = __nccwpck_require__(8702);
// EXTERNAL MODULE: ./src/cache/roots.ts
var roots = __nccwpck_require__(697);
;// CONCATENATED MODULE: ./src/stages/check.ts
// Stage 4: `nix flake check`, in its own log group with its own time and
// result (the named checks, `checks:`, are named-checks.ts).







/**
 * The flake's checks by derivation path, from one evaluation of
 * `checks.<system>`: the roots the cache keeps (`nix flake check` says nothing
 * of what it built) and the titles of annotations when a check failed.
 * Evaluated only when one of those needs it.
 */
async function checksByDrv(nix, flake) {
    const apply = 'checks: builtins.mapAttrs (name: check: check.drvPath or null) checks';
    const args = ['eval', '--json', '--no-update-lock-file', '--no-write-lock-file', `${flake}#checks.${await (0,nix_command/* currentSystem */.tX)(nix)}`, '--apply', apply];
    const result = await (0,nix_command/* runNixBin */.kW)(nix, [...args, ...nix.commonArgs], { silent: true });
    if (result.exitCode !== 0)
        return undefined;
    const names = new Map();
    try {
        // The flake's own strings: only real derivation paths are kept.
        for (const [name, drv] of Object.entries(JSON.parse(result.stdout)))
            if ((0,store_path/* isDerivationPath */.NN)(drv))
                names.set(drv, name);
    }
    catch {
        // Not an attribute set: no checks to keep, titles fall back to derivation names.
    }
    return names;
}
async function flakeCheck(nix, inputs, context, report) {
    const nixRun = await (0,nix_command/* runNix */.dI)(nix, ['flake', 'check', inputs.flake, ...inputs.checkArgs, '--no-update-lock-file'], { attempts: inputs.attempts, report });
    const failed = nixRun.result.exitCode !== 0 && (0,nix_output/* failedDerivations */.sG)(nixRun.result.output).length > 0;
    const checks = (0,roots/* recordingRoots */.zD)() || failed ? await checksByDrv(nix, inputs.flake) : new Map();
    if ((0,roots/* recordingRoots */.zD)()) {
        if (checks)
            (0,roots/* recordRoots */.V8)(checks.keys());
        // Its error is the check stage's to report; here only that the cache lacks the checks.
        else
            core/* info */.pq("Could not list the flake's checks for the cache; it keeps what the other commands recorded.");
    }
    if (nixRun.result.exitCode === 0)
        return 'nix flake check passed';
    throw explainFailure(nixRun, '`nix flake check`', failed && checks ? checks : new Map(), inputs, context);
}
async function checkStage(nix, inputs, context, report) {
    return runStage(report, 'check', () => flakeCheck(nix, inputs, context, report));
}

// EXTERNAL MODULE: ./src/report/log-sink.ts
var log_sink = __nccwpck_require__(4716);
// EXTERNAL MODULE: ./src/report/log-text.ts
var log_text = __nccwpck_require__(8836);
;// CONCATENATED MODULE: ./src/nix/check-output.ts
// Reading what Nix says while it builds the named checks: one evaluation
// (`nix eval --json` of their derivations) and one `nix build --keep-going
// --log-format internal-json` of all of them. Everything here is read by
// meaning (JSON fields, exit codes), so Nix 2.8 to 2.34 read the same.
// What the evaluation returns is the flake author's data: paths are checked
// (store-path.ts) before they become arguments of a command.


/** A Nix string literal (names are checked by inputs.ts; `$` and `\` are escaped anyway). */
function nixString(text) {
    return `"${text.replace(/[\\"$]/g, match => `\\${match}`)}"`;
}
/**
 * The `--apply` function for `nix eval --json <flake>#checks.<system>`: every
 * check's name, and derivation and outputs of the named ones only (a flake's
 * other checks are not instantiated). A check that is not a derivation
 * (a string, a set without `drvPath` or `out`) gives nulls rather than an
 * evaluation error, so the action can say which check it is.
 */
function namedChecksExpression(names) {
    const list = names.map(nixString).join(' ');
    return ('checks: { available = builtins.attrNames checks; named = builtins.listToAttrs (map (name: let check = checks.${name}; ' +
        'isSet = builtins.isAttrs check; wanted = if isSet then check.outputs or [ "out" ] else [ ]; in ' +
        '{ inherit name; value = { drv = if isSet then check.drvPath or null else null; ' +
        'outputs = if builtins.isList wanted then map (output: if builtins.isString output then (check.${output} or null).outPath or null else null) wanted else null; }; }) ' +
        `(builtins.filter (name: checks ? \${name}) [ ${list} ])); }`);
}
/** Why a named check's evaluation is not a derivation, or undefined when it is one. */
function notADerivation(name, drv, outputs) {
    const shown = (value) => (0,log_text/* escapeControl */.hN)(JSON.stringify(value) ?? 'nothing');
    if (!(0,store_path/* isDerivationPath */.NN)(drv))
        return `check \`${name}\` is not a derivation: its drvPath is ${shown(drv)}, not a path ${(0,store_path/* storeDir */.rT)()}/<hash>-<name>.drv.`;
    if (!Array.isArray(outputs) || outputs.length === 0 || !outputs.every(output => (0,store_path/* isStorePath */.zP)(output))) {
        return `check \`${name}\` is not a derivation: its outputs are ${shown(outputs)}, not store paths.`;
    }
    return undefined;
}
/** Reads the JSON printed for {@link namedChecksExpression}. */
function parseNamedChecks(stdout, names) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new Error(`nix eval --json printed something that is not JSON: ${(0,log_text/* escapeControl */.hN)(stdout.slice(0, 200))}`);
    }
    const value = parsed;
    if (!Array.isArray(value.available) || typeof value.named !== 'object' || value.named === null) {
        throw new Error(`nix eval --json did not list the checks: ${(0,log_text/* escapeControl */.hN)(stdout.slice(0, 200))}`);
    }
    const available = value.available.filter((name) => typeof name === 'string').sort();
    const checks = [];
    const unknown = [];
    const refused = [];
    for (const name of names) {
        const found = value.named[name];
        if (!found) {
            unknown.push(name);
            continue;
        }
        const problem = notADerivation(name, found.drv, found.outputs);
        if (problem)
            refused.push(problem);
        else
            checks.push({ name, drv: found.drv, outputs: found.outputs });
    }
    return { available, checks, unknown, refused };
}
/**
 * How `nix build` took a bare `.drv` path: Nix 2.8 builds its outputs
 * (`[{"drvPath": …, "outputs": …}]`, or a failed build); from Nix 2.15 or so
 * the path means the `.drv` file itself and nothing is built (`["/nix/store/….drv"]`),
 * and the outputs are asked for as `<drv>^*`, which Nix 2.8 does not parse.
 */
function bareDerivationBuilt(exitCode, stdout) {
    if (exitCode !== 0)
        return true;
    try {
        const parsed = JSON.parse(stdout);
        return Array.isArray(parsed) && parsed.length > 0 && parsed.every(entry => typeof entry === 'object' && entry !== null && 'outputs' in entry);
    }
    catch {
        return false;
    }
}
// Activity and result types of Nix's internal-json log (src/libutil/logging.hh).
const ACT_BUILD = 105;
const RES_BUILD_LOG_LINE = 101;
const LEVEL_ERROR = 0;
const LEVEL_WARN = 1;
const LEVEL_INFO = 3;
/** Lines kept per derivation: a compiler's log can be larger than the action's memory. */
const MAX_LOG_LINES = 5000;
/** A build's last {@link MAX_LOG_LINES} lines, and how many came before them. */
function lastLines(build) {
    const extra = Math.max(0, build.log.length - MAX_LOG_LINES);
    return { lines: build.log.slice(extra), dropped: build.dropped + extra };
}
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const stripAnsi = (text) => text.replace(ANSI, '');
/**
 * Nix's `--log-format internal-json` stream (`@nix {…}` lines on stderr),
 * read line by line as it arrives: which derivations were built, when each
 * started and stopped, each one's own log lines, and Nix's errors.
 */
class InternalJsonLog {
    builds = new Map();
    /** Error messages (level 0), colours removed, as Nix would print them. */
    errors = [];
    byActivity = new Map();
    /**
     * Takes one line; returns what a person should see of it now (the text
     * Nix prints at its default verbosity), or undefined. Lines that are not
     * Nix's JSON come back unchanged.
     */
    line(text, at) {
        if (!text.startsWith('@nix '))
            return text;
        let event;
        try {
            event = JSON.parse(text.slice(5));
        }
        catch {
            return text;
        }
        switch (event.action) {
            case 'start': {
                const drv = event.fields?.[0];
                if (event.type === ACT_BUILD && typeof drv === 'string' && typeof event.id === 'number') {
                    const build = { drv, startedAt: at, stoppedAt: undefined, log: [], dropped: 0 };
                    this.builds.set(drv, build);
                    this.byActivity.set(event.id, build);
                }
                return event.text && (event.level ?? LEVEL_INFO) <= LEVEL_INFO ? stripAnsi(event.text) : undefined;
            }
            case 'stop': {
                const build = typeof event.id === 'number' ? this.byActivity.get(event.id) : undefined;
                if (build)
                    build.stoppedAt = at;
                return undefined;
            }
            case 'result': {
                const build = typeof event.id === 'number' ? this.byActivity.get(event.id) : undefined;
                const line = event.fields?.[0];
                if (build && event.type === RES_BUILD_LOG_LINE && typeof line === 'string') {
                    build.log.push(stripAnsi(line));
                    // Trimmed in batches: one splice per line would copy the whole window each time.
                    if (build.log.length >= 2 * MAX_LOG_LINES) {
                        build.dropped += build.log.length - MAX_LOG_LINES;
                        build.log.splice(0, build.log.length - MAX_LOG_LINES);
                    }
                }
                return undefined;
            }
            case 'msg': {
                const message = stripAnsi(event.msg ?? '');
                const level = event.level ?? LEVEL_INFO;
                if (level === LEVEL_ERROR)
                    this.errors.push(message);
                // Errors are shown in the failing check's own group; warnings and
                // notes as Nix would print them.
                return level >= LEVEL_WARN && level <= LEVEL_INFO ? message : undefined;
            }
            default:
                return undefined;
        }
    }
    /** Seconds a derivation's build took, 0 when it was not built in this run. */
    seconds(drv) {
        const build = this.builds.get(drv);
        return build?.stoppedAt !== undefined ? (build.stoppedAt - build.startedAt) / 1000 : 0;
    }
}
/**
 * Each check's result after one `nix build --keep-going` of all of them:
 * all passed when Nix exited 0; otherwise a check passed when all its
 * outputs are in the store (`valid`), whatever Nix printed.
 */
function checkOutcomes(checks, exitCode, log, valid) {
    const own = new Set(checks.map(check => check.drv));
    // The other derivations built in this run: when a check did not build
    // itself, the one of them that failed is what it needed.
    const dependencies = [...log.builds.values()].filter(build => !own.has(build.drv));
    return checks.map(check => {
        const passed = exitCode === 0 || (check.outputs.length > 0 && check.outputs.every(output => valid.has(output)));
        const build = log.builds.get(check.drv);
        const failedDependencies = passed || build ? [] : dependencies.filter(dep => log.errors.some(error => error.includes(dep.drv))).map(dep => dep.drv);
        const source = build ?? dependencies.find(dep => dep.drv === failedDependencies[0]);
        // A build that started and stopped within one read of Nix's output
        // took less than we can measure: a millisecond, not "not built" (0).
        const seconds = build ? Math.max(log.seconds(check.drv), 0.001) : 0;
        const { lines, dropped } = source ? lastLines(source) : { lines: [], dropped: 0 };
        return { check, status: passed ? 'passed' : 'failed', built: build !== undefined, seconds, log: lines, logOf: source?.drv, dropped, failedDependencies };
    });
}

;// CONCATENATED MODULE: ./src/stages/named-checks.ts
// The named checks (`checks: fmt, test`): one evaluation of the flake for all
// of them, one `nix build --keep-going` of their derivations, then each check
// in its own log group with its own time, result and annotations.
//
// Building each check by its flake attribute evaluated the flake once per
// check, plus once to find misspelt names: three evaluations for two checks.
// The derivations the evaluation names build with no evaluation at all.











/** Passes Nix's internal-json log to a reader, line by line, and shows what Nix would have shown. */
class InternalJsonSink {
    log;
    partial = '';
    constructor(log) {
        this.log = log;
    }
    write(text) {
        const lines = (this.partial + text).split('\n');
        this.partial = lines.pop() ?? '';
        for (const line of lines) {
            const shown = this.log.line(line, Date.now());
            if (shown !== undefined)
                log_sink/* stdoutSink */.X.write(`${shown}\n`);
        }
    }
    later(action) {
        log_sink/* stdoutSink */.X.later(action);
    }
}
const quoted = (names) => names.map(name => `\`${name}\``).join(', ');
function failStage(report, message) {
    report.record({ name: 'check', status: 'failed', seconds: 0, note: message.split('\n')[0] ?? message });
    throw new errors/* StageError */.Zu('check', message);
}
/** The one evaluation: each named check's derivation, and the names the flake has. */
async function evaluateChecks(nix, inputs, context, report, system) {
    const attr = `${inputs.flake}#checks.${system}`;
    const evaluation = await (0,nix_command/* runNix */.dI)(nix, ['eval', '--json', '--no-update-lock-file', attr, '--apply', namedChecksExpression(inputs.checks)], { attempts: inputs.attempts });
    if (evaluation.result.exitCode !== 0)
        failStage(report, explainFailure(evaluation, `Evaluating ${attr}`, new Map(), inputs, context).message);
    const { available, checks, unknown, refused } = parseNamedChecks(evaluation.result.stdout, inputs.checks);
    // A check that is not a derivation (an option-shaped or multi-line drvPath)
    // could only be passed to Nix as an argument it was never meant to be.
    if (refused.length > 0)
        failStage(report, refused.join('\n'));
    // Said before anything is built, so a misspelt name costs no build.
    if (unknown.length > 0) {
        failStage(report, `\`checks\` names ${quoted(unknown)}, which ${inputs.flake} does not have in checks.${system}; it has ${quoted(available)}.`);
    }
    return checks;
}
/**
 * One build of every check's derivation. A bare `.drv` path builds its
 * outputs on Nix 2.8 and means the file itself on newer Nix, where the
 * outputs are `<drv>^*` (which 2.8 cannot parse): what Nix did with the bare
 * path says which it is.
 */
async function buildChecks(nix, inputs, report, checks, system) {
    // After `--` a path is never an option, whatever it holds (parseNamedChecks checked them too).
    const args = ['build', '--no-link', '--json', '--keep-going', '--log-format', 'internal-json', '--'];
    const reproduce = (0,src_process/* commandLine */.ay)('nix', ['build', '-L', '--keep-going', ...checks.map(check => `${inputs.flake}#checks.${system}.${check.name}`)]);
    let log = new InternalJsonLog();
    let build = await (0,nix_command/* runNix */.dI)(nix, [...args, ...checks.map(check => check.drv)], { attempts: inputs.attempts, report, reproduce, sink: new InternalJsonSink(log) });
    if (!bareDerivationBuilt(build.result.exitCode, build.result.stdout)) {
        log = new InternalJsonLog();
        build = await (0,nix_command/* runNix */.dI)(nix, [...args, ...checks.map(check => `${check.drv}^*`)], { attempts: inputs.attempts, sink: new InternalJsonSink(log) });
    }
    return { log, build };
}
/** Outputs in the store, asked check by check (`nix path-info` fails on any path not there). */
async function validOutputs(nix, checks) {
    const valid = new Set();
    await Promise.all(checks.map(async (check) => {
        if (check.outputs.length === 0)
            return;
        const result = await (0,nix_command/* runNixBin */.kW)(nix, ['path-info', ...nix.commonArgs, '--', ...check.outputs], { silent: true });
        if (result.exitCode === 0)
            for (const output of check.outputs)
                valid.add(output);
    }));
    return valid;
}
/** A check's log comes from the code under test: workflow commands in it stay switched off. */
function printUntrusted(lines) {
    if (lines.length === 0)
        return Promise.resolve();
    return (0,src_process/* withCommandsStopped */.c7)(log_sink/* stdoutSink */.X, async () => log_sink/* stdoutSink */.X.write(`${lines.join('\n')}\n`));
}
async function reportCheck(outcome, log, inputs, context, report) {
    const { check, status, seconds } = outcome;
    let note = 'passed';
    await core/* group */.Os(`check ${check.name}`, async () => {
        if (outcome.dropped > 0)
            core/* info */.pq(`(${outcome.dropped} earlier lines left out; \`nix log ${(0,log_text/* escapeControl */.hN)(outcome.logOf ?? '')}\` has them all)`);
        await printUntrusted(outcome.log);
        if (status === 'passed') {
            // A check whose outputs were already in the store (built by an earlier
            // run, or taken from the cache) took no time of its own.
            note = outcome.built ? 'passed' : 'passed (already built)';
            core/* info */.pq(outcome.built ? `Check ${check.name} passed in ${seconds.toFixed(1)} s.` : `Check ${check.name} passed: it was already built.`);
            return;
        }
        const related = [check.drv, ...outcome.failedDependencies];
        const errors = log.errors.filter(error => related.some(drv => error.includes(drv)));
        await printUntrusted(errors);
        const dependency = outcome.failedDependencies[0];
        note = dependency ? `Check ${check.name} failed: it needs ${(0,nix_output/* derivationName */.Jt)(dependency)}, which failed.` : `Check ${check.name} failed.`;
        const tail = outcome.log.slice(-20).join('\n');
        annotate({ title: `Check ${check.name} failed`, message: tail !== '' ? tail : (0,nix_output/* errorSummary */.N5)(errors.join('\n') || log.errors.join('\n')) });
        for (const annotation of compilerAnnotations(outcome.log, sourceRoot(inputs.flake, context.workspace), context.workspace))
            annotate(annotation);
        // Said in the log, not as another annotation: GitHub shows only the first ten of a step.
        core/* info */.pq((0,log_text/* escapeControl */.hN)(note));
    });
    report.record({ name: `check ${check.name}`, stage: 'check', status, seconds, note });
}
async function namedChecks(nix, inputs, context, report) {
    if (inputs.checkArgs.length > 0) {
        core/* warning */.$e('`check-args` are arguments of `nix flake check`; with `checks` set, the checks are built with `nix build` and they are not used.');
    }
    const system = await (0,nix_command/* currentSystem */.tX)(nix);
    const { checks, log, build } = await core/* group */.Os(`named checks: evaluate and build ${inputs.checks.join(', ')}`, async () => {
        const checks = await evaluateChecks(nix, inputs, context, report, system);
        (0,roots/* recordRoots */.V8)(checks.map(check => check.drv), checks.flatMap(check => check.outputs));
        return { checks, ...(await buildChecks(nix, inputs, report, checks, system)) };
    });
    if (build.result.exitCode !== 0 && build.transient)
        failStage(report, `Building the checks failed: ${(0,nix_command/* transientAdvice */.Rq)(build.transient, inputs.attempts)}`);
    const valid = build.result.exitCode === 0 ? new Set() : await validOutputs(nix, checks);
    const outcomes = checkOutcomes(checks, build.result.exitCode, log, valid);
    for (const outcome of outcomes)
        await reportCheck(outcome, log, inputs, context, report);
    const failed = outcomes.filter(outcome => outcome.status === 'failed').map(outcome => outcome.check.name);
    if (failed.length > 0)
        throw new errors/* StageError */.Zu('check', `${failed.length} of ${checks.length} checks failed: ${failed.join(', ')}`);
    if (build.result.exitCode !== 0)
        throw new errors/* StageError */.Zu('check', unexplained(build, log));
    return `${checks.length} checks passed`;
}
/** Nix failed, yet every check's outputs are there. */
function unexplained(build, log) {
    return `\`nix build\` of the checks failed (exit code ${build.result.exitCode}) though every check's outputs are in the store: ${(0,nix_output/* errorSummary */.N5)(log.errors.join('\n'))}`;
}

;// CONCATENATED MODULE: ./src/stages/build.ts
// Stage 5: `nix build <flake>#<package>`, reporting the store path.
//
// The build starts while the checks run (pipeline.ts): neither changes the
// other's result, and a 2-core runner spends much of a check waiting. Its
// output is held back and shown in its own group once the checks are done.







function installable(inputs) {
    return `${inputs.flake}#${inputs.package}`;
}
function startBuild(nix, inputs, sink, signal) {
    // Recorded for the cache as soon as it is built, even if a check fails.
    return (0,nix_command/* runNix */.dI)(nix, ['build', installable(inputs), '--json', '--no-link', '--no-update-lock-file'], { attempts: inputs.attempts, sink, signal }).then(run => {
        (0,roots/* recordBuildJson */.Ek)(run.result.stdout);
        return run;
    });
}
/** The store path of a finished build, or an error that says what went wrong. */
function finishBuild(nixRun, inputs, context, report) {
    // Recorded here, not at the start, so the commands read in the order a user runs them.
    report.command((0,src_process/* commandLine */.ay)('nix', ['build', installable(inputs)]));
    if (nixRun.result.exitCode !== 0) {
        throw explainFailure(nixRun, `Building \`${installable(inputs)}\``, new Map(), inputs, context);
    }
    const storePath = (0,nix_output/* storePathFromBuildJson */.fn)(nixRun.result.stdout);
    core/* setOutput */.uH('store-path', storePath);
    report.built(storePath);
    core/* info */.pq(`Built ${(0,log_text/* escapeControl */.hN)(storePath)}`);
    return storePath;
}

// EXTERNAL MODULE: ./src/shims/undici.ts
var undici = __nccwpck_require__(9410);
;// CONCATENATED MODULE: ./src/stages/attest.ts
// The attest stage: signed SLSA build provenance for the pushed digest, made
// and stored by @actions/attest exactly as actions/attest-build-provenance
// does (Sigstore signing with the job's OIDC token, then the repository's
// attestations API). The library and the real undici it needs are loaded here
// only, so runs without `attest: true` never pay for them.




/** After the push: attests what it pushed (the digest the registry reported), or says why nothing was. */
async function attestPushed(inputs, pushed, report) {
    if (typeof pushed === 'string')
        return report.skip('attest', `nothing was pushed: ${pushed}`);
    await runStage(report, 'attest', async () => {
        const provenance = await attestStage(inputs, pushed.digest, report);
        return `SLSA provenance of ${pushed.digest.slice(0, 19)}…, attestation ${provenance.id ?? '(no id returned)'}`;
    });
}
async function attestStage(inputs, digest, report) {
    const subject = `${inputs.registry}/${inputs.image}`;
    const [algorithm, hex] = digest.split(':');
    if (algorithm !== 'sha256' || !hex)
        throw new Error(`cannot attest ${digest}: expected a sha256 digest`);
    // @actions/github sends its requests through undici's fetch; the bundle's
    // undici is a stub until this real one is handed to it (shims/undici.ts).
    (0,undici.provideUndici)(await __nccwpck_require__.e(/* import() */ 480).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2480, 19)));
    const { attestProvenance } = await Promise.all(/* import() */[__nccwpck_require__.e(910), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 233));
    core/* info */.pq(`Signing SLSA build provenance for ${subject}@${digest}`);
    const attestation = await attestProvenance({
        subjects: [{ name: subject, digest: { sha256: hex } }],
        token: inputs.githubToken
    }).catch((error) => {
        const message = (0,errors/* errorMessage */.gJ)(error);
        // The image is pushed already; say so, and what the usual cause is.
        const hint = /persist attestation/i.test(message) ? ' (the job\'s token needs `permissions: attestations: write`)' : '';
        throw new Error(`${subject}@${digest} is pushed, but its provenance was not signed and stored: ${message}${hint}`);
    });
    const id = attestation.attestationID === undefined ? undefined : String(attestation.attestationID);
    const server = process.env['GITHUB_SERVER_URL'] || 'https://github.com';
    const repository = process.env['GITHUB_REPOSITORY'];
    const url = id && repository ? `${server}/${repository}/attestations/${id}` : undefined;
    const provenance = { subject, digest, id, url, tlogIndex: attestation.tlogID };
    core/* info */.pq(`Provenance attestation ${id ?? '(no id returned)'}${url ? `: ${url}` : ''}`);
    report.attested(provenance);
    return provenance;
}

;// CONCATENATED MODULE: ./src/runner/build-isolation.ts
// How far a pull request's checks are kept from the job, said where the user
// sees it. With single-user Nix a build runs as the job's own user; without a
// sandbox nothing hides the job's processes from it either: it can read the
// action's environment in /proc (the registry `password`, the runner's
// tokens) and the user's nix.conf (the GitHub token). Only under a
// nix-daemon do builds run as other users (its build users).



/** The `sandbox` value out of `nix config show --json` (`show-config` before 2.20): `{"sandbox": {"value": …}}`. */
function sandboxFromConfigJson(json) {
    const value = JSON.parse(json)['sandbox']?.value;
    return value === true || value === false || value === 'relaxed' ? value : undefined;
}
/** The sandbox setting Nix's commands run with here, or undefined when Nix would not say. */
async function sandboxSetting(nix) {
    // `config show` from 2.20, where `show-config` became its deprecated alias.
    const commands = (0,nix_version/* atLeast */.jZ)(nix.version, '2.20') ? [['config', 'show'], ['show-config']] : [['show-config']];
    for (const command of commands) {
        const result = await (0,nix_command/* runNixBin */.kW)(nix, [...command, '--json', ...nix_command/* NIX_COMMAND */.ge, ...nix.commonArgs], { silent: true });
        if (result.exitCode !== 0)
            continue;
        try {
            return sandboxFromConfigJson(result.stdout);
        }
        catch {
            // Not JSON: try the other spelling.
        }
    }
    return undefined;
}
/** What a build of this run can reach, when that is more than a stranger's code should; undefined when it is isolated. */
function exposure(daemon, sandbox, user) {
    const sandboxed = sandbox === true;
    if (!daemon) {
        return sandboxed
            ? `builds run with single-user Nix, as the job's own user (${user}), separated from the job only by Nix's sandbox`
            : `builds run with single-user Nix and no sandbox, as the job's own user (${user}): a check can read the action's environment (the registry \`password\`, the runner's tokens) in /proc and the GitHub token in nix.conf`;
    }
    if (sandboxed)
        return undefined;
    const setting = sandbox === undefined ? 'an unknown sandbox setting' : `\`sandbox = ${String(sandbox)}\``;
    return `builds run as the nix-daemon's build users with ${setting}: they cannot read the job's environment or its nix.conf, but can read whatever the machine lets any user read, and reach the network`;
}
/** On a run whose code is untrusted: a warning and a summary line when its builds are not isolated from the job. */
async function warnUnisolatedBuilds(nix, daemon, eventName, user, report) {
    const sandbox = await sandboxSetting(nix);
    const what = exposure(daemon, sandbox, user);
    if (what === undefined)
        return;
    const advice = 'Give no secrets to jobs that build untrusted pull requests on this runner, or build them under a nix-daemon with `sandbox = true`.';
    core/* warning */.$e(`This \`${eventName}\` run builds code from a pull request, and ${what}. ${advice}`, { title: 'Pull request builds are not isolated' });
    report.warn(`⚠️ Pull request builds are not isolated: ${what}. ${advice}`);
}

;// CONCATENATED MODULE: ./src/nix/flake-lock.ts
// flake.lock is the contract: what a pull request's flake may fetch is what
// its lock file pins. Pure logic; stages/locked-inputs.ts reads the files.
//
// `--no-update-lock-file` alone is not enough: Nix 2.8 copies an input that
// flake.lock lacks into the store first and only then refuses to write the
// lock. So the inputs flake.nix declares (read by a restricted evaluation,
// without fetching) are compared with the lock before Nix evaluates the flake.
//
// What this does not catch: an input that is in flake.lock but whose URL the
// pull request changed to another remote one. Nix sees the lock no longer
// matches, fetches the new URL, and only then refuses to update the lock; the
// fetch has happened (into the store, as the job's user), though nothing of
// this machine's own files is read that way (local paths are refused below).


/** URL schemes whose inputs are files of this machine. */
const LOCAL_SCHEMES = ['path:', 'file:', 'git+file:', 'hg+file:', 'tarball+file:', 'file+file:'];
/** The path a local reference names (`path:./x?dir=y`, `git+file:///x`, `/x`), or undefined for a remote one. */
function localPathOf(url) {
    if (url.startsWith('/') || url.startsWith('./') || url.startsWith('../') || url === '.' || url === '..')
        return url.replace(/[?#].*$/, '');
    const scheme = LOCAL_SCHEMES.find(prefix => url.startsWith(prefix));
    if (!scheme)
        return undefined;
    const rest = url.slice(scheme.length).replace(/[?#].*$/, '');
    // `file:///x` and `path:///x` carry an (empty) authority; `path:./x` does not.
    const withoutAuthority = rest.startsWith('//') ? rest.replace(/^\/\/[^/]*/, '') : rest;
    try {
        return decodeURIComponent(withoutAuthority);
    }
    catch {
        return withoutAuthority;
    }
}
/** The path an attribute-set reference (`{ type = "path"; path = …; }`, a lock node's `locked`) names, if local. */
function localPathOfAttrs(attrs) {
    if (attrs['type'] === 'path')
        return typeof attrs['path'] === 'string' ? attrs['path'] : '';
    if (typeof attrs['url'] === 'string')
        return localPathOf(attrs['url']);
    return undefined;
}
function isInside(target, roots) {
    const resolved = external_node_path_default().resolve(roots.flakeDir, target);
    return roots.inside.some(root => {
        const relative = external_node_path_default().relative(external_node_path_default().resolve(root), resolved);
        return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
    });
}
const flake_lock_shown = (value) => (0,log_text/* escapeControl */.hN)(JSON.stringify(value) ?? String(value));
function outsideRepository(input, where, reference) {
    return (`flake input \`${(0,log_text/* escapeControl */.hN)(input)}\` ${where} points at files of this machine outside the repository (${flake_lock_shown(reference)}): refused, ` +
        'as it would copy them into the store (and a check could print them). Use a path inside the repository, or a remote input.');
}
/** The declared inputs: `inputs` plus the formal arguments of `outputs`, but `self`. */
function declaredInputs(declared) {
    const names = new Map(Object.entries(declared.inputs));
    for (const name of Object.keys(declared.args))
        if (name !== 'self' && !names.has(name))
            names.set(name, {});
    return names;
}
/** An input that only follows another (`inputs.b.follows = "a"`) is locked by that one. */
function followsOnly(spec) {
    if (typeof spec !== 'object' || spec === null)
        return false;
    const keys = Object.keys(spec).filter(key => key !== 'inputs' && key !== 'flake');
    return keys.length === 1 && keys[0] === 'follows';
}
function parseLock(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error('flake.lock is not JSON: run `nix flake lock` locally and commit flake.lock.');
    }
    if (typeof parsed !== 'object' || parsed === null)
        throw new Error('flake.lock is not a lock file: run `nix flake lock` locally and commit flake.lock.');
    return parsed;
}
/**
 * What is wrong with the flake's inputs, one message each (empty: fine).
 * `lockText` is flake.lock's content, undefined when there is none.
 */
function lockProblems(declared, lockText, roots) {
    const problems = [];
    const inputs = declaredInputs(declared);
    for (const [name, spec] of inputs) {
        if (typeof spec !== 'object' || spec === null)
            continue;
        const attrs = spec;
        const local = localPathOfAttrs(attrs);
        if (local !== undefined && !isInside(local, roots))
            problems.push(outsideRepository(name, 'in flake.nix', attrs['url'] ?? attrs['path'] ?? attrs));
    }
    const lock = lockText === undefined ? undefined : parseLock(lockText);
    const rootInputs = lock?.nodes?.[lock.root ?? 'root']?.inputs ?? {};
    const unpinned = [...inputs].filter(([name, spec]) => !(name in rootInputs) && !followsOnly(spec)).map(([name]) => name);
    for (const name of unpinned) {
        problems.push(`flake input \`${(0,log_text/* escapeControl */.hN)(name)}\` is not pinned by flake.lock${lock ? '' : ' (there is no flake.lock)'}: ` +
            'Nix would fetch it before refusing to update the lock file. Run `nix flake lock` locally and commit flake.lock.');
    }
    for (const [node, entry] of Object.entries(lock?.nodes ?? {})) {
        for (const field of ['original', 'locked']) {
            const attrs = entry?.[field];
            if (typeof attrs !== 'object' || attrs === null)
                continue;
            const local = localPathOfAttrs(attrs);
            if (local !== undefined && !isInside(local, roots))
                problems.push(outsideRepository(node, `(flake.lock, ${field})`, attrs['url'] ?? attrs['path']));
        }
    }
    return problems;
}
/** The restricted evaluation's expression: reads flake.nix's inputs and outputs' arguments, fetching nothing. */
const DECLARED_INPUTS_EXPRESSION = 'let f = import <flake/flake.nix>; in { inputs = f.inputs or { }; args = if f ? outputs && builtins.isFunction f.outputs then builtins.functionArgs f.outputs else { }; }';
/** Reads the JSON printed for {@link DECLARED_INPUTS_EXPRESSION}. */
function parseDeclared(stdout) {
    const parsed = JSON.parse(stdout);
    const asRecord = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
    return { inputs: asRecord(parsed.inputs), args: asRecord(parsed.args) };
}

;// CONCATENATED MODULE: ./src/stages/locked-inputs.ts
// Before check and build evaluate a local flake: every input it declares is
// pinned by flake.lock and none points at this machine's own files (see
// flake-lock.ts for why Nix's `--no-update-lock-file` alone is not enough).









/**
 * flake.nix's declared inputs, by a restricted evaluation: it reads flake.nix
 * (and files beside it) and nothing else, fetches nothing, and a flake.nix that
 * tries to read outside its directory fails here.
 */
async function readDeclared(nix, flakeDir) {
    const args = ['eval', ...nix_command/* NIX_COMMAND */.ge, '--json', '--impure', '--option', 'restrict-eval', 'true', '--option', 'allowed-uris', '', '-I', `flake=${flakeDir}`];
    const result = await (0,nix_command/* runNixBin */.kW)(nix, [...args, '--expr', DECLARED_INPUTS_EXPRESSION], { silent: true });
    if (result.exitCode === 0)
        return parseDeclared(result.stdout);
    // A flake.nix that does not parse (a syntax error, an undefined variable)
    // fails Nix's own evaluation before any input is read: Nix says where, and
    // the check stage annotates it. Anything else (reading outside the flake's
    // directory) is refused here.
    if (!(await parses(nix, external_node_path_default().join(flakeDir, 'flake.nix'))))
        return undefined;
    throw new Error(`Could not read the inputs ${external_node_path_default().join(flakeDir, 'flake.nix')} declares (evaluated without fetching anything): ${(0,log_text/* escapeControl */.hN)(result.output.trim())}`);
}
/**
 * Whether the file parses, told by the exit code of `nix-instantiate --parse`
 * (a link to nix, installed beside it; else the one on PATH). Without one,
 * the file counts as parsing: the restricted evaluation's failure is then refused.
 */
async function parses(nix, file) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(nix.bin), 'nix-instantiate');
    const bin = canAccess(beside, external_node_fs_.constants.X_OK) ? beside : await (0,io/* which */.K7)('nix-instantiate');
    if (!bin)
        return true;
    const result = await (0,src_process/* run */.eF)(bin, ['--parse', '--', file], { silent: true }).catch(() => undefined);
    return result === undefined || result.exitCode === 0;
}
function readLock(flakeDir) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().join(flakeDir, 'flake.lock'), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Throws, saying which input and what to do, when the lock file does not pin what flake.nix declares. */
async function checkLockedInputs(nix, inputs, context) {
    const local = localFlake(inputs.flake, context.workspace);
    if (!local)
        return 'a remote flake: its own flake.lock is used as Nix reads it';
    const declared = await readDeclared(nix, local.flakeDir);
    if (!declared)
        return 'flake.nix does not parse (Nix says where)';
    const problems = lockProblems(declared, readLock(local.flakeDir), { flakeDir: local.flakeDir, inside: [context.workspace, local.root] });
    if (problems.length > 0)
        throw new Error(problems.join('\n'));
    const count = declaredInputs(declared).size;
    return count === 0 ? 'no inputs' : `${count} input(s), all pinned by flake.lock`;
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// The main step: check the inputs (plan/plan.ts), then run the stages in
// order. Each stage is its own module; this file decides which run and in
// what order, and hands each what the earlier ones returned.

















/** Masks the secrets before anything else can print them. */
function maskSecrets() {
    for (const name of ['github-token', 'password', 'cache-signing-key']) {
        const value = core/* getInput */.V4(name);
        if (value !== '')
            core/* setSecret */.Pq(value);
    }
    const user = core/* getInput */.V4('username');
    const password = core/* getInput */.V4('password');
    // skopeo's auth file holds base64(user:password); mask that form too.
    if (password !== '')
        core/* setSecret */.Pq(Buffer.from(`${user}:${password}`).toString('base64'));
}
const STAGES = ['install', 'configure', 'cache restore', 'check', 'build', 'push'];
/** Runs the stages; returns what was pushed, if anything. */
async function stages({ inputs, context, push, tags, sources, buildSkopeo, skopeo: runnerSkopeo }, report) {
    // Said in the summary whatever happens later; a failed push says so itself.
    if (!push.push)
        report.notPushed(push.reason);
    // A combine job (`manifest-from`, nothing to check or build) needs skopeo
    // alone: no Nix to install and no Nix cache to restore, unless skopeo is
    // built. Any other job installs and configures Nix, for later steps too.
    const combineOnly = inputs.manifestFrom.length > 0 && !inputs.check && !inputs.build && !buildSkopeo;
    const nix = combineOnly ? undefined : await prepareNix(inputs, context, push, report);
    if (!nix)
        for (const stage of ['install', 'configure', 'cache restore'])
            report.skip(stage, 'a combine job (`manifest-from`) needs skopeo only');
    if (nix && (inputs.check || inputs.build))
        await lockedInputs(nix, inputs, context, report);
    // Push code (skopeo, image archives) is loaded only by runs that push. The
    // registry login waits for the push stage: no credentials are on disk
    // while the flake's code (checks, build, a stream script) runs.
    let skopeo = runnerSkopeo ?? 'skopeo';
    if (buildSkopeo && nix) {
        skopeo = await runStage(report, 'skopeo', async () => {
            const { provideSkopeo } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2471));
            return provideSkopeo(nix, inputs);
        }, { note: bin => `built from ${inputs.skopeoFlake}: ${bin}` });
    }
    const pushModule = push.push ? await __nccwpck_require__.e(/* import() */ 986).then(__nccwpck_require__.bind(__nccwpck_require__, 986)) : undefined;
    // The build runs alongside the checks; its log waits for them (build.ts).
    const building = inputs.build && nix ? startBuildAlongside(nix, inputs) : undefined;
    try {
        if (inputs.check && nix && inputs.checks.length > 0)
            await namedChecks(nix, inputs, context, report);
        else if (inputs.check && nix)
            await checkStage(nix, inputs, context, report);
        else
            report.skip('check', '`check: false`');
    }
    catch (error) {
        building?.abort.abort();
        await building?.done;
        throw error;
    }
    if (!building) {
        report.skip('build', '`build: false`');
        if (pushModule && sources.length > 0) {
            const { pushIndexStage } = await __nccwpck_require__.e(/* import() */ 42).then(__nccwpck_require__.bind(__nccwpck_require__, 3042));
            return runStage(report, 'push', () => {
                core/* info */.pq(`Combining ${sources.join(', ')} into one image index: ${push.reason}.`);
                return pushIndexStage(skopeo, sources, tags, inputs, context, report);
            }, { note: pushed => `image index of ${sources.length} platforms, ${pushed.references.length} tag(s), ${pushed.digest.slice(0, 19)}…` });
        }
        else {
            // The log says why nothing is pushed, as it does when a build ran.
            core/* info */.pq(`Not pushing: ${push.reason}.`);
            report.skip('push', push.reason);
        }
        return undefined;
    }
    const storePath = await runStage(report, 'build', async () => {
        building.sink.release();
        return finishBuild(await building.done, inputs, context, report);
    }, { startedAt: building.startedAt });
    if (!pushModule) {
        core/* info */.pq(`Not pushing: ${push.reason}.`);
        report.skip('push', push.reason);
        return undefined;
    }
    return runStage(report, 'push', () => {
        core/* info */.pq(`Pushing: ${push.reason}.`);
        return pushModule.pushStage(skopeo, storePath, tags, inputs, context, report);
    }, { note: pushed => `${pushed.references.length} tag(s), ${pushed.digest.slice(0, 19)}…` });
}
/** Install, configure and cache restore: the Nix that check, build and skopeo's build use. */
async function prepareNix(inputs, context, push, report) {
    const installed = await runStage(report, 'install', () => installStage(inputs, context, report), { note: result => result.note });
    const installedNix = {
        bin: installed.bin,
        version: installed.version,
        commonArgs: codeIsUntrusted(context.eventName) ? [...REFUSE_FLAKE_CONFIG] : [],
        settings: []
    };
    (0,state/* updateState */.$)({ nixBin: installed.bin });
    // The install stage's trust check (`nix store info`) was the one Nix process
    // that opened the store: on a brand-new store it created the database alone,
    // before check and build run side by side.
    await runStage(report, 'configure', () => configureStage(inputs, context, installed.confLines));
    // After configure: `extra-conf` may have changed the sandbox.
    if (codeIsUntrusted(context.eventName))
        await warnUnisolatedBuilds(installedNix, installed.daemon, context.eventName, installed.user, report);
    if (!inputs.cache) {
        report.skip('cache restore', '`cache: false`');
        return installedNix;
    }
    const restored = await runStage(report, 'cache restore', async () => {
        const { restoreCache } = await __nccwpck_require__.e(/* import() */ 918).then(__nccwpck_require__.bind(__nccwpck_require__, 8918));
        return restoreCache(installedNix, inputs, context, push.push);
    }, { note: result => result.note });
    // The restored entry, if any, is a substituter of every Nix command from here on.
    return { ...installedNix, settings: restored.settings };
}
/**
 * Before anything evaluates the flake: an input flake.lock does not pin is
 * refused before Nix could fetch it. A failure is the first stage's that
 * would have evaluated the flake; a pass is only a line in the log.
 */
async function lockedInputs(nix, inputs, context, report) {
    const stage = inputs.check ? 'check' : 'build';
    try {
        core/* info */.pq(`Flake inputs: ${await checkLockedInputs(nix, inputs, context)}`);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        report.record({ name: stage, status: 'failed', seconds: 0, note: message.split('\n')[0] ?? message });
        throw new errors/* StageError */.Zu(stage, message);
    }
}
/** Starts the build now; its log is held back until the build stage's group opens. */
function startBuildAlongside(nix, inputs) {
    const sink = new log_sink/* DeferredSink */.R();
    const abort = new AbortController();
    const startedAt = Date.now();
    const done = startBuild(nix, inputs, sink, abort.signal);
    return { sink, abort, startedAt, done };
}
async function runMain() {
    maskSecrets();
    core/* setOutput */.uH('pushed', 'false');
    let planned;
    try {
        planned = await plan();
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
        return;
    }
    const report = new Report();
    let failure;
    try {
        const pushed = await stages(planned, report);
        const notPushed = planned.push.push ? 'the push stage did not run' : planned.push.reason;
        if (planned.inputs.attest)
            await attestPushed(planned.inputs, pushed ?? notPushed, report);
        (0,state/* updateState */.$)({ outcome: 'succeeded' });
    }
    catch (error) {
        (0,state/* updateState */.$)({ outcome: 'failed' });
        const stage = error instanceof errors/* StageError */.Zu ? error.stage : 'setup';
        failure = `The ${stage} stage failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        core/* setFailed */.C1(failure);
        report.skipRest(planned.inputs.attest ? [...STAGES, 'attest'] : STAGES, `the ${stage} stage failed`);
    }
    finally {
        if (planned.inputs.summary)
            await writeSummary(report, failure).catch(error => core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
}

;// CONCATENATED MODULE: ./src/main.ts
// Main step's logic, without side effects at import: run() does the work, so
// the runner's entry (entry/main.ts) and @github/local-action (which imports
// this file and calls its run()) start it the same way.




// The runner cancels a job with SIGINT, then SIGTERM: stop Nix and skopeo and
// leave a mark so post cleans up but does not save a half-written cache.
async function cancel(signal) {
    (0,state/* updateState */.$)({ outcome: 'cancelled' });
    const stopped = await (0,src_process/* stopChildren */.OD)();
    // The signal may have come while a tool's output had workflow commands off.
    (0,src_process/* resumeWorkflowCommands */.Zy)();
    core/* error */.z3(`Cancelled (${signal}); stopped ${stopped} running command(s).`);
    // Exit once the error is out: on macOS a pipe to the runner is written asynchronously.
    process.stdout.write('', () => process.exit(1));
}
async function run() {
    let cancelling = false;
    const onSignal = (signal) => {
        // The runner's SIGTERM follows its SIGINT: one cancellation is enough.
        if (cancelling)
            return;
        cancelling = true;
        void cancel(signal);
    };
    const signals = ['SIGINT', 'SIGTERM'];
    for (const signal of signals)
        process.on(signal, onSignal);
    try {
        await runMain();
    }
    finally {
        // A host that runs post in the same process (local-action) must not have
        // a signal during post mark the finished main as cancelled.
        for (const signal of signals)
            process.off(signal, onSignal);
    }
}


/***/ }),

/***/ 7996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ transientAdvice),
/* harmony export */   dI: () => (/* binding */ runNix),
/* harmony export */   ge: () => (/* binding */ NIX_COMMAND),
/* harmony export */   kW: () => (/* binding */ runNixBin),
/* harmony export */   oX: () => (/* binding */ nixVersion),
/* harmony export */   tX: () => (/* binding */ currentSystem)
/* harmony export */ });
/* unused harmony export withFlags */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4846);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3493);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4057);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8152);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3587);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1441);
/* harmony import */ var _report_log_sink_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4716);
// Running Nix: one place that knows the binary, the flags every command gets,
// and how to try again when a host rate-limits or the network drops.








/**
 * For Nix commands that run while nix.conf lacks the action's block (with
 * `nix-command`): the store check before configure, post's cache save after
 * the block is taken out.
 */
const NIX_COMMAND = ['--extra-experimental-features', 'nix-command'];
/** Runs the Nix binary itself (no retry, no report) with the run's flags' environment. */
function runNixBin(nix, args, options = {}) {
    return (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(nix.bin, args, { ...options, env: (0,_child_env_js__WEBPACK_IMPORTED_MODULE_3__/* .nixEnvironment */ .p)(nix.settings) });
}
/**
 * `args` with `flags` added where Nix still reads options: before a `--`
 * (after which every word is positional, so a value from the flake that
 * starts with `-` is never an option), or at the end.
 */
function withFlags(args, flags) {
    const end = args.indexOf('--');
    return end < 0 ? [...args, ...flags] : [...args.slice(0, end), ...flags, ...args.slice(end)];
}
/**
 * Runs `nix <args>`; a transient failure is tried again, up to `attempts`
 * times, with `--refresh` so Nix does not reuse a cached failure.
 */
async function runNix(nix, args, options) {
    let transient;
    const sink = options.sink ?? _report_log_sink_js__WEBPACK_IMPORTED_MODULE_6__/* .stdoutSink */ .X;
    options.report?.command(options.reproduce ?? (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLine */ .ay)('nix', args));
    const { result, attempts } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .retry */ .L5)(async (attempt) => {
        // Nix retries a failed download itself (5 times, backing off for minutes
        // after a 429 from 2.34 on); one download try per command makes
        // `attempts` the number of tries in all, and the waits the action's own,
        // bounded and said in the log.
        const full = withFlags(args, [...nix.commonArgs, '--option', 'download-attempts', '1', ...(attempt > 1 ? ['--refresh'] : [])]);
        const result = await runNixBin(nix, full, { silent: options.silent ?? false, sink, signal: options.signal });
        transient = result.exitCode === 0 ? undefined : (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .transientFailure */ .RG)(result.output);
        const reason = transient ? `${transient.host ?? 'a host'} ${transient.kind === 'http' ? 'answered' : 'failed:'} ${transient.what}` : undefined;
        return { result, retryReason: reason };
    }, {
        attempts: options.attempts,
        onRetry: (attempt, wait, reason) => sink.later(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s ` +
            `(at most ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .totalWaitSeconds */ .fx)(options.attempts)} s of waiting in all).`))
    });
    const trace = result.exitCode !== 0 && !transient ? await fullTrace(nix, args, result.output, sink, options.signal) : undefined;
    return { result, attempts, transient, ...(trace !== undefined ? { trace } : {}) };
}
/**
 * Nix 2.20+ prints an evaluation error's trace outermost-first and, without
 * `--show-trace`, cuts out the frames between flake.nix and the error: a
 * mistake in a helper file shows only flake.nix's `packages` line. Evaluating
 * again with `--show-trace`, only then, finds the line to annotate and keeps
 * the log as short as Nix made it (a full trace on every run would bury the
 * error under dozens of frames of nixpkgs).
 */
async function fullTrace(nix, args, output, sink, signal) {
    if (!(0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .traceTruncated */ .Qb)(output) || (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .failedDerivations */ .sG)(output).length > 0)
        return undefined;
    sink.later(() => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('Nix cut the trace short; evaluating again with --show-trace to find the line to annotate (output not shown).'));
    const traced = await runNixBin(nix, withFlags(args, [...nix.commonArgs, '--show-trace']), { silent: true, signal });
    return traced.exitCode !== 0 ? traced.output : undefined;
}
/** The message for a command that kept failing on a host; says what helps. */
function transientAdvice(transient, attempts) {
    const host = transient.host ?? 'a download host';
    const failed = transient.kind === 'network' ? 'could not be reached' : 'rate-limited or failed';
    return (`${host} ${failed} (${transient.what}) on ${attempts === 1 ? 'its one try' : `all ${attempts} tries`}. ` +
        'What helps: a `github-token` (raises GitHub rate limits), more `attempts`, a `flake.lock` so inputs are fetched by revision, or trying again later.');
}
/** `x86_64-linux` etc., as Nix sees this machine. */
async function currentSystem(nix) {
    const result = await runNixBin(nix, ['eval', '--impure', '--raw', '--expr', 'builtins.currentSystem'], { silent: true });
    if (result.exitCode !== 0)
        throw new Error(`nix could not name this machine's system: ${result.output.trim()}`);
    return result.stdout.trim();
}
async function nixVersion(bin) {
    try {
        const fromPath = (0,_version_js__WEBPACK_IMPORTED_MODULE_5__/* .versionFromStorePath */ .Fx)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(bin));
        if (fromPath)
            return fromPath;
    }
    catch {
        // fall through to asking nix
    }
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(bin, ['--version'], { silent: true });
    const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_5__/* .versionFromOutput */ .Uw)(result.stdout);
    if (result.exitCode !== 0 || !version)
        throw new Error(`\`${bin} --version\` failed: ${result.output.trim()}`);
    return version;
}


/***/ }),

/***/ 8152:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ sourcePositions),
/* harmony export */   Jt: () => (/* binding */ derivationName),
/* harmony export */   N5: () => (/* binding */ errorSummary),
/* harmony export */   Qb: () => (/* binding */ traceTruncated),
/* harmony export */   RG: () => (/* binding */ transientFailure),
/* harmony export */   b$: () => (/* binding */ builderLogLines),
/* harmony export */   fn: () => (/* binding */ storePathFromBuildJson),
/* harmony export */   sG: () => (/* binding */ failedDerivations),
/* harmony export */   vT: () => (/* binding */ builderLogFor)
/* harmony export */ });
/* unused harmony exports curlErrorCode, hostOf */
/* harmony import */ var _store_path_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8702);
// Reading what Nix prints: store paths, failed derivations, their logs,
// source positions, and whether a failure is worth another try.

/** The first output path of `nix build --json --no-link` (Nix 2.8 has no --print-out-paths). */
function storePathFromBuildJson(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout.trim());
    }
    catch {
        throw new Error(`nix build --json printed something that is not JSON: ${stdout.slice(0, 200)}`);
    }
    const first = Array.isArray(parsed) ? parsed[0] : undefined;
    const outputs = first?.outputs ?? {};
    const path = outputs['out'] ?? Object.values(outputs)[0];
    if (typeof path !== 'string' || !path.startsWith('/')) {
        throw new Error(`nix build --json named no output path: ${stdout.slice(0, 200)}`);
    }
    return path;
}
// Newer Nix says `Cannot build '…'.` both for the derivation whose builder
// failed and for every derivation that depended on it (`Reason: 1 dependency
// failed.`); only the first kind failed by itself.
const FAILED_DRV = [/builder for '(\/[^']+\.drv)' failed/g, /Cannot build '(\/[^']+\.drv)'(?!\.?\s*Reason: \d+ dependenc(?:y|ies) failed)/g];
/** Derivations whose builders failed, in the order Nix reported them. */
function failedDerivations(output) {
    const found = [];
    for (const pattern of FAILED_DRV) {
        for (const match of output.matchAll(pattern)) {
            if (match[1] && !found.includes(match[1]))
                found.push(match[1]);
        }
    }
    return found;
}
/** `check-test` from `/nix/store/<hash>-check-test.drv`. */
function derivationName(drvPath) {
    const base = drvPath.slice(drvPath.lastIndexOf('/') + 1).replace(/\.drv$/, '');
    return base.replace(/^[0-9a-z]{32}-/, '');
}
/** The builder's own lines Nix quotes after `last N log lines:` (the `> ` prefix removed). */
function builderLogLines(output) {
    const lines = [];
    for (const line of output.split('\n')) {
        const match = /^\s*> ?(.*)$/.exec(line);
        if (match)
            lines.push(match[1] ?? '');
    }
    return lines;
}
/**
 * The log lines Nix quoted for one failed derivation: the `> ` block after its
 * `builder for '<drv>' failed` line (several blocks appear with --keep-going).
 */
function builderLogFor(output, drvPath) {
    const lines = output.split('\n');
    const start = lines.findIndex(line => line.includes(`'${drvPath}'`) && /builder for|Cannot build/.test(line));
    if (start < 0)
        return [];
    const block = [];
    for (const line of lines.slice(start + 1)) {
        const quoted = /^\s*> ?(.*)$/.exec(line);
        if (quoted)
            block.push(quoted[1] ?? '');
        else if (block.length > 0 || /^\s*(error:|For full logs)/.test(line))
            break;
    }
    return block;
}
/**
 * The `error: …` message Nix ended with, without its trace. Nix 2.20+ prints a
 * bare `error:`, the trace outermost-first, and the message itself last
 * (indented, `       error: cannot coerce…`); older Nix prints the message
 * first. Either way this is the message and what Nix printed under it.
 */
function errorSummary(output) {
    const lines = output.split('\n');
    const start = lines.findIndex(line => /^error:/.test(line.trim()));
    if (start < 0)
        return lines.filter(line => line.trim() !== '').slice(-5).join('\n');
    const from = lines[start]?.trim() === 'error:' ? innermostMessage(lines, start) : start;
    const indent = /^\s*/.exec(lines[from] ?? '')?.[0].length ?? 0;
    const picked = [];
    for (const line of lines.slice(from, from + 40)) {
        if (/^\s*For full logs, run/.test(line))
            break;
        // The trace under the message (Nix before 2.20, with --show-trace) is for the log, not the summary.
        if (picked.length > 0 && /^\s*…/.test(line))
            break;
        // A later top-level line (another error, Nix's own hints) ends a nested message.
        if (indent > 0 && picked.length > 0 && /^\S/.test(line))
            break;
        picked.push(line.slice(Math.min(indent, /^\s*/.exec(line)?.[0].length ?? 0)).replace(/\s+$/, ''));
    }
    return picked.join('\n').trim();
}
/** Index of the last nested `error: …` line of the trace that starts at `start` (a bare `error:`). */
function innermostMessage(lines, start) {
    let found = start;
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (/^\S/.test(line) && line.trim() !== '')
            break;
        if (/^\s+error: \S/.test(line))
            found = i;
    }
    return found;
}
// `/nix/store/<hash>-source/<file>:L:C` (or under NIX_STORE_DIR), or an
// absolute path outside the store (`/home/runner/work/r/r/flake.nix:7:7`).
// Nix's own files (`<nix/…>`, `«nix-internal»/…`) and other `«…»` sources
// never name a file of the repository.
const POSITION = /(?<![\w«»<>.:/-])(\/[^\s:'"«»<>()]+):(\d+):(\d+)/g;
const STORE_SOURCE = /^[0-9a-z]{32}-source\/(.+)$/;
/**
 * Source positions of an evaluation error, innermost first: where the error
 * was raised, then its callers. Nix up to 2.19 prints them in that order;
 * 2.20+ prints the trace outermost-first and the message (with its own
 * position, if any) last, so that part comes first and the trace is reversed.
 */
function sourcePositions(output, store = (0,_store_path_js__WEBPACK_IMPORTED_MODULE_0__/* .storeDir */ .rT)()) {
    const lines = output.split('\n');
    const start = lines.findIndex(line => /^error:/.test(line.trim()));
    let ordered = lines;
    if (start >= 0 && lines[start]?.trim() === 'error:') {
        const message = innermostMessage(lines, start);
        const trace = lines.slice(start, message);
        ordered = [...lines.slice(message), ...reverseFrames(trace), ...lines.slice(0, start)];
    }
    const found = [];
    for (const match of ordered.join('\n').matchAll(POSITION)) {
        const where = match[1] ?? '';
        const inStore = where.startsWith(`${store}/`) ? STORE_SOURCE.exec(where.slice(store.length + 1)) : null;
        if (where.startsWith(`${store}/`) && !inStore)
            continue;
        const position = { file: inStore ? (inStore[1] ?? '') : where, absolute: !inStore, line: Number(match[2]), column: Number(match[3]) };
        if (!found.some(p => p.file === position.file && p.line === position.line && p.column === position.column))
            found.push(position);
    }
    return found;
}
/** The frames of a 2.20+ trace (each starts with `… while`/`… from`) in reverse order. */
function reverseFrames(trace) {
    const frames = [];
    for (const line of trace) {
        if (/^\s*…/.test(line) || frames.length === 0)
            frames.push([line]);
        else
            frames[frames.length - 1]?.push(line);
    }
    return frames.reverse().flat();
}
/** Nix hid frames of the trace (2.20+): the position to annotate may be among them. */
function traceTruncated(output) {
    return /stack trace truncated; use '--show-trace'/.test(output);
}
// libcurl's error codes that another try may cure, named in our own words: curl
// words them differently from 8.9 on (`Couldn't connect to server` became
// `Could not connect to server`), but Nix prints the code after them, `(7)`.
const TRANSIENT_CURL = {
    5: 'could not resolve the proxy',
    6: 'could not resolve the host',
    7: 'could not connect',
    16: 'HTTP/2 error',
    18: 'transfer cut short',
    28: 'timed out',
    35: 'TLS handshake failed',
    52: 'empty reply',
    55: 'send failed',
    56: 'receive failed',
    92: 'HTTP/2 stream error'
};
// What curl printed before Nix put the code after its words (and what a Nix
// that prints no code would show), by the code it stands for.
const CURL_WORDS = [
    [/Could(?: not|n't) resolve proxy/i, 5],
    [/Could(?: not|n't) resolve host/i, 6],
    [/Could(?: not|n't) connect to server|Connection refused/i, 7],
    [/Transferred a partial file/i, 18],
    [/Timeout was reached|Operation timed out/i, 28],
    [/SSL connect error|TLS connect error/i, 35],
    [/Server returned nothing|Empty reply from server/i, 52],
    [/Failed sending data to the peer/i, 55],
    [/Failure when receiving data from the peer|Connection reset by peer/i, 56]
];
/** The curl error code of a download failure's text: `… (7)`, else by curl's words. */
function curlErrorCode(text) {
    const coded = /\((\d{1,2})\)(?=[\s;)]|$)/.exec(text);
    if (coded)
        return Number(coded[1]);
    return CURL_WORDS.find(([words]) => words.test(text))?.[1];
}
/**
 * A failure another try may cure: a host answering 429 or 5xx, a 403 that
 * says "rate limit" (GitHub's API), or the network (by curl's error code). A
 * builder that failed is never one: that is the code under test speaking.
 */
function transientFailure(output) {
    if (failedDerivations(output).length > 0)
        return undefined;
    // The last try's words: Nix's own retries warn with the same text before.
    const downloads = [...output.matchAll(/unable to download '([^']+)': ([^\n]*)/g)];
    const last = downloads[downloads.length - 1];
    if (last) {
        const host = hostOf(last[1] ?? '');
        const text = last[2] ?? '';
        const status = /^HTTP error (\d{3})/.exec(text);
        // `HTTP error 200 ('OK') (curl error: Transferred a partial file)`: the status was fine, the transfer was not.
        const curlText = status && status[1]?.startsWith('2') ? (/\(curl error: ([^)]*)\)/.exec(text)?.[1] ?? '') : status ? undefined : text;
        if (curlText !== undefined) {
            const code = curlErrorCode(curlText);
            const what = code !== undefined ? TRANSIENT_CURL[code] : undefined;
            return what ? { host, what: `curl error ${code}: ${what}`, kind: 'network' } : undefined;
        }
        const code = Number(status?.[1]);
        const rateLimited = code === 403 && /rate limit/i.test(output);
        if (code === 429 || code >= 500 || rateLimited)
            return { host, what: `HTTP ${code}${rateLimited ? ' (rate limit)' : ''}`, kind: 'http' };
        return undefined;
    }
    if (/API rate limit exceeded|HTTP error 429/i.test(output))
        return { host: undefined, what: 'rate limit', kind: 'http' };
    return undefined;
}
function hostOf(url) {
    try {
        return new URL(url).host || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isDerivationPath),
/* harmony export */   rT: () => (/* binding */ storeDir),
/* harmony export */   zP: () => (/* binding */ isStorePath)
/* harmony export */ });
// What a Nix store path looks like, to tell a path Nix made from a string a
// flake made up (`--post-build-hook`, `.#hook`, a line break): values the
// flake's evaluation returns are used as arguments only when they pass here.
/** Nix's base32 alphabet (no e, o, u, t). */
const HASH = /^[0-9abcdfghijklmnpqrsvwxyz]{32}$/;
/** Characters Nix allows in a store path's name; it may not start with a dot. */
const NAME = /^[A-Za-z0-9+\-_?=][A-Za-z0-9+\-._?=]*$/;
const MAX_NAME = 211;
/** The store directory: `/nix/store`, unless NIX_STORE_DIR says otherwise. */
function storeDir(env = process.env) {
    const dir = env['NIX_STORE_DIR'];
    return dir ? dir.replace(/\/+$/, '') : '/nix/store';
}
/** `<store>/<32 chars of base32>-<name>`, nothing below it. */
function isStorePath(value, store = storeDir()) {
    if (typeof value !== 'string' || !value.startsWith(`${store}/`))
        return false;
    const base = value.slice(store.length + 1);
    const hash = base.slice(0, 32);
    const name = base.slice(33);
    return HASH.test(hash) && base[32] === '-' && name.length <= MAX_NAME && NAME.test(name);
}
/** A store path of a derivation: `<store>/<hash>-<name>.drv`. */
function isDerivationPath(value, store = storeDir()) {
    return isStorePath(value, store) && value.endsWith('.drv') && value.length > store.length + 34 + '.drv'.length;
}


/***/ }),

/***/ 1441:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ versionFromStorePath),
/* harmony export */   Uw: () => (/* binding */ versionFromOutput),
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// Which Nix this is, read from its store path or from `nix --version`, and
// comparisons for the features that differ between releases (detect,
// don't assume; Nix 2.8 to the newest).

/**
 * The version a Nix store path names: the installers link `nix` into
 * `/nix/store/<hash>-nix-2.24.10/bin/nix`, so no process is needed to know it.
 */
function versionFromStorePath(realPath) {
    return /\/nix\/store\/[0-9a-z]{32}-nix-(\d+\.\d+(?:\.\d+)?(?:pre[0-9_a-z]+)?)\//.exec(realPath)?.[1];
}
/**
 * The Nix release in `nix --version`'s first line: `nix (Nix) 2.34.8`, and
 * `nix (Determinate Nix 3.6.2) 2.29.0`, where the Nix release is the last
 * version on the line, not the distribution's own number in parentheses.
 */
function versionFromOutput(stdout) {
    const first = stdout.trim().split('\n')[0] ?? '';
    const outside = first.replace(/\([^)]*\)/g, ' ');
    const versions = [...outside.matchAll(/(\d+\.\d+(?:\.\d+)?(?:pre[0-9_a-z]+|[-+][0-9A-Za-z.]+)?)/g)].map(match => match[1] ?? '');
    return versions[versions.length - 1];
}
/** Whether `version` (`2.26.3`, `2.25.0pre2024…`) is at least `minimum` (`2.19`); a pre-release counts as its release. */
function atLeast(version, minimum) {
    const have = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(version);
    const want = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(minimum);
    return have !== null && want !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().gte(have, want);
}


/***/ }),

/***/ 3493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ay: () => (/* binding */ commandLine),
  Zy: () => (/* binding */ resumeWorkflowCommands),
  eF: () => (/* binding */ run),
  OD: () => (/* binding */ stopChildren),
  c7: () => (/* binding */ withCommandsStopped)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./src/report/log-sink.ts
var log_sink = __nccwpck_require__(4716);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __nccwpck_require__(4057);
// EXTERNAL MODULE: ./src/report/log-text.ts
var log_text = __nccwpck_require__(8836);
;// CONCATENATED MODULE: ./src/process.ts
// Runs a tool without a shell, streams its output into the log as it comes,
// and keeps the tail of it for error messages and annotations.
//
// Our own spawn rather than @actions/exec because cancellation must reach the
// children: exec does not hand out the ChildProcess, and a runner's SIGINT to
// the action would leave a half-done skopeo copy running.







const MAX_KEPT = 1024 * 1024;
const live = new Set();
/** `::stop-commands::` tokens whose resume line is not written yet. */
const stoppedTokens = new Set();
/** Set once the job is cancelled: no new tool starts, and no result of a stopped one is acted on. */
let cancelled = false;
function keepTail(text) {
    return text.length > MAX_KEPT ? text.slice(text.length - MAX_KEPT) : text;
}
/**
 * The command as a shell would take it, on one line: it is printed before
 * workflow commands are switched off, so an argument holding a line break
 * (from the flake) is written in `$'…'` form and can never start a line.
 */
function commandLine(command, args) {
    // `&` ends a command, `?` is a glob (zsh stops on one that matches nothing)
    // and a leading `#` starts a comment, so those are quoted too.
    return [command, ...args].map(shellWord).join(' ');
}
function shellWord(arg) {
    if (/^[\w@%+=:,./-][\w@%+=:,./#-]*$/.test(arg))
        return arg;
    return (0,log_text/* hasControl */.aQ)(arg) ? (0,log_text/* ansiCQuoted */.t5)(arg) : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/**
 * Tool output may come from the code under test (a pull request's check), so
 * workflow commands in it are switched off while it streams.
 */
function withCommandsStopped(sink, work) {
    if (!sink)
        return work();
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    stoppedTokens.add(token);
    sink.write(`::stop-commands::${token}\n`);
    return work().finally(() => {
        stoppedTokens.delete(token);
        sink.write(`::${token}::\n`);
    });
}
/**
 * Switches workflow commands back on wherever a tool's output had switched
 * them off, so that the action's own last words (the cancellation error) are
 * annotations, not text. A resume line for a token the runner never saw is
 * printed as plain text and harms nothing.
 */
function resumeWorkflowCommands() {
    for (const token of stoppedTokens)
        process.stdout.write(`::${token}::\n`);
    stoppedTokens.clear();
}
function run(command, args, options = {}) {
    // After a cancellation nothing new starts; the job is about to exit.
    if (cancelled)
        return new Promise(() => undefined);
    const sink = options.silent ? undefined : (options.sink ?? log_sink/* stdoutSink */.X);
    sink?.write(`[command]${commandLine(command, args)}\n`);
    return withCommandsStopped(sink, () => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], {
            env: options.env ?? (0,child_env/* childEnvironment */.Q)(),
            cwd: options.cwd,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        live.add(child);
        const stop = () => child.kill('SIGTERM');
        options.signal?.addEventListener('abort', stop, { once: true });
        if (options.signal?.aborted)
            stop();
        let output = '';
        let stdout = '';
        const onData = (isStdout) => (chunk) => {
            const text = chunk.toString('utf8');
            sink?.write(text);
            output = keepTail(output + text);
            if (isStdout)
                stdout = keepTail(stdout + text);
        };
        const fileDone = options.stdoutFile ? (0,promises_.pipeline)(child.stdout, (0,external_node_fs_.createWriteStream)(options.stdoutFile, { mode: 0o600 })) : undefined;
        if (!fileDone)
            child.stdout.on('data', onData(true));
        child.stderr.on('data', onData(false));
        child.on('error', error => {
            live.delete(child);
            const code = error.code;
            reject(code === 'ENOENT' ? new Error(`\`${command}\` was not found on PATH`) : error);
        });
        child.on('close', (code, signal) => {
            live.delete(child);
            // A child stopped by the cancellation failed for no reason of its
            // own: leave its caller waiting rather than retry it or report it.
            if (cancelled)
                return;
            options.signal?.removeEventListener('abort', stop);
            if (output !== '' && !output.endsWith('\n'))
                sink?.write('\n');
            const result = { exitCode: code ?? (signal ? 128 + 15 : 1), output, stdout };
            if (fileDone)
                fileDone.then(() => resolve(result), reject);
            else
                resolve(result);
        });
        child.stdin.on('error', () => {
            // The child may exit before reading stdin; its exit code tells the story.
        });
        child.stdin.end(options.input ?? '');
    }));
}
/**
 * Stops every running child when the runner cancels the job: SIGTERM, then
 * SIGKILL for any still there after `graceMs`. Resolves once all have exited,
 * so the action never exits leaving a half-done skopeo copy behind.
 */
async function stopChildren(graceMs = 5000) {
    cancelled = true;
    const children = [...live];
    const exited = children.map(child => child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise(resolve => child.once('exit', () => resolve())));
    for (const child of children)
        child.kill('SIGTERM');
    const kill = setTimeout(() => {
        for (const child of children)
            child.kill('SIGKILL');
    }, graceMs);
    await Promise.all(exited);
    clearTimeout(kill);
    return children.length;
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ skopeoOnPath),
/* harmony export */   provideSkopeo: () => (/* binding */ provideSkopeo)
/* harmony export */ });
/* unused harmony export skopeoFromBuildJson */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4846);
/* harmony import */ var _nix_command_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7996);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6413);
/* harmony import */ var _cache_roots_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(697);
// skopeo, for runs that push: the runner's, or built from `skopeo-flake`
// (macOS runners and many self-hosted ones have none). Checked in the plan,
// before any work; built once, after the cache restore, so it comes from the
// restored cache when an earlier run built it, and, being recorded as built
// by this job (cache/roots.ts), it is in what the cache saves.






/** The runner's skopeo, or undefined when the push needs it built (none on PATH). */
async function skopeoOnPath() {
    return (await (0,_actions_io__WEBPACK_IMPORTED_MODULE_4__/* .which */ .K7)('skopeo')) || undefined;
}
/** The output of `nix build --json` that holds bin/skopeo. */
function skopeoFromBuildJson(json) {
    const built = JSON.parse(json);
    for (const item of built) {
        for (const out of Object.values(item.outputs ?? {})) {
            const bin = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, 'bin', 'skopeo');
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bin))
                return bin;
        }
    }
    return undefined;
}
/** Builds skopeo; returns its path, for the push to run. */
async function provideSkopeo(nix, inputs) {
    const { result } = await (0,_nix_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runNix */ .dI)(nix, ['build', '--no-link', '--json', inputs.skopeoFlake], { attempts: inputs.attempts });
    const tail = result.output.trim().split('\n').slice(-10).join('\n');
    if (result.exitCode !== 0)
        throw new Error(`Building skopeo from \`${inputs.skopeoFlake}\` failed:\n${tail}\nInstall skopeo on the runner, or point \`skopeo-flake\` at a flake output that has bin/skopeo.`);
    (0,_cache_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .recordBuildJson */ .Ek)(result.stdout);
    const bin = skopeoFromBuildJson(result.stdout);
    if (!bin)
        throw new Error(`\`${inputs.skopeoFlake}\` built, but none of its outputs has bin/skopeo. Point \`skopeo-flake\` at skopeo (\`nixpkgs#skopeo\`).`);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Using skopeo from ${bin}`);
    return bin;
}


/***/ }),

/***/ 4716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ DeferredSink),
/* harmony export */   X: () => (/* binding */ stdoutSink)
/* harmony export */ });
const stdoutSink = {
    write: text => void process.stdout.write(text),
    later: action => action()
};
class DeferredSink {
    queue = [];
    write(text) {
        this.later(() => process.stdout.write(text));
    }
    later(action) {
        if (this.queue)
            this.queue.push(action);
        else
            action();
    }
    /** Prints what was held back; from now on everything passes straight through. */
    release() {
        const queued = this.queue ?? [];
        this.queue = undefined;
        for (const action of queued)
            action();
    }
}


/***/ }),

/***/ 8836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aQ: () => (/* binding */ hasControl),
/* harmony export */   hN: () => (/* binding */ escapeControl),
/* harmony export */   t5: () => (/* binding */ ansiCQuoted)
/* harmony export */ });
// Text from the flake or from Nix's output, made safe for one log line: the
// runner reads any line that starts with `::` as a workflow command, so no
// value printed outside a stop-commands block may carry a line break (or a
// carriage return, or a terminal escape that redraws the line).
// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
/**
 * One control character as bash's `$'…'` writes it (`\n`, `\e`, `\x01`). A C1
 * control is written as its two UTF-8 bytes (`\xc2\x85`), not `\u0085`: bash
 * decodes `\u` only in a UTF-8 locale, and a runner's shell may have none.
 */
function escapeOne(char) {
    const named = NAMED[char];
    if (named)
        return named;
    return [...Buffer.from(char, 'utf8')].map(byte => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}
function hasControl(text) {
    return text.search(CONTROL) >= 0;
}
/** `text` with every control character written as an escape; nothing else changes. */
function escapeControl(text) {
    return text.replace(CONTROL, escapeOne);
}
/** A shell word in bash's `$'…'` form, for a value holding control characters. */
function ansiCQuoted(text) {
    return `$'${text.replace(/[\\']/g, match => `\\${match}`).replace(CONTROL, escapeOne)}'`;
}


/***/ }),

/***/ 3587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   fx: () => (/* binding */ totalWaitSeconds)
/* harmony export */ });
/* unused harmony exports MAX_WAIT_SECONDS, backoffSeconds */
/** The first wait when NIX_FLAKE_CI_RETRY_BASE_SECONDS does not set another. */
const DEFAULT_BASE_SECONDS = 5;
// A documented setting (README, Environment variables), not an input: it is
// the runner's business (a self-hosted runner behind a local mirror retries
// sooner), and the tests set it the same way.
function baseSeconds() {
    const text = process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']?.trim() ?? '';
    const value = Number(text);
    return text !== '' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_BASE_SECONDS;
}
/** One wait is at most this long, so a rate-limited job says it failed within minutes, not hours. */
const MAX_WAIT_SECONDS = 60;
function backoffSeconds(attempt) {
    return Math.min(MAX_WAIT_SECONDS, baseSeconds() * 2 ** (attempt - 1));
}
/** The longest a job waits between `attempts` tries in all: 5 + 10 s for the default 3. */
function totalWaitSeconds(attempts, delay = backoffSeconds) {
    let total = 0;
    for (let attempt = 1; attempt < attempts; attempt++)
        total += delay(attempt);
    // Tenths are enough to say, and keep 0.2 + 0.4 from printing as 0.6000000000000001.
    return Math.round(total * 10) / 10;
}
const sleep = (seconds) => new Promise(resolve => setTimeout(resolve, seconds * 1000));
/** Runs `work(attempt)` until it returns a final result or the tries run out; returns the last result. */
async function retry(work, options) {
    const delay = options.delaySeconds ?? backoffSeconds;
    for (let attempt = 1;; attempt++) {
        const { result, retryReason } = await work(attempt);
        if (retryReason === undefined || attempt >= options.attempts)
            return { result, attempts: attempt };
        const wait = delay(attempt);
        options.onRetry?.(attempt, wait, retryReason);
        await sleep(wait);
    }
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   provideUndici: () => (/* binding */ provideUndici)
/* harmony export */ });
let real;
function provideUndici(module) {
    real = module;
}
function loaded() {
    if (!real)
        throw new Error('undici is not loaded in this step of Nix Flake CI: only the attest stage uses it');
    return real;
}
class ProxyAgent {
    constructor(...args) {
        // A constructor may return another object: callers get the real agent.
        return new (loaded().ProxyAgent)(...args);
    }
}
function fetch(...args) {
    return loaded().fetch(...args);
}


/***/ }),

/***/ 2820:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ updateState)
/* harmony export */ });
/* unused harmony export loadState */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4846);
// Everything main hands to post, in one typed record. It never holds a secret:
// post finds the token block by its markers, and the auth file by its path.

const KEY = 'nix-flake-ci';
let current = {};
/** Records `patch` at once, so a main killed mid-way still leaves post what it needs. */
function updateState(patch) {
    // A cancellation is final: work still winding down must not record itself
    // as failed or succeeded, or post would save a half-written cache.
    const outcome = current.outcome === 'cancelled' ? { outcome: current.outcome } : {};
    current = { ...current, ...patch, ...outcome };
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(KEY, JSON.stringify(current));
}
function loadState() {
    const raw = core.getState(KEY);
    if (raw === '')
        return {};
    return JSON.parse(raw);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 4846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fM: () => (/* binding */ addPath),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, endGroup, exportVariable, getBooleanInput, getMultilineInput, getState, markdownSummary, platform, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ../main/node_modules/@actions/http-client/lib/index.js
var lib = __nccwpck_require__(7083);
// EXTERNAL MODULE: ../main/node_modules/@actions/http-client/lib/auth.js
var auth = __nccwpck_require__(3873);
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new lib/* HttpClient */.Qq('actions/oidc-client', [new auth/* BearerCredentialHandler */.tZ(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ../main/node_modules/@actions/exec/lib/exec.js + 2 modules
var lib_exec = __nccwpck_require__(7964);
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../main/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        file_command_issueFileCommand('PATH', inputPath);
    }
    else {
        command_issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 7964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ../main/node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(6413);
// EXTERNAL MODULE: ../main/node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(378);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ../main/node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ../main/node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 3873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 7083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var https__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
var http__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ HttpCodes),
/* harmony export */   Kg: () => (/* binding */ HttpClientError),
/* harmony export */   Qq: () => (/* binding */ HttpClient)
/* harmony export */ });
/* unused harmony exports Headers, MediaTypes, getProxyUrl, HttpClientResponse, isHttps */
/* harmony import */ var http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8611);
/* harmony import */ var https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5692);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2887);
/* harmony import */ var tunnel__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8482);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9410);
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = _proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? /*#__PURE__*/ (https__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (https__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __nccwpck_require__.t(https__WEBPACK_IMPORTED_MODULE_1__, 2))) : /*#__PURE__*/ (http__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (http__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __nccwpck_require__.t(http__WEBPACK_IMPORTED_MODULE_0__, 2)));
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = _proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http__WEBPACK_IMPORTED_MODULE_0__.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttps : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttps : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https__WEBPACK_IMPORTED_MODULE_1__.Agent(options) : new http__WEBPACK_IMPORTED_MODULE_0__.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici__WEBPACK_IMPORTED_MODULE_4__.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ }),

/***/ 378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   YN: () => (/* binding */ symlink),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   h_: () => (/* binding */ readlink),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   m3: () => (/* binding */ copyFile),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports open, rename, rmdir, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 6413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF),
/* harmony export */   cp: () => (/* binding */ cp)
/* harmony export */ });
/* unused harmony exports mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(378);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(dest)) ? yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path__WEBPACK_IMPORTED_MODULE_1__.join(dest, path__WEBPACK_IMPORTED_MODULE_1__.basename(source))
            : dest;
        if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path__WEBPACK_IMPORTED_MODULE_1__.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readdir */ .Cy(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destDir, (yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .stat */ .dJ(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .lstat */ .$1(destFile);
                yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .chmod */ .k6(destFile, '0666');
                    yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .unlink */ .y1(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .readlink */ .h_(srcFile);
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .symlink */ .YN(symlinkFull, destFile, _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 ? 'junction' : null);
        }
        else if (!(yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2(destFile)) || force) {
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .copyFile */ .m3(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6637);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
