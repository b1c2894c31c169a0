export const id = 522;
export const ids = [522];
export const modules = {

/***/ 95085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   UG: () => (/* binding */ parseSigningKey),
/* harmony export */   qI: () => (/* binding */ signedBy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _nix_hash_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37085);
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
/** Whether `narHash` (`sha256:` in Nix's base-32 or hex, or SRI `sha256-…`) names the SHA-256 `digest`. */
function hashMatches(narHash, digest) {
    return [`sha256:${(0,_nix_hash_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .toNix32 */ .eN)(digest)}`, `sha256:${digest.toString('hex')}`, `sha256-${digest.toString('base64')}`].includes(narHash);
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 53522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/plan/inputs.ts
var plan_inputs = __webpack_require__(91846);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./src/plan/tags.ts
var plan_tags = __webpack_require__(49458);
// EXTERNAL MODULE: ./src/registry/skopeo-locate.ts
var skopeo_locate = __webpack_require__(95717);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// The pipeline's first step: everything that can be wrong with the inputs,
// found before any work, and what the run will do (push or not, the tags,
// whether skopeo must be built).







/** Everything that can be wrong with the inputs, found before any work. */
async function plan(read = name => core/* getInput */.V4(name)) {
    if (process.platform === 'win32')
        throw new Error('Nix Flake CI runs on Linux and macOS runners; Nix does not run on Windows (use WSL on a self-hosted runner).');
    const inputs = (0,plan_inputs/* parseInputs */.TL)(read);
    const context = readContext();
    const combining = inputs.manifestFrom.length > 0;
    // A plan builds nothing: the matrix jobs check, a later job builds and pushes.
    const push = inputs.plan ? PLAN_PUSHES_NOTHING : decidePush(inputs.push, context, inputs.registry !== '' && inputs.image !== '', inputs.build || combining);
    const attestError = attestProblem(inputs, push);
    if (attestError)
        throw attestError;
    let tags = [];
    let sources = [];
    if (push.push) {
        tags = filled('tags', () => (0,plan_tags/* resolveTags */.yN)(inputs.tags, context));
        sources = filled('manifest-from', () => inputs.manifestFrom.map(template => (0,plan_tags/* fillTemplate */.ou)(template, context)));
    }
    const skopeo = push.push ? await (0,skopeo_locate/* skopeoOnPath */.c)() : undefined;
    const buildSkopeo = push.push && skopeo === undefined;
    // Said before any work, so a user without skopeo knows the push will build it.
    if (buildSkopeo)
        core/* notice */.lm(`skopeo is not on PATH: it will be built from \`${inputs.skopeoFlake}\` for the push (and kept by the cache).`);
    return { inputs, context, push, tags, sources, buildSkopeo, skopeo };
}
const PLAN_PUSHES_NOTHING = { push: false, reason: '`plan: true` only plans the checks; the job that builds after the matrix pushes' };
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
        return new errors/* InputError */.dz('attest', "`attest: true` signs with the job's OIDC token, and the runner gave this job none (no ACTIONS_ID_TOKEN_REQUEST_URL); add `permissions: id-token: write` and `attestations: write` to the job");
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
    #failures = [];
    #timeline = [];
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
    get failures() {
        return this.#failures;
    }
    /** Every derivation timed in the run, slowest first. */
    get timeline() {
        return this.#timeline;
    }
    explain(detail) {
        this.#failures.push(detail);
    }
    timed(derivations) {
        this.#timeline.push(...derivations);
        this.#timeline.sort((a, b) => b.seconds - a.seconds);
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
            throw stageFailed(report, name, seconds(), error);
        }
    };
    return core/* group */.Os(name, body);
}
/** Records stage `name` as failed with the error's first line; returns the error that ends the run. */
function stageFailed(report, name, seconds, error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    report.record({ name, status: 'failed', seconds, note: message.split('\n')[0] ?? message });
    return error instanceof errors/* StageError */.Zu ? error : new errors/* StageError */.Zu(name, message);
}

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/report/summary-sections.ts
var summary_sections = __webpack_require__(25931);
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
    lines.push(...(0,summary_sections/* failureSections */.zl)(report.failures), ...(0,summary_sections/* timelineSection */.RG)(report.timeline));
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
    return (0,summary_sections/* withinLimit */.SI)(lines.join('\n'));
}
async function writeSummary(report, failure) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    await core/* summary */.z.addRaw(summaryMarkdown(report, failure), true).write();
}

// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
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
var nix_version = __webpack_require__(78547);
// EXTERNAL MODULE: ./src/runner/host.ts
var runner_host = __webpack_require__(92154);
// EXTERNAL MODULE: ./src/process.ts + 1 modules
var src_process = __webpack_require__(67063);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __webpack_require__(5387);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(49809);
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
    const tc = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
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
    }, {
        attempts,
        onRetry: (attempt, wait, reason) => {
            core/* warning */.$e(`Downloading ${what}: try ${attempt} of ${attempts} failed (${reason}); trying again in ${wait} s.`);
        }
    });
    if (result instanceof Error)
        throw new Error(`Could not download ${what} from ${url}: ${result.message}`);
    return result;
}
function sha256Of(file) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
}
/** The installer script, from the tool cache or downloaded into it. */
async function installerScript(inputs) {
    const tc = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
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
    const tc = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
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
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/runner/privileged.ts
// Running a command as root: directly when the job is root, else through
// passwordless sudo. Never a shell; file contents go on stdin (`tee`).





async function runAsRoot(host, command, args, options = {}) {
    if (!(0,runner_host/* privileged */.w)(host))
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

// EXTERNAL MODULE: ./src/nix/command.ts
var nix_command = __webpack_require__(82094);
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
        if (!(0,runner_host/* privileged */.w)(host))
            throw new Error(`Nix on macOS installs multi-user, which needs root; the job runs as ${host.user} without passwordless sudo. Preinstall Nix and set \`install: false\`.`);
        return { daemon: true, why: 'macOS installs are multi-user' };
    }
    if (host.systemd && (0,runner_host/* privileged */.w)(host))
        return { daemon: true, why: 'systemd and root access are there' };
    const missing = [host.systemd ? '' : 'systemd is not running', (0,runner_host/* privileged */.w)(host) ? '' : 'no passwordless sudo'].filter(Boolean).join(' and ');
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
        if (!(0,runner_host/* privileged */.w)(host) || !(await (0,io/* which */.K7)('udevadm'))) {
            core/* info */.pq(`${device} exists but ${host.user} cannot open it, and there is ${(0,runner_host/* privileged */.w)(host) ? 'no udevadm' : 'no passwordless sudo'} to change that: NixOS VM checks will not find the \`kvm\` system feature.`);
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
async function nixToUse(inputs, context, host, headStart) {
    const existing = await findNix(context.home);
    if (inputs.install === 'false' && !existing) {
        throw new Error(`Nix is not on PATH and \`install\` is \`false\` (nor is it in ${profileBinDirs(context.home).join(' or ')}). Install Nix in an earlier step, or set \`install: auto\`.`);
    }
    if (existing) {
        // The entry point may have asked this very `nix` already.
        const version = await (headStart?.nix === existing ? headStart.version : (0,nix_version/* nixVersion */.oX)(existing));
        if (inputs.install !== 'true' || version === inputs.nixVersion)
            return { bin: existing, version, installed: false, confLines: [] };
        core/* info */.pq(`Nix ${version} is on PATH; installing ${inputs.nixVersion} as \`install: true\` asks.`);
    }
    const { bin, confLines } = await installNix(inputs, context, await host);
    return { bin, version: await (0,nix_version/* nixVersion */.oX)(bin), installed: true, confLines };
}
async function installStage(inputs, context, report, headStart) {
    // Every run needs the host (trust, KVM); its sudo and systemctl probes run
    // while Nix is found and its version read.
    const probing = (0,runner_host/* probeHost */.z)();
    // Awaited below; this keeps a failure from being "unhandled" if Nix's lookup throws first.
    probing.catch(() => undefined);
    const found = await nixToUse(inputs, context, probing, headStart);
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

;// CONCATENATED MODULE: ./src/read-if-there.ts
// A file that may not be there (a nix.conf, a flake.lock, a list post reads):
// its text, or undefined when there is none. Any other failure (no
// permission, a directory) is an error the caller should see.

function readIfThere(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        // ENOTDIR: a part of the path is a file, so the file cannot be there either.
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/stages/configure.ts
// Stage 2: nix.conf. Flakes on, the GitHub token as access-tokens, the user's
// extra lines, all inside one marked block that post takes out again.








/** The file's text and permission bits; none when it is not there (the write below says what is wrong). */
function readWithMode(file) {
    const content = readIfThere(file);
    return content === undefined ? { content: '', mode: undefined } : { content, mode: (0,external_node_fs_.statSync)(file).mode & 0o7777 };
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
        "set XDG_CONFIG_HOME (or NIX_USER_CONF_FILES) in the step's env to a writable directory.");
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
function configureStage(inputs, context, runnerLines = []) {
    const file = userNixConfPath(process.env, context.home);
    const before = readWithMode(file);
    const clean = withoutStaleBlock(before.content);
    // After the user's lines: the last setting wins.
    const lines = [
        ...blockLines({ tokenHost: context.serverHost, token: inputs.githubToken, extraConf: inputs.extraConf, runnerLines }),
        ...flakeConfigLines(inputs, context, file, clean)
    ];
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
var output = __webpack_require__(72006);
// EXTERNAL MODULE: ./src/nix/failure.ts + 3 modules
var failure = __webpack_require__(57822);
// EXTERNAL MODULE: ./src/nix/store-path.ts
var store_path = __webpack_require__(54764);
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
async function flakeCheck(nix, inputs, context, report, roots) {
    const nixRun = await (0,nix_command/* runNix */.dI)(nix, ['flake', 'check', inputs.flake, ...inputs.checkArgs, '--no-update-lock-file'], { attempts: inputs.attempts, report });
    const failed = nixRun.result.exitCode !== 0 && (0,output/* failedDerivations */.sG)(nixRun.result.output).length > 0;
    const checks = roots || failed ? await checksByDrv(nix, inputs.flake) : new Map();
    if (roots) {
        if (checks)
            roots.record(checks.keys());
        // Its error is the check stage's to report; here only that the cache lacks the checks.
        else
            core/* info */.pq("Could not list the flake's checks for the cache; it keeps what the other commands recorded.");
    }
    if (nixRun.result.exitCode === 0)
        return 'nix flake check passed';
    throw (0,failure/* explainFailure */.SP)(nixRun, '`nix flake check`', failed && checks ? checks : new Map(), inputs, context, report);
}
async function checkStage(nix, inputs, context, report, roots) {
    return runStage(report, 'check', () => flakeCheck(nix, inputs, context, report, roots));
}

// EXTERNAL MODULE: ./src/nix/failure-kind.ts
var failure_kind = __webpack_require__(19200);
// EXTERNAL MODULE: ./src/report/log-sink.ts
var log_sink = __webpack_require__(78278);
// EXTERNAL MODULE: ./src/report/log-text.ts
var log_text = __webpack_require__(9018);
// EXTERNAL MODULE: ./src/nix/check-output.ts
var check_output = __webpack_require__(94617);
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
    const evaluation = await (0,nix_command/* runNix */.dI)(nix, ['eval', '--json', '--no-update-lock-file', attr, '--apply', (0,check_output/* namedChecksExpression */.rt)(inputs.checks)], {
        attempts: inputs.attempts
    });
    if (evaluation.result.exitCode !== 0)
        failStage(report, (0,failure/* explainFailure */.SP)(evaluation, `Evaluating ${attr}`, new Map(), inputs, context, report).message);
    const { available, checks, unknown, refused } = (0,check_output/* parseNamedChecks */.mk)(evaluation.result.stdout, inputs.checks);
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
    const reproduce = (0,src_process/* commandLine */.ay)('nix', [
        'build',
        '-L',
        '--keep-going',
        ...checks.map(check => `${inputs.flake}#checks.${system}.${check.name}`),
        '--no-update-lock-file'
    ]);
    let log = new check_output/* InternalJsonLog */._g();
    let build = await (0,nix_command/* runNix */.dI)(nix, [...args, ...checks.map(check => check.drv)], { attempts: inputs.attempts, report, reproduce, sink: new InternalJsonSink(log) });
    if (!(0,check_output/* bareDerivationBuilt */.Yp)(build.result.exitCode, build.result.stdout)) {
        log = new check_output/* InternalJsonLog */._g();
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
    // eslint-disable-next-line @typescript-eslint/require-await -- async so that a throw still reaches the `finally` that resumes commands
    return (0,src_process/* withCommandsStopped */.c7)(log_sink/* stdoutSink */.X, async () => {
        log_sink/* stdoutSink */.X.write(`${lines.join('\n')}\n`);
    });
}
/**
 * A failed check's annotations and summary section: a stale hash where the
 * repository writes it (once, though several checks need it), else the
 * derivation that failed first, with its log.
 */
function explainCheck(outcome, errors, explained, inputs, context, report) {
    const { check } = outcome;
    const mismatches = (0,failure_kind/* hashMismatches */.F6)(errors.join('\n'));
    if (mismatches.length > 0) {
        for (const mismatch of mismatches.filter(m => !explained.has(m.drv))) {
            explained.add(mismatch.drv);
            (0,failure/* explainHashMismatch */.M3)(mismatch, (0,output/* derivationName */.Jt)(mismatch.drv), inputs, context, report);
        }
        return `Check ${check.name} failed: stale hash in ${mismatches.map(m => (0,output/* derivationName */.Jt)(m.drv)).join(', ')}.`;
    }
    const dependency = outcome.failedDependencies[0];
    const first = dependency ? (0,output/* derivationName */.Jt)(dependency) : undefined;
    (0,failure/* explainFailedBuild */.p9)({ name: check.name, check: true, message: errors.join('\n'), log: outcome.log, ...(first ? { firstFailed: first } : {}) }, inputs, context, report);
    return first ? `Check ${check.name} failed: it needs ${first}, which failed.` : `Check ${check.name} failed.`;
}
async function reportCheck(outcome, log, explained, inputs, context, report) {
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
        note = explainCheck(outcome, errors, explained, inputs, context, report);
        // Said in the log, not as another annotation: GitHub shows only the first ten of a step.
        core/* info */.pq((0,log_text/* escapeControl */.hN)(note));
    });
    report.record({ name: `check ${check.name}`, stage: 'check', status, seconds, note });
}
async function namedChecks(nix, inputs, context, report, roots) {
    if (inputs.checkArgs.length > 0) {
        core/* warning */.$e('`check-args` are arguments of `nix flake check`; with `checks` set, the checks are built with `nix build` and they are not used.');
    }
    // `<system>.<name>` (a plan's matrix job) names the system; else the runner's own.
    const system = inputs.checksSystem ?? (await (0,nix_command/* currentSystem */.tX)(nix));
    const { checks, log, build } = await core/* group */.Os(`named checks: evaluate and build ${inputs.checks.join(', ')}`, async () => {
        const checks = await evaluateChecks(nix, inputs, context, report, system);
        roots?.record(checks.map(check => check.drv), checks.flatMap(check => check.outputs));
        return { checks, ...(await buildChecks(nix, inputs, report, checks, system)) };
    });
    report.timed(log.timed());
    if (build.result.exitCode !== 0 && build.transient)
        failStage(report, `Building the checks failed: ${(0,nix_command/* transientAdvice */.Rq)(build.transient, inputs.attempts)}`);
    const valid = build.result.exitCode === 0 ? new Set() : await validOutputs(nix, checks);
    const outcomes = (0,check_output/* checkOutcomes */.iX)(checks, build.result.exitCode, log, valid);
    const explained = new Set();
    for (const outcome of outcomes)
        await reportCheck(outcome, log, explained, inputs, context, report);
    const failed = outcomes.filter(outcome => outcome.status === 'failed').map(outcome => outcome.check.name);
    if (failed.length > 0)
        throw new errors/* StageError */.Zu('check', `${failed.length} of ${checks.length} checks failed: ${failed.join(', ')}`);
    if (build.result.exitCode !== 0)
        throw new errors/* StageError */.Zu('check', unexplained(build, log));
    roots?.checkSetPassed(checks.map(check => check.drv));
    return `${checks.length} checks passed`;
}
/** Nix failed, yet every check's outputs are there. */
function unexplained(build, log) {
    return `\`nix build\` of the checks failed (exit code ${build.result.exitCode}) though every check's outputs are in the store: ${(0,output/* errorSummary */.N5)(log.errors.join('\n'))}`;
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
function startBuild(nix, inputs, sink, signal, roots) {
    // Recorded for the cache as soon as it is built, even if a check fails.
    return (0,nix_command/* runNix */.dI)(nix, ['build', installable(inputs), '--json', '--no-link', '--no-update-lock-file'], { attempts: inputs.attempts, sink, signal }).then(run => {
        roots?.recordBuildJson(run.result.stdout);
        return run;
    });
}
/** The store path of a finished build, or an error that says what went wrong. */
function finishBuild(nixRun, inputs, context, report) {
    // Recorded here, not at the start, so the commands read in the order a user
    // runs them; with the lock-file flag, as the build ran, so a local run
    // evaluates the same inputs.
    report.command((0,src_process/* commandLine */.ay)('nix', ['build', installable(inputs), '--no-update-lock-file']));
    if (nixRun.result.exitCode !== 0) {
        throw (0,failure/* explainFailure */.SP)(nixRun, `Building \`${installable(inputs)}\``, new Map(), inputs, context, report);
    }
    const storePath = (0,output/* storePathFromBuildJson */.fn)(nixRun.result.stdout);
    core/* setOutput */.uH('store-path', storePath);
    report.built(storePath);
    core/* info */.pq(`Built ${(0,log_text/* escapeControl */.hN)(storePath)}`);
    return storePath;
}

// EXTERNAL MODULE: ./src/shims/undici.ts
var undici = __webpack_require__(75136);
;// CONCATENATED MODULE: ./src/stages/attest.ts
// The attest stage: signed SLSA build provenance for the pushed digest, made
// and stored by @actions/attest exactly as actions/attest-build-provenance
// does (Sigstore signing with the job's OIDC token, then the repository's
// attestations API). The library and the real undici it needs are loaded here
// only, so runs without `attest: true` never pay for them.




/** After the push: attests what it pushed (the digest the registry reported), or says why nothing was. */
async function attestPushed(inputs, pushed, report) {
    if (typeof pushed === 'string') {
        report.skip('attest', `nothing was pushed: ${pushed}`);
        return;
    }
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
    (0,undici.provideUndici)(await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19)));
    const { attestProvenance } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(878), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 24649));
    core/* info */.pq(`Signing SLSA build provenance for ${subject}@${digest}`);
    const attestation = await attestProvenance({
        subjects: [{ name: subject, digest: { sha256: hex } }],
        token: inputs.githubToken
    }).catch((error) => {
        const message = (0,errors/* errorMessage */.gJ)(error);
        // The image is pushed already; say so, and what the usual cause is.
        const hint = /persist attestation/i.test(message) ? " (the job's token needs `permissions: attestations: write`)" : '';
        throw new Error(`${subject}@${digest} is pushed, but its provenance was not signed and stored: ${message}${hint}`);
    });
    const id = attestation.attestationID;
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

// EXTERNAL MODULE: ./src/nix/flake-ref.ts
var flake_ref = __webpack_require__(41202);
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
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify(undefined) is undefined, whatever its type says
const shown = (value) => (0,log_text/* escapeControl */.hN)(JSON.stringify(value) ?? String(value));
function outsideRepository(input, where, reference) {
    return (`flake input \`${(0,log_text/* escapeControl */.hN)(input)}\` ${where} points at files of this machine outside the repository (${shown(reference)}): refused, ` +
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
/** Throws, saying which input and what to do, when the lock file does not pin what flake.nix declares. */
async function checkLockedInputs(nix, inputs, context) {
    const local = (0,flake_ref/* localFlake */.B)(inputs.flake, context.workspace);
    if (!local)
        return 'a remote flake: its own flake.lock is used as Nix reads it';
    const declared = await readDeclared(nix, local.flakeDir);
    if (!declared)
        return 'flake.nix does not parse (Nix says where)';
    const problems = lockProblems(declared, readIfThere(external_node_path_default().join(local.flakeDir, 'flake.lock')), {
        flakeDir: local.flakeDir,
        inside: [context.workspace, local.root]
    });
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
async function stages({ inputs, context, push, tags, sources, buildSkopeo, skopeo: runnerSkopeo }, report, headStart) {
    // Said in the summary whatever happens later; a failed push says so itself.
    if (!push.push)
        report.notPushed(push.reason);
    // A combine job (`manifest-from`, nothing to check or build) needs skopeo
    // alone: no Nix to install and no Nix cache to restore, unless skopeo is
    // built. Any other job installs and configures Nix, for later steps too.
    const combineOnly = inputs.manifestFrom.length > 0 && !inputs.check && !inputs.build && !buildSkopeo;
    const { nix, roots } = combineOnly ? { nix: undefined, roots: undefined } : await prepareNix(inputs, context, push, report, headStart);
    if (!nix)
        for (const stage of ['install', 'configure', 'cache restore'])
            report.skip(stage, 'a combine job (`manifest-from`) needs skopeo only');
    if (nix && (inputs.check || inputs.build || inputs.plan))
        await lockedInputs(nix, inputs, context, report);
    if (nix && inputs.plan) {
        await planStage(nix, inputs, context, report);
        return undefined;
    }
    // Push code (skopeo, image archives) is loaded only by runs that push. The
    // registry login waits for the push stage: no credentials are on disk
    // while the flake's code (checks, build, a stream script) runs.
    let skopeo = runnerSkopeo ?? 'skopeo';
    if (buildSkopeo && nix) {
        skopeo = await runStage(report, 'skopeo', async () => {
            const { provideSkopeo } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 95717));
            return provideSkopeo(nix, inputs, roots);
        }, { note: bin => `built from ${inputs.skopeoFlake}: ${bin}` });
    }
    const pushModule = push.push ? await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 13934)) : undefined;
    // The build runs alongside the checks; its log waits for them (build.ts).
    const building = inputs.build && nix ? startBuildAlongside(nix, inputs, roots) : undefined;
    try {
        if (inputs.check && nix && inputs.checks.length > 0)
            await namedChecks(nix, inputs, context, report, roots);
        else if (inputs.check && nix)
            await checkStage(nix, inputs, context, report, roots);
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
            const { pushIndexStage } = await __webpack_require__.e(/* import() */ 371).then(__webpack_require__.bind(__webpack_require__, 80371));
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
/** `plan: true`: the matrix instead of check, build and push. */
async function planStage(nix, inputs, context, report) {
    const { planMatrix } = await __webpack_require__.e(/* import() */ 633).then(__webpack_require__.bind(__webpack_require__, 18633));
    const planned = await runStage(report, 'plan', () => planMatrix(nix, inputs, context, report), {
        note: ({ matrix, firstWave, checks, cached }) => `${checks} check(s): ${firstWave.length > 0 ? `${firstWave.length} first-wave job(s), ` : ''}${matrix.length} matrix job(s), ${cached} cached`
    });
    core/* setOutput */.uH('matrix', JSON.stringify(planned.matrix));
    core/* setOutput */.uH('first-wave', JSON.stringify(planned.firstWave));
    const why = '`plan: true`: the matrix jobs check; a job after them builds and pushes';
    for (const stage of ['check', 'build', 'push'])
        report.skip(stage, why);
}
/** Install, configure and cache restore: the Nix that check, build and skopeo's build use, and where they record what they built. */
async function prepareNix(inputs, context, push, report, headStart) {
    const installed = await runStage(report, 'install', () => installStage(inputs, context, report, headStart), { note: result => result.note });
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
    await runStage(report, 'configure', () => Promise.resolve(configureStage(inputs, context, installed.confLines)));
    // After configure: `extra-conf` may have changed the sandbox.
    if (codeIsUntrusted(context.eventName))
        await warnUnisolatedBuilds(installedNix, installed.daemon, context.eventName, installed.user, report);
    if (!inputs.cache) {
        report.skip('cache restore', '`cache: false`');
        return { nix: installedNix };
    }
    const restored = await runStage(report, 'cache restore', async () => {
        const { restoreCache } = await __webpack_require__.e(/* import() */ 101).then(__webpack_require__.bind(__webpack_require__, 12101));
        return restoreCache(installedNix, inputs, context, push.push);
    }, { note: result => result.note });
    // The restored entry, if any, is a substituter of every Nix command from here on.
    return { nix: { ...installedNix, settings: restored.settings }, roots: restored.roots };
}
/**
 * Before anything evaluates the flake: an input flake.lock does not pin is
 * refused before Nix could fetch it. A failure is the first stage's that
 * would have evaluated the flake; a pass is only a line in the log.
 */
async function lockedInputs(nix, inputs, context, report) {
    const stage = inputs.plan ? 'plan' : inputs.check ? 'check' : 'build';
    try {
        core/* info */.pq(`Flake inputs: ${await checkLockedInputs(nix, inputs, context)}`);
    }
    catch (error) {
        // Not a stage of its own: a pass is a log line, not a row of the summary.
        throw stageFailed(report, stage, 0, error);
    }
}
/** Starts the build now; its log is held back until the build stage's group opens. */
function startBuildAlongside(nix, inputs, roots) {
    const sink = new log_sink/* DeferredSink */.R();
    const abort = new AbortController();
    const startedAt = Date.now();
    const done = startBuild(nix, inputs, sink, abort.signal, roots);
    return { sink, abort, startedAt, done };
}
async function runMain(headStart) {
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
        const pushed = await stages(planned, report, headStart);
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
            await writeSummary(report, failure).catch((error) => {
                core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
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
/** `headStart`: what the entry point started before this module loaded (none under local-action). */
async function run(headStart) {
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
        await runMain(headStart);
    }
    finally {
        // A host that runs post in the same process (local-action) must not have
        // a signal during post mark the finished main as cancelled.
        for (const signal of signals)
            process.off(signal, onSignal);
    }
}


/***/ }),

/***/ 94617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ planChecksExpression),
/* harmony export */   Yp: () => (/* binding */ bareDerivationBuilt),
/* harmony export */   _g: () => (/* binding */ InternalJsonLog),
/* harmony export */   iX: () => (/* binding */ checkOutcomes),
/* harmony export */   jG: () => (/* binding */ parsePlannedChecks),
/* harmony export */   mk: () => (/* binding */ parseNamedChecks),
/* harmony export */   rt: () => (/* binding */ namedChecksExpression)
/* harmony export */ });
/* unused harmony exports notADerivation, MAX_LOG_LINES, lastLines, stripAnsi */
/* harmony import */ var _report_log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9018);
/* harmony import */ var _store_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54764);
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
    return (`checks: { available = builtins.attrNames checks; named = builtins.listToAttrs (map (name: let check = checks.\${name}; ${CHECK_LET} in { inherit name; value = ${CHECK_VALUE}; }) ` +
        `(builtins.filter (name: checks ? \${name}) [ ${list} ])); }`);
}
// One check (`check`) as `{ drv; outputs; }`, nulls where it is not a
// derivation (read by notADerivation): the bindings, then the value.
const CHECK_LET = 'isSet = builtins.isAttrs check; wanted = if isSet then check.outputs or [ "out" ] else [ ];';
const CHECK_VALUE = '{ drv = if isSet then check.drvPath or null else null; ' +
    'outputs = if builtins.isList wanted then map (output: if builtins.isString output then (check.${output} or null).outPath or null else null) wanted else null; }';
