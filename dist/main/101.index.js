export const id = 101;
export const ids = [101];
export const modules = {

/***/ 34470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ workDir),
/* harmony export */   Ik: () => (/* binding */ binaryCacheHashes),
/* harmony export */   V0: () => (/* binding */ binaryCacheDir),
/* harmony export */   WU: () => (/* binding */ hasBinaryCache),
/* harmony export */   s3: () => (/* binding */ entryPath)
/* harmony export */ });
/* unused harmony exports parseNarInfo, readBinaryCache, closureIn, writeBinaryCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67063);
/* harmony import */ var _nix_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82094);
// The binary cache directory the Nix entry holds: reading it (its .narinfo
// files name each path, its NAR file and its references) and writing the
// next one from what a run relied on.





/**
 * The action's own directory under RUNNER_TEMP, which the runner empties
 * after each job: nothing an earlier job left (in the runner's home, say,
 * which outlives jobs on a self-hosted runner) is ever served.
 */
function workDir(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runnerTemp, 'nix-flake-ci');
}
/**
 * Where the restored entry goes. Its path is part of the cache entry's
 * version (@actions/cache hashes the paths it is given), so it must be the
 * same on every runner that shares entries: GitHub-hosted runners all have
 * RUNNER_TEMP at /home/runner/work/_temp.
 */
function binaryCacheDir(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workDir(runnerTemp), 'binary-cache');
}
/**
 * The entry's directory as the Actions cache is told it: under the home as
 * `~/…` when it is there (RUNNER_TEMP is `<home>/work/_temp` on GitHub's
 * runners). The cache's version hashes the paths as given, and the home
 * differs by OS (/home/runner, /Users/runner): given absolutely, a plan on
 * Linux would never find what a matrix job on macOS saved. The cache's glob
 * expands `~` (it refuses `..`, so the workspace cannot be the anchor).
 */
