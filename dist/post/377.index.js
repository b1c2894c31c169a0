export const id = 377;
export const ids = [377];
export const modules = {

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveEntries: () => (/* binding */ saveEntries)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(4846);
// EXTERNAL MODULE: ../main/node_modules/@actions/cache/lib/cache.js + 344 modules
var cache = __webpack_require__(9095);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(7134);
// EXTERNAL MODULE: ./src/cache/blob-info.ts
var blob_info = __webpack_require__(9418);
// EXTERNAL MODULE: ./src/cache/binary-cache.ts
var binary_cache = __webpack_require__(6892);
// EXTERNAL MODULE: ./src/process.ts + 3 modules
var process = __webpack_require__(7960);
;// CONCATENATED MODULE: ./src/nix-version.ts
// Which Nix this is, read from its store path or from `nix --version`, and
// comparisons for the features that differ between releases (SPEC: detect,
// don't assume; Nix 2.8 to the newest).
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
    const parts = (text) => (/^(\d+)\.(\d+)(?:\.(\d+))?/.exec(text) ?? []).slice(1, 4).map(part => Number(part ?? 0));
    const have = parts(version);
    const want = parts(minimum);
    for (let i = 0; i < 3; i++) {
        const a = have[i] ?? 0;
        const b = want[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}

// EXTERNAL MODULE: ./src/nix.ts + 1 modules
var nix = __webpack_require__(2933);
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
    return ['path-info', ...nix/* NIX_COMMAND */.ge, '--json', ...(atLeast(nixVersion, '2.33') ? ['--json-format', '1'] : [])];
}
/** Path info of `paths` (with `--recursive`, of their closures too), 500 paths per call. */
async function pathInfo(nix, paths, flags = []) {
    const infos = [];
    for (let i = 0; i < paths.length; i += 500) {
        const chunk = paths.slice(i, i + 500);
        const result = await (0,process/* run */.eF)(nix.bin, [...pathInfoArgs(nix.version), ...flags, ...chunk], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix path-info failed: ${result.output.trim().slice(-500)}`);
        infos.push(...parsePathInfo(result.stdout));
    }
    return infos;
}

// EXTERNAL MODULE: ./src/cache/roots.ts + 1 modules
var cache_roots = __webpack_require__(3341);
;// CONCATENATED MODULE: ./src/cache/nix-entry.ts
// What the Nix entry of the next run holds: every path this run relied on,
// whether it built it or took it from our restored cache, with its closure,
// within `cache-max-size`.
//
// Built: the build closures, with outputs, of the derivations this job's
// own Nix commands evaluated and built (roots.ts), of which the paths Nix
// marks `ultimate` (built here, not substituted). A path another job builds
// meanwhile on a shared store is in no closure of ours, so it is never
// counted; `ultimate` leaves out what came from public caches, faster to
// fetch from there than to carry in ours.
// Taken from our cache: the .narinfo files the loopback substituter served
// (substituter.ts), whose closures the restored directory holds.







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
/**
 * The build closure of `drvs` with their outputs, less the .drv files:
 * `nix-store --query --requisites --include-outputs`, the same from Nix 2.8
 * to 2.34. Without nix-store beside nix, the runtime closures of the
 * recorded outputs (what the builds needed but did not keep is then lost).
 */
async function closureOfRoots(nix, drvs, outputs) {
    const nixStore = external_node_path_default().join(external_node_path_default().dirname(nix.bin), 'nix-store');
    if (!(0,external_node_fs_.existsSync)(nixStore)) {
        core/* info */.pq(`No nix-store beside ${nix.bin}: keeping the runtime closures of this job's outputs only, not what their builds needed.`);
        return [...outputs];
    }
    const paths = new Set();
    for (let i = 0; i < drvs.length; i += 500) {
        const result = await (0,process/* run */.eF)(nixStore, ['--query', '--requisites', '--include-outputs', ...drvs.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix-store --query --requisites failed: ${result.output.trim().slice(-500)}`);
        for (const line of result.stdout.split('\n'))
            if ((0,cache_roots/* isStorePath */.zP)(line))
                paths.add(line);
    }
    return [...paths];
}
async function builtPaths(nix, rootsFile) {
    // Recorded roots that are gone (a derivation never written, an output
    // never built) would fail the whole query.
    const roots = [...new Set(readLines(rootsFile))].filter(root => (0,external_node_fs_.existsSync)(root));
    const drvs = roots.filter(root => (0,cache_roots/* isStorePath */.zP)(root, true));
    const outputs = roots.filter(root => (0,cache_roots/* isStorePath */.zP)(root));
    const closure = drvs.length > 0 || outputs.length > 0 ? await closureOfRoots(nix, drvs, outputs) : [];
    if (closure.length === 0)
        return { paths: [], derived: new Set(), closures: new Map() };
    // One query with the closures: planNixEntry needs those of the paths kept.
    const closures = new Map((await pathInfo(nix, closure, ['--recursive'])).map(info => [info.path, info]));
    const own = closure.flatMap(storePath => {
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
    return [...served].map(hash => ({ label: `${cache_roots/* STORE_DIR */.SF}/${restored.get(hash)?.name ?? hash}`, closure: closureOf(restored, hash), storePath: undefined }));
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

;// CONCATENATED MODULE: ./src/cache/save.ts
// Post's save: each entry only when it gained something, the small one first.








/**
 * Saves one entry; false when the service did not take it. @actions/cache
 * never throws for that: a 429 (GitHub allows 200 new entries a minute per
 * repository) or a key another job is saving comes back as -1, after its own
 * log line, and it does not retry. The caller then saves nothing more in this
 * job: after a rate limit the next run's save is the retry.
 */
async function saveEntry(paths, key, what) {
    const id = await cache.saveCache(paths, key);
    if (id === -1) {
        core/* warning */.$e(`The cache service did not take ${what} as ${key} (see above: a rate limit, or another job saving the same entry); the next run saves it.`);
        return false;
    }
    core/* info */.pq(`Saved ${what} as ${key}`);
    return true;
}
/** skopeo's knowledge of the pushed image; false when the service refused it. */
async function saveBlobInfo(state, pushed) {
    const format = (0,blob_info/* blobInfoFormat */.$n)(state.blobInfoDir);
    if (!pushed || format === 'none')
        return true;
    const key = (0,keys/* blobInfoKey */.z7)(state.prefixes.blobInfo, format, pushed.digest);
    if (key === state.restoredBlobInfoKey) {
        core/* info */.pq(`Not saving skopeo's blob-info cache: the restored ${key} already knew ${pushed.repository}@${pushed.digest}.`);
        return true;
    }
    return saveEntry((0,blob_info/* blobInfoCachePaths */.CK)(state.blobInfoDir), key, `skopeo's blob-info cache (${format})`);
}
/** The Nix paths this job relied on, when the restored entries lack any of them. */
/**
 * Runs `work` with the secret key in a file of its own (0600, in a private
 * directory under RUNNER_TEMP), removed as soon as `work` is done.
 */
async function withKeyFile(key, runnerTemp, work) {
    if (!key)
        return work(undefined);
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(runnerTemp, 'nix-flake-ci-key-'));
    try {
        const file = external_node_path_default().join(dir, 'secret-key');
        (0,external_node_fs_.writeFileSync)(file, key.secret, { mode: 0o600 });
        return await work(file);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
async function saveNixEntry(nixBin, state, key) {
    const nix = { bin: nixBin, version: state.nixVersion };
    const restored = (0,binary_cache/* readBinaryCache */.un)(state.binaryCacheDir);
    const served = servedHashes(state.hitsFile, restored);
    const job = await builtPaths(nix, state.rootsFile);
    const { paths: built, derived } = job;
    core/* info */.pq(`This job built ${derived.size} store path(s), added ${built.length - derived.size} source(s) and took ${served.size} from the restored cache.`);
    if (built.length > 0)
        core/* info */.pq(built.slice(0, 20).map(p => `  ${derived.has(p) ? 'built' : 'added'} ${p}`).join('\n') + (built.length > 20 ? `\n  … and ${built.length - 20} more` : ''));
    const entry = planNixEntry(job, served, restored, state.maxBytes);
    // A pull request keeps what its base entry holds out of its delta.
    const base = new Set(state.policy.delta && state.baseList ? readLines(state.baseList) : []);
    const names = [...entry.names].filter(([hash]) => !base.has(hash));
    const what = state.policy.delta ? 'the Nix paths the base entry lacks' : 'the Nix paths';
    if (names.length === 0) {
        core/* info */.pq(`Not saving ${what}: this job used none.`);
        return;
    }
    // Only what a derivation built is worth an upload of the whole entry; a
    // source the checkout makes again is not.
    const missing = names.filter(([hash]) => !restored.has(hash));
    const missingHashes = new Set(missing.map(([hash]) => hash));
    const missingBuilt = entry.built.filter(storePath => derived.has(storePath) && missingHashes.has(external_node_path_default().basename(storePath).slice(0, 32)));
    if (missingBuilt.length === 0) {
        const sources = missing.length > 0 ? ` (it lacks only ${missing.length} source path(s) the checkout makes again)` : '';
        core/* info */.pq(`Not saving ${what}: the restored cache already holds all ${names.length - missing.length} built path(s) this job used${sources}.`);
        return;
    }
    const entryKey = (0,keys/* storePathsKey */.Xp)(state.policy.delta ? state.prefixes.delta : state.prefixes.nix, names.map(([, name]) => name));
    await withKeyFile(key, state.runnerTemp, file => (0,binary_cache/* writeBinaryCache */.R4)(nixBin, state.binaryCacheDir, restored, entry.carried, entry.built, base, file));
    await saveEntry([state.binaryCacheDir], entryKey, `${names.length} store path(s) (${what}${key ? `, signed by ${key.name}` : ''})`);
}
async function saveEntries(nixBin, state, pushed, key) {
    // The small entry first: a refusal (a rate limit) then costs no `nix copy`
    // and no upload of the large one.
    if (!(await saveBlobInfo(state, pushed))) {
        core/* info */.pq('Not saving the Nix paths in this job: the cache service refused the save above.');
        return;
    }
    await saveNixEntry(nixBin, state, key);
}


/***/ })

};