/**
 * The `--apply` function for `nix eval --json <flake>#checks` of a plan: each
 * check of the planned `systems` as `{ drv; outputs; }`, and for any
 * other system only how many checks it has (nothing of them is instantiated).
 */
function planChecksExpression(systems) {
    const list = systems.map(nixString).join(' ');
    return `checks: builtins.mapAttrs (system: set: if builtins.elem system [ ${list} ] then builtins.mapAttrs (name: check: let ${CHECK_LET} in ${CHECK_VALUE}) set else builtins.length (builtins.attrNames set)) checks`;
}
/** Why a named check's evaluation is not a derivation, or undefined when it is one. */
function notADerivation(name, drv, outputs) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify(undefined) is undefined, whatever its type says
    const shown = (value) => (0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(JSON.stringify(value) ?? 'nothing');
    if (!(0,_store_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isDerivationPath */ .NN)(drv))
        return `check \`${name}\` is not a derivation: its drvPath is ${shown(drv)}, not a path ${(0,_store_path_js__WEBPACK_IMPORTED_MODULE_1__/* .storeDir */ .rT)()}/<hash>-<name>.drv.`;
    if (!Array.isArray(outputs) || outputs.length === 0 || !outputs.every(output => (0,_store_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isStorePath */ .zP)(output))) {
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
        throw new Error(`nix eval --json printed something that is not JSON: ${(0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(stdout.slice(0, 200))}`);
    }
    const value = parsed;
    if (!Array.isArray(value.available) || typeof value.named !== 'object' || value.named === null) {
        throw new Error(`nix eval --json did not list the checks: ${(0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(stdout.slice(0, 200))}`);
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
const ACT_BUILDS = 104;
const ACT_BUILD = 105;
const RES_PROGRESS = 105;
const ACT_SUBSTITUTE = 108;
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
// eslint-disable-next-line no-control-regex -- an escape sequence is what it looks for
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
    /** Store paths copied from a substituter, and when. */
    substitutions = new Map();
    byActivity = new Map();
    substituting = new Map();
    buildsProgress = new Set();
    finished = 0;
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
                if (event.type === ACT_BUILDS && typeof event.id === 'number')
                    this.buildsProgress.add(event.id);
                if (event.type === ACT_SUBSTITUTE && typeof drv === 'string' && typeof event.id === 'number') {
                    this.substitutions.set(drv, { startedAt: at, stoppedAt: undefined });
                    this.substituting.set(event.id, drv);
                }
                return event.text && (event.level ?? LEVEL_INFO) <= LEVEL_INFO ? stripAnsi(event.text) : undefined;
            }
            case 'stop': {
                const build = typeof event.id === 'number' ? this.byActivity.get(event.id) : undefined;
                if (build && build.stoppedAt === undefined)
                    build.stoppedAt = at;
                const substituted = typeof event.id === 'number' ? this.substitutions.get(this.substituting.get(event.id) ?? '') : undefined;
                if (substituted)
                    substituted.stoppedAt = at;
                return undefined;
            }
            case 'result': {
                const build = typeof event.id === 'number' ? this.byActivity.get(event.id) : undefined;
                const line = event.fields?.[0];
                if (event.type === RES_PROGRESS && typeof event.id === 'number' && this.buildsProgress.has(event.id))
                    this.progress(event.fields, at);
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
                if (level === LEVEL_ERROR) {
                    this.errors.push(message);
                    // A failed build's activity may stop only when Nix is done with
                    // every other build: its time ends when Nix says it failed.
                    for (const build of this.builds.values())
                        if (build.stoppedAt === undefined && message.includes(build.drv))
                            build.stoppedAt = at;
                }
                // Errors are shown in the failing check's own group; warnings and
                // notes as Nix would print them.
                return level >= LEVEL_WARN && level <= LEVEL_INFO ? message : undefined;
            }
            default:
                return undefined;
        }
    }
    /**
     * Nix 2.8 stops a build's activity only when nothing needs its goal any
     * more: for a derivation named on the command line, at the very end (2.34
     * stops it when the build ends).
     * The builds' progress (done + failed) says when builds finished: when as
     * many finished as are open, those are the ones.
     */
    progress(fields, at) {
        const [done, , , failed] = fields ?? [];
        if (typeof done !== 'number' || typeof failed !== 'number')
            return;
        const finished = done + failed;
        const open = [...this.builds.values()].filter(build => build.stoppedAt === undefined);
        if (finished > this.finished && finished - this.finished === open.length)
            for (const build of open)
                build.stoppedAt = at;
        this.finished = Math.max(this.finished, finished);
    }
    /** Every derivation built and path substituted that finished, slowest first. */
    timed() {
        const name = (path) => path
            .slice(path.lastIndexOf('/') + 1)
            .replace(/^[0-9a-z]{32}-/, '')
            .replace(/\.drv$/, '');
        const entries = [];
        for (const build of this.builds.values()) {
            if (build.stoppedAt !== undefined)
                entries.push({ name: name(build.drv), kind: 'built', seconds: (build.stoppedAt - build.startedAt) / 1000 });
        }
        for (const [path, { startedAt, stoppedAt }] of this.substitutions) {
            if (stoppedAt !== undefined)
                entries.push({ name: name(path), kind: 'substituted', seconds: (stoppedAt - startedAt) / 1000 });
        }
        return entries.sort((a, b) => b.seconds - a.seconds);
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
/** Reads the JSON printed for {@link planChecksExpression}; `isName` says which names `checks` accepts. */
function parsePlannedChecks(stdout, systems, isName) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new Error(`nix eval --json printed something that is not JSON: ${(0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(stdout.slice(0, 200))}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`nix eval --json did not give the checks by system: ${(0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(stdout.slice(0, 200))}`);
    }
    const checks = [];
    const unplanned = [];
    const refused = [];
    for (const [system, value] of Object.entries(parsed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!systems.includes(system)) {
            if (typeof value === 'number' && value > 0)
                unplanned.push({ system: (0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(system), count: value });
            continue;
        }
        if (typeof value !== 'object' || value === null)
            continue;
        for (const [name, found] of Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
            if (!isName(name)) {
                refused.push(`check ${(0,_report_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControl */ .hN)(JSON.stringify(name))} of ${system} cannot be named in \`checks\` (letters, digits, \`_\`, \`'\`, \`+\`, \`-\`), so no matrix job could build it.`);
                continue;
            }
            const problem = notADerivation(name, found?.drv, found?.outputs);
            if (problem)
                refused.push(problem);
            else
                checks.push({ system, name, drv: found?.drv, outputs: found?.outputs });
        }
    }
    return { checks, unplanned, refused };
}