function entryPath(dir) {
    const inHome = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), dir);
    return inHome !== '' && !inHome.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(inHome) ? `~/${inHome}` : dir;
}
function parseNarInfo(text) {
    const fields = new Map();
    for (const line of text.split('\n')) {
        const colon = line.indexOf(': ');
        if (colon > 0)
            fields.set(line.slice(0, colon), line.slice(colon + 2));
    }
    const storePath = fields.get('StorePath');
    const url = fields.get('URL');
    if (!storePath || !url)
        return undefined;
    const references = (fields.get('References') ?? '').split(' ').filter(ref => ref !== '');
    return { name: path.basename(storePath), url, narSize: Number(fields.get('NarSize') ?? 0), references };
}
/** The hashes of the paths the directory holds, from its .narinfo file names, without reading them. */
function binaryCacheHashes(dir) {
    let files;
    try {
        files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (error) {
        // No directory: nothing was restored. Anything else is a real failure.
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    return files.filter(file => file.endsWith('.narinfo')).map(file => file.slice(0, 32));
}
/** Every path the directory holds, by the 32-character hash its .narinfo is named after. */
function readBinaryCache(dir) {
    const infos = new Map();
    for (const hash of binaryCacheHashes(dir)) {
        const info = parseNarInfo(readFileSync(path.join(dir, `${hash}.narinfo`), 'utf8'));
        if (info)
            infos.set(hash, info);
    }
    return infos;
}
/** The closure of `hashes` within the directory, by hash (a reference it lacks is left out). */
function closureIn(infos, hashes) {
    const seen = new Set();
    const queue = [...hashes];
    while (queue.length > 0) {
        const hash = queue.pop();
        if (seen.has(hash))
            continue;
        const info = infos.get(hash);
        if (!info)
            continue;
        seen.add(hash);
        for (const ref of info.references)
            queue.push(ref.slice(0, 32));
    }
    return seen;
}
/** Hard link (same file system) or copy. */
function place(from, to) {
    mkdirSync(path.dirname(to), { recursive: true });
    try {
        linkSync(from, to);
    }
    catch {
        copyFileSync(from, to);
    }
}
/**
 * Writes the next binary cache in place of `dir`: the `carried` paths of the
 * restored directory, file for file (they need not be in the store: Nix 2.32+
 * may have used them without fetching them), and the `built` store paths with
 * their closures, copied from the store by `nix copy`. Paths in `leaveOut`
 * (a pull request's base entry) are not written: `nix copy` finds them in the
 * directory while it runs, so it does not copy them, and they go after.
 */
async function writeBinaryCache(nixBin, dir, restored, carried, built, leaveOut = new Set(), secretKeyFile) {
    const next = `${dir}.next`;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    const placeEntry = (hash) => {
        const info = restored.get(hash);
        if (!info)
            return;
        place(path.join(dir, info.url), path.join(next, info.url));
        place(path.join(dir, `${hash}.narinfo`), path.join(next, `${hash}.narinfo`));
    };
    if (existsSync(path.join(dir, 'nix-cache-info')))
        place(path.join(dir, 'nix-cache-info'), path.join(next, 'nix-cache-info'));
    for (const hash of carried)
        placeEntry(hash);
    for (const hash of leaveOut)
        placeEntry(hash);
    // Uncompressed: the Actions cache compresses the whole directory with zstd
    // anyway. No look-up cache: a path remembered from an earlier directory of
    // the same name must not be taken as present.
    const fresh = ['--option', 'narinfo-cache-positive-ttl', '0', '--option', 'narinfo-cache-negative-ttl', '0'];
    // With a key, Nix signs each path it writes; the key is named by its file, never given as a value.
    const store = `file://${next}?compression=none${secretKeyFile ? `&secret-key=${secretKeyFile}` : ''}`;
    for (let i = 0; i < built.length; i += 500) {
        const result = await run(nixBin, ['copy', ...NIX_COMMAND, ...fresh, '--to', store, ...built.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`);
    }
    if (leaveOut.size > 0) {
        const written = readBinaryCache(next);
        const keptNars = new Set([...written].filter(([hash]) => !leaveOut.has(hash)).map(([, info]) => info.url));
        for (const [hash, info] of written) {
            if (!leaveOut.has(hash))
                continue;
            rmSync(path.join(next, `${hash}.narinfo`), { force: true });
            if (!keptNars.has(info.url))
                rmSync(path.join(next, info.url), { force: true });
        }
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(next, dir);
}
function hasBinaryCache(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'nix-cache-info'));
}


/***/ }),

/***/ 11452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ keyPrefixes),
/* harmony export */   kJ: () => (/* binding */ checkSetKey),
/* harmony export */   zz: () => (/* binding */ checkEntryPrefix)
/* harmony export */ });
/* unused harmony exports shortHash, storePathsKey, blobInfoKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Cache keys. Each entry's key ends in a hash of what it holds, so an entry
// whose content did not change gets the same key and is never saved twice,
// and restoring by prefix picks the newest entry of its kind.

const VERSION = 'v2';
function shortHash(text, length = 16) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
function keyPrefixes(inputs, context) {
    const where = `${context.platform}-${context.arch}`;
    const system = inputs.checksSystem;
    // A matrix job's base is the entry of main's runs that check or build the flake as a whole.
    const what = shortHash(JSON.stringify([inputs.flake, inputs.package, system === undefined ? inputs.checks : []]), 12);
    const image = shortHash(`${inputs.registry}/${inputs.image}`, 12);
    return {
        nix: `nix-flake-ci-${VERSION}-nix-${where}-${what}-`,
        delta: `nix-flake-ci-${VERSION}-nix-delta-${where}-${what}-`,
        blobInfo: `nix-flake-ci-${VERSION}-skopeo-${where}-${image}-`,
        ...(system === undefined ? {} : { checkSet: checkEntryPrefix(inputs.flake, system) })
    };
}
/** The key of a set of store paths: their names, sorted, hashed. */
function storePathsKey(prefix, names) {
    return `${prefix}${shortHash([...names].sort().join('\n'))}`;
}
/**
 * The key of skopeo's knowledge after pushing `digest`: the same image pushed
 * again teaches it nothing new; the format is in the key so a runner whose
 * skopeo moved from BoltDB to SQLite saves the new file once.
 */
function blobInfoKey(prefix, format, digest) {
    return `${prefix}${format}-${shortHash(digest)}`;
}
/**
 * Where a matrix job's entry goes: per flake and Nix system (not per runner
 * kind: the plan, on one runner, asks for every system's entries).
 */
function checkEntryPrefix(flake, system) {
    return `nix-flake-ci-${VERSION}-checks-${system}-${shortHash(flake, 12)}-`;
}
/**
 * A matrix job's key: a hash of its checks' derivations. Its entry is saved
 * only when they all passed, so a key found means those checks passed with
 * those exact derivations; a changed check changes its job's key.
 */
function checkSetKey(prefix, drvs) {
    return `${prefix}${shortHash([...new Set(drvs)].sort().join('\n'))}`;
}


/***/ }),

/***/ 98125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ answers),
/* harmony export */   f7: () => (/* binding */ cacheServiceUrl)
/* harmony export */ });
/* unused harmony export firstHop */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19783);
// Whether the Actions cache service is there. The service URL is chosen and
// probed before @actions/cache (most of the action's bundle) is loaded, so a
// job without the service, or with it down, pays for one look at the
// environment and at most one TCP connection; the library's own
// isFeatureAvailable() has the last word once it is loaded (cache-restore.ts).


/**
 * The URL to probe: the v2 service's when the runner flags v2, else v1's.
 * @actions/cache falls back to v1 on GitHub Enterprise Server whatever the
 * flag says; runners there do not set it, and where one did, the wrong probe
 * only turns a down service into restore warnings instead of a note.
 */
function cacheServiceUrl(env) {
    return (env['ACTIONS_CACHE_SERVICE_V2'] ? env['ACTIONS_RESULTS_URL'] : env['ACTIONS_CACHE_URL']) || undefined;
}
/**
 * Where a connection to `url` goes first: the proxy a self-hosted runner
 * sets, by @actions/http-client's own rules (HTTP(S)_PROXY, NO_PROXY,
 * loopback never proxied), else the host.
 */
function firstHop(url) {
    return (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s)(url) ?? url;
}
/** Whether anything accepts a TCP connection on the way to the URL within `timeoutMs`. */
function answers(url, timeoutMs = 2000) {
    let target;
    try {
        target = firstHop(new URL(url));
    }
    catch {
        return Promise.resolve(false);
    }
    const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
    const host = target.hostname.replace(/^\[|\]$/g, '');
    return new Promise(resolve => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host, port });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(timeoutMs, () => {
            done(false);
        });
        socket.once('connect', () => {
            done(true);
        });
        socket.once('error', () => {
            done(false);
        });
    });
}


/***/ }),

/***/ 12101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCache: () => (/* binding */ restoreCache)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/nix/command.ts
var command = __webpack_require__(82094);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(11452);
;// CONCATENATED MODULE: ./src/cache/blob-info.ts
// skopeo's blob-info cache: which layers it already pushed where, so a re-push
// of an unchanged image sends HEAD requests instead of the layers. skopeo up
// to 1.13 keeps it in a BoltDB file, 1.14 and later in SQLite (with `-wal` and
// `-shm` companions while it is open). The action never reads either format:
// it carries whichever files the installed skopeo left, byte for byte, so an
// upgrade of skopeo needs no code here.


/** Every file name skopeo's blob-info cache may live in, oldest format first. */
const BLOB_INFO_FILES = [
    'blob-info-cache-v1.boltdb',
    'blob-info-cache-v1.sqlite',
    'blob-info-cache-v1.sqlite-wal',
    'blob-info-cache-v1.sqlite-shm'
];
/** The directory of skopeo's blob-info cache: system-wide for root, under XDG data for everyone else. */
function blobInfoCacheDir(env, home, uid) {
    if (uid === 0)
        return '/var/lib/containers/cache';
    const dataHome = env['XDG_DATA_HOME'] || external_node_path_default().join(home, '.local', 'share');
    return external_node_path_default().join(dataHome, 'containers', 'cache');
}
/**
 * The paths the Actions cache carries: all the names, whether or not they
 * exist now. The list must be the same at restore and at save (the cache's
 * version hashes it), and @actions/cache skips the names with no file.
 */
function blobInfoCachePaths(dir) {
    return BLOB_INFO_FILES.map(name => external_node_path_default().join(dir, name));
}
/** Which format is on disk: SQLite when both are (skopeo 1.14+ ignores the BoltDB file). */
function blobInfoFormat(dir) {
    if (existsSync(path.join(dir, 'blob-info-cache-v1.sqlite')))
        return 'sqlite';
    if (existsSync(path.join(dir, 'blob-info-cache-v1.boltdb')))
        return 'boltdb';
    return 'none';
}

// EXTERNAL MODULE: ./src/cache/binary-cache.ts
var binary_cache = __webpack_require__(34470);
// EXTERNAL MODULE: ./src/nix/store-path.ts
var store_path = __webpack_require__(54764);
;// CONCATENATED MODULE: ./src/cache/roots.ts
// What this job's own Nix commands evaluated and built: the roots of what
// the cache saves as "built here". The stages that build record their
// derivations (named checks' drvs, the package's and skopeo's drvPath from
// `nix build --json`, the flake's checks for `nix flake check`); post saves
// the build closures of those, never a diff of the store, which on a
// self-hosted machine whose runners share one store would count another
// job's builds as ours.
//
// Appended to a file under RUNNER_TEMP line by line as they are known, so
// post finds them even after main was killed. The cache stage returns a
// BuildRoots only to a run that will save; the pipeline hands it to the
// stages that build, and a run without one records nothing.


const STORE_DIR = (0,store_path/* storeDir */.rT)();
function append(file, lines) {
    if (lines.length > 0)
        (0,external_node_fs_.appendFileSync)(file, lines.map(line => `${line}\n`).join(''));
}
class BuildRoots {
    rootsFile;
    checkSetFile;
    /** `checkSetFile`: a matrix job's, whose entry's key is a hash of its checks' derivations, known once they all passed. */
    constructor(rootsFile, checkSetFile) {
        this.rootsFile = rootsFile;
        this.checkSetFile = checkSetFile;
    }
    /** Records derivations (`drvs`) and outputs this job asked Nix for; anything that is not a store path is dropped. */
    record(drvs, outputs = []) {
        append(this.rootsFile, [...[...drvs].filter(drv => isStorePath(drv, true)), ...[...outputs].filter(out => isStorePath(out))]);
    }
    /** Records the derivations and outputs of `nix build --json`'s output (a list of `{drvPath, outputs}`). */
    recordBuildJson(stdout) {
        let built;
        try {
            built = JSON.parse(stdout);
        }
        catch {
            // Not JSON (a failed build): nothing of it to keep.
            return;
        }
        this.record(built.map(item => item.drvPath), built.flatMap(item => Object.values(item.outputs ?? {})));
    }
    /** Records that the named checks, these derivations, all passed: a matrix job may save its entry under their key. */
    checkSetPassed(drvs) {
        if (this.checkSetFile)
            append(this.checkSetFile, [...drvs].filter(drv => isStorePath(drv, true)));
    }
}
/** Whether `value` is a store path (a derivation when `drv`), and nothing that could be read as anything else. */
function isStorePath(value, drv = false) {
    return drv ? (0,store_path/* isDerivationPath */.NN)(value) : (0,store_path/* isStorePath */.zP)(value) && !value.endsWith('.drv');
}

;// CONCATENATED MODULE: ./src/cache/save-policy.ts
const SAVING_EVENTS = ['push', 'pull_request', 'merge_group', 'schedule', 'workflow_dispatch', 'release', 'repository_dispatch'];
function savePolicy(mode, eventName, matrixJob = false) {
    // A matrix job saves what it added to main's entry, as a pull request does:
    // hundreds of jobs each saving main's whole set would evict it.
    const delta = eventName === 'pull_request' || matrixJob;
    if (mode === 'never')
        return { save: false, reason: '`cache-save: never`', delta };
    if (mode === 'always')
        return { save: true, reason: '', delta };
    if (!SAVING_EVENTS.includes(eventName)) {
        return {
            save: false,
            reason: `\`cache-save: auto\` saves on ${SAVING_EVENTS.map(name => `\`${name}\``).join(', ')} only, not on a \`${eventName}\` run (an event may build untrusted code into the base branch's cache scope; \`cache-save: always\` saves anyway)`,
            delta
        };
    }
    return { save: true, reason: '', delta };
}

// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(98125);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/cache/substituter.ts
// The restored binary cache, served to Nix over loopback HTTP by the action
// itself, instead of as a `file://` store. Serving it lets the action see
// which paths Nix asked for and found: Nix 2.32+ `nix flake check` skips a
// check it can substitute without fetching it, so neither the store nor the
// build log says the run relied on it. Each `.narinfo` found is recorded
// (a line in `hitsFile`, written at once, so post reads it even after main
// was killed), and post carries those paths into the next entry; without
// them the next entry would lack the checks and the run after it rebuild
// them all.




/** The files of a binary cache, by request path under `/<base>`; anything else is a 404. */
function fileFor(dir, base, fullPath) {
    if (!fullPath.startsWith(`/${base}/`))
        return undefined;
    const urlPath = fullPath.slice(base.length + 1);
    if (urlPath === '/nix-cache-info')
        return { file: external_node_path_default().join(dir, 'nix-cache-info') };
    const narinfo = /^\/([0-9a-df-np-sv-z]{32})\.narinfo$/.exec(urlPath);
    if (narinfo?.[1])
        return { file: external_node_path_default().join(dir, `${narinfo[1]}.narinfo`), narinfoHash: narinfo[1] };
    const nar = /^\/nar\/([0-9a-z]+\.nar(?:\.[a-z0-9]+)?)$/.exec(urlPath);
    if (nar?.[1])
        return { file: external_node_path_default().join(dir, 'nar', nar[1]) };
    return undefined;
}
async function serveBinaryCache(dir, hitsFile) {
    // A path of its own per run: Nix remembers look-ups per cache URL in
    // ~/.cache/nix for days, and a self-hosted runner may see this port again
    // serving another entry.
    const base = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const server = external_node_http_default().createServer((request, response) => {
        const wanted = request.method === 'GET' || request.method === 'HEAD' ? fileFor(dir, base, new URL(request.url ?? '/', 'http://x').pathname) : undefined;
        let size;
        try {
            size = wanted ? (0,external_node_fs_.statSync)(wanted.file).size : undefined;
        }
        catch {
            size = undefined;
        }
        if (!wanted || size === undefined) {
            response.writeHead(404, { 'content-length': 0 }).end();
            return;
        }
        if (wanted.narinfoHash)
            (0,external_node_fs_.appendFileSync)(hitsFile, `${wanted.narinfoHash}\n`);
        const type = wanted.narinfoHash ? 'text/x-nix-narinfo' : 'application/octet-stream';
        response.writeHead(200, { 'content-length': size, 'content-type': type });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        const stream = (0,external_node_fs_.createReadStream)(wanted.file);
        stream.on('error', () => response.destroy());
        stream.pipe(response);
    });
    // Neither the server nor its connections keep main alive once its work is
    // done: main ends when its last Nix command has.
    server.on('connection', (socket) => socket.unref());
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            resolve();
        });
    });
    server.unref();
    const port = server.address().port;
    // Unreferenced: it serves until the step's process ends, never keeping it alive.
    return { url: `http://127.0.0.1:${port}/${base}` };
}

