export const id = 806;
export const ids = [806];
export const modules = {

/***/ 6892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ binaryCacheHashes),
/* harmony export */   R4: () => (/* binding */ writeBinaryCache),
/* harmony export */   V0: () => (/* binding */ binaryCacheDir),
/* harmony export */   WU: () => (/* binding */ hasBinaryCache),
/* harmony export */   Zo: () => (/* binding */ closureIn),
/* harmony export */   un: () => (/* binding */ readBinaryCache)
/* harmony export */ });
/* unused harmony export parseNarInfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3493);
/* harmony import */ var _nix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50);
// The binary cache directory the Nix entry holds: reading it (its .narinfo
// files name each path, its NAR file and its references) and writing the
// next one from what a run relied on.




function binaryCacheDir(env, home) {
    const cacheHome = env['XDG_CACHE_HOME'] || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cacheHome, 'nix-flake-ci', 'binary-cache');
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
    return { name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(storePath), url, narSize: Number(fields.get('NarSize') ?? 0), references };
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
        const info = parseNarInfo((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${hash}.narinfo`), 'utf8'));
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
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(to), { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(from, to);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(from, to);
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
async function writeBinaryCache(nixBin, dir, restored, carried, built, leaveOut = new Set()) {
    const next = `${dir}.next`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(next, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(next, { recursive: true });
    const placeEntry = (hash) => {
        const info = restored.get(hash);
        if (!info)
            return;
        place(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, info.url), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, info.url));
        place(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${hash}.narinfo`), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, `${hash}.narinfo`));
    };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'nix-cache-info')))
        place(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'nix-cache-info'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, 'nix-cache-info'));
    for (const hash of carried)
        placeEntry(hash);
    for (const hash of leaveOut)
        placeEntry(hash);
    // Uncompressed: the Actions cache compresses the whole directory with zstd
    // anyway. No look-up cache: a path remembered from an earlier directory of
    // the same name must not be taken as present.
    const fresh = ['--option', 'narinfo-cache-positive-ttl', '0', '--option', 'narinfo-cache-negative-ttl', '0'];
    for (let i = 0; i < built.length; i += 500) {
        const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(nixBin, ['copy', ..._nix_js__WEBPACK_IMPORTED_MODULE_3__/* .NIX_COMMAND */ .ge, ...fresh, '--to', `file://${next}?compression=none`, ...built.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`);
    }
    if (leaveOut.size > 0) {
        const written = readBinaryCache(next);
        const keptNars = new Set([...written].filter(([hash]) => !leaveOut.has(hash)).map(([, info]) => info.url));
        for (const [hash, info] of written) {
            if (!leaveOut.has(hash))
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, `${hash}.narinfo`), { force: true });
            if (!keptNars.has(info.url))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, info.url), { force: true });
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(next, dir);
}
function hasBinaryCache(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'nix-cache-info'));
}


/***/ }),

/***/ 9418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ blobInfoFormat),
/* harmony export */   CK: () => (/* binding */ blobInfoCachePaths),
/* harmony export */   HE: () => (/* binding */ blobInfoCacheDir)
/* harmony export */ });
/* unused harmony export BLOB_INFO_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    const dataHome = env['XDG_DATA_HOME'] || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, '.local', 'share');
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dataHome, 'containers', 'cache');
}
/**
 * The paths the Actions cache carries: all the names, whether or not they
 * exist now. The list must be the same at restore and at save (the cache's
 * version hashes it), and @actions/cache skips the names with no file.
 */
function blobInfoCachePaths(dir) {
    return BLOB_INFO_FILES.map(name => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name));
}
/** Which format is on disk: SQLite when both are (skopeo 1.14+ ignores the BoltDB file). */
function blobInfoFormat(dir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'blob-info-cache-v1.sqlite')))
        return 'sqlite';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'blob-info-cache-v1.boltdb')))
        return 'boltdb';
    return 'none';
}


/***/ }),

/***/ 7134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ keyPrefixes),
/* harmony export */   Xp: () => (/* binding */ storePathsKey),
/* harmony export */   z7: () => (/* binding */ blobInfoKey)
/* harmony export */ });
/* unused harmony export shortHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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
    const what = shortHash(JSON.stringify([inputs.flake, inputs.package, inputs.checks]), 12);
    const image = shortHash(`${inputs.registry}/${inputs.image}`, 12);
    return {
        nix: `nix-flake-ci-${VERSION}-nix-${where}-${what}-`,
        delta: `nix-flake-ci-${VERSION}-nix-delta-${where}-${what}-`,
        blobInfo: `nix-flake-ci-${VERSION}-skopeo-${where}-${image}-`
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


/***/ }),

/***/ 2367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h8: () => (/* binding */ builtPaths),
  xp: () => (/* binding */ planNixEntry),
  Se: () => (/* binding */ readLines),
  D3: () => (/* binding */ recordStore),
  ch: () => (/* binding */ servedHashes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/process.ts + 1 modules
var src_process = __webpack_require__(3493);
// EXTERNAL MODULE: ./src/nix-version.ts
var nix_version = __webpack_require__(8999);
// EXTERNAL MODULE: ./src/nix.ts
var nix = __webpack_require__(50);
;// CONCATENATED MODULE: ./src/cache/path-info.ts
// `nix path-info --json` in the shapes Nix prints it: a list up to 2.18, an
// object keyed by path from 2.19, and the same object behind
// `--json-format 1` from 2.33 (which warns, and will fail, without it).



function parsePathInfo(stdout) {
    const parsed = JSON.parse(stdout);
    if (Array.isArray(parsed))
        return parsed;
    return Object.entries(parsed).flatMap(([path, info]) => (info ? [{ ...info, path }] : []));
}
function pathInfoArgs(nixVersion) {
    return ['path-info', ...nix/* NIX_COMMAND */.ge, '--json', ...((0,nix_version/* atLeast */.jZ)(nixVersion, '2.33') ? ['--json-format', '1'] : [])];
}
/** Path info of `paths` (with `--recursive`, of their closures too), 500 paths per call. */
async function pathInfo(nix, paths, flags = []) {
    const infos = [];
    for (let i = 0; i < paths.length; i += 500) {
        const chunk = paths.slice(i, i + 500);
        const result = await (0,src_process/* run */.eF)(nix.bin, [...pathInfoArgs(nix.version), ...flags, ...chunk], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix path-info failed: ${result.output.trim().slice(-500)}`);
        infos.push(...parsePathInfo(result.stdout));
    }
    return infos;
}

