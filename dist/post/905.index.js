export const id = 905;
export const ids = [905];
export const modules = {

/***/ 5905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveCache: () => (/* binding */ saveCache)
});

// UNUSED EXPORTS: blobInfoCachePath, blobInfoHash, cacheKeyPrefixes, parsePathInfo, restoreCache

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var lib_cache = __webpack_require__(1691);
// EXTERNAL MODULE: ./src/process.ts + 4 modules
var src_process = __webpack_require__(239);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/flake-ref.ts
// Local flake references (`.`, `./sub`, `path:./sub`, `git+file:///abs`,
// each with an optional `?dir=`) resolved against the workspace.

/** Undefined for a remote flake (`github:…`, `https://…`). */
function flake_ref_localFlake(flake, workspace) {
    const local = /^(?:path:|git\+file:\/\/)?(\.{1,2}(?:\/[^?#]*)?|\/[^?#]*)(?:\?.*)?$/.exec(flake);
    if (!local?.[1])
        return undefined;
    const root = path.resolve(workspace, local[1]);
    const dir = /[?&]dir=([^&#]+)/.exec(flake)?.[1];
    return { root, flakeDir: dir ? path.resolve(root, dir) : root };
}

;// CONCATENATED MODULE: ./src/stages/cache.ts
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
    const dataHome = env['XDG_DATA_HOME'] || path.join(home, '.local', 'share');
    return path.join(dataHome, 'containers', 'cache', 'blob-info-cache-v1.boltdb');
}
function binaryCacheDir(env, home) {
    const cacheHome = env['XDG_CACHE_HOME'] || path.join(home, '.cache');
    return path.join(cacheHome, 'nix-flake-ci', 'binary-cache');
}
function hash(text, length) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** The flake.lock of a local flake, hashed; `nolock` when there is none to read. */
function lockHash(flake, workspace) {
    const local = localFlake(flake, workspace);
    if (!local)
        return 'remote';
    try {
        return hash(readFileSync(path.join(local.flakeDir, 'flake.lock'), 'utf8'), 16);
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
        return (0,external_node_fs_.readdirSync)(STORE_DIR).filter(name => !name.startsWith('.') && !name.endsWith('.lock'));
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
        storeBeforeList: path.join(context.runnerTemp, `nix-flake-ci-store-before-${process.pid}.txt`),
        maxBytes: inputs.cacheMaxBytes,
        restoredBlobInfo: 'none'
    };
    writeFileSync(state.storeBeforeList, storeEntries().join('\n'));
    let note;
    if (!cache.isFeatureAvailable()) {
        note = 'the Actions cache service is not available to this job';
        core.info(`Not restoring: ${note}.`);
    }
    else {
        try {
            state.restoredKey = await cache.restoreCache(cachePaths(state), exact, [exact, fallback]);
            note = state.restoredKey ? `restored ${state.restoredKey}` : 'no earlier cache for this flake';
        }
        catch (error) {
            // A cache miss must never fail the build; the job just runs cold.
            note = `restore failed: ${errorMessage(error)}`;
            core.warning(`Could not restore the cache: ${errorMessage(error)}`);
        }
    }
    state.restoredBlobInfo = blobInfoHash(state.blobInfoPath);
    if (existsSync(path.join(state.binaryCacheDir, 'nix-cache-info'))) {
        nix.commonArgs.push('--extra-substituters', `file://${state.binaryCacheDir}?trusted=1`);
    }
    updateState({ cache: state });
    core.info(note);
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
        const result = await (0,src_process/* run */.eF)(nixBin, ['path-info', '--json', ...(closureSize ? ['--closure-size'] : []), ...chunk], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix path-info failed: ${result.output.trim().slice(-500)}`);
        infos.push(...parsePathInfo(result.stdout));
    }
    return infos;
}
/** This job's own paths: new in the store, and built here or taken from our cache. */
async function ownNewPaths(nixBin, state) {
    const before = new Set((0,external_node_fs_.readFileSync)(state.storeBeforeList, 'utf8').split('\n'));
    const added = storeEntries()
        .filter(name => !before.has(name) && !name.endsWith('.drv'))
        .map(name => external_node_path_default().join(STORE_DIR, name));
    if (added.length === 0)
        return [];
    const fromOurCache = (storePath) => (0,external_node_fs_.existsSync)(external_node_path_default().join(state.binaryCacheDir, `${external_node_path_default().basename(storePath).slice(0, 32)}.narinfo`));
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
        lib_core/* warning */.$e(`The build cache would pass \`cache-max-size\` (${mib(maxBytes)}); left out ${dropped.length} path(s), largest first:\n` +
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
    (0,external_node_fs_.rmSync)(next, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(dir), { recursive: true });
    // Uncompressed: the Actions cache compresses the whole directory with zstd anyway.
    for (let i = 0; i < paths.length; i += 500) {
        const result = await (0,src_process/* run */.eF)(nixBin, ['copy', '--to', `file://${next}?compression=none`, ...paths.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`);
    }
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(next, dir);
}
/** A hash of skopeo's blob-info cache, to see whether a push taught it anything. */
function blobInfoHash(file) {
    try {
        return hash((0,external_node_fs_.readFileSync)(file).toString('base64'), 16);
    }
    catch {
        return 'none';
    }
}
async function saveCache(nixBin, state) {
    if (!lib_cache/* isFeatureAvailable */.w3()) {
        lib_core/* info */.pq('Not saving: the Actions cache service is not available to this job.');
        return;
    }
    const own = await ownNewPaths(nixBin, state);
    (0,external_node_fs_.rmSync)(state.storeBeforeList, { force: true });
    const blobInfo = blobInfoHash(state.blobInfoPath);
    if (own.length === 0 && blobInfo === state.restoredBlobInfo) {
        lib_core/* info */.pq('Not saving: this job added nothing to the store or to skopeo\'s blob-info cache that the cache lacks.');
        return;
    }
    const kept = own.length > 0 ? await withinCap(nixBin, own, state.maxBytes) : [];
    // The key names the content, so an unchanged cache is never saved twice.
    const key = `${state.keyPrefix}${hash([...kept.map(p => external_node_path_default().basename(p)).sort(), blobInfo].join('\n'), 16)}`;
    if (key === state.restoredKey) {
        lib_core/* info */.pq(`Not saving: the restored cache ${key} already holds what this job used.`);
        return;
    }
    // With no new paths (only a push taught skopeo something), the restored
    // binary cache goes back as it came.
    if (kept.length > 0)
        await rewriteBinaryCache(nixBin, state.binaryCacheDir, kept);
    else
        (0,external_node_fs_.mkdirSync)(state.binaryCacheDir, { recursive: true });
    const id = await lib_cache/* saveCache */.Io(cachePaths(state), key);
    lib_core/* info */.pq(id === -1 ? `Cache ${key} was not saved (see above).` : `Saved ${kept.length} store path(s) and skopeo's blob-info cache as ${key}`);
}


/***/ })

};
