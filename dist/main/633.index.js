export const id = 633;
export const ids = [633];
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

/***/ 18633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planMatrix: () => (/* binding */ planMatrix)
});

// UNUSED EXPORTS: jobKey

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/plan/inputs.ts
var plan_inputs = __webpack_require__(91846);
// EXTERNAL MODULE: ./src/nix/command.ts
var command = __webpack_require__(82094);
// EXTERNAL MODULE: ./src/nix/check-output.ts
var check_output = __webpack_require__(94617);
// EXTERNAL MODULE: ./src/nix/failure.ts + 3 modules
var failure = __webpack_require__(57822);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/limited.ts
// Many small independent tasks (a Nix process, a cache look-up each), a few at a time.
/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * The items `holds` accepts, asked a group at a time: the whole first, then
 * the halves of each group it refuses, at most `limit` questions at a time.
 * Few questions when nearly all or nearly none are held (about 2k·log(n/k)
 * for k refused of n), where asking one at a time costs n.
 */
async function heldByHalves(items, limit, holds) {
    const found = [];
    let groups = items.length > 0 ? [items] : [];
    while (groups.length > 0) {
        const refused = [];
        await eachLimited(groups, limit, async (group) => {
            if (await holds(group))
                found.push(...group);
            else if (group.length > 1)
                refused.push(group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2)));
        });
        groups = refused;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/nix/substitutable.ts
// Which checks' outputs a plan need not build: valid in this store, or held
// by a substituter Nix is configured with (the restored cache's among them).
// Read by exit codes: `nix path-info` fails when any path it is given is not
// in the store it asks.


/** The substituters Nix would use, from `nix show-config --json` (one shape from Nix 2.8 to 2.34). */
function substitutersOf(showConfigJson) {
    try {
        const value = JSON.parse(showConfigJson).substituters?.value;
        return Array.isArray(value) ? value.filter((url) => typeof url === 'string' && url !== '') : [];
    }
    catch {
        return [];
    }
}
/** This machine's store, then each substituter Nix is configured with: read once per plan. */
async function storesToAsk(nix) {
    const result = await (0,command/* runNixBin */.kW)(nix, ['show-config', '--json'], { silent: true });
    const urls = result.exitCode === 0 ? substitutersOf(result.stdout) : [];
    return [[undefined, 'in this store'], ...urls.map((url) => [url, 'substitutable'])];
}
/** Whether every path is in `store` (undefined: this machine's store). */
async function holds(nix, store, paths) {
    // The store goes in NIX_CONFIG, not on the command line: the restored
    // cache's loopback URL stays out of process listings (child-env.ts).
    const asked = store === undefined ? nix : { ...nix, settings: [...nix.settings, `store = ${store}`] };
    const result = await (0,command/* runNixBin */.kW)(asked, ['path-info', ...nix.commonArgs, '--', ...paths], { silent: true });
    return result.exitCode === 0;
}
/**
 * Where each check's (or derivation's) outputs already are: its derivation
 * to `this store` or `a substituter`. All of a store's checks are asked in one
 * process first (the common answer on an unchanged flake is "all there" or
 * "none"), then one at a time only when that fails. `mostlyBuilt` (the
 * derivations a plan's checks share: most come from the substituters, as a
 * toolchain does) asks halves of the groups refused instead, far fewer
 * processes for thousands of derivations of which a few are not built.
 */
