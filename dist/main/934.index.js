export const id = 934;
export const ids = [934];
export const modules = {

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ withLogin),
/* harmony export */   Fv: () => (/* binding */ copyToFirstTag),
/* harmony export */   Ib: () => (/* binding */ withPushDir),
/* harmony export */   SX: () => (/* binding */ tagAndReport),
/* harmony export */   Yb: () => (/* binding */ registryAccess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33838);
/* harmony import */ var _skopeo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91290);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
// The registry side of a push, for the push stage and the image-index push:
// a private login, access to the image's repository through skopeo, copying
// to the first tag, pointing every other tag at the same digest, and the
// outputs that name what was pushed.






/**
 * `skopeo login` into a private auth file under RUNNER_TEMP; the password
 * goes on stdin, and the file's directory is recorded for post at once.
 * Called only once the image archive is made: a streamLayeredImage script is
 * the flake's code, and must not run while the credentials are on disk.
 */
async function logIn(skopeo, inputs, context) {
    if (inputs.username === '')
        return { authFile: undefined, dir: undefined };
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.runnerTemp, 'nix-flake-ci-auth-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o700);
    (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .updateState */ .$)({ authDir: dir });
    const login = { authFile: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'auth.json'), dir };
    try {
        const target = skopeoTarget(skopeo, inputs, login.authFile);
        const args = ['login', '--authfile', login.authFile, '--username', inputs.username, '--password-stdin', ...(0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .tlsFlags */ .F4)('', inputs.tlsVerify), inputs.registry];
        const result = await (0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .runSkopeo */ .Vl)(args, target, `Logging in to ${inputs.registry}`, { input: `${inputs.password}\n`, silent: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(login.authFile, 0o600);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(result.output.trim());
        return login;
    }
    catch (error) {
        logOut(login);
        throw error;
    }
}
/** The credentials off the disk as soon as the push is done with them; post removes them only if main was killed first. */
function logOut(login) {
    if (login.dir === undefined)
        return;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(login.dir, { recursive: true, force: true });
        (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .updateState */ .$)({ authDir: undefined });
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('Removed the registry credentials');
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not remove the registry credentials in ${login.dir} yet (the post step tries again): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
}
/** Runs `work` logged in to the registry, and logs out after, whether it succeeded or not. */
async function withLogin(skopeo, inputs, context, work) {
    const login = await logIn(skopeo, inputs, context);
    try {
        return await work(login);
    }
    finally {
        logOut(login);
    }
}
function skopeoTarget(skopeo, inputs, authFile) {
    return { bin: skopeo, registry: inputs.registry, tlsVerify: inputs.tlsVerify, authFile, attempts: inputs.attempts };
}
function registryAccess(skopeo, inputs, login) {
    return {
        repository: `${inputs.registry}/${inputs.image}`,
        target: skopeoTarget(skopeo, inputs, login.authFile),
        auth: login.authFile ? ['--authfile', login.authFile] : [],
        tlsVerify: inputs.tlsVerify
    };
}
/** Copies `source` to the first tag (`flags` before the auth) and returns the digest the registry gave it. */
async function copyToFirstTag(source, flags, tags, dir, access, what) {
    const first = tags[0];
    if (first === undefined)
        throw new Error('no tags to push');
    const digestFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'digest');
    await (0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .runSkopeo */ .Vl)(['copy', ...flags, ...access.auth, ...(0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .tlsFlags */ .F4)('dest-', access.tlsVerify), '--digestfile', digestFile, source, `docker://${access.repository}:${first}`], access.target, `${what} ${access.repository}:${first}`);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(digestFile, 'utf8').trim();
}
/** Runs `work` in a scratch dir under RUNNER_TEMP, removed after (or by post, if cancelled). */
async function withPushDir(context, work) {
    const workDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.runnerTemp, 'nix-flake-ci-push-'));
    // A cancelled push never reaches the `finally` below; post removes it then.
    (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .updateState */ .$)({ pushDir: workDir });
    try {
        return await work(workDir);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(workDir, { recursive: true, force: true });
    }
}
/**
 * Points every further tag at the pushed digest and reports it. Each tag
 * copies the manifest within the registry: the layers are there already, so
 * a tag costs one manifest upload whatever skopeo's local cache knows.
 */