// EXTERNAL MODULE: ./src/cache/binary-cache.ts
var binary_cache = __webpack_require__(6892);
;// CONCATENATED MODULE: ./src/cache/nix-entry.ts
// What the Nix entry of the next run holds: every path this run relied on,
// whether it built it or took it from our restored cache, with its closure,
// within `cache-max-size`.
//
// Built: paths that appeared in the store during the job (a diff of the
// store directory, taken at restore and at save) that Nix marks `ultimate`
// (built here, not substituted). The diff keeps the work bounded on a
// self-hosted runner with a large store; `ultimate` leaves out what came
// from public caches, faster to fetch from there than to carry in ours.
// Taken from our cache: the .narinfo files the loopback substituter served
// (substituter.ts), whose closures the restored directory holds.





const STORE_DIR = process.env['NIX_STORE_DIR'] || '/nix/store';
function storeEntries() {
    try {
        return (0,external_node_fs_.readdirSync)(STORE_DIR).filter(name => !name.startsWith('.') && !name.endsWith('.lock'));
    }
    catch {
        return [];
    }
}
/** Lists the store now, for builtPaths() in post. */
function recordStore(file) {
    (0,external_node_fs_.writeFileSync)(file, storeEntries().join('\n'));
}
function readLines(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n').filter(line => line !== '');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
async function builtPaths(nix, storeBeforeList) {
    const before = new Set(readLines(storeBeforeList));
    const added = storeEntries()
        .filter(name => !before.has(name) && !name.endsWith('.drv'))
        .map(name => external_node_path_default().join(STORE_DIR, name));
    if (added.length === 0)
        return { paths: [], derived: new Set(), closures: new Map() };
    // One query with the closures: planNixEntry needs those of the paths kept,
    // and asking for them on their own would ask Nix about the same paths again.
    const closures = new Map((await pathInfo(nix, added, ['--recursive'])).map(info => [info.path, info]));
    const own = added.flatMap(storePath => {
        const info = closures.get(storePath);
        return info?.ultimate === true ? [info] : [];
    });
    return { paths: own.map(info => info.path), derived: new Set(own.filter(info => info.deriver).map(info => info.path)), closures };
}
/** The restored paths Nix asked the substituter for and found, by hash. */
function servedHashes(hitsFile, restored) {
    return new Set(readLines(hitsFile).filter(hash => restored.has(hash)));
}
/** The closure of one path within `infos` (by hash), with each member's name and size. */
function closureOf(infos, hash) {
    const closure = new Map();
    for (const member of (0,binary_cache/* closureIn */.Zo)(infos, [hash])) {
        const info = infos.get(member);
        closure.set(member, { name: info.name, size: info.narSize });
    }
    return closure;
}
function builtRoots(built, infos) {
    // Nix's path info by hash, in the shape of the restored .narinfo files, so
    // both kinds of root walk their closures the same way.
    const byHash = new Map();
    for (const info of infos.values()) {
        const name = external_node_path_default().basename(info.path);
        byHash.set(name.slice(0, 32), { name, narSize: info.narSize ?? 0, references: (info.references ?? []).map(ref => external_node_path_default().basename(ref)) });
    }
    return built.map(root => ({ label: root, closure: closureOf(byHash, external_node_path_default().basename(root).slice(0, 32)), storePath: root }));
}
function servedRoots(served, restored) {
    return [...served].map(hash => ({ label: `${STORE_DIR}/${restored.get(hash)?.name ?? hash}`, closure: closureOf(restored, hash), storePath: undefined }));
}
const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
/**
 * The entry: the roots with the smallest closures first, each kept while the
 * union of what is kept stays within `maxBytes`; the log lists the rest.
 */
function planNixEntry(built, served, restored, maxBytes) {
    const size = (root) => [...root.closure.values()].reduce((sum, member) => sum + member.size, 0);
    const roots = [...builtRoots(built.paths, built.closures), ...servedRoots(served, restored)].sort((a, b) => size(a) - size(b));
    const entry = { names: new Map(), carried: new Set(), built: [] };
    const sizes = new Map();
    let total = 0;
    const dropped = [];
    for (const root of roots) {
        const growth = [...root.closure].filter(([hash]) => !sizes.has(hash)).reduce((sum, [, member]) => sum + member.size, 0);
        if (total + growth > maxBytes) {
            dropped.push(root);
            continue;
        }
        total += growth;
        for (const [hash, member] of root.closure) {
            sizes.set(hash, member.size);
            entry.names.set(hash, member.name);
        }
        if (root.storePath)
            entry.built.push(root.storePath);
        else
            for (const hash of root.closure.keys())
                entry.carried.add(hash);
    }
    if (dropped.length > 0) {
        core/* warning */.$e(`The build cache would pass \`cache-max-size\` (${mib(maxBytes)}); left out ${dropped.length} path(s), largest first:\n` +
            dropped
                .reverse()
                .map(root => `  ${root.label} (${mib(size(root))} with its closure)`)
                .join('\n') +
            '\nRaise `cache-max-size` to keep them.');
    }
    return entry;
}


/***/ }),

