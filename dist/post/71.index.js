export const id = 71;
export const ids = [71];
export const modules = {

/***/ 5071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreTrust: () => (/* binding */ restoreTrust)
});

// UNUSED EXPORTS: daemonConfPath, parseStoreInfo, parseStorePing, settleTrust, storeTrust

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/process.ts + 4 modules
var src_process = __webpack_require__(239);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/nix-conf.ts
var nix_conf = __webpack_require__(3311);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/runner/host.ts + 1 modules
var runner_host = __webpack_require__(7577);
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

;// CONCATENATED MODULE: ./src/trust.ts
// Whether the nix-daemon trusts the job's user, and making it so. An
// untrusted user's `?trusted=1` substituter (the restored cache) is dropped
// by the daemon with only Nix's own `ignoring untrusted substituter`, and
// every derivation is rebuilt: the user pays for a cache that does nothing.
// With `trust-runner-user: true` the user is added to `trusted-users` in the
// daemon's nix.conf (as root), the daemon restarted, and post puts it back.









const FEATURES = (/* unused pure expression or super */ null && (['--extra-experimental-features', 'nix-command']));
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
        const result = await run(nix.bin, ['store', 'info', '--json', ...FEATURES], { silent: true });
        // A build that names itself newer than it is falls through to the old way.
        if (result.exitCode === 0)
            return parseStoreInfo(result.stdout);
    }
    // narinfo-cache-negative-ttl at its default: harmless, but restricted.
    const result = await run(nix.bin, ['store', 'ping', ...FEATURES, '--option', 'narinfo-cache-negative-ttl', '3600'], { silent: true });
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
    report.notes.push(`⚠️ The cache was not used: the nix-daemon does not trust ${user} (${why}). ${fix}`);
    return { note: `daemon does not trust ${user}: cache not used`, clientSettingsApply: false };
}
async function makeTrusted(host, file) {
    const before = readOrEmpty(file);
    const { content, addedNewline } = addBlock(removeBlock(before.content, false) ?? before.content, [`extra-trusted-users = ${host.user}`]);
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
        return { note: 'single-user store', clientSettingsApply: true };
    if (trust.trusted)
        return { note: `the nix-daemon trusts ${host.user}`, clientSettingsApply: true };
    if (!inputs.trustRunnerUser)
        return warnUntrusted(host.user, '`trust-runner-user` is `false`', report);
    const method = restartMethod(host);
    if ('cannot' in method)
        return warnUntrusted(host.user, `it cannot be made to: ${method.cannot}`, report);
    try {
        await makeTrusted(host, daemonConfPath());
    }
    catch (error) {
        return warnUntrusted(host.user, `making it trusted failed: ${errorMessage(error)}`, report);
    }
    if (!(await storeTrust(nix)).trusted)
        return warnUntrusted(host.user, 'still untrusted after the restart; another setting overrides trusted-users', report);
    return { note: `made the nix-daemon trust ${host.user}`, clientSettingsApply: true };
}
/** Post: the daemon's nix.conf as it was, and the daemon restarted to read it. */
async function restoreTrust(state, host) {
    const { content } = readOrEmpty(state.path);
    const restored = (0,nix_conf/* removeBlock */.wC)(content, state.addedNewline);
    if (restored === undefined)
        return `no block of this action in ${state.path}`;
    if (!state.existed && restored === '')
        await (0,privileged/* runAsRootOk */.Ih)(host, 'rm', ['-f', state.path]);
    else
        await (0,privileged/* writeAsRoot */.iY)(host, state.path, restored);
    await daemon_restartDaemon(host);
    return `took ${host.user} out of trusted-users in ${state.path} again`;
}


/***/ })

};
