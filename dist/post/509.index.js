export const id = 509;
export const ids = [509];
export const modules = {

/***/ 6892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R4: () => (/* binding */ writeBinaryCache),
/* harmony export */   Zo: () => (/* binding */ closureIn),
/* harmony export */   un: () => (/* binding */ readBinaryCache)
/* harmony export */ });
/* unused harmony exports workDir, binaryCacheDir, parseNarInfo, binaryCacheHashes, hasBinaryCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7960);
/* harmony import */ var _nix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2933);
// The binary cache directory the Nix entry holds: reading it (its .narinfo
// files name each path, its NAR file and its references) and writing the
// next one from what a run relied on.




/**
 * The action's own directory under RUNNER_TEMP, which the runner empties
 * after each job: nothing an earlier job left (in the runner's home, say,
 * which outlives jobs on a self-hosted runner) is ever served.
 */
function workDir(runnerTemp) {
    return path.join(runnerTemp, 'nix-flake-ci');
}
/**
 * Where the restored entry goes. Its path is part of the cache entry's
 * version (@actions/cache hashes the paths it is given), so it must be the
 * same on every runner that shares entries: GitHub-hosted runners all have
 * RUNNER_TEMP at /home/runner/work/_temp.
 */
function binaryCacheDir(runnerTemp) {
    return path.join(workDir(runnerTemp), 'binary-cache');
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
async function writeBinaryCache(nixBin, dir, restored, carried, built, leaveOut = new Set(), secretKeyFile) {
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
    // With a key, Nix signs each path it writes; the key is named by its file, never given as a value.
    const store = `file://${next}?compression=none${secretKeyFile ? `&secret-key=${secretKeyFile}` : ''}`;
    for (let i = 0; i < built.length; i += 500) {
        const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(nixBin, ['copy', ..._nix_js__WEBPACK_IMPORTED_MODULE_3__/* .NIX_COMMAND */ .ge, ...fresh, '--to', store, ...built.slice(i, i + 500)], { silent: true });
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
    return existsSync(path.join(dir, 'nix-cache-info'));
}


/***/ }),

/***/ 9418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ blobInfoFormat),
/* harmony export */   CK: () => (/* binding */ blobInfoCachePaths)
/* harmony export */ });
/* unused harmony exports BLOB_INFO_FILES, blobInfoCacheDir */
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
    const dataHome = env['XDG_DATA_HOME'] || path.join(home, '.local', 'share');
    return path.join(dataHome, 'containers', 'cache');
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
/* harmony export */   Xp: () => (/* binding */ storePathsKey),
/* harmony export */   z7: () => (/* binding */ blobInfoKey)
/* harmony export */ });
/* unused harmony exports shortHash, keyPrefixes */
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

/***/ 3341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SF: () => (/* binding */ STORE_DIR),
  zP: () => (/* binding */ roots_isStorePath)
});

// UNUSED EXPORTS: recordBuildJson, recordFlakeChecks, recordRoots, recordingRoots, startRecordingRoots

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/nix.ts + 1 modules
var nix = __webpack_require__(2933);
;// CONCATENATED MODULE: ./src/store-path.ts
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
// post finds them even after main was killed. Nothing is recorded unless
// the cache stage started recording (a run that will save).




