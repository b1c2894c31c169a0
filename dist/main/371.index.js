export const id = 371;
export const ids = [371];
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

/***/ 80371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushIndexStage: () => (/* binding */ pushIndexStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/registry/skopeo.ts
var registry_skopeo = __webpack_require__(91290);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/image-index.ts
// A multi-platform image from per-platform images already in the registry:
// each source's manifest and config are read, checked, and an OCI image
// index is written whose entries carry each image's platform from its
// config. Pure logic; the skopeo work is in stages/push-index.ts.

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function parseJson(bytes, what) {
    try {
        const value = JSON.parse(bytes.toString('utf8'));
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // said below
    }
    throw new Error(`${what} is not a JSON object`);
}
/**
 * The manifest's media type, refusing what cannot be an entry of an index:
 * an index or manifest list (the tag is multi-platform already), schema 1.
 */
function manifestMediaType(tag, manifest) {
    const json = parseJson(manifest, `the manifest of \`${tag}\``);
    const mediaType = typeof json['mediaType'] === 'string' ? json['mediaType'] : undefined;
    if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST || Array.isArray(json['manifests'])) {
        throw new Error(`\`${tag}\` is already a multi-platform image (an image index); \`manifest-from\` takes the per-platform tags that the matrix jobs pushed, one image each`);
    }
    if (json['schemaVersion'] !== 2)
        throw new Error(`\`${tag}\` has a schema ${String(json['schemaVersion'])} manifest; only schema 2 images (Docker v2 or OCI) can go into an index`);
    // An OCI manifest may leave out its media type; a Docker one never does.
    if (mediaType === undefined || mediaType === OCI_MANIFEST)
        return OCI_MANIFEST;
    if (mediaType === DOCKER_MANIFEST)
        return DOCKER_MANIFEST;
    throw new Error(`\`${tag}\` is a ${mediaType}, not an image manifest`);
}
/** The platform an image's config declares (`os`, `architecture`, `variant`, `os.version`). */
function platformOf(tag, config) {
    const json = parseJson(config, `the config of \`${tag}\``);
    const text = (key) => (typeof json[key] === 'string' && json[key] !== '' ? json[key] : undefined);
    const os = text('os');
    const architecture = text('architecture');
    if (os === undefined || architecture === undefined) {
        throw new Error(`the config of \`${tag}\` does not say its platform (\`os\` and \`architecture\`), so clients could not choose it from an index`);
    }
    const platform = { architecture, os };
    const variant = text('variant');
    if (variant !== undefined)
        platform.variant = variant;
    const osVersion = text('os.version');
    if (osVersion !== undefined)
        platform['os.version'] = osVersion;
    return platform;
}
function platformName(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** The index entry of one source; the config must be the one its manifest names. */
function indexEntry(source) {
    const mediaType = manifestMediaType(source.tag, source.manifest);
    const named = parseJson(source.manifest, `the manifest of \`${source.tag}\``)['config']?.digest;
    if (named !== sha256Digest(source.config)) {
        throw new Error(`the config read for \`${source.tag}\` is not the one its manifest names (${String(named)}); was the tag pushed again meanwhile? Run the job again.`);
    }
    return { mediaType, digest: sha256Digest(source.manifest), size: source.manifest.length, platform: platformOf(source.tag, source.config) };
}
/** The OCI image index of `sources`, in their order; two images of one platform are an error. */
function buildIndex(sources) {
    if (sources.length === 0)
        throw new Error('no images to combine');
    const entries = sources.map(indexEntry);
    const seen = new Map();
    entries.forEach((entry, i) => {
        const name = platformName(entry.platform);
        const other = seen.get(name);
        const tag = sources[i]?.tag ?? '';
        if (other !== undefined)
            throw new Error(`\`${other}\` and \`${tag}\` are both ${name} images; a client could not tell which to pull. Give one tag per platform.`);
        seen.set(name, tag);
    });
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }));
    return { bytes, digest: sha256Digest(bytes), entries };
}
function describePlatforms(entries) {
    return entries.map(entry => platformName(entry.platform)).join(', ');
}