/***/ }),

/***/ 82094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ transientAdvice),
/* harmony export */   dI: () => (/* binding */ runNix),
/* harmony export */   ge: () => (/* binding */ NIX_COMMAND),
/* harmony export */   kW: () => (/* binding */ runNixBin),
/* harmony export */   tX: () => (/* binding */ currentSystem)
/* harmony export */ });
/* unused harmony export withFlags */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67063);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5387);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72006);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49809);
/* harmony import */ var _report_log_sink_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78278);
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
    return (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)(nix.bin, args, { ...options, env: (0,_child_env_js__WEBPACK_IMPORTED_MODULE_2__/* .nixEnvironment */ .p)(nix.settings) });
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
    const sink = options.sink ?? _report_log_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .stdoutSink */ .X;
    options.report?.command(options.reproduce ?? (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .commandLine */ .ay)('nix', args));
    const { result, attempts } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L5)(async (attempt) => {
        // Nix retries a failed download itself (5 times, backing off for minutes
        // after a 429 from 2.34 on); one download try per command makes
        // `attempts` the number of tries in all, and the waits the action's own,
        // bounded and said in the log.
        const full = withFlags(args, [...nix.commonArgs, '--option', 'download-attempts', '1', ...(attempt > 1 ? ['--refresh'] : [])]);
        const result = await runNixBin(nix, full, { silent: options.silent ?? false, sink, signal: options.signal });
        transient = result.exitCode === 0 ? undefined : (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .transientFailure */ .RG)(result.output);
        const reason = transient ? `${transient.host ?? 'a host'} ${transient.kind === 'http' ? 'answered' : 'failed:'} ${transient.what}` : undefined;
        return { result, retryReason: reason };
    }, {
        attempts: options.attempts,
        onRetry: (attempt, wait, reason) => {
            sink.later(() => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s ` +
                    `(at most ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .totalWaitSeconds */ .fx)(options.attempts)} s of waiting in all).`);
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
    if (!(0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .traceTruncated */ .Qb)(output) || (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .failedDerivations */ .sG)(output).length > 0)
        return undefined;
    sink.later(() => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Nix cut the trace short; evaluating again with --show-trace to find the line to annotate (output not shown).');
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

/***/ 19200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ hashMismatches),
/* harmony export */   d: () => (/* binding */ resourceFailure),
/* harmony export */   pE: () => (/* binding */ resourceAdvice)
/* harmony export */ });
// What kind of failure a failed build was, read from Nix's messages and the
// builder's last log lines: a stale fixed-output hash, a builder killed (by
// the kernel's OOM killer or another signal), a runner out of disk. Nix words
// these alike from 2.8 to 2.34 (`builder for '…' failed due to signal 9` or
// `Cannot build '…'. Reason: builder failed due to signal 9`).
// `hash mismatch in fixed-output derivation '<drv>':` then `specified:` (Nix
// 2.4+) or `wanted:` (before), and `got:`.
const MISMATCH = /hash mismatch in fixed-output derivation '(\/[^']+\.drv)':\s*(?:[^\n]*\n)*?\s*(?:specified|wanted):\s*(\S+)\s*\n\s*got:\s*(\S+)/g;
function hashMismatches(output) {
    const found = [];
    for (const match of output.matchAll(MISMATCH)) {
        const [, drv = '', specified = '', got = ''] = match;
        if (!found.some(known => known.drv === drv))
            found.push({ drv, specified, got });
    }
    return found;
}
/**
 * Whether a derivation failed for want of memory or disk rather than because
 * of its code: its builder died of signal 9 (what the OOM killer sends), a
 * process of it did (a shell's exit code 137, 128 + 9), or a write found the
 * disk full. `message` is Nix's error for the derivation, `log` its last lines.
 */
function resourceFailure(message, log) {
    if (log.some(line => /No space left on device/i.test(line)) || /No space left on device/i.test(message)) {
        return { kind: 'disk', evidence: 'No space left on device' };
    }
    const signal = /failed due to signal (\d+)/.exec(message);
    if (signal)
        return { kind: 'killed', evidence: `signal ${signal[1] ?? '?'}` };
    if (/failed with exit code 137\b/.test(message))
        return { kind: 'killed', evidence: 'exit code 137 (signal 9)' };
    return undefined;
}
/** What helps, said to the user, for a build that ran out of a resource. */
function resourceAdvice(failure) {
    if (failure.kind === 'disk') {
        return ('The runner ran out of disk (`No space left on device`): this is not a failing test. ' +
            'What helps: freeing disk before the build (remove unused toolchains from the runner image, `nix-collect-garbage`), ' +
            'a `cache` that keeps fewer paths, or a runner with a larger disk.');
    }
    return (`The builder was killed (${failure.evidence}), most often by the kernel when the runner ran out of memory: this is not a failing test. ` +
        'What helps: fewer builds at once (`max-jobs = 1` in `extra-conf`), fewer threads per build (`cores = 1`), ' +
        'or a runner with more memory.');
}


/***/ }),

/***/ 57822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p9: () => (/* binding */ explainFailedBuild),
  SP: () => (/* binding */ explainFailure),
  M3: () => (/* binding */ explainHashMismatch)
});

// UNUSED EXPORTS: MAX_ERRORS, MAX_MESSAGE_CHARS, annotate

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/nix/command.ts
var command = __webpack_require__(82094);
// EXTERNAL MODULE: ./src/nix/output.ts
var nix_output = __webpack_require__(72006);
// EXTERNAL MODULE: ./src/nix/failure-kind.ts
var failure_kind = __webpack_require__(19200);
// EXTERNAL MODULE: ./src/nix/hash-forms.ts
var hash_forms = __webpack_require__(37085);
// EXTERNAL MODULE: ./src/nix/flake-ref.ts
var flake_ref = __webpack_require__(41202);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report/annotations.ts
// Turns what a failed Nix command printed into annotations on the files of the
// repository: evaluation errors at their position, compiler diagnostics in a
// check's log (a failed build's own: failure-details.ts).




/**
 * Where the flake's `-source` tree lives in the workspace. Nix copies a flake
 * in a git repository from the repository's top, so `sub/flake.nix` keeps its
 * `sub/`; a plain directory flake is copied from the directory itself.
 */
function sourceRoot(flake, workspace) {
    const local = (0,flake_ref/* localFlake */.B)(flake, workspace);
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

;// CONCATENATED MODULE: ./src/report/hash-location.ts
// Where a stale fixed-output hash is written in the repository: the flake's
// source tree searched for every spelling of it (SRI, base-32, base-16). When
// no file holds it, flake.lock may say which input it came with.



// Bounds for a walk over a large repository: files a hash could be in are
// small and text; vendored trees and build results are not the flake's own.
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'target', '.direnv']);
function sourceFiles(root) {
    const files = [];
    const pending = [root];
    while (pending.length > 0 && files.length < MAX_FILES) {
        const dir = pending.pop() ?? root;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const full = external_node_path_default().join(dir, entry.name);
            // Links are not followed: they may lead out of the repository.
            if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !/^result(-.*)?$/.test(entry.name))
                pending.push(full);
            else if (entry.isFile())
                files.push(full);
        }
    }
    return files.sort();
}
/** Every place in the tree under `root` where the hash is written, in any of its forms. */
function findHash(root, base, forms) {
    const wanted = (0,hash_forms/* searchForms */.w3)(forms);
    const found = [];
    let budget = MAX_TOTAL_BYTES;
    for (const file of sourceFiles(root)) {
        let text;
        try {
            const size = (0,external_node_fs_.statSync)(file).size;
            if (size > MAX_FILE_BYTES || size > budget)
                continue;
            budget -= size;
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        if (!wanted.some(form => text.includes(form)))
            continue;
        const lines = text.split('\n');
        lines.forEach((line, index) => {
            const form = wanted.find(candidate => line.includes(candidate));
            if (form)
                found.push({ file: external_node_path_default().relative(base, file), line: index + 1, column: line.indexOf(form) + 1, written: form });
        });
    }
    return found;
}
/** The same hash in the form the file wrote it: what to paste over `written`. */
function sameForm(written, specified, got) {
    if (written === specified.sri)
        return got.sri;
    if (written === specified.nix32)
        return got.nix32;
    if (written === specified.base16)
        return got.base16;
    return got.sri.slice(got.algo.length + 1);
}
/** The direct inputs named in flake.lock of `flakeDir`, or [] without one. */
function lockedInputs(flakeDir) {
    try {
        const lock = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(flakeDir, 'flake.lock'), 'utf8'));
        return Object.keys(lock.nodes?.[lock.root ?? 'root']?.inputs ?? {}).sort();
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/report/summary-sections.ts
var summary_sections = __webpack_require__(25931);
;// CONCATENATED MODULE: ./src/report/failure-details.ts



/** Lines of a builder's log quoted in an annotation and the summary. */
const QUOTED_LOG_LINES = 20;
// A code span of the flake's text (a file name may hold a backtick or a line break).
const code = (text) => `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``;
/**
 * A stale hash: one annotation at each place the repository writes it, with
 * the hash to write there in the same form; without one, the inputs it may
 * have come with.
 */
function staleHash(mismatch, name, forms, locations, lockInputs) {
    const title = `Stale hash in ${name}`;
    const said = `specified: ${mismatch.specified}\ngot:       ${mismatch.got}`;
    const replacement = (at) => (forms.specified && forms.got ? sameForm(at.written, forms.specified, forms.got) : mismatch.got);
    if (locations.length > 0) {
        const annotations = locations.map(at => ({
            title,
            message: `The fixed-output derivation ${name} does not produce this hash.\n${said}\nWrite here: ${replacement(at)}`,
            file: at.file,
            line: at.line,
            column: at.column
        }));
        const places = locations.map(at => `- ${code(`${at.file}:${at.line}`)}: replace ${code(at.written)} with\n\n${(0,summary_sections/* fenced */.OF)(replacement(at), '')}`);
        return {
            annotations,
            detail: {
                title,
                markdown: [`The fixed-output derivation ${code(name)} produced another hash than the one written for it.`, '', (0,summary_sections/* fenced */.OF)(said), '', ...places].join('\n')
            }
        };
    }
    const from = lockInputs.length > 0
        ? `It is not written in this repository: it most likely comes with one of the flake's inputs in flake.lock (${lockInputs.map(code).join(', ')}); updating that input (\`nix flake lock --update-input <name>\`) or overriding the derivation fixes it.`
        : 'It is not written in this repository (nor does the flake have a flake.lock naming its inputs): the derivation comes from elsewhere.';
    return {
        annotations: [{ title, message: `The fixed-output derivation ${name} does not produce the hash it states.\n${said}\n${from}` }],
        detail: {
            title,
            markdown: [`The fixed-output derivation ${code(name)} produced another hash than the one it states.`, '', (0,summary_sections/* fenced */.OF)(said), '', from].join('\n')
        }
    };
}
/** A derivation whose builder failed: a failing test, or one killed or out of disk. */
function failedBuild(build) {
    const tail = build.log.slice(-QUOTED_LOG_LINES).join('\n');
    const resource = (0,failure_kind/* resourceFailure */.d)(build.message, build.log);
    const what = build.check ? `Check ${build.name}` : `Build of ${build.name}`;
    const title = resource?.kind === 'killed' ? `${what} was killed` : resource?.kind === 'disk' ? `${what} ran out of disk` : `${what} failed`;
    const advice = resource ? (0,failure_kind/* resourceAdvice */.pE)(resource) : '';
    const needs = build.firstFailed ? `It needs ${build.firstFailed}, which failed first:` : '';
    const message = [advice, needs, tail !== '' ? tail : build.message].filter(part => part !== '').join('\n\n');
    const others = build.dependants
        ? ` ${build.dependants} other derivation${build.dependants === 1 ? '' : 's'} failed only because ${build.dependants === 1 ? 'it needs' : 'they need'} it.`
        : '';
    const first = build.firstFailed ? `${code(build.firstFailed)}, which ${code(build.name)} needs,` : code(build.name);
    const kind = resource ? '' : `A build failure (evaluation passed): the builder of ${first} failed first.${others}`;
    const quoted = tail !== '' ? [`Its last ${Math.min(build.log.length, QUOTED_LOG_LINES)} log lines:`, '', (0,summary_sections/* fenced */.OF)(tail)] : [(0,summary_sections/* fenced */.OF)(build.message)];
    return {
        annotations: [{ title, message }],
        detail: { title, markdown: [advice || kind, ...(advice && others ? [others.trim()] : []), '', ...quoted].join('\n') }
    };
}
/** An evaluation error: nothing was built; the annotation points at the line. */
function evaluationDetail(annotation) {
    const where = annotation.file ? ` at ${code(`${annotation.file}:${annotation.line ?? 1}`)}` : '';
    return {
        title: annotation.title,
        markdown: [`An evaluation error${where}: Nix stopped before building anything.`, '', (0,summary_sections/* fenced */.OF)(annotation.message)].join('\n')
    };
}

// EXTERNAL MODULE: ./src/report/log-text.ts
var log_text = __webpack_require__(9018);
;// CONCATENATED MODULE: ./src/nix/failure.ts
// What a failed Nix run means for the user: annotations on the lines to fix
// (a stale hash, a failed check's compiler errors, an evaluation error's
// position), a section of the job summary per failure, and the error the
// failing stage reports. Used by check, named checks and build.











// GitHub shows 10 error annotations per step (and 50 per job) and drops the
// rest; past that they are said in the log, and one is left for the step's
// own failure. Messages are clipped likewise.
const MAX_ERRORS = 9;
const MAX_MESSAGE_CHARS = 4000;
let errorsShown = 0;
function annotate(annotation) {
    const { message, ...properties } = annotation;
    // A compiler warning in a check's log stays a warning.
    const warning = /^warning\b/.test(properties.title);
    if (!warning && errorsShown >= MAX_ERRORS) {
        core/* info */.pq(`Not annotated (GitHub shows 10 errors per step): ${(0,log_text/* escapeControl */.hN)(properties.title)}`);
        return;
    }
    if (!warning)
        errorsShown++;
    const text = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}\n… (cut short; the log has all of it)` : message;
    (warning ? core/* warning */.$e : core/* error */.z3)(text, {
        title: properties.title,
        ...(properties.file ? { file: properties.file, startLine: properties.line, startColumn: properties.column } : {})
    });
}
function publish(explained, report) {
    for (const annotation of explained.annotations)
        annotate(annotation);
    report.explain(explained.detail);
}
/** A stale fixed-output hash, annotated where the repository writes it. */
function explainHashMismatch(mismatch, name, inputs, context, report) {
    const specified = (0,hash_forms/* hashForms */.ii)(mismatch.specified);
    const root = sourceRoot(inputs.flake, context.workspace);
    const locations = specified && root ? findHash(root, context.workspace, specified) : [];
    const flakeDir = (0,flake_ref/* localFlake */.B)(inputs.flake, context.workspace)?.flakeDir;
    publish(staleHash(mismatch, name, { specified, got: (0,hash_forms/* hashForms */.ii)(mismatch.got) }, locations, flakeDir ? lockedInputs(flakeDir) : []), report);
}
/** A derivation that failed to build: its annotation, its section, and compiler errors in its log. */
function explainFailedBuild(build, inputs, context, report) {
    publish(failedBuild(build), report);
    for (const annotation of compilerAnnotations(build.log, sourceRoot(inputs.flake, context.workspace), context.workspace))
        annotate(annotation);
}
/** Derivations that failed only because one they need failed (every Nix version's wording). */
function dependants(output) {
    return [...output.matchAll(/dependencies of derivation '[^']+' failed to build|Reason: \d+ dependenc(?:y|ies) failed/g)].length;
}
/** Explains a failed Nix run: annotations, summary sections, and the error for the stage. */
function explainFailure(run, what, names, inputs, context, report) {
    const { output } = run.result;
    const summary = (0,nix_output/* errorSummary */.N5)(output);
    const mismatches = (0,failure_kind/* hashMismatches */.F6)(output);
    // A fixed-output derivation whose hash is stale is that, not also a failed build.
    const failed = (0,nix_output/* failedDerivations */.sG)(output).filter(drv => !mismatches.some(mismatch => mismatch.drv === drv));
    const nameOf = (drv) => names.get(drv) ?? (0,nix_output/* derivationName */.Jt)(drv);
    if (mismatches.length > 0 || failed.length > 0) {
        for (const mismatch of mismatches)
            explainHashMismatch(mismatch, nameOf(mismatch.drv), inputs, context, report);
        const others = dependants(output);
        for (const { drv, message, log } of (0,nix_output/* failedBuilds */.B2)(output).filter(build => failed.includes(build.drv))) {
            explainFailedBuild({ name: nameOf(drv), check: names.has(drv), message, log, dependants: others }, inputs, context, report);
        }
        const list = [...mismatches.map(m => `stale hash in ${nameOf(m.drv)}`), ...failed.map(nameOf)].join(', ');
        const head = what.endsWith(list) ? `${what} failed.` : `${what} failed: ${list}.`;
        return new Error(`${head}\n${summary}\nThe log above has the full output; reproduce with the commands in the job summary.`);
    }
    if (run.transient)
        return new Error(`${what} failed: ${(0,command/* transientAdvice */.Rq)(run.transient, inputs.attempts)}\n${summary}`);
    // Nix itself out of disk (writing to the store), or killed (an evaluation out of memory): no builder failed.
    const resource = (0,failure_kind/* resourceFailure */.d)(run.result.exitCode === 137 ? 'failed due to signal 9' : '', summary.split('\n'));
    if (resource) {
        const title = resource.kind === 'disk' ? 'Nix ran out of disk' : 'Nix was killed';
        const advice = (0,failure_kind/* resourceAdvice */.pE)(resource).replace(/^The builder was/, 'Nix was');
        annotate({ title, message: `${advice}\n\n${summary}` });
        report.explain({ title, markdown: `${advice}\n\n${(0,summary_sections/* fenced */.OF)(summary)}` });
        return new Error(`${what} failed: ${title.toLowerCase().replace(/^nix/, 'Nix')} (exit code ${run.result.exitCode}).\n${summary}`);
    }
    // The position is read from the full trace when Nix hid it (see runNix).
    const annotation = evaluationAnnotation(run.trace ?? output, summary, sourceRoot(inputs.flake, context.workspace), context.workspace);
    annotate(annotation);
    report.explain(evaluationDetail(annotation));
    return new Error(`${what} failed (exit code ${run.result.exitCode}): ${summary.replace(/^error:\s*/, '')}`);
}


/***/ }),

/***/ 41202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ localFlake)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Local flake references (`.`, `./sub`, `path:./sub`, `git+file:///abs`,
// each with an optional `?dir=`) resolved against the workspace.

/** Undefined for a remote flake (`github:…`, `https://…`). */
function localFlake(flake, workspace) {
    const local = /^(?:path:|git\+file:\/\/)?(\.{1,2}(?:\/[^?#]*)?|\/[^?#]*)(?:\?.*)?$/.exec(flake);
    if (!local?.[1])
        return undefined;
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, local[1]);
    const dir = /[?&]dir=([^&#]+)/.exec(flake)?.[1];
    return { root, flakeDir: dir ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, dir) : root };
}


/***/ }),

/***/ 37085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eN: () => (/* binding */ toNix32),
/* harmony export */   ii: () => (/* binding */ hashForms),
/* harmony export */   w3: () => (/* binding */ searchForms)
/* harmony export */ });
/* unused harmony export fromNix32 */
// A hash as Nix prints it (`sha256-<base64>`, `sha256:<nix32>`, `sha256:<hex>`)
// and the other ways a flake may spell the same hash: Nix's own base-32,
// base-16 and SRI. Pure conversions, so a stale hash can be found in a file
// whatever form its author wrote it in.
const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';
/** Digest sizes in bytes of the algorithms fixed-output derivations use. */
const SIZES = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };
/** Nix's base-32: the digest read from its last byte, 5 bits at a time. */
function toNix32(bytes) {
    const length = Math.ceil((bytes.length * 8) / 5);
    let out = '';
    for (let n = length - 1; n >= 0; n--) {
        const bit = n * 5;
        const i = Math.floor(bit / 8);
        const j = bit % 8;
        const value = ((bytes[i] ?? 0) >> j) | (i + 1 < bytes.length ? (bytes[i + 1] ?? 0) << (8 - j) : 0);
        out += NIX32.charAt(value & 0x1f);
    }
    return out;
}
/** The bytes of a Nix base-32 string, or undefined when it is not one of `size` bytes. */
function fromNix32(text, size) {
    if (text.length !== Math.ceil((size * 8) / 5))
        return undefined;
    const bytes = new Uint8Array(size);
    for (let n = 0; n < text.length; n++) {
        const digit = NIX32.indexOf(text[text.length - n - 1] ?? '');
        if (digit < 0)
            return undefined;
        const bit = n * 5;
        const i = Math.floor(bit / 8);
        const j = bit % 8;
        bytes[i] = (bytes[i] ?? 0) | ((digit << j) & 0xff);
        const carry = digit >> (8 - j);
        if (i + 1 < size)
            bytes[i + 1] = (bytes[i + 1] ?? 0) | carry;
        else if (carry !== 0)
            return undefined;
    }
    return bytes;
}
function digestOf(algo, text) {
    const size = SIZES[algo];
    if (size === undefined)
        return undefined;
    if (text.length === size * 2 && /^[0-9a-f]+$/i.test(text))
        return Uint8Array.from(Buffer.from(text, 'hex'));
    const nix32 = fromNix32(text, size);
    if (nix32)
        return nix32;
    if (/^[A-Za-z0-9+/]+=*$/.test(text)) {
        const bytes = Buffer.from(text, 'base64');
        if (bytes.length === size)
            return Uint8Array.from(bytes);
    }
    return undefined;
}
/** Every form of a hash Nix printed (`sha256-…` or `sha256:…`), or undefined when it is none. */
function hashForms(printed) {
    const match = /^(md5|sha1|sha256|sha512)[-:](.+)$/.exec(printed.trim());
    if (!match)
        return undefined;
    const algo = match[1] ?? '';
    const bytes = digestOf(algo, match[2] ?? '');
    if (!bytes)
        return undefined;
    return { algo, sri: `${algo}-${Buffer.from(bytes).toString('base64')}`, nix32: toNix32(bytes), base16: Buffer.from(bytes).toString('hex') };
}
/** The strings to look for in a file: the SRI form, and the bare base-64, base-32 and base-16 digests. */
function searchForms(forms) {
    return [forms.sri, forms.sri.slice(forms.algo.length + 1), forms.nix32, forms.base16];
}


