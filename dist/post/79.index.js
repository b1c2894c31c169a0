export const id = 79;
export const ids = [79];
export const modules = {

/***/ 8377:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(203)
const parse = __webpack_require__(1105)
const { safeRe: re, t } = __webpack_require__(1295)

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

/***/ 837:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(203)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 9908:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(837)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 5052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ NIX_COMMAND)
/* harmony export */ });
/* unused harmony export runNixBin */
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6013);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4057);
// The Nix binary and running it bare (no retry, no report): light enough for
// the entry point's head start (head-start.ts), which runs before the rest
// of the action loads. command.ts adds retries and the log around it.


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


/***/ }),

/***/ 1441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/* unused harmony exports versionFromStorePath, versionFromOutput, nixVersion */
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8377);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9908);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6013);
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

/***/ 6079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreTrust: () => (/* binding */ restoreTrust)
});

// UNUSED EXPORTS: daemonConfPath, settleTrust, trustLines

// EXTERNAL MODULE: ./src/read-if-there.ts
var read_if_there = __webpack_require__(7902);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/nix/bin.ts
var bin = __webpack_require__(5052);
// EXTERNAL MODULE: ./src/nix/version.ts
var version = __webpack_require__(1441);
;// CONCATENATED MODULE: ./src/runner/store-trust.ts
// Who the job's user is to the Nix store: reached through a daemon or not,
// trusted or not. Asked once at the start of every run that uses Nix (the
// entry point's head start asks it as soon as the version is known).


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
async function store_trust_storeTrust(nix) {
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(2174);
// EXTERNAL MODULE: ./src/runner/nix-conf.ts
var nix_conf = __webpack_require__(4222);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2820);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/runner/host.ts
var runner_host = __webpack_require__(5720);
// EXTERNAL MODULE: ./src/runner/privileged.ts
var privileged = __webpack_require__(4183);
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

;// CONCATENATED MODULE: ./src/runner/trust.ts
// Whether the nix-daemon trusts the job's user, and making it so. An
// untrusted user's `?trusted=1` substituter (the restored cache) is dropped
// by the daemon with only Nix's own `ignoring untrusted substituter`, and
// every derivation is rebuilt: the user pays for a cache that does nothing.
// With `trust-runner-user: true` the user is added to `trusted-users` in the
// daemon's nix.conf (as root), the daemon restarted, and post puts it back.









/** The daemon's nix.conf; Nix reads NIX_CONF_DIR, and so do we. */
function daemonConfPath(env = process.env) {
    return `${env['NIX_CONF_DIR'] || '/etc/nix'}/nix.conf`;
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
    const before = readIfThere(file);
    const { content, addedNewline } = addBlock(withoutStaleBlock(before ?? ''), trustLines(host.user));
    // State first: a job killed after the write still gets its post.
    updateState({ trust: { path: file, existed: before !== undefined, addedNewline } });
    if (before === undefined)
        await runAsRootOk(host, 'mkdir', ['-p', file.slice(0, file.lastIndexOf('/')) || '/']);
    await writeAsRoot(host, file, content);
    core.info(`Added ${host.user} to trusted-users in ${file} (taken out again by the post step)`);
    await restartDaemon(host);
}
/** `asked`: the store's first answer, when the entry point's head start already asked this `nix`. */
async function settleTrust(nix, inputs, host, report, asked) {
    const trust = await (asked ?? storeTrust(nix));
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
    const undo = (0,nix_conf/* undoBlock */.eI)((0,read_if_there/* readIfThere */.q)(state.path) ?? '', state);
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