async function alreadyBuilt(nix, stores, checks, mostlyBuilt = false) {
    const found = new Map();
    for (const [store, where] of stores) {
        const left = checks.filter(check => !found.has(check.drv));
        if (left.length === 0)
            break;
        if (mostlyBuilt) {
            for (const check of await heldByHalves(left, 4, group => holds(nix, store, group.flatMap(item => item.outputs))))
                found.set(check.drv, where);
            continue;
        }
        if (await holds(nix, store, left.flatMap(check => check.outputs))) {
            for (const check of left)
                found.set(check.drv, where);
            continue;
        }
        if (left.length === 1)
            continue;
        await eachLimited(left, 4, async (check) => {
            if (await holds(nix, store, check.outputs))
                found.set(check.drv, where);
        });
    }
    return found;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/plan/matrix.ts
// The plan's matrix: the checks left to build, one job each, grouped when
// there are more than a job matrix may hold. Pure: the plan stage
// (stages/plan-matrix.ts) evaluates, asks the caches, and prints.

/** GitHub's cap on the jobs of one matrix. */
const MAX_JOBS = 256;
const qualifiedName = (check) => `${check.system}.${check.name}`;
function bucket(text, buckets) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest().readUInt32BE(0) % buckets;
}
const byName = (a, b) => (qualifiedName(a) < qualifiedName(b) ? -1 : qualifiedName(a) > qualifiedName(b) ? 1 : 0);
/**
 * One job per check while they fit in `max`; beyond that, each system's
 * checks go into buckets by a hash of their names. The same set of checks
 * always gives the same jobs, so each job's cache key (a hash of its checks'
 * derivations) is found again by the next plan, and a changed check brings
 * back its own group only. Bucket counts: with S systems and n checks, a
 * bucket holds about ceil(n / (max - S)) checks, which keeps the sum of
 * ceil(count / size) per system within max.
 */
function groupChecks(checks, max = MAX_JOBS) {
    const sorted = [...checks].sort(byName);
    if (sorted.length <= max)
        return sorted.map(check => ({ system: check.system, checks: [check] }));
    const systems = [...new Set(sorted.map(check => check.system))];
    const size = Math.ceil(sorted.length / Math.max(1, max - systems.length));
    const jobs = [];
    for (const system of systems) {
        const own = sorted.filter(check => check.system === system);
        const buckets = Math.ceil(own.length / size);
        const groups = Array.from({ length: buckets }, () => []);
        for (const check of own)
            groups[bucket(qualifiedName(check), buckets)]?.push(check);
        for (const group of groups)
            if (group.length > 0)
                jobs.push({ system, checks: group });
    }
    return jobs;
}
/** The job's `checks` input. */
const jobChecks = (job) => job.checks.map(qualifiedName).join(',');
/** `strategy.matrix.include`, each job on its system's runner label. */
function matrixEntries(jobs, runners) {
    return jobs.map(job => {
        const label = runners.find(runner => runner.system === job.system)?.label;
        if (label === undefined)
            throw new Error(`no runner label for ${job.system}`);
        return { system: job.system, 'runs-on': label, checks: jobChecks(job) };
    });
}

// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(11452);
// EXTERNAL MODULE: ./src/cache/binary-cache.ts
var binary_cache = __webpack_require__(34470);
// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(98125);
;// CONCATENATED MODULE: ./src/cache/check-entries.ts
// The plan's question to the Actions cache: which matrix jobs' entries exist.
// A matrix job saves its entry under a hash of its checks' derivations, and
// only when they all passed (cache/save.ts), so an entry found means those
// checks passed as they are now: no job is needed for them.





/** The keys of `keys` the cache holds; none when there is no cache service. */
async function entriesFound(keys, runnerTemp) {
    const found = new Set();
    if (keys.length === 0 || !(0,service/* cacheServiceUrl */.f7)(process.env))
        return found;
    const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(878), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 91863));
    if (!cache.isFeatureAvailable())
        return found;
    // The paths are part of an entry's version: the ones the jobs save, given
    // relative to the workspace (binary-cache.ts: the same on Linux and macOS).
    const paths = [(0,binary_cache/* entryPath */.s3)((0,binary_cache/* binaryCacheDir */.V0)(runnerTemp))];
    let failed;
    await eachLimited(keys, 8, async (key) => {
        try {
            // The service matches keys by prefix too: only the exact key counts.
            if ((await cache.restoreCache(paths, key, [], { lookupOnly: true })) === key)
                found.add(key);
        }
        catch (error) {
            failed ??= (0,errors/* errorMessage */.gJ)(error);
        }
    });
    if (failed)
        core/* warning */.$e(`Could not ask the cache for every matrix job's entry (${failed}); the jobs not found are planned.`);
    return found;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/nix/store-path.ts