/***/ }),

/***/ 72006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ failedBuilds),
/* harmony export */   EV: () => (/* binding */ sourcePositions),
/* harmony export */   Jt: () => (/* binding */ derivationName),
/* harmony export */   N5: () => (/* binding */ errorSummary),
/* harmony export */   Qb: () => (/* binding */ traceTruncated),
/* harmony export */   RG: () => (/* binding */ transientFailure),
/* harmony export */   fn: () => (/* binding */ storePathFromBuildJson),
/* harmony export */   sG: () => (/* binding */ failedDerivations)
/* harmony export */ });
/* unused harmony exports builderLogLines, builderLogFor, curlErrorCode, hostOf */
/* harmony import */ var _store_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54764);
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
    return failedDerivations(output).map(drv => {
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


/***/ }),

/***/ 54764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 91846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   sh: () => (/* binding */ isCheckName)
/* harmony export */ });
/* unused harmony exports splitList, parseRunners, cacheSigningKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49458);
/* harmony import */ var _cache_signing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95085);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected \`true\` or \`false\`, got ${shown(value)}`);
}
/** One of `values`, in any case. */
function oneOf(read, name, values) {
    const raw = read(name);
    const value = values.find(candidate => candidate === raw.toLowerCase());
    if (value !== undefined)
        return value;
    const listed = values.map(candidate => `\`${candidate}\``);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected ${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1] ?? ''}, got ${shown(raw)}`);
}
const SWITCH = ['auto', 'true', 'false'];
const CACHE_SAVE = ['auto', 'always', 'never'];
// Nothing here goes through a shell, but values are also echoed in the
// "reproduce locally" commands users paste into one, so shell syntax is refused.
const SHELL_CHARACTERS = /[\s`$;|<>()'"\\*{}!]/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_CHARACTERS = /[\x00-\x1f]/;
function flakeRef(read) {
    const value = read('flake');
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('flake', 'expected a flake reference such as `.`, `./sub` or `github:owner/repo`, got an empty value');
    if (value.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('flake', `expected a flake reference, not something that reads as an option: ${shown(value)}`);
    if (SHELL_CHARACTERS.test(value) || CONTROL_CHARACTERS.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('flake', `expected a flake reference without spaces, quotes or shell characters, got ${shown(value)}`);
    }
    if (value.includes('#')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('flake', `expected a flake reference without \`#\`; name the output in \`package\` instead, got ${shown(value)}`);
    }
    return value;
}
function skopeoFlake(read) {
    const value = read('skopeo-flake');
    const [flake = '', attribute, ...rest] = value.split('#');
    if (value.startsWith('-') ||
        SHELL_CHARACTERS.test(value) ||
        CONTROL_CHARACTERS.test(value) ||
        flake === '' ||
        rest.length > 0 ||
        (attribute !== undefined && !ATTRIBUTE_PATH.test(attribute))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('skopeo-flake', `expected an installable such as \`github:NixOS/nixpkgs/<commit>#skopeo\` (pinned to a commit, as the default is), got ${shown(value)}`);
    }
    return value;
}
const ATTRIBUTE_PATH = /^[A-Za-z_][A-Za-z0-9_'+-]*(?:\.[A-Za-z_][A-Za-z0-9_'+-]*)*$/;
const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_'+-]*$/;
/** Whether `checks` accepts `name` as a check's name. */
const isCheckName = (name) => ATTRIBUTE.test(name);
function packageName(read) {
    const value = read('package');
    if (!ATTRIBUTE_PATH.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('package', `expected a flake output name such as \`image-dev\` or \`packages.x86_64-linux.default\`, got ${shown(value)}`);
    }
    return value;
}
// A Nix system as flakes name them: `x86_64-linux`, `aarch64-darwin`.
const SYSTEM = /^[a-z0-9_]+-[a-z0-9_]+$/;
const CHECKS_EXPECTED = "expected check names separated by commas or new lines, such as `fmt, clippy, test`, or names of one system, such as `x86_64-linux.fmt` (what a plan's `matrix` gives)";
/**
 * `checks`: bare names (the runner's own system), or all `<system>.<name>` of
 * one system, so a matrix job builds the system the plan gave it whatever
 * runner it lands on.
 */