/***/ 1806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCache: () => (/* binding */ restoreCache)
});

// UNUSED EXPORTS: saveCache

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2820);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(2174);
// EXTERNAL MODULE: ./src/process.ts + 1 modules
var src_process = __webpack_require__(3493);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(7134);
// EXTERNAL MODULE: ./src/cache/blob-info.ts
var blob_info = __webpack_require__(9418);
// EXTERNAL MODULE: ./src/cache/binary-cache.ts
var binary_cache = __webpack_require__(6892);
// EXTERNAL MODULE: ./src/cache/nix-entry.ts + 1 modules
var nix_entry = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/nix.ts
var src_nix = __webpack_require__(50);
;// CONCATENATED MODULE: ./src/cache/save-policy.ts
const UNTRUSTED_EVENTS = ['pull_request_target', 'workflow_run', 'issue_comment'];
function savePolicy(mode, eventName) {
    const delta = eventName === 'pull_request';
    if (mode === 'never')
        return { save: false, reason: '`cache-save: never`', delta };
    if (mode === 'always')
        return { save: true, reason: '', delta };
    if (UNTRUSTED_EVENTS.includes(eventName)) {
        return {
            save: false,
            reason: `a \`${eventName}\` run may build untrusted code but saves into the base branch's cache scope (\`cache-save: always\` saves anyway)`,
            delta
        };
    }
    return { save: true, reason: '', delta };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/cache/service.ts
// Whether the Actions cache service is there, known without loading
// @actions/cache (most of the action's bundle): a job with the cache off,
// without the service, or with the service down pays for one look at the
// environment and at most one TCP connection, nothing more.

/** @actions/cache uses service v1 on GitHub Enterprise Server, whatever else is set. */
function isGhes(env) {
    const host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.trimEnd().toUpperCase();
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** The service URL @actions/cache would use, or undefined where its isFeatureAvailable() says false. */
function cacheServiceUrl(env) {
    const v2 = Boolean(env['ACTIONS_CACHE_SERVICE_V2']) && !isGhes(env);
    return (v2 ? env['ACTIONS_RESULTS_URL'] : env['ACTIONS_CACHE_URL']) || undefined;
}
/** Whether `host` is in a NO_PROXY list (names, `.suffix`es, `*`). */
function bypassesProxy(host, noProxy) {
    return noProxy
        .split(',')
        .map(entry => entry.trim().toLowerCase().replace(/:\d+$/, ''))
        .filter(entry => entry !== '')
        .some(entry => entry === '*' || host === entry.replace(/^\./, '') || host.endsWith(entry.startsWith('.') ? entry : `.${entry}`));
}
/**
 * Where a connection to `url` goes first: the proxy a self-hosted runner
 * sets (@actions/cache honours HTTP(S)_PROXY and NO_PROXY), else the host.
 */
function firstHop(url, env) {
    const proxy = url.protocol === 'https:' ? env['https_proxy'] || env['HTTPS_PROXY'] : env['http_proxy'] || env['HTTP_PROXY'];
    if (!proxy || bypassesProxy(url.hostname.toLowerCase(), env['no_proxy'] || env['NO_PROXY'] || ''))
        return url;
    try {
        return new URL(proxy);
    }
    catch {
        return url;
    }
}
/** Whether anything accepts a TCP connection on the way to the URL within `timeoutMs`. */
function answers(url, env = process.env, timeoutMs = 2000) {
    let target;
    try {
        target = firstHop(new URL(url), env);
    }
    catch {
        return Promise.resolve(false);
    }
    const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
    const host = target.hostname.replace(/^\[|\]$/g, '');
    return new Promise(resolve => {
        const socket = external_node_net_default().connect({ host, port });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
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
        server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    const port = server.address().port;
    return {
        url: `http://127.0.0.1:${port}/${base}`,
        stop: () => new Promise(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}

;// CONCATENATED MODULE: ./src/stages/cache.ts
// Stage 3 and the post step's save: the build cache in the GitHub Actions
// cache, as two kinds of entry (src/cache/):
// - the Nix paths this job relied on, built here or taken from our cache,
//   as a binary cache directory keyed by the names it holds (nix-entry.ts);
// - skopeo's blob-info cache for the pushed image, keyed by registry, image
//   and digest (blob-info.ts), so a re-push of an unchanged image uploads no
//   layers.
// Each is saved only when it gained something, and only where the save
// policy allows (save-policy.ts, save.ts).
//
// Trust: the restored directory is served to Nix as a substituter with
// `?trusted=1`, so nothing is signed. What keeps a pull request from slipping
// a path into a main-branch build is GitHub's cache scoping (a pull request's
// entries are visible to it alone) and the policy that runs of untrusted code
// in the base branch's scope never save.














/** One entry by prefix: the newest whose key starts with it. A failure is a warning; the job runs cold. */
async function restoreEntry(cache, paths, prefix) {
    try {
        return await cache.restoreCache(paths, prefix, [prefix]);
    }
    catch (error) {
        lib_core/* warning */.$e(`Could not restore the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
    const result = await (0,src_process/* run */.eF)(nix.bin, [...src_nix/* NIX_COMMAND */.ge, 'store', 'ping', '--store', url], { silent: true });
    if (result.exitCode !== 0)
        lib_core/* warning */.$e(`The restored cache's substituter did not answer Nix: ${result.output.trim().slice(-300)}`);
}
async function restoreCache(nix, inputs, context, pushing) {
    // Nothing recorded for post when the service is missing or down: post then
    // has nothing to do either.
    const url = cacheServiceUrl(process.env);
    if (!url) {
        const note = 'the Actions cache service is not available to this job';
        lib_core/* info */.pq(`Not restoring: ${note}.`);
        return note;
    }
    if (!(await answers(url))) {
        const note = `the Actions cache service (${new URL(url).host}) does not answer; this job neither restores nor saves the cache`;
        lib_core/* warning */.$e(`Not restoring: ${note}.`);
        return note;
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(880), __webpack_require__.e(910), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 139));
    const prefixes = (0,keys/* keyPrefixes */.Os)(inputs, context);
    const temp = (name) => external_node_path_default().join(context.runnerTemp, `nix-flake-ci-${name}-${process.pid}.txt`);
    const state = {
        nixVersion: nix.version,
        prefixes,
        restoredKey: undefined,
        restoredDeltaKey: undefined,
        baseList: undefined,
        restoredBlobInfoKey: undefined,
        binaryCacheDir: (0,binary_cache/* binaryCacheDir */.V0)(process.env, context.home),
        blobInfoDir: (0,blob_info/* blobInfoCacheDir */.HE)(process.env, context.home, process.getuid?.()),
        storeBeforeList: temp('store-before'),
        hitsFile: temp('served'),
        maxBytes: inputs.cacheMaxBytes,
        policy: savePolicy(inputs.cacheSave, context.eventName)
    };
    // Only a run that may save needs to know what it adds to the store.
    if (state.policy.save)
        (0,nix_entry/* recordStore */.D3)(state.storeBeforeList);
    (0,external_node_fs_.writeFileSync)(state.hitsFile, '');
    const [restoredKey, restoredBlobInfoKey] = await Promise.all([
        restoreEntry(cache, [state.binaryCacheDir], prefixes.nix),
        pushing ? restoreEntry(cache, (0,blob_info/* blobInfoCachePaths */.CK)(state.blobInfoDir), prefixes.blobInfo) : undefined
    ]);
    state.restoredKey = restoredKey;
    state.restoredBlobInfoKey = restoredBlobInfoKey;
    const notes = [restoredKey ? `restored ${restoredKey}` : 'no earlier cache for this flake'];
    if (state.policy.delta) {
        // A pull request: its base branch's entry, then its own delta on top.
        state.baseList = temp('base');
        (0,external_node_fs_.writeFileSync)(state.baseList, (0,binary_cache/* binaryCacheHashes */.Ik)(state.binaryCacheDir).join('\n'));
        state.restoredDeltaKey = await restoreEntry(cache, [state.binaryCacheDir], prefixes.delta);
        if (state.restoredDeltaKey)
            notes.push(`restored ${state.restoredDeltaKey}`);
    }
    if (restoredBlobInfoKey)
        notes.push(`restored ${restoredBlobInfoKey}`);
    if ((0,binary_cache/* hasBinaryCache */.WU)(state.binaryCacheDir)) {
        const substituter = await serveBinaryCache(state.binaryCacheDir, state.hitsFile);
        await registerSubstituter(nix, substituter.url);
        nix.commonArgs.push('--extra-substituters', `${substituter.url}?trusted=1`);
    }
    (0,src_state/* updateState */.$)({ cache: state });
    const note = notes.join('; ');
    lib_core/* info */.pq(note);
    return note;
}
async function saveCache(nixBin, state, pushed) {
    if (!state.policy.save) {
        core.info(`Not saving the cache: ${state.policy.reason}.`);
        return;
    }
    const { saveEntries } = await Promise.all(/* import() */[__webpack_require__.e(880), __webpack_require__.e(910), __webpack_require__.e(139), __webpack_require__.e(875)]).then(__webpack_require__.bind(__webpack_require__, 8875));
    await saveEntries(nixBin, state, pushed);
}


/***/ })

};