// EXTERNAL MODULE: ./src/cache/signing.ts
var signing = __webpack_require__(95085);
;// CONCATENATED MODULE: ./src/cache/verify.ts
// A restored binary cache checked before it is served, when the job has a
// `cache-signing-key`: every .narinfo signed by its public key over Nix's
// fingerprint, and every NAR file the SHA-256 its .narinfo states. Nix
// checks both too, but path by path: a NAR whose hash does not match fails
// the build that wanted it (Nix does not fall back to building without
// `--fallback`). Refusing the whole entry here makes the run cold instead,
// and the warning names what failed.






/** A .narinfo's fields; `Sig` may repeat. */
function fields(text) {
    const found = new Map();
    for (const line of text.split('\n')) {
        const colon = line.indexOf(': ');
        if (colon > 0)
            found.set(line.slice(0, colon), [...(found.get(line.slice(0, colon)) ?? []), line.slice(colon + 2)]);
    }
    return found;
}
async function fileSha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest();
}
/** What is wrong with one path's .narinfo and NAR, or undefined when nothing is. */
async function problemOf(dir, hash, publicKey) {
    const info = fields((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, `${hash}.narinfo`), 'utf8'));
    const one = (name) => info.get(name)?.[0];
    const storePath = one('StorePath') ?? '';
    const narHash = one('NarHash') ?? '';
    const url = one('URL') ?? '';
    const narSize = Number(one('NarSize'));
    if (!(isStorePath(storePath) || isStorePath(storePath, true)) || !external_node_path_default().basename(storePath).startsWith(`${hash}-`))
        return `${hash}.narinfo does not name its own store path`;
    // The action writes its entries uncompressed (binary-cache.ts), so the NAR
    // file is the NAR and its hash is NarHash.
    if ((one('Compression') ?? 'bzip2') !== 'none' || !/^nar\/[0-9a-z]+\.nar$/.test(url) || !Number.isSafeInteger(narSize))
        return `${storePath}: not an entry this action writes`;
    const references = (one('References') ?? '')
        .split(' ')
        .filter(ref => ref !== '')
        .map(ref => `${STORE_DIR}/${ref}`);
    const sigs = info.get('Sig') ?? [];
    if (sigs.length === 0)
        return `${storePath} is not signed`;
    if (!(0,signing/* signedBy */.qI)(publicKey, (0,signing/* fingerprint */.Rj)(storePath, narHash, narSize, references), sigs))
        return `${storePath}: no signature by ${publicKey.split(':')[0] ?? ''} over its hash, size and references`;
    let digest;
    try {
        digest = await fileSha256(external_node_path_default().join(dir, url));
    }
    catch {
        return `${storePath}: its NAR (${url}) is missing`;
    }
    if (!(0,signing/* hashMatches */.CR)(narHash, digest))
        return `${storePath}: its NAR (${url}) is not the one signed (hash mismatch)`;
    return undefined;
}
/** Every problem of the restored directory (at most `limit` named), [] when it is all signed by `publicKey` and whole. */
async function verifyBinaryCache(dir, publicKey, limit = 5) {
    const problems = [];
    for (const hash of (0,binary_cache/* binaryCacheHashes */.Ik)(dir)) {
        const problem = await problemOf(dir, hash, publicKey);
        if (problem)
            problems.push(problem);
        if (problems.length >= limit)
            break;
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/stages/cache-restore.ts
// Stage 3, cache restore: the build cache in the GitHub Actions cache, as
// two kinds of entry (src/cache/; post saves them, cache/save-cache.ts):
// - the Nix paths this job relied on, built here or taken from our cache,
//   as a binary cache directory keyed by the names it holds (nix-entry.ts);
// - skopeo's blob-info cache for the pushed image, keyed by registry, image
//   and digest (blob-info.ts), so a re-push of an unchanged image uploads no
//   layers.
// Each is saved only when it gained something, and only where the save
// policy allows (save-policy.ts, save.ts).
//
// Trust: the restored entry goes to a directory of this job (under
// RUNNER_TEMP, emptied first) and is served only when a restore filled it.
// With `cache-signing-key`, what post saves is signed, and a restored entry
// is served without `?trusted=1`, Nix checking each path against the public
// key, after the action checked every signature and NAR itself (an entry
// with one bad path is refused whole, and the run is cold). Without a key it
// is served with `?trusted=1`: what keeps a pull request from slipping a
// path into a main-branch build is then GitHub's cache scoping (a pull
// request's entries are visible to it alone) and the save policy's
// allow-list of events.














/** One entry by prefix: the newest whose key starts with it. A failure is a warning; the job runs cold. */
async function restoreEntry(cache, paths, prefix) {
    try {
        return await cache.restoreCache(paths, prefix, [prefix]);
    }
    catch (error) {
        core/* warning */.$e(`Could not restore the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/**
 * Opens the substituter once, before check and build run side by side: the
 * first Nix process to open an HTTP cache records it in ~/.cache/nix, and two
 * doing it at once fail on Nix 2.8 (`insert or replace into NARs …
 * constraint failed`, the second replaced the first's row).
 */
async function registerSubstituter(nix, url) {
    const result = await (0,command/* runNixBin */.kW)(nix, [...command/* NIX_COMMAND */.ge, 'store', 'ping', '--store', url], { silent: true });
    if (result.exitCode !== 0)
        core/* warning */.$e(`The restored cache's substituter did not answer Nix: ${result.output.trim().slice(-300)}`);
}
async function restoreCache(nix, inputs, context, pushing) {
    // Nothing recorded for post when the service is missing or down: post then
    // has nothing to do either.
    const missing = () => {
        const note = 'the Actions cache service is not available to this job';
        core/* info */.pq(`Not restoring: ${note}.`);
        return { note, settings: [] };
    };
    const url = (0,service/* cacheServiceUrl */.f7)(process.env);
    if (!url)
        return missing();
    if (!(await (0,service/* answers */.GA)(url))) {
        const note = `the Actions cache service (${new URL(url).host}) does not answer; this job neither restores nor saves the cache`;
        core/* warning */.$e(`Not restoring: ${note}.`);
        return { note, settings: [] };
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(878), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 91863));
    if (!cache.isFeatureAvailable())
        return missing();
    const prefixes = (0,keys/* keyPrefixes */.Os)(inputs, context);
    const dir = (0,binary_cache/* binaryCacheDir */.V0)(context.runnerTemp);
    // Whatever is there now, this job did not restore.
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)((0,binary_cache/* workDir */.Hg)(context.runnerTemp), { recursive: true });
    const side = (name) => external_node_path_default().join((0,binary_cache/* workDir */.Hg)(context.runnerTemp), `${name}-${process.pid}.txt`);
    const state = {
        nixVersion: nix.version,
        prefixes,
        restoredKey: undefined,
        restoredDeltaKey: undefined,
        baseList: undefined,
        restoredBlobInfoKey: undefined,
        runnerTemp: context.runnerTemp,
        binaryCacheDir: dir,
        blobInfoDir: blobInfoCacheDir(process.env, context.home, process.getuid?.()),
        rootsFile: side('roots'),
        hitsFile: side('served'),
        maxBytes: inputs.cacheMaxBytes,
        // A plan builds nothing, and takes no more than a look at the entries.
        policy: inputs.plan
            ? { save: false, reason: '`plan: true` builds nothing', delta: false }
            : savePolicy(inputs.cacheSave, context.eventName, prefixes.checkSet !== undefined),
        checkSetFile: prefixes.checkSet === undefined ? undefined : side('check-set')
    };
    (0,external_node_fs_.writeFileSync)(state.rootsFile, '');
    (0,external_node_fs_.writeFileSync)(state.hitsFile, '');
    // Only a run that may save needs to know what its commands built.
    if (state.checkSetFile)
        (0,external_node_fs_.writeFileSync)(state.checkSetFile, '');
    const roots = state.policy.save ? new BuildRoots(state.rootsFile, state.checkSetFile) : undefined;
    const [restoredKey, restoredBlobInfoKey] = await Promise.all([
        restoreEntry(cache, [(0,binary_cache/* entryPath */.s3)(dir)], prefixes.nix),
        pushing ? restoreEntry(cache, blobInfoCachePaths(state.blobInfoDir), prefixes.blobInfo) : undefined
    ]);
    state.restoredKey = restoredKey;
    state.restoredBlobInfoKey = restoredBlobInfoKey;
    const notes = [restoredKey ? `restored ${restoredKey}` : 'no earlier cache for this flake'];
    if (state.policy.delta && prefixes.checkSet) {
        // A matrix job: main's entry, then the newest entry another matrix job of
        // this system saved, whose paths (dependencies its checks may share with
        // ours) are not built again; the job saves what neither holds.
        state.baseList = side('base');
        state.restoredDeltaKey = await restoreEntry(cache, [(0,binary_cache/* entryPath */.s3)(dir)], prefixes.checkSet);
        (0,external_node_fs_.writeFileSync)(state.baseList, (0,binary_cache/* binaryCacheHashes */.Ik)(dir).join('\n'));
        if (state.restoredDeltaKey)
            notes.push(`restored ${state.restoredDeltaKey} (another matrix job's)`);
    }
    else if (state.policy.delta) {
        // A pull request: its base branch's entry, then its own delta on top.
        state.baseList = side('base');
        (0,external_node_fs_.writeFileSync)(state.baseList, (0,binary_cache/* binaryCacheHashes */.Ik)(dir).join('\n'));
        state.restoredDeltaKey = await restoreEntry(cache, [(0,binary_cache/* entryPath */.s3)(dir)], prefixes.delta);
        if (state.restoredDeltaKey)
            notes.push(`restored ${state.restoredDeltaKey}`);
    }
    if (restoredBlobInfoKey)
        notes.push(`restored ${restoredBlobInfoKey}`);
    let settings = [];
    if ((state.restoredKey || state.restoredDeltaKey) && (0,binary_cache/* hasBinaryCache */.WU)(dir)) {
        const key = inputs.cacheSigningKey;
        if (key && !(await acceptSigned(state, key)))
            notes.push('refused the Nix entry: not signed by the cache-signing-key (see the warning)');
        else
            settings = await serve(nix, state, key);
    }
    (0,src_state/* updateState */.$)({ cache: state });
    const note = notes.join('; ');
    core/* info */.pq(note);
    return { note, settings, ...(roots ? { roots } : {}) };
}
/** Whether the restored directory is all signed by `key` and whole; if not, it is removed with a warning, and the run is cold. */
async function acceptSigned(state, key) {
    const problems = await verifyBinaryCache(state.binaryCacheDir, key.publicKey);
    if (problems.length === 0) {
        core/* info */.pq(`Every path of the restored Nix entry is signed by ${key.name}.`);
        return true;
    }
    const restored = [state.restoredKey, state.restoredDeltaKey].filter(Boolean).join(' and ');
    core/* warning */.$e(`Refused the restored cache ${restored}: it is not what ${key.name} signed (tampered, or saved without the key):\n` +
        problems.map(problem => `  ${problem}`).join('\n') +
        '\nIt is removed and not served; this run builds without it.');
    (0,external_node_fs_.rmSync)(state.binaryCacheDir, { recursive: true, force: true });
    state.restoredKey = undefined;
    state.restoredDeltaKey = undefined;
    // A pull request's delta then holds everything it used, not what a refused base held.
    if (state.baseList)
        (0,external_node_fs_.writeFileSync)(state.baseList, '');
    return false;
}
/** Serves the restored directory on loopback; returns the settings that make it a substituter of a Nix command. */
async function serve(nix, state, key) {
    const substituter = await serveBinaryCache(state.binaryCacheDir, state.hitsFile);
    await registerSubstituter(nix, substituter.url);
    // Signed: Nix checks every path against the key, as it does a public cache.
    if (!key)
        return [`extra-substituters = ${substituter.url}?trusted=1`];
    return [`extra-substituters = ${substituter.url}`, `extra-trusted-public-keys = ${key.publicKey}`];
}


/***/ })

};
