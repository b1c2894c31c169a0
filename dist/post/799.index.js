export const id = 799;
export const ids = [799];
export const modules = {

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const parse = __webpack_require__(6353)
const { safeRe: re, t } = __webpack_require__(5471)

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

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ge: () => (/* binding */ NIX_COMMAND)
});

// UNUSED EXPORTS: currentSystem, runNix, runNixBin, transientAdvice, withFlags

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/process.ts + 3 modules
var process = __webpack_require__(5893);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __webpack_require__(5387);
;// CONCATENATED MODULE: ./src/nix/output.ts
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
const FAILED_DRV = (/* unused pure expression or super */ null && ([/builder for '(\/[^']+\.drv)' failed/g, /Cannot build '(\/[^']+\.drv)'(?!\.?\s*Reason: \d+ dependenc(?:y|ies) failed)/g]));
/** Derivations whose builders failed, in the order Nix reported them. */
function output_failedDerivations(output) {
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
 * Nix's error about one derivation: its `builder for '…' failed …` line, or
 * newer Nix's `Cannot build '…'.` and the `Reason: …` line under it.
 */
function failureMessageFor(lines, drvPath) {
    const start = lines.findIndex(line => line.includes(`'${drvPath}'`) && /builder for|Cannot build/.test(line));
    if (start < 0)
        return '';
    const end = lines.findIndex((line, index) => index > start && /^\s*(error:|Output paths:|[Ll]ast \d+ log lines:|For full logs)/.test(line));
    return lines.slice(start, end < 0 ? start + 2 : end).join('\n');
}
/** Each derivation whose builder failed, with Nix's words about it and its log. */
function failedBuilds(output) {
    const lines = output.split('\n');
    return output_failedDerivations(output).map(drv => {
        const own = builderLogFor(output, drv);
        return { drv, message: failureMessageFor(lines, drv), log: own.length > 0 ? own : builderLogLines(output) };
    });
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
        return lines
            .filter(line => line.trim() !== '')
            .slice(-5)
            .join('\n');
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
function sourcePositions(output, store = storeDir()) {
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
function output_traceTruncated(output) {
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
const CURL_WORDS = (/* unused pure expression or super */ null && ([
    [/Could(?: not|n't) resolve proxy/i, 5],
    [/Could(?: not|n't) resolve host/i, 6],
    [/Could(?: not|n't) connect to server|Connection refused/i, 7],
    [/Transferred a partial file/i, 18],
    [/Timeout was reached|Operation timed out/i, 28],
    [/SSL connect error|TLS connect error/i, 35],
    [/Server returned nothing|Empty reply from server/i, 52],
    [/Failed sending data to the peer/i, 55],
    [/Failure when receiving data from the peer|Connection reset by peer/i, 56]
]));
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
function output_transientFailure(output) {
    if (output_failedDerivations(output).length > 0)
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
            return what && code !== undefined ? { host, what: `curl error ${code}: ${what}`, kind: 'network' } : undefined;
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

// EXTERNAL MODULE: ./src/report/log-sink.ts
var log_sink = __webpack_require__(8278);
;// CONCATENATED MODULE: ./src/nix/command.ts
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
    return run(nix.bin, args, { ...options, env: nixEnvironment(nix.settings) });
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
    const sink = options.sink ?? stdoutSink;
    options.report?.command(options.reproduce ?? commandLine('nix', args));
    const { result, attempts } = await retry(async (attempt) => {
        // Nix retries a failed download itself (5 times, backing off for minutes
        // after a 429 from 2.34 on); one download try per command makes
        // `attempts` the number of tries in all, and the waits the action's own,
        // bounded and said in the log.
        const full = withFlags(args, [...nix.commonArgs, '--option', 'download-attempts', '1', ...(attempt > 1 ? ['--refresh'] : [])]);
        const result = await runNixBin(nix, full, { silent: options.silent ?? false, sink, signal: options.signal });
        transient = result.exitCode === 0 ? undefined : transientFailure(result.output);
        const reason = transient ? `${transient.host ?? 'a host'} ${transient.kind === 'http' ? 'answered' : 'failed:'} ${transient.what}` : undefined;
        return { result, retryReason: reason };
    }, {
        attempts: options.attempts,
        onRetry: (attempt, wait, reason) => {
            sink.later(() => {
                core.warning(`Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s ` +
                    `(at most ${totalWaitSeconds(options.attempts)} s of waiting in all).`);
            });
        }
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
    if (!traceTruncated(output) || failedDerivations(output).length > 0)
        return undefined;
    sink.later(() => {
        core.info('Nix cut the trace short; evaluating again with --show-trace to find the line to annotate (output not shown).');
    });
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


/***/ }),

/***/ 8547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/* unused harmony exports versionFromStorePath, versionFromOutput, nixVersion */
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5385);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5893);
// Which Nix this is, read from its store path or from `nix --version`, and
// comparisons for the features that differ between releases (detect,
// don't assume; Nix 2.8 to the newest).
// semver's functions, not its index (which builds every class and range table at start-up).




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
    const have = semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(version);
    const want = semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(minimum);
    return have !== null && want !== null && semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default()(have, want);
}
/** The release of the Nix at `bin`: from its store path when it is in one, else from `bin --version`. */
async function nixVersion(bin) {
    try {
        const fromPath = versionFromStorePath(realpathSync(bin));
        if (fromPath)
            return fromPath;
    }
    catch {
        // fall through to asking nix
    }
    const result = await run(bin, ['--version'], { silent: true });
    const version = versionFromOutput(result.stdout);
    if (result.exitCode !== 0 || !version)
        throw new Error(`\`${bin} --version\` failed: ${result.output.trim()}`);
    return version;
}


/***/ }),

/***/ 4799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreTrust: () => (/* binding */ restoreTrust)
});

// UNUSED EXPORTS: daemonConfPath, parseStoreInfo, parseStorePing, settleTrust, storeTrust, trustLines

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/nix/command.ts + 1 modules
var command = __webpack_require__(274);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/runner/nix-conf.ts
var nix_conf = __webpack_require__(7244);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/runner/host.ts
var runner_host = __webpack_require__(2154);
// EXTERNAL MODULE: ./src/runner/privileged.ts
var privileged = __webpack_require__(6989);
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
        connection.once('error', () => {
            resolve(false);
        });
    });
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Resolves once the daemon's socket accepts a connection; throws after `timeoutMs`. */
async function waitForDaemon(timeoutMs = 60_000, socket = daemonSocketPath()) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await answers(socket)) {
            lib_core/* info */.pq(`The nix-daemon answers on ${socket}`);
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
function daemon_restartMethod(host) {
    if (!(0,runner_host/* privileged */.w)(host))
        return { cannot: `the job runs as ${host.user} without passwordless sudo` };
    if (host.platform === 'darwin')
        return { how: 'launchctl' };
    if (host.systemctl)
        return { how: 'systemctl' };
    return { cannot: 'no service manager runs the nix-daemon here (systemd is not PID 1), so it cannot be restarted' };
}
/** Restarts the daemon and waits until it answers again. */
async function daemon_restartDaemon(host) {
    const method = daemon_restartMethod(host);
    if ('cannot' in method)
        throw new Error(method.cannot);
    if (method.how === 'launchctl') {
        const label = LAUNCHD_LABELS.find(name => (0,external_node_fs_.existsSync)(`/Library/LaunchDaemons/${name}.plist`)) ?? LAUNCHD_LABELS[0];
        // kickstart -k: kill the running instance and start it again.
        await (0,privileged/* runAsRootOk */.Ih)(host, 'launchctl', ['kickstart', '-k', `system/${label}`]);
    }
    else {
        await (0,privileged/* runAsRootOk */.Ih)(host, host.systemctl ?? 'systemctl', ['restart', 'nix-daemon.service']);
    }
    lib_core/* info */.pq('Restarted the nix-daemon');
    await waitForDaemon();
}

// EXTERNAL MODULE: ./src/nix/version.ts
var version = __webpack_require__(8547);
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
    if (atLeast(nix.version, '2.19')) {
        const result = await runNixBin(nix, ['store', 'info', '--json', ...NIX_COMMAND], { silent: true });
        // A build that names itself newer than it is falls through to the old way.
        if (result.exitCode === 0)
            return parseStoreInfo(result.stdout);
    }
    // narinfo-cache-negative-ttl at its default: harmless, but restricted.
    const result = await runNixBin(nix, ['store', 'ping', ...NIX_COMMAND, '--option', 'narinfo-cache-negative-ttl', '3600'], { silent: true });
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
    core.warning(message, { title: 'Cache not used: untrusted user' });
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
    updateState({ trust: { path: file, existed: before.existed, addedNewline } });
    if (!before.existed)
        await runAsRootOk(host, 'mkdir', ['-p', file.slice(0, file.lastIndexOf('/')) || '/']);
    await writeAsRoot(host, file, content);
    core.info(`Added ${host.user} to trusted-users in ${file} (taken out again by the post step)`);
    await restartDaemon(host);
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
        return warnUntrusted(host.user, `making it trusted failed: ${errorMessage(error)}`, report);
    }
    if (!(await storeTrust(nix)).trusted)
        return warnUntrusted(host.user, 'still untrusted after the restart; another setting overrides trusted-users', report);
    return { note: `made the nix-daemon trust ${host.user}`, daemon: true, clientSettingsApply: true };
}
/** Post: the daemon's nix.conf as it was, and the daemon restarted to read it. */
async function restoreTrust(state, host) {
    const { content } = readOrEmpty(state.path);
    const undo = (0,nix_conf/* undoBlock */.eI)(content, state);
    if (undo.kind === 'none')
        return `no block of this action in ${state.path}`;
    if (undo.kind === 'delete')
        await (0,privileged/* runAsRootOk */.Ih)(host, 'rm', ['-f', state.path]);
    else
        await (0,privileged/* writeAsRoot */.iY)(host, state.path, undo.content);
    await daemon_restartDaemon(host);
    return `took ${host.user} out of trusted-users in ${state.path} again`;
}


/***/ })

};