var store_path = __webpack_require__(54764);
;// CONCATENATED MODULE: ./src/plan/first-wave.ts

/** The derivations found in the closures of two or more of `closures` (a set per check). */
function sharedDerivations(closures) {
    const seen = new Set();
    const shared = new Set();
    for (const closure of closures) {
        for (const drv of closure) {
            if (seen.has(drv))
                shared.add(drv);
            else
                seen.add(drv);
        }
    }
    return shared;
}
/** The shared derivations not in the closure of another shared one (`below`: each one's closure). */
function frontier(shared, below) {
    const under = new Set();
    for (const drv of shared) {
        for (const dep of below.get(drv) ?? [])
            if (dep !== drv && shared.has(dep))
                under.add(dep);
    }
    return new Set([...shared].filter(drv => !under.has(drv)));
}
/**
 * Greedy set cover: the checks whose closures hold every derivation of
 * `targets` that any of them holds, the one covering the most still
 * uncovered first (ties: the smaller closure, then the name), so the wave
 * stays small and cheap. Checks are of one system.
 */
function coveringChecks(checks, closures, targets) {
    const covers = new Map(checks.map(check => [check, [...(closures.get(check.drv) ?? [])].filter(drv => targets.has(drv))]));
    const uncovered = new Set([...covers.values()].flat());
    const picked = [];
    while (uncovered.size > 0) {
        let best;
        let bestGain = 0;
        for (const check of checks) {
            if (picked.includes(check))
                continue;
            const gain = (covers.get(check) ?? []).filter(drv => uncovered.has(drv)).length;
            if (gain === 0)
                continue;
            const better = best === undefined ||
                gain > bestGain ||
                (gain === bestGain && (closures.get(check.drv)?.size ?? 0) < (closures.get(best.drv)?.size ?? 0)) ||
                (gain === bestGain && (closures.get(check.drv)?.size ?? 0) === (closures.get(best.drv)?.size ?? 0) && qualifiedName(check) < qualifiedName(best));
            if (better) {
                best = check;
                bestGain = gain;
            }
        }
        if (best === undefined)
            break;
        picked.push(best);
        for (const drv of covers.get(best) ?? [])
            uncovered.delete(drv);
    }
    return picked;
}
/**
 * The first wave of each system: the checks covering the frontier of what
 * its pending checks share (`frontierOf`: per system). None for a system
 * whose cover would take all its pending checks: no job would be left to
 * wait for it, so the wave would only add a wait.
 */
function firstWave(pending, closures, frontierOf) {
    const wave = [];
    for (const [system, targets] of frontierOf) {
        if (targets.size === 0)
            continue;
        const own = pending.filter(check => check.system === system);
        const cover = coveringChecks(own, closures, targets);
        if (cover.length > 0 && cover.length < own.length)
            wave.push(...cover);
    }
    return wave;
}

;// CONCATENATED MODULE: ./src/nix/shared-derivations.ts
// What the pending checks of a plan share and nobody has built: the
// derivations in the build closures of two or more checks of a system whose
// outputs are neither valid here nor substitutable. Read with the legacy
// `nix-store --query`, one store path a line from Nix 2.8 to 2.34, by exit
// code and path shape only.