// EXTERNAL MODULE: ./src/process.ts + 1 modules
var process = __webpack_require__(67063);
// EXTERNAL MODULE: ./src/registry/publish.ts
var publish = __webpack_require__(5328);
;// CONCATENATED MODULE: ./src/stages/push-index.ts
// Stage 6 with `manifest-from`: combine per-platform images that earlier
// matrix jobs pushed into one multi-platform image index, and push it under
// `tags`.
//
// skopeo cannot make an index, so the action writes one and lets skopeo push
// it from a local OCI layout (`copy --all --preserve-digests oci:…`), rather
// than speaking the registry's HTTP API itself: skopeo then does the login,
// token flows (basic, bearer, Docker Hub's), TLS, proxies and retries as in
// every other push. The layout holds the index, each image's manifest and
// config (read with `skopeo inspect --raw`), but no layer: skopeo asks the
// registry for each blob first (HEAD) and, finding it in this very
// repository, uploads nothing and reads nothing from the layout. Seen on
// skopeo 1.9, 1.18 and 1.22 with a fresh blob-info cache (the e2e test
// counts uploads). `--preserve-digests` makes skopeo fail rather than push a
// rewritten manifest, so the index's digest is the one computed here.







/** One source tag's manifest or config, byte for byte (skopeo writes them to a file in `dir`). */
async function inspect(access, dir, tag, what) {
    const file = external_node_path_default().join(dir, `${what}-${Buffer.from(tag).toString('hex')}`);
    const reference = `docker://${access.repository}:${tag}`;
    try {
        await (0,registry_skopeo/* runSkopeo */.Vl)(['inspect', '--raw', ...(what === 'config' ? ['--config'] : []), ...access.auth, ...(0,registry_skopeo/* tlsFlags */.F4)('', access.tlsVerify), reference], access.target, `Reading the ${what} of ${access.repository}:${tag}`, {
            stdoutFile: file
        });
    }
    catch (error) {
        if (error instanceof registry_skopeo/* SkopeoError */.yL && /manifest unknown|not found|\b404\b/i.test(error.message)) {
            throw new Error(`\`${tag}\` (from \`manifest-from\`) is not in ${access.repository}. Each tag must be pushed there first, by a job of the matrix that this one \`needs:\`, with the same \`registry\` and \`image\`.\n${error.message}`);
        }
        throw error;
    }
    return (0,external_node_fs_.readFileSync)(file);
}
/** An OCI layout holding the index, its manifests and configs; skopeo pushes it as `oci:<dir>:index`. */
function writeLayout(dir, sources, index) {
    const layout = external_node_path_default().join(dir, 'layout');
    const blobs = external_node_path_default().join(layout, 'blobs', 'sha256');
    (0,external_node_fs_.mkdirSync)(blobs, { recursive: true });
    const blob = (bytes) => {
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(blobs, sha256Digest(bytes).slice('sha256:'.length)), bytes);
    };
    for (const source of sources) {
        blob(source.manifest);
        blob(source.config);
    }
    blob(index.bytes);
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const ref = { mediaType: OCI_INDEX, digest: index.digest, size: index.bytes.length, annotations: { 'org.opencontainers.image.ref.name': 'index' } };
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [ref] }));
    return layout;
}
async function pushIndexStage(skopeo, sourceTags, tags, inputs, context, report) {
    const repository = `${inputs.registry}/${inputs.image}`;
    for (const tag of sourceTags)
        report.command((0,process/* commandLine */.ay)('skopeo', ['inspect', '--raw', ...(0,registry_skopeo/* tlsFlags */.F4)('', inputs.tlsVerify), `docker://${repository}:${tag}`]));
    return (0,publish/* withPushDir */.Ib)(context, dir => (0,publish/* withLogin */.E6)(skopeo, inputs, context, async (login) => {
        const access = (0,publish/* registryAccess */.Yb)(skopeo, inputs, login);
        const sources = [];
        for (const tag of sourceTags) {
            sources.push({ tag, manifest: await inspect(access, dir, tag, 'manifest'), config: await inspect(access, dir, tag, 'config') });
        }
        const index = buildIndex(sources);
        core/* info */.pq(`Image index ${index.digest}: ${index.entries.map((entry, i) => `${sourceTags[i] ?? ''} (${describePlatforms([entry])})`).join(', ')}`);
        const layout = writeLayout(dir, sources, index);
        const digest = await (0,publish/* copyToFirstTag */.Fv)(`oci:${layout}:index`, ['--all', '--preserve-digests'], tags, dir, access, 'Pushing the image index');
        const pushed = await (0,publish/* tagAndReport */.SX)(digest, tags, { all: true, access });
        report.pushed({ reference: pushed.reference, digest, tags: pushed.references, platforms: describePlatforms(index.entries) });
        return pushed;
    }));
}


/***/ })

};