function checkNames(read) {
    const names = splitList(read('checks'));
    const systems = new Set();
    const checks = [];
    for (const entry of names) {
        const dot = entry.indexOf('.');
        const system = dot < 0 ? undefined : entry.slice(0, dot);
        const name = dot < 0 ? entry : entry.slice(dot + 1);
        if (!ATTRIBUTE.test(name) || (system !== undefined && !SYSTEM.test(system))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('checks', `${CHECKS_EXPECTED}; ${shown(entry)} is not a check name`);
        }
        systems.add(system);
        checks.push(name);
    }
    if (systems.size > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('checks', `${CHECKS_EXPECTED}; ${shown(names.join(', '))} mixes systems (one step builds the checks of one system)`);
    }
    return { checks: [...new Set(checks)], checksSystem: [...systems][0] };
}
// GitHub's runner labels: letters, digits, `.`, `-`, `_`.
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses `runners`: one `system=label` a line (or separated by commas). */
function parseRunners(value) {
    const runners = [];
    for (const line of splitList(value)) {
        const at = line.indexOf('=');
        const system = line.slice(0, at).trim();
        const label = line.slice(at + 1).trim();
        if (at < 0 || !SYSTEM.test(system) || !LABEL.test(label)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('runners', `expected one \`system=label\` a line, such as \`x86_64-linux=ubuntu-latest\`; ${shown(line)} is not one`);
        }
        if (runners.some(runner => runner.system === system))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('runners', `names ${shown(system)} twice; give each system one label`);
        runners.push({ system, label });
    }
    return runners;
}
function checkArgs(read) {
    const value = read('check-args');
    if (/["'`\\$]/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('check-args', `arguments are split on white space and no shell reads them, so quotes, \`$\` and \`\\\` are not supported; got ${shown(value)}`);
    }
    return value.split(/\s+/).filter(arg => arg.length > 0);
}
function attempts(read) {
    const value = read('attempts');
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_ATTEMPTS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('attempts', `expected a whole number from 1 to ${MAX_ATTEMPTS}, got ${shown(value)}`);
    }
    return n;
}
function nixVersion(read) {
    const value = read('nix-version');
    if (!/^\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('nix-version', `expected a Nix release such as \`2.34.6\`, got ${shown(value)}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    if (url.protocol === 'http:' && !loopbackHost(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('install-url', `expected an https URL: the installer runs as root, so it must not come over plain http (allowed only for a mirror on this machine, 127.0.0.1 or localhost); got ${shown(value)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    return value;
}
function extraConf(read) {
    const value = read('extra-conf');
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    if (/[\x00]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('extra-conf', 'expected nix.conf lines, got a NUL byte');
    if (value.includes('nix-flake-ci')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('extra-conf', 'must not contain the marker `nix-flake-ci` that delimits the block this action adds to nix.conf');
    }
    return value;
}
function githubToken(read) {
    const value = read('github-token');
    // One `host=token` entry of nix.conf's space-separated `access-tokens`; the
    // value is a secret, so the message never shows it.
    if (/\s/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('github-token', 'expected a single token without spaces or line breaks, such as `${{ github.token }}`; the value (not shown) has white space in it');
    }
    return value;
}
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i;
function size(read, name) {
    const value = read(name);
    const match = SIZE.exec(value);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected a size such as \`2G\`, \`500M\` or \`1048576\`, got ${shown(value)}`);
    const unit = (match[2] ?? 'B').charAt(0).toUpperCase();
    const factor = { B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit] ?? 1;
    return Math.floor(Number(match[1]) * factor);
}
/** `cache-signing-key`, also read by post; a secret, so a message never shows it. */
function cacheSigningKey(read) {
    const value = read('cache-signing-key').trim();
    if (value === '')
        return undefined;
    const key = (0,_cache_signing_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSigningKey */ .UG)(value);
    if (typeof key === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cache-signing-key', `${key}; the value (not shown) is not a Nix signing key (make one with \`nix key generate-secret --key-name NAME\`)`);
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
        ...checkNames(read),
        plan: bool(read, 'plan'),
        runners: parseRunners(read('runners')),
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
    if (inputs.plan && inputs.runners.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('runners', '`plan: true` needs at least one `system=label` line: the systems to plan');
    return inputs;
}
function checkRegistryInputs(inputs) {
    if (inputs.registry !== '') {
        const problem = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .registryProblem */ .T7)(inputs.registry);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('registry', `expected ${problem}, got ${shown(inputs.registry)}`);
    }
    if (inputs.image !== '') {
        const problem = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .imageProblem */ .JC)(inputs.image);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', `expected ${problem}, got ${shown(inputs.image)}`);
    }
    // Templates are filled before any stage runs (pipeline.ts); here only their syntax.
    for (const [name, values] of [
        ['tags', inputs.tags],
        ['manifest-from', inputs.manifestFrom]
    ]) {
        for (const tag of values) {
            const problem = (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .templateProblem */ .MS)(tag);
            if (problem)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `expected ${problem}; ${shown(tag)} is not one`);
        }
    }
    if (inputs.username !== '' && inputs.password === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('password', '`username` is set but `password` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.password !== '' && inputs.username === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('username', '`password` is set but `username` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.username !== '' && /[\s:]/.test(inputs.username)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('username', `expected a user name without spaces or \`:\`, got ${shown(inputs.username)}`);
    }
    if (inputs.password.includes('\n')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('password', 'expected a single line; the value has a line break');
    }
    if (inputs.push === 'true') {
        if (inputs.registry === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('registry', '`push: true` needs a registry host such as `quay.io`');
        if (inputs.image === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', '`push: true` needs a repository such as `upgrades/k8s-cloud-tagger-dev`');
        if (!inputs.build && inputs.manifestFrom.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('build', '`push: true` needs the build stage (`build: true`): there is nothing to push otherwise');
    }
    if (inputs.manifestFrom.length > 0) {
        if (inputs.build) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('build', '`manifest-from` combines images that earlier jobs pushed and pushes no build of its own; set `build: false` in this step');
        }
        if (inputs.registry === '' || inputs.image === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(inputs.registry === '' ? 'registry' : 'image', '`manifest-from` needs the `registry` and `image` that the per-platform tags were pushed to');
        }
    }
    if ((inputs.registry === '') !== (inputs.image === '') && inputs.push !== 'false') {
        const missing = inputs.registry === '' ? 'registry' : 'image';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(missing, `\`registry\` and \`image\` go together; \`${missing}\` is empty`);
    }
}


/***/ }),

/***/ 49458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ templateProblem),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   yN: () => (/* binding */ resolveTags)
/* harmony export */ });
/* unused harmony exports parseSemVer, sanitiseBranch */
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);
// The tags to push: given ones with their `{{…}}` templates filled from the
// run, or the default `sha-<commit>`. Templates are checked for syntax when
// the inputs are parsed and filled before any stage runs, so a tag that
// cannot be made fails the step before a long build, not after it.
// One function of semver, not its index: the index builds every class and
// range table at start-up, which every run would pay for.


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
    return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(template.replace(TEMPLATE, '0'));
}
function parseSemVer(name) {
    // semver.parse trims spaces; a name with them is not a version tag.
    const parsed = name === name.trim() ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(name) : null;
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
    const problem = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
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
        throw new Error(`every tag (${given.join(', ')}) is a short version tag, and those are not moved by the pre-release \`${tagName(source) ?? ''}\`; add \`{{version}}\``);
    }
    return [...new Set(kept.map(template => fillTemplate(template, source)))];
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ imageProblem),
/* harmony export */   T7: () => (/* binding */ registryProblem),
/* harmony export */   qH: () => (/* binding */ tagProblem)
/* harmony export */ });
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