/** One `nix-store --query` of `drv`: the store paths it prints, or undefined when it fails. */
async function query(nixStore, flag, drv) {
    const result = await (0,command/* runNixBin */.kW)(nixStore, ['--query', flag, drv], { silent: true });
    return result.exitCode === 0 ? result.stdout.split('\n').filter(line => (0,store_path/* isStorePath */.zP)(line)) : undefined;
}
const drvsOf = (paths) => new Set(paths.filter(line => (0,store_path/* isDerivationPath */.NN)(line)));
/** Nothing shared when nix-store is not beside nix or a query fails: the plan then has no first wave. */
async function sharedWork(nix, stores, pending) {
    const none = { closures: new Map(), frontierOf: new Map() };
    const bin = external_node_path_default().join(external_node_path_default().dirname(nix.bin), 'nix-store');
    if (pending.length < 2)
        return none;
    if (!(0,external_node_fs_.existsSync)(bin)) {
        core/* info */.pq(`No nix-store beside ${nix.bin}: no first wave (the matrix jobs build what their checks share).`);
        return none;
    }
    const nixStore = { ...nix, bin };
    const closures = new Map();
    await eachLimited(pending, 4, async (check) => {
        const closure = await query(nixStore, '--requisites', check.drv);
        if (closure !== undefined)
            closures.set(check.drv, drvsOf(closure));
    });
    if (closures.size < pending.length) {
        core/* info */.pq('Could not read every pending check’s build closure: no first wave.');
        return none;
    }
    const sharedOf = new Map();
    for (const system of new Set(pending.map(check => check.system))) {
        const own = pending.filter(check => check.system === system).map(check => closures.get(check.drv) ?? new Set());
        sharedOf.set(system, sharedDerivations(own));
    }
    const shared = [...new Set([...sharedOf.values()].flatMap(drvs => [...drvs]))];
    const outputs = [];
    await eachLimited(shared, 8, async (drv) => {
        const paths = await query(nixStore, '--outputs', drv);
        if (paths !== undefined && paths.length > 0)
            outputs.push({ drv, outputs: paths });
    });
    // As for checks: valid here or substitutable is built.
    const built = await alreadyBuilt(nix, stores, outputs, true);
    const unbuilt = outputs.map(item => item.drv).filter(drv => !built.has(drv));
    const below = new Map();
    await eachLimited(unbuilt, 4, async (drv) => {
        below.set(drv, drvsOf((await query(nixStore, '--requisites', drv)) ?? []));
    });
    const frontierOf = new Map();
    for (const [system, drvs] of sharedOf) {
        const left = new Set([...drvs].filter(drv => below.has(drv)));
        frontierOf.set(system, frontier(left, below));
    }
    return { closures, frontierOf };
}

;// CONCATENATED MODULE: ./src/stages/plan-matrix.ts
// `plan: true`: one evaluation of the flake's checks for the systems in
// `runners`, the checks already built left out, the rest as the output
// `matrix` for a job matrix whose jobs are ordinary runs of the action with
// `checks: ${{ matrix.checks }}`.
//
// "Already built" is any of: the outputs are valid in this store, or held by
// a substituter Nix is configured with (the restored entry of main's runs is
// one), or the Actions cache has the entry a matrix job saves under a hash of
// its checks' derivations, which it saves only when they all passed.
//
// What two or more pending checks of a system share and nobody built goes
// first: the checks covering it become the output `first-wave`, whose job
// the matrix waits for (plan/first-wave.ts says why checks, and the cost).