const STORE_DIR = storeDir();
let rootsFile;
function startRecordingRoots(file) {
    rootsFile = file;
}
function recordingRoots() {
    return rootsFile !== undefined;
}
/** Whether `value` is a store path (a derivation when `drv`), and nothing that could be read as anything else. */
function roots_isStorePath(value, drv = false) {
    return drv ? isDerivationPath(value) : isStorePath(value) && !value.endsWith('.drv');
}
/** Records derivations (`drvs`) and outputs this job asked Nix for; anything that is not a store path is dropped. */
function recordRoots(drvs, outputs = []) {
    if (!rootsFile)
        return;
    const lines = [...[...drvs].filter(drv => roots_isStorePath(drv, true)), ...[...outputs].filter(out => roots_isStorePath(out))];
    if (lines.length > 0)
        appendFileSync(rootsFile, lines.map(line => `${line}\n`).join(''));
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
/**
 * `nix flake check` says nothing of what it built: the checks' derivations
 * come from one evaluation of `checks.<system>`, run only when the cache
 * will save.
 */
async function recordFlakeChecks(nix, flake) {
    if (!rootsFile)
        return;
    const system = await currentSystem(nix);
    const args = ['eval', '--json', '--no-update-lock-file', '--no-write-lock-file', `${flake}#checks.${system}`, '--apply', 'builtins.mapAttrs (name: check: check.drvPath or null)'];
    const result = await runNixBin(nix, [...args, ...nix.commonArgs], { silent: true });
    if (result.exitCode !== 0) {
        // Its error is the check stage's to report; here only that the cache lacks the checks.
        core.info(`Could not list the flake's checks for the cache (exit code ${result.exitCode}); it keeps what the other commands recorded.`);
        return;
    }
    try {
        recordRoots(Object.values(JSON.parse(result.stdout)));
    }
    catch {
        // Not an attribute set: no checks to keep.
    }
}


/***/ }),

/***/ 2933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ge: () => (/* binding */ NIX_COMMAND)
});