/***/ }),

/***/ 95717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ skopeoOnPath),
/* harmony export */   provideSkopeo: () => (/* binding */ provideSkopeo)
/* harmony export */ });
/* unused harmony export skopeoFromBuildJson */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33838);
/* harmony import */ var _nix_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82094);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88701);
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
async function provideSkopeo(nix, inputs, roots) {
    const { result } = await (0,_nix_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runNix */ .dI)(nix, ['build', '--no-link', '--json', inputs.skopeoFlake], { attempts: inputs.attempts });
    const tail = result.output.trim().split('\n').slice(-10).join('\n');
    if (result.exitCode !== 0)
        throw new Error(`Building skopeo from \`${inputs.skopeoFlake}\` failed:\n${tail}\nInstall skopeo on the runner, or point \`skopeo-flake\` at a flake output that has bin/skopeo.`);
    roots?.recordBuildJson(result.stdout);
    const bin = skopeoFromBuildJson(result.stdout);
    if (!bin)
        throw new Error(`\`${inputs.skopeoFlake}\` built, but none of its outputs has bin/skopeo. Point \`skopeo-flake\` at skopeo (\`nixpkgs#skopeo\`).`);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Using skopeo from ${bin}`);
    return bin;
}


/***/ }),

/***/ 25931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   RG: () => (/* binding */ timelineSection),
/* harmony export */   SI: () => (/* binding */ withinLimit),
/* harmony export */   zl: () => (/* binding */ failureSections)
/* harmony export */ });
/* unused harmony exports TIMELINE_ROWS, SUMMARY_LIMIT_BYTES */
/** Rows of the timeline: the slowest derivations are where the time went. */
const TIMELINE_ROWS = 10;
/** GitHub refuses a step summary over 1 MiB; this leaves room for the note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;
/** A fence for `text` that no run of backticks inside it can close. */
function fenced(text, info = 'text') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(run => run[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${text}\n${fence}`;
}
function failureSections(failures) {
    if (failures.length === 0)
        return [];
    const lines = ['### What failed', ''];
    for (const failure of failures)
        lines.push(`#### ${failure.title.replace(/\n/g, ' ')}`, '', failure.markdown, '');
    return lines;
}
function duration(seconds) {
    return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`;
}
function timelineSection(timeline) {
    if (timeline.length === 0)
        return [];
    const shown = timeline.slice(0, TIMELINE_ROWS);
    const title = timeline.length > shown.length
        ? `the ${shown.length} slowest of ${timeline.length} derivations`
        : `${timeline.length} derivation${timeline.length === 1 ? '' : 's'}`;
    const lines = ['<details><summary>Timeline: ' + title + ' built or substituted</summary>', '', '| derivation | | time |', '| --- | --- | --- |'];
    for (const entry of shown)
        lines.push(`| \`${entry.name.replace(/[`|]/g, '_')}\` | ${entry.kind} | ${duration(entry.seconds)} |`);
    lines.push('', '</details>', '');
    return lines;
}
/** `markdown` cut to GitHub's limit, at a line, with a note saying so. */
function withinLimit(markdown, limit = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limit)
        return markdown;
    let cut = Buffer.from(markdown, 'utf8').subarray(0, limit).toString('utf8');
    // A partial character decodes as U+FFFD; a partial line is dropped whole.
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    // An open fence would swallow the note.
    const fences = cut.match(/^`{3,}/gm) ?? [];
    const close = fences.length % 2 === 1 ? `\n${fences.at(-1) ?? '```'}` : '';
    return `${cut}${close}\n\n> The summary was cut here: GitHub keeps at most 1 MiB of it. The job's log has everything.\n`;
}


/***/ }),

/***/ 49809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 75136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- undici's API is a class: callers write `new ProxyAgent(…)`
class ProxyAgent {
    constructor(...args) {
        // A constructor may return another object: callers get the real agent.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- that object is the real undici ProxyAgent this class stands in for
        return new (loaded().ProxyAgent)(...args);
    }
}
function fetch(...args) {
    return loaded().fetch(...args);
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ updateState)
/* harmony export */ });
/* unused harmony export loadState */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
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


/***/ })

};