function failPlan(report, message) {
    report.record({ name: 'plan', status: 'failed', seconds: 0, note: message.split('\n')[0] ?? message });
    throw new errors/* StageError */.Zu('plan', message);
}
/** The matrix job's key, as the job computes it when it saves (cache-restore.ts, save.ts). */
const jobKey = (flake, job) => (0,keys/* checkSetKey */.kJ)((0,keys/* checkEntryPrefix */.zz)(flake, job.system), job.checks.map(check => check.drv));
async function planMatrix(nix, inputs, context, report) {
    const systems = inputs.runners.map(runner => runner.system);
    const attr = `${inputs.flake}#checks`;
    const evaluation = await (0,command/* runNix */.dI)(nix, ['eval', '--json', '--no-update-lock-file', attr, '--apply', (0,check_output/* planChecksExpression */.Td)(systems)], {
        attempts: inputs.attempts,
        report
    });
    if (evaluation.result.exitCode !== 0)
        failPlan(report, (0,failure/* explainFailure */.SP)(evaluation, `Evaluating ${attr}`, new Map(), inputs, context, report).message);
    const { checks, unplanned, refused } = (0,check_output/* parsePlannedChecks */.jG)(evaluation.result.stdout, systems, plan_inputs/* isCheckName */.sh);
    if (refused.length > 0)
        failPlan(report, refused.join('\n'));
    if (checks.length === 0 && unplanned.length > 0) {
        failPlan(report, `\`runners\` has no label for ${unplanned.map(u => u.system).join(', ')}, the systems ${inputs.flake} has checks for; add a \`system=label\` line for each to plan.`);
    }
    if (unplanned.length > 0) {
        const note = `Not planned (no label in \`runners\`): ${unplanned.map(u => `${u.count} check(s) of ${u.system}`).join(', ')}.`;
        core/* notice */.lm(note);
        report.warn(note);
    }
    const stores = await storesToAsk(nix);
    const where = new Map(await alreadyBuilt(nix, stores, checks));
    const pending = checks.filter(check => !where.has(check.drv));
    const { closures, frontierOf } = await sharedWork(nix, stores, pending);
    const early = new Set(firstWave(pending, closures, frontierOf));
    // One first-wave job per system: its key is a hash of its checks'
    // derivations like any matrix job's, which the next plan asks for.
    const waveJobs = [...new Set([...early].map(check => check.system))].map(system => ({
        system,
        checks: pending.filter(check => check.system === system && early.has(check))
    }));
    const jobs = [...waveJobs, ...groupChecks(pending.filter(check => !early.has(check)))];
    const keys = new Map(jobs.map(job => [job, jobKey(inputs.flake, job)]));
    const found = inputs.cache ? await entriesFound([...keys.values()], context.runnerTemp) : new Set();
    for (const job of jobs) {
        if (found.has(keys.get(job) ?? ''))
            for (const check of job.checks)
                where.set(check.drv, 'in the cache of an earlier matrix job');
    }
    const planned = jobs.filter(job => !found.has(keys.get(job) ?? ''));
    const plannedWave = planned.filter(job => waveJobs.includes(job));
    const plannedMatrix = planned.filter(job => !waveJobs.includes(job));
    const wave = matrixEntries(plannedWave, inputs.runners);
    const matrix = matrixEntries(plannedMatrix, inputs.runners);
    listChecks(checks, [
        { what: 'first-wave job', jobs: plannedWave, entries: wave },
        { what: 'job', jobs: plannedMatrix, entries: matrix }
    ], where, report);
    return { matrix, firstWave: wave, checks: checks.length, cached: checks.length - planned.reduce((sum, job) => sum + job.checks.length, 0) };
}
/** Every check with its job or where it is already built: in the log, and as the summary's rows. */
function listChecks(checks, waves, where, report) {
    const jobOf = new Map();
    for (const { what, jobs, entries } of waves) {
        jobs.forEach((job, index) => {
            const entry = entries[index];
            if (entry === undefined)
                return;
            const label = `${what} ${index + 1} of ${entries.length} (\`${entry.checks.length > 60 ? `${entry.checks.slice(0, 57)}...` : entry.checks}\` on ${entry['runs-on']})`;
            for (const check of job.checks)
                jobOf.set(check.drv, label);
        });
    }
    for (const check of checks) {
        const note = jobOf.get(check.drv) ?? `cached: ${where.get(check.drv) ?? 'built'}`;
        core/* info */.pq(`${qualifiedName(check)}: ${note}`);
        report.record({ name: `check ${qualifiedName(check)}`, stage: 'plan', status: 'skipped', seconds: 0, note });
    }
}


/***/ })

};