// UNUSED EXPORTS: currentSystem, nixVersion, runNix, runNixBin, transientAdvice, withFlags

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/process.ts + 3 modules
var process = __webpack_require__(7960);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __webpack_require__(4057);
;// CONCATENATED MODULE: ./src/nix-output.ts
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
function nix_output_failedDerivations(output) {
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
// `/nix/store/<hash>-source/<file>:L:C`, or an absolute path outside the store
// (`/home/runner/work/r/r/flake.nix:7:7`). Nix's own files (`<nix/…>`,
// `«nix-internal»/…`) and other `«…»` sources never name a file of the repository.
const POSITION = /(?<![\w«»<>.:/-])(\/[^\s:'"«»<>()]+):(\d+):(\d+)/g;
const STORE_SOURCE = /^\/nix\/store\/[0-9a-z]{32}-source\/(.+)$/;
/**
 * Source positions of an evaluation error, innermost first: where the error
 * was raised, then its callers. Nix up to 2.19 prints them in that order;
 * 2.20+ prints the trace outermost-first and the message (with its own
 * position, if any) last, so that part comes first and the trace is reversed.
 */
function sourcePositions(output) {
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
        if (where.startsWith('/nix/store/') && !STORE_SOURCE.test(where))
            continue;
        const inStore = STORE_SOURCE.exec(where);
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
function nix_output_traceTruncated(output) {
    return /stack trace truncated; use '--show-trace'/.test(output);
}
/** How many derivations Nix announced it would build (0 when it built nothing). */
function derivationsToBuild(output) {
    let total = 0;
    for (const match of output.matchAll(/these (\d+) derivations will be built/g))
        total += Number(match[1]);
    total += [...output.matchAll(/this derivation will be built/g)].length;
    return total;
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
function nix_output_transientFailure(output) {
    if (nix_output_failedDerivations(output).length > 0)
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

// EXTERNAL MODULE: ./src/log-sink.ts
var log_sink = __webpack_require__(8699);
;// CONCATENATED MODULE: ./src/nix.ts
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
        onRetry: (attempt, wait, reason) => sink.later(() => core.warning(`Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s ` +
            `(at most ${totalWaitSeconds(options.attempts)} s of waiting in all).`))
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
    sink.later(() => core.info('Nix cut the trace short; evaluating again with --show-trace to find the line to annotate (output not shown).'));
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

/***/ 3509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveCache: () => (/* binding */ saveCache)
});

// UNUSED EXPORTS: restoreCache

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/nix.ts + 1 modules
var nix = __webpack_require__(2933);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2820);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(2174);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(7134);
// EXTERNAL MODULE: ./src/cache/blob-info.ts
var blob_info = __webpack_require__(9418);
// EXTERNAL MODULE: ./src/cache/binary-cache.ts
var binary_cache = __webpack_require__(6892);
// EXTERNAL MODULE: ./src/cache/roots.ts + 1 modules
var roots = __webpack_require__(3341);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
function service_cacheServiceUrl(env) {
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
function service_answers(url, env = process.env, timeoutMs = 2000) {
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
        const socket = net.connect({ host, port });
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
        return { file: path.join(dir, 'nix-cache-info') };
    const narinfo = /^\/([0-9a-df-np-sv-z]{32})\.narinfo$/.exec(urlPath);
    if (narinfo?.[1])
        return { file: path.join(dir, `${narinfo[1]}.narinfo`), narinfoHash: narinfo[1] };
    const nar = /^\/nar\/([0-9a-z]+\.nar(?:\.[a-z0-9]+)?)$/.exec(urlPath);
    if (nar?.[1])
        return { file: path.join(dir, 'nar', nar[1]) };
    return undefined;
}
async function substituter_serveBinaryCache(dir, hitsFile) {
    // A path of its own per run: Nix remembers look-ups per cache URL in
    // ~/.cache/nix for days, and a self-hosted runner may see this port again
    // serving another entry.
    const base = randomBytes(8).toString('hex');
    const server = http.createServer((request, response) => {
        const wanted = request.method === 'GET' || request.method === 'HEAD' ? fileFor(dir, base, new URL(request.url ?? '/', 'http://x').pathname) : undefined;
        let size;
        try {
            size = wanted ? statSync(wanted.file).size : undefined;
        }
        catch {
            size = undefined;
        }
        if (!wanted || size === undefined) {
            response.writeHead(404, { 'content-length': 0 }).end();
            return;
        }
        if (wanted.narinfoHash)
            appendFileSync(hitsFile, `${wanted.narinfoHash}\n`);
        const type = wanted.narinfoHash ? 'text/x-nix-narinfo' : 'application/octet-stream';
        response.writeHead(200, { 'content-length': size, 'content-type': type });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        const stream = createReadStream(wanted.file);
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

;// CONCATENATED MODULE: ./src/cache/signing.ts
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
    const derived = (0,external_node_crypto_.createPublicKey)((0,external_node_crypto_.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
    const x = Buffer.from(derived.export({ format: 'jwk' }).x ?? '', 'base64url');
    if (!x.equals(given))
        return `the last 32 bytes after \`${name}:\` are not the public key of the first 32`;
    return { name, secret: value, publicKey: `${name}:${given.toString('base64')}` };
}
function publicKeyObject(publicKey) {
    const raw = Buffer.from(publicKey.slice(publicKey.indexOf(':') + 1), 'base64');
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}
/** What Nix signs for a path: `1;<path>;<narHash>;<narSize>;<references, full paths, comma-joined>`. */
function signing_fingerprint(storePath, narHash, narSize, references) {
    return `1;${storePath};${narHash};${narSize};${[...references].sort().join(',')}`;
}
/** Whether one of `sigs` (`name:base64`) is `publicKey`'s over `text`. */
function signing_signedBy(publicKey, text, sigs) {
    const name = publicKey.slice(0, publicKey.indexOf(':'));
    const key = publicKeyObject(publicKey);
    return sigs.some(sig => sig.startsWith(`${name}:`) && verify(null, Buffer.from(text), key, Buffer.from(sig.slice(name.length + 1), 'base64')));
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
function signing_hashMatches(narHash, digest) {
    return [`sha256:${nix32(digest)}`, `sha256:${digest.toString('hex')}`, `sha256-${digest.toString('base64')}`].includes(narHash);
}

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
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest();
}
/** What is wrong with one path's .narinfo and NAR, or undefined when nothing is. */
async function problemOf(dir, hash, publicKey) {
    const info = fields(readFileSync(path.join(dir, `${hash}.narinfo`), 'utf8'));
    const one = (name) => info.get(name)?.[0];
    const storePath = one('StorePath') ?? '';
    const narHash = one('NarHash') ?? '';
    const url = one('URL') ?? '';
    const narSize = Number(one('NarSize'));
    if (!(isStorePath(storePath) || isStorePath(storePath, true)) || !path.basename(storePath).startsWith(`${hash}-`))
        return `${hash}.narinfo does not name its own store path`;
    // The action writes its entries uncompressed (binary-cache.ts), so the NAR
    // file is the NAR and its hash is NarHash.
    if ((one('Compression') ?? 'bzip2') !== 'none' || !/^nar\/[0-9a-z]+\.nar$/.test(url) || !Number.isSafeInteger(narSize))
        return `${storePath}: not an entry this action writes`;
    const references = (one('References') ?? '').split(' ').filter(ref => ref !== '').map(ref => `${STORE_DIR}/${ref}`);
    const sigs = info.get('Sig') ?? [];
    if (sigs.length === 0)
        return `${storePath} is not signed`;
    if (!signedBy(publicKey, fingerprint(storePath, narHash, narSize, references), sigs))
        return `${storePath}: no signature by ${publicKey.split(':')[0]} over its hash, size and references`;
    let digest;
    try {
        digest = await fileSha256(path.join(dir, url));
    }
    catch {
        return `${storePath}: its NAR (${url}) is missing`;
    }
    if (!hashMatches(narHash, digest))
        return `${storePath}: its NAR (${url}) is not the one signed (hash mismatch)`;
    return undefined;
}
/** Every problem of the restored directory (at most `limit` named), [] when it is all signed by `publicKey` and whole. */
async function verify_verifyBinaryCache(dir, publicKey, limit = 5) {
    const problems = [];
    for (const hash of binaryCacheHashes(dir)) {
        const problem = await problemOf(dir, hash, publicKey);
        if (problem)
            problems.push(problem);
        if (problems.length >= limit)
            break;
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/reference.ts
// The OCI distribution grammar for the parts of `<registry>/<image>:<tag>`.
// Checked up front so that skopeo never sees a value it could read as an
// option, and a typo fails before a long build rather than after it.
const HOST_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REGISTRY = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Returns why `value` is not a registry host, or undefined when it is one. */
function reference_registryProblem(value) {
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
function reference_imageProblem(value) {
    if (value.length > 255)
        return 'a repository path of at most 255 characters';
    if (!IMAGE.test(value)) {
        const hint = /[A-Z]/.test(value) ? ' (repository names are lower case)' : '';
        return `a repository path of lower-case letters, digits and separators (. _ - /), e.g. \`upgrades/k8s-cloud-tagger-dev\`${hint}`;
    }
    return undefined;
}
function reference_tagProblem(value) {
    if (!TAG.test(value)) {
        return 'tags of 1 to 128 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/tags.ts
// The tags to push: given ones with their `{{…}}` templates filled from the
// run, or the default `sha-<commit>`. Templates are checked for syntax when
// the inputs are parsed and filled before any stage runs, so a tag that
// cannot be made fails the step before a long build, not after it.

/** Splits the `tags` input on commas and new lines, dropping empty entries and repeats. */
function tags_splitList(value) {
    const items = value
        .split(/[,\n]/)
        .map(item => item.trim())
        .filter(item => item.length > 0);
    return [...new Set(items)];
}
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['sha', 'branch', 'tag', 'version', 'major', 'minor', 'patch']));
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
function tags_templateProblem(template) {
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
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseSemVer(name) {
    const match = SEMVER.exec(name);
    if (!match)
        return undefined;
    const [, major = '', minor = '', patch = '', pre] = match;
    // `+` is not a tag character; build metadata becomes `_…`, as docker/metadata-action does.
    const version = name.replace(/^v/, '').replace('+', '_');
    return { version, major, minor, patch, prerelease: pre !== undefined };
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

;// CONCATENATED MODULE: ./src/inputs.ts
// The action's inputs, read once, checked all at once before any stage runs.




const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
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
    throw new InputError(name, `expected \`true\` or \`false\`, got ${shown(value)}`);
}
/** One of `values`, in any case. */
function oneOf(read, name, values) {
    const raw = read(name);
    const value = values.find(candidate => candidate === raw.toLowerCase());
    if (value !== undefined)
        return value;
    const listed = values.map(candidate => `\`${candidate}\``);
    throw new InputError(name, `expected ${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1]}, got ${shown(raw)}`);
}
const SWITCH = (/* unused pure expression or super */ null && (['auto', 'true', 'false']));
const CACHE_SAVE = (/* unused pure expression or super */ null && (['auto', 'always', 'never']));
// Nothing here goes through a shell, but values are also echoed in the
// "reproduce locally" commands users paste into one, so shell syntax is refused.
const SHELL_CHARACTERS = /[\s`$;|<>()'"\\*{}!]/;
function flakeRef(read) {
    const value = read('flake');
    if (value === '')
        throw new InputError('flake', 'expected a flake reference such as `.`, `./sub` or `github:owner/repo`, got an empty value');
    if (value.startsWith('-'))
        throw new InputError('flake', `expected a flake reference, not something that reads as an option: ${shown(value)}`);
    if (SHELL_CHARACTERS.test(value) || /[\x00-\x1f]/.test(value)) {
        throw new InputError('flake', `expected a flake reference without spaces, quotes or shell characters, got ${shown(value)}`);
    }
    if (value.includes('#')) {
        throw new InputError('flake', `expected a flake reference without \`#\`; name the output in \`package\` instead, got ${shown(value)}`);
    }
    return value;
}
function skopeoFlake(read) {
    const value = read('skopeo-flake');
    const [flake = '', attribute, ...rest] = value.split('#');
    if (value.startsWith('-') || SHELL_CHARACTERS.test(value) || /[\x00-\x1f]/.test(value) || flake === '' || rest.length > 0 || (attribute !== undefined && !ATTRIBUTE_PATH.test(attribute))) {
        throw new InputError('skopeo-flake', `expected an installable such as \`github:NixOS/nixpkgs/<commit>#skopeo\` (pinned to a commit, as the default is), got ${shown(value)}`);
    }
    return value;
}
const ATTRIBUTE_PATH = /^[A-Za-z_][A-Za-z0-9_'+-]*(?:\.[A-Za-z_][A-Za-z0-9_'+-]*)*$/;
const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_'+-]*$/;
function packageName(read) {
    const value = read('package');
    if (!ATTRIBUTE_PATH.test(value)) {
        throw new InputError('package', `expected a flake output name such as \`image-dev\` or \`packages.x86_64-linux.default\`, got ${shown(value)}`);
    }
    return value;
}
function checkNames(read) {
    const names = splitList(read('checks'));
    for (const name of names) {
        if (!ATTRIBUTE.test(name)) {
            throw new InputError('checks', `expected check names separated by commas or new lines, such as \`fmt, clippy, test\`; ${shown(name)} is not a check name`);
        }
    }
    return names;
}
function checkArgs(read) {
    const value = read('check-args');
    if (/["'`\\$]/.test(value)) {
        throw new InputError('check-args', `arguments are split on white space and no shell reads them, so quotes, \`$\` and \`\\\` are not supported; got ${shown(value)}`);
    }
    return value.split(/\s+/).filter(arg => arg.length > 0);
}
function attempts(read) {
    const value = read('attempts');
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_ATTEMPTS) {
        throw new InputError('attempts', `expected a whole number from 1 to ${MAX_ATTEMPTS}, got ${shown(value)}`);
    }
    return n;
}
function nixVersion(read) {
    const value = read('nix-version');
    if (!/^\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?$/.test(value)) {
        throw new InputError('nix-version', `expected a Nix release such as \`2.34.6\`, got ${shown(value)}`);
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
        throw new InputError('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    if (url.protocol === 'http:' && !loopbackHost(url.hostname)) {
        throw new InputError('install-url', `expected an https URL: the installer runs as root, so it must not come over plain http (allowed only for a mirror on this machine, 127.0.0.1 or localhost); got ${shown(value)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    return value;
}
function extraConf(read) {
    const value = read('extra-conf');
    if (/[\x00]/.test(value))
        throw new InputError('extra-conf', 'expected nix.conf lines, got a NUL byte');
    if (value.includes('nix-flake-ci')) {
        throw new InputError('extra-conf', 'must not contain the marker `nix-flake-ci` that delimits the block this action adds to nix.conf');
    }
    return value;
}
function githubToken(read) {
    const value = read('github-token');
    // One `host=token` entry of nix.conf's space-separated `access-tokens`; the
    // value is a secret, so the message never shows it.
    if (/\s/.test(value)) {
        throw new InputError('github-token', 'expected a single token without spaces or line breaks, such as `${{ github.token }}`; the value (not shown) has white space in it');
    }
    return value;
}
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i;
function size(read, name) {
    const value = read(name);
    const match = SIZE.exec(value);
    if (!match)
        throw new InputError(name, `expected a size such as \`2G\`, \`500M\` or \`1048576\`, got ${shown(value)}`);
    const unit = (match[2] ?? 'B').charAt(0).toUpperCase();
    const factor = { B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit] ?? 1;
    return Math.floor(Number(match[1]) * factor);
}
/** `cache-signing-key`, also read by post; a secret, so a message never shows it. */
function cacheSigningKey(read) {
    const value = read('cache-signing-key').trim();
    if (value === '')
        return undefined;
    const key = parseSigningKey(value);
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
            throw new InputError('registry', `expected ${problem}, got ${shown(inputs.registry)}`);
    }
    if (inputs.image !== '') {
        const problem = imageProblem(inputs.image);
        if (problem)
            throw new InputError('image', `expected ${problem}, got ${shown(inputs.image)}`);
    }
    // Templates are filled before any stage runs (pipeline.ts); here only their syntax.
    for (const [name, values] of [['tags', inputs.tags], ['manifest-from', inputs.manifestFrom]]) {
        for (const tag of values) {
            const problem = templateProblem(tag);
            if (problem)
                throw new InputError(name, `expected ${problem}; ${shown(tag)} is not one`);
        }
    }
    if (inputs.username !== '' && inputs.password === '') {
        throw new InputError('password', '`username` is set but `password` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.password !== '' && inputs.username === '') {
        throw new InputError('username', '`password` is set but `username` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.username !== '' && /[\s:]/.test(inputs.username)) {
        throw new InputError('username', `expected a user name without spaces or \`:\`, got ${shown(inputs.username)}`);
    }
    if (inputs.password.includes('\n')) {
        throw new InputError('password', 'expected a single line; the value has a line break');
    }
    if (inputs.push === 'true') {
        if (inputs.registry === '')
            throw new InputError('registry', '`push: true` needs a registry host such as `quay.io`');
        if (inputs.image === '')
            throw new InputError('image', '`push: true` needs a repository such as `upgrades/k8s-cloud-tagger-dev`');
        if (!inputs.build && inputs.manifestFrom.length === 0)
            throw new InputError('build', '`push: true` needs the build stage (`build: true`): there is nothing to push otherwise');
    }
    if (inputs.manifestFrom.length > 0) {
        if (inputs.build) {
            throw new InputError('build', '`manifest-from` combines images that earlier jobs pushed and pushes no build of its own; set `build: false` in this step');
        }
        if (inputs.registry === '' || inputs.image === '') {
            throw new InputError(inputs.registry === '' ? 'registry' : 'image', '`manifest-from` needs the `registry` and `image` that the per-platform tags were pushed to');
        }
    }
    if ((inputs.registry === '') !== (inputs.image === '') && inputs.push !== 'false') {
        const missing = inputs.registry === '' ? 'registry' : 'image';
        throw new InputError(missing, `\`registry\` and \`image\` go together; \`${missing}\` is empty`);
    }
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
        core.warning(`Could not restore the cache: ${errorMessage(error)}`);
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
    const result = await runNixBin(nix, [...NIX_COMMAND, 'store', 'ping', '--store', url], { silent: true });
    if (result.exitCode !== 0)
        core.warning(`The restored cache's substituter did not answer Nix: ${result.output.trim().slice(-300)}`);
}
async function restoreCache(nix, inputs, context, pushing) {
    // Nothing recorded for post when the service is missing or down: post then
    // has nothing to do either.
    const url = cacheServiceUrl(process.env);
    if (!url) {
        const note = 'the Actions cache service is not available to this job';
        core.info(`Not restoring: ${note}.`);
        return { note, settings: [] };
    }
    if (!(await answers(url))) {
        const note = `the Actions cache service (${new URL(url).host}) does not answer; this job neither restores nor saves the cache`;
        core.warning(`Not restoring: ${note}.`);
        return { note, settings: [] };
    }
    const cache = await __webpack_require__.e(/* import() */ 95).then(__webpack_require__.bind(__webpack_require__, 9095));
    const prefixes = keyPrefixes(inputs, context);
    const dir = binaryCacheDir(context.runnerTemp);
    // Whatever is there now, this job did not restore.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(workDir(context.runnerTemp), { recursive: true });
    const side = (name) => path.join(workDir(context.runnerTemp), `${name}-${process.pid}.txt`);
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
        policy: savePolicy(inputs.cacheSave, context.eventName)
    };
    writeFileSync(state.rootsFile, '');
    writeFileSync(state.hitsFile, '');
    // Only a run that may save needs to know what its commands built.
    if (state.policy.save)
        startRecordingRoots(state.rootsFile);
    const [restoredKey, restoredBlobInfoKey] = await Promise.all([
        restoreEntry(cache, [dir], prefixes.nix),
        pushing ? restoreEntry(cache, blobInfoCachePaths(state.blobInfoDir), prefixes.blobInfo) : undefined
    ]);
    state.restoredKey = restoredKey;
    state.restoredBlobInfoKey = restoredBlobInfoKey;
    const notes = [restoredKey ? `restored ${restoredKey}` : 'no earlier cache for this flake'];
    if (state.policy.delta) {
        // A pull request: its base branch's entry, then its own delta on top.
        state.baseList = side('base');
        writeFileSync(state.baseList, binaryCacheHashes(dir).join('\n'));
        state.restoredDeltaKey = await restoreEntry(cache, [dir], prefixes.delta);
        if (state.restoredDeltaKey)
            notes.push(`restored ${state.restoredDeltaKey}`);
    }
    if (restoredBlobInfoKey)
        notes.push(`restored ${restoredBlobInfoKey}`);
    let settings = [];
    if ((state.restoredKey || state.restoredDeltaKey) && hasBinaryCache(dir)) {
        const key = inputs.cacheSigningKey;
        if (key && !(await acceptSigned(state, key)))
            notes.push('refused the Nix entry: not signed by the cache-signing-key (see the warning)');
        else
            settings = await serve(nix, state, key);
    }
    updateState({ cache: state });
    const note = notes.join('; ');
    core.info(note);
    return { note, settings };
}
/** Whether the restored directory is all signed by `key` and whole; if not, it is removed with a warning, and the run is cold. */
async function acceptSigned(state, key) {
    const problems = await verifyBinaryCache(state.binaryCacheDir, key.publicKey);
    if (problems.length === 0) {
        core.info(`Every path of the restored Nix entry is signed by ${key.name}.`);
        return true;
    }
    const restored = [state.restoredKey, state.restoredDeltaKey].filter(Boolean).join(' and ');
    core.warning(`Refused the restored cache ${restored}: it is not what ${key.name} signed (tampered, or saved without the key):\n` +
        problems.map(problem => `  ${problem}`).join('\n') +
        '\nIt is removed and not served; this run builds without it.');
    rmSync(state.binaryCacheDir, { recursive: true, force: true });
    state.restoredKey = undefined;
    state.restoredDeltaKey = undefined;
    // A pull request's delta then holds everything it used, not what a refused base held.
    if (state.baseList)
        writeFileSync(state.baseList, '');
    return false;
}
/** Serves the restored directory on loopback; returns the settings that make it a substituter of a Nix command. */
async function serve(nix, state, key) {
    const substituter = await serveBinaryCache(state.binaryCacheDir, state.hitsFile);
    await registerSubstituter(nix, substituter.url);
    // Signed: Nix checks every path against the key, as it does a public cache.
    return key ? [`extra-substituters = ${substituter.url}`, `extra-trusted-public-keys = ${key.publicKey}`] : [`extra-substituters = ${substituter.url}?trusted=1`];
}
async function saveCache(nixBin, state, pushed) {
    if (!state.policy.save) {
        lib_core/* info */.pq(`Not saving the cache: ${state.policy.reason}.`);
        return;
    }
    // Post is a process of its own: the key is read (and masked) again.
    const raw = lib_core/* getInput */.V4('cache-signing-key');
    if (raw !== '')
        lib_core/* setSecret */.Pq(raw);
    const key = cacheSigningKey(name => lib_core/* getInput */.V4(name));
    const { saveEntries } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(377)]).then(__webpack_require__.bind(__webpack_require__, 5377));
    await saveEntries(nixBin, state, pushed, key);
}


/***/ })

};