async function tagAndReport(digest, tags, { all, access }) {
    const { repository, auth, tlsVerify } = access;
    const copyAll = all ? ['--all', '--preserve-digests'] : [];
    for (const tag of tags.slice(1)) {
        await (0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .runSkopeo */ .Vl)([
            'copy',
            ...copyAll,
            ...auth,
            ...(0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .tlsFlags */ .F4)('src-', tlsVerify),
            ...(0,_skopeo_js__WEBPACK_IMPORTED_MODULE_3__/* .tlsFlags */ .F4)('dest-', tlsVerify),
            `docker://${repository}@${digest}`,
            `docker://${repository}:${tag}`
        ], access.target, `Tagging ${repository}:${tag}`);
    }
    const references = tags.map(tag => `${repository}:${tag}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('digest', digest);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('image', `${repository}@${digest}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('tags', references.join('\n'));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('pushed', 'true');
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Pushed ${repository}@${digest}\n${references.map(ref => `  ${ref}`).join('\n')}`);
    return { digest, reference: `${repository}@${digest}`, references };
}


/***/ }),

/***/ 91290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ tlsFlags),
/* harmony export */   Vl: () => (/* binding */ runSkopeo),
/* harmony export */   yL: () => (/* binding */ SkopeoError)
/* harmony export */ });
/* unused harmony exports classifySkopeoFailure, skopeoError, adviceFor */
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67063);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49809);
/* harmony import */ var _report_log_sink_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78278);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33838);
// Running skopeo: login with the password on stdin, copies, and reading its
// errors into what failed and what to try.




/**
 * What a failed skopeo run means, by what skopeo 1.9 to 1.22 print (recorded
 * in __tests__/unit/recorded-toolchains.ts): no or wrong credentials on a push
 * is `unauthorized: authentication required` (1.9) or `authentication
 * required` (1.18+); a wrong password at login `invalid username/password`;
 * 503 is `invalid status code from registry 503 (Service Unavailable)` (1.9)
 * or `received unexpected HTTP status: 503 Service Unavailable`; 429 is `too
 * many requests to registry` (1.9) or `StatusCode: 429`; a registry that is
 * down `connect: connection refused` on all.
 */
function classifySkopeoFailure(output) {
    // The archive itself could not be read: no registry is involved yet, and
    // another try reads the same bytes.
    if (/initializing source docker-archive:/.test(output))
        return 'source';
    if (/invalid username\/password|incorrect username or password|unauthorized|authentication required|denied|\b401\b|\b403\b/i.test(output)) {
        return 'credentials';
    }
    if (/server gave HTTP response to HTTPS client|x509:|certificate/i.test(output))
        return 'tls';
    if (/\b(429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway timeout|connection refused|connection reset|i\/o timeout|TLS handshake timeout|no such host|network is unreachable|unexpected EOF|: EOF\b/i.test(output)) {
        return 'transient';
    }
    return 'other';
}
/** The last `error`/`FATA` line skopeo printed, which says what went wrong. */
function skopeoError(output) {
    const lines = output
        .trim()
        .split('\n')
        .filter(line => line.trim() !== '');
    const fatal = [...lines].reverse().find(line => /level=fatal|^Error|^FATA|error/i.test(line));
    const line = fatal ?? lines[lines.length - 1] ?? '';
    const logfmt = /^time="[^"]*" level=fatal msg=(?:"(.*)"|(.*))$/.exec(line.trim());
    if (!logfmt)
        return line.trim();
    // logfmt quotes the message and escapes its quotes: `msg="logging into \"quay.io\": …"`.
    return (logfmt[1] !== undefined ? logfmt[1].replace(/\\(["\\])/g, '$1') : (logfmt[2] ?? '')).trim();
}
function adviceFor(kind, target) {
    switch (kind) {
        case 'source':
            return 'skopeo could not read the built image archive. Check that `package` builds a docker-archive tarball (nixpkgs dockerTools).';
        case 'credentials':
            if (target.authFile === undefined) {
                return `${target.registry} requires a login for this. Set \`username\` and \`password\` (on ghcr.io: \`github.actor\` and \`secrets.GITHUB_TOKEN\` with \`packages: write\`).`;
            }
            return `${target.registry} refused the credentials. Check \`username\` and \`password\` (a token needs write access to the repository; on ghcr.io give the workflow \`packages: write\`).`;
        case 'tls':
            return `TLS with ${target.registry} failed. A registry that speaks plain HTTP needs \`tls-verify: false\`; a private CA must be trusted by the runner.`;
        case 'transient':
            return `${target.registry} could not be reached or kept failing (${target.attempts === 1 ? 'one try' : `${target.attempts} tries`}). Check that the registry host is right and up; more \`attempts\` help with a flaky network.`;
        case 'other':
            return `See skopeo's message above; the registry is ${target.registry}.`;
    }
}
class SkopeoError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SkopeoError';
    }
}
/** Runs skopeo, retrying connection errors, 429 and 5xx; never bad credentials. */
async function runSkopeo(args, target, what, options = {}) {
    const sink = options.sink ?? _report_log_sink_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutSink */ .X;
    const { result, attempts } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L5)(async () => {
        const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(target.bin, args, { input: options.input ?? '', silent: options.silent ?? false, sink, stdoutFile: options.stdoutFile });
        const kind = result.exitCode === 0 ? undefined : classifySkopeoFailure(result.output);
        return { result, retryReason: kind === 'transient' ? skopeoError(result.output) : undefined };
    }, {
        attempts: target.attempts,
        onRetry: (attempt, wait, reason) => {
            sink.later(() => {
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${what}: try ${attempt} of ${target.attempts} failed (${reason}); trying again in ${wait} s.`);
            });
        }
    });
    if (result.exitCode !== 0) {
        const kind = classifySkopeoFailure(result.output);
        const tries = attempts > 1 ? ` after ${attempts} tries` : '';
        throw new SkopeoError(`${what} failed${tries}: ${skopeoError(result.output)}\n${adviceFor(kind, target)}`);
    }
    return result;
}
function tlsFlags(prefix, tlsVerify) {
    return tlsVerify ? [] : [`--${prefix}tls-verify=false`];
}


/***/ }),

/***/ 13934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushStage: () => (/* binding */ pushStage)
});

// EXTERNAL MODULE: ./src/registry/skopeo.ts
var skopeo = __webpack_require__(91290);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/process.ts + 1 modules
var process = __webpack_require__(67063);
;// CONCATENATED MODULE: ./src/registry/image-archive.ts
// The built package as something `skopeo copy docker-archive:` reads.
// dockerTools.buildImage/buildLayeredImage give a tarball, gzipped by
// default, which skopeo 1.9 cannot read; streamLayeredImage gives a script
// that writes a tarball to stdout.






async function archiveKind(file) {
    const info = await (0,promises_.stat)(file);
    if (!info.isFile())
        return 'unknown';
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(512);
        const { bytesRead } = await handle.read(head, 0, 512, 0);
        if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b)
            return 'gzipped-tarball';
        if (bytesRead >= 2 && head.subarray(0, 2).toString() === '#!')
            return 'stream-script';
        if (bytesRead >= 262 && head.subarray(257, 262).toString() === 'ustar')
            return 'tarball';
        return 'unknown';
    }
    finally {
        await handle.close();
    }
}
/** A path skopeo can read as `docker-archive:`, made in `workDir` when the package is not one already. */
async function dockerArchive(storePath, workDir) {
    const kind = await archiveKind(storePath);
    const target = external_node_path_default().join(workDir, 'image.tar');
    switch (kind) {
        case 'tarball':
            return { kind, path: storePath, reproduce: undefined };
        case 'gzipped-tarball':
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(storePath), (0,external_node_zlib_.createGunzip)(), (0,external_node_fs_.createWriteStream)(target, { mode: 0o600 }));
            return { kind, path: target, reproduce: 'gunzip -c result > image.tar' };
        case 'stream-script': {
            // Through run(): its stderr is logged with workflow commands off, and a
            // cancellation stops it like any other tool.
            const result = await (0,process/* run */.eF)(storePath, [], { stdoutFile: target });
            if (result.exitCode !== 0)
                throw new Error(`${storePath} exited with ${result.exitCode} while writing the image:\n${result.output.trim().slice(-2000)}`);
            return { kind, path: target, reproduce: './result > image.tar' };
        }
        case 'unknown':
            throw new Error(`${storePath} is not a docker-archive tarball. Set \`package\` to an image built with nixpkgs' dockerTools (buildImage, buildLayeredImage or streamLayeredImage), or \`push: false\`.`);
    }
}

// EXTERNAL MODULE: ./src/registry/publish.ts
var publish = __webpack_require__(5328);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/stages/push.ts





/** The push as a user would run it by hand after `nix build` (./result). */
function reproducePush(report, inputs, references, archive) {
    if (inputs.username !== '') {
        report.command((0,process/* commandLine */.ay)('skopeo', ['login', '--username', inputs.username, '--password-stdin', ...(0,skopeo/* tlsFlags */.F4)('', inputs.tlsVerify), inputs.registry]));
    }
    if (archive.reproduce)
        report.command(archive.reproduce);
    const source = archive.reproduce ? 'docker-archive:image.tar' : 'docker-archive:result';
    for (const reference of references) {
        report.command((0,process/* commandLine */.ay)('skopeo', ['copy', ...(0,skopeo/* tlsFlags */.F4)('dest-', inputs.tlsVerify), source, `docker://${reference}`]));
    }
}
async function pushStage(skopeo, storePath, tags, inputs, context, report) {
    const repository = `${inputs.registry}/${inputs.image}`;
    return (0,publish/* withPushDir */.Ib)(context, async (workDir) => {
        // First, before any credentials exist: a stream script is the flake's code.
        const archive = await dockerArchive(storePath, workDir);
        reproducePush(report, inputs, tags.map(tag => `${repository}:${tag}`), archive);
        return (0,publish/* withLogin */.E6)(skopeo, inputs, context, async (login) => {
            const access = (0,publish/* registryAccess */.Yb)(skopeo, inputs, login);
            const digest = await (0,publish/* copyToFirstTag */.Fv)(`docker-archive:${archive.path}`, [], tags, workDir, access, 'Pushing');
            // What skopeo's blob-info cache now knows; post keys its entry by it.
            (0,state/* updateState */.$)({ pushed: { repository, digest } });
            const pushed = await (0,publish/* tagAndReport */.SX)(digest, tags, { all: false, access });
            report.pushed({ reference: pushed.reference, digest, tags: pushed.references });
            return pushed;
        });
    });
}


/***/ })

};
