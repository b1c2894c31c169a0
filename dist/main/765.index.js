export const id = 765;
export const ids = [765];
export const modules = {

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreCache: () => (/* binding */ restoreCache)
/* harmony export */ });
/* unused harmony exports blobInfoCachePath, cacheKeyPrefixes, parsePathInfo, blobInfoHash, saveCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3838);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7369);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7063);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _flake_ref_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4774);
// Stage 3 and the post step's save: what this job built, kept between runs in
// the GitHub Actions cache, plus skopeo's blob-info cache so a re-push of an
// unchanged image uploads no layers.
//
// Which store paths count as "built by this job": the paths that appeared in
// the store during the job (a diff of the store directory, taken at restore
// and at save) and that Nix marks `ultimate` (built or added here, not
// substituted), plus those that came from our own restored cache. A diff
// keeps the work bounded to this job on a self-hosted runner with a large
// store; `ultimate` leaves out what came from public caches, which are
// faster to fetch from there than to carry in ours. A post-build hook would
// need root and a daemon restart; a closure walk of every check would cost an
// evaluation in post.
//
// Trust: the cache is a plain directory used as a substituter with
// `?trusted=1`, so nothing is signed. What keeps a pull request from slipping
// a path into a main-branch build is GitHub's cache scoping: a cache saved on
// a PR's ref is visible to that PR only, while the default branch sees its own.









const STORE_DIR = process.env['NIX_STORE_DIR'] || '/nix/store';
const VERSION = 'v1';
/** skopeo's blob-info cache: root's is system-wide, everyone else's under XDG data. */
function blobInfoCachePath(env, home, uid) {
    if (uid === 0)
        return '/var/lib/containers/cache/blob-info-cache-v1.boltdb';
    const dataHome = env['XDG_DATA_HOME'] || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.local', 'share');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dataHome, 'containers', 'cache', 'blob-info-cache-v1.boltdb');
}
function binaryCacheDir(env, home) {
    const cacheHome = env['XDG_CACHE_HOME'] || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheHome, 'nix-flake-ci', 'binary-cache');
}
function hash(text, length) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** The flake.lock of a local flake, hashed; `nolock` when there is none to read. */
function lockHash(flake, workspace) {
    const local = (0,_flake_ref_js__WEBPACK_IMPORTED_MODULE_8__/* .localFlake */ .B)(flake, workspace);
    if (!local)
        return 'remote';
    try {
        return hash((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(local.flakeDir, 'flake.lock'), 'utf8'), 16);
    }
    catch {
        return 'nolock';
    }
}
function cacheKeyPrefixes(inputs, context) {
    const what = hash(JSON.stringify([inputs.flake, inputs.package, inputs.checks]), 12);
    const fallback = `nix-flake-ci-${VERSION}-${context.platform}-${context.arch}-${what}-`;
    return { exact: `${fallback}${lockHash(inputs.flake, context.workspace)}-`, fallback };
}
function storeEntries() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(STORE_DIR).filter(name => !name.startsWith('.') && !name.endsWith('.lock'));
    }
    catch {
        return [];
    }
}
function cachePaths(state) {
    return [state.binaryCacheDir, state.blobInfoPath];
}
async function restoreCache(nix, inputs, context) {
    const { exact, fallback } = cacheKeyPrefixes(inputs, context);
    const state = {
        keyPrefix: exact,
        restoredKey: undefined,
        binaryCacheDir: binaryCacheDir(process.env, context.home),
        blobInfoPath: blobInfoCachePath(process.env, context.home, process.getuid?.()),
        storeBeforeList: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(context.runnerTemp, `nix-flake-ci-store-before-${process.pid}.txt`),
        maxBytes: inputs.cacheMaxBytes,
        restoredBlobInfo: 'none'
    };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(state.storeBeforeList, storeEntries().join('\n'));
    let note;
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_4__/* .isFeatureAvailable */ .w3()) {
        note = 'the Actions cache service is not available to this job';
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Not restoring: ${note}.`);
    }
    else {
        try {
            state.restoredKey = await _actions_cache__WEBPACK_IMPORTED_MODULE_4__/* .restoreCache */ .P3(cachePaths(state), exact, [exact, fallback]);
            note = state.restoredKey ? `restored ${state.restoredKey}` : 'no earlier cache for this flake';
        }
        catch (error) {
            // A cache miss must never fail the build; the job just runs cold.
            note = `restore failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not restore the cache: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    state.restoredBlobInfo = blobInfoHash(state.blobInfoPath);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(state.binaryCacheDir, 'nix-cache-info'))) {
        nix.commonArgs.push('--extra-substituters', `file://${state.binaryCacheDir}?trusted=1`);
    }
    (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .updateState */ .$)({ cache: state });
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(note);
    return note;
}
/** `nix path-info --json` prints a list up to Nix 2.18 and an object keyed by path since 2.19. */
function parsePathInfo(stdout) {
    const parsed = JSON.parse(stdout);
    if (Array.isArray(parsed))
        return parsed;
    return Object.entries(parsed).flatMap(([path, info]) => (info ? [{ ...info, path }] : []));
}
async function pathInfo(nixBin, paths, closureSize) {
    const infos = [];
    for (let i = 0; i < paths.length; i += 500) {
        const chunk = paths.slice(i, i + 500);
        const result = await run(nixBin, ['path-info', '--json', ...(closureSize ? ['--closure-size'] : []), ...chunk], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix path-info failed: ${result.output.trim().slice(-500)}`);
        infos.push(...parsePathInfo(result.stdout));
    }
    return infos;
}
/** This job's own paths: new in the store, and built here or taken from our cache. */
async function ownNewPaths(nixBin, state) {
    const before = new Set(readFileSync(state.storeBeforeList, 'utf8').split('\n'));
    const added = storeEntries()
        .filter(name => !before.has(name) && !name.endsWith('.drv'))
        .map(name => path.join(STORE_DIR, name));
    if (added.length === 0)
        return [];
    const fromOurCache = (storePath) => existsSync(path.join(state.binaryCacheDir, `${path.basename(storePath).slice(0, 32)}.narinfo`));
    const infos = await pathInfo(nixBin, added, false);
    return infos.filter(info => info.ultimate === true || fromOurCache(info.path)).map(info => info.path);
}
/** Keeps the cheapest closures within the cap; says which were left out. */
async function withinCap(nixBin, paths, maxBytes) {
    const infos = (await pathInfo(nixBin, paths, true)).sort((a, b) => (a.closureSize ?? 0) - (b.closureSize ?? 0));
    const kept = [];
    const dropped = [];
    let total = 0;
    for (const info of infos) {
        const size = info.closureSize ?? 0;
        if (total + size <= maxBytes) {
            kept.push(info.path);
            total += size;
        }
        else {
            dropped.push(info);
        }
    }
    if (dropped.length > 0) {
        const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
        core.warning(`The build cache would pass \`cache-max-size\` (${mib(maxBytes)}); left out ${dropped.length} path(s), largest first:\n` +
            dropped
                .reverse()
                .map(info => `  ${info.path} (${mib(info.closureSize ?? 0)} with its closure)`)
                .join('\n') +
            '\nRaise `cache-max-size` to keep them.');
    }
    return kept;
}
/** Rewrites the binary cache directory to hold exactly `paths` and their closures. */
async function rewriteBinaryCache(nixBin, dir, paths) {
    const next = `${dir}.next`;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    // Uncompressed: the Actions cache compresses the whole directory with zstd anyway.
    for (let i = 0; i < paths.length; i += 500) {
        const result = await run(nixBin, ['copy', '--to', `file://${next}?compression=none`, ...paths.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(next, dir);
}
/** A hash of skopeo's blob-info cache, to see whether a push taught it anything. */
function blobInfoHash(file) {
    try {
        return hash((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file).toString('base64'), 16);
    }
    catch {
        return 'none';
    }
}
async function saveCache(nixBin, state) {
    if (!cache.isFeatureAvailable()) {
        core.info('Not saving: the Actions cache service is not available to this job.');
        return;
    }
    const own = await ownNewPaths(nixBin, state);
    rmSync(state.storeBeforeList, { force: true });
    const blobInfo = blobInfoHash(state.blobInfoPath);
    if (own.length === 0 && blobInfo === state.restoredBlobInfo) {
        core.info('Not saving: this job added nothing to the store or to skopeo\'s blob-info cache that the cache lacks.');
        return;
    }
    const kept = own.length > 0 ? await withinCap(nixBin, own, state.maxBytes) : [];
    // The key names the content, so an unchanged cache is never saved twice.
    const key = `${state.keyPrefix}${hash([...kept.map(p => path.basename(p)).sort(), blobInfo].join('\n'), 16)}`;
    if (key === state.restoredKey) {
        core.info(`Not saving: the restored cache ${key} already holds what this job used.`);
        return;
    }
    // With no new paths (only a push taught skopeo something), the restored
    // binary cache goes back as it came.
    if (kept.length > 0)
        await rewriteBinaryCache(nixBin, state.binaryCacheDir, kept);
    else
        mkdirSync(state.binaryCacheDir, { recursive: true });
    const id = await cache.saveCache(cachePaths(state), key);
    core.info(id === -1 ? `Cache ${key} was not saved (see above).` : `Saved ${kept.length} store path(s) and skopeo's blob-info cache as ${key}`);
}


/***/ })

};
