export const id = 105;
export const ids = [105];
export const modules = {

/***/ 7105:
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
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 344 modules
var cache = __webpack_require__(1863);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cache/keys.ts
// Cache keys. Each entry's key ends in a hash of what it holds, so an entry
// whose content did not change gets the same key and is never saved twice,
// and restoring by prefix picks the newest entry of its kind.

const VERSION = 'v2';
function shortHash(text, length = 16) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
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
    const dataHome = env['XDG_DATA_HOME'] || path.join(home, '.local', 'share');
    return path.join(dataHome, 'containers', 'cache');
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
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'blob-info-cache-v1.sqlite')))
        return 'sqlite';
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'blob-info-cache-v1.boltdb')))
        return 'boltdb';
    return 'none';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/process.ts + 3 modules
var src_process = __webpack_require__(5893);
// EXTERNAL MODULE: ./src/nix/command.ts + 1 modules
var command = __webpack_require__(274);
;// CONCATENATED MODULE: ./src/cache/binary-cache.ts
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
/**
 * The entry's directory as the Actions cache is told it: under the home as
 * `~/…` when it is there (RUNNER_TEMP is `<home>/work/_temp` on GitHub's
 * runners). The cache's version hashes the paths as given, and the home
 * differs by OS (/home/runner, /Users/runner): given absolutely, a plan on
 * Linux would never find what a matrix job on macOS saved. The cache's glob
 * expands `~` (it refuses `..`, so the workspace cannot be the anchor).
 */
function entryPath(dir) {
    const inHome = external_node_path_default().relative(external_node_os_default().homedir(), dir);
    return inHome !== '' && !inHome.startsWith('..') && !external_node_path_default().isAbsolute(inHome) ? `~/${inHome}` : dir;
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
    return { name: external_node_path_default().basename(storePath), url, narSize: Number(fields.get('NarSize') ?? 0), references };
}
/** The hashes of the paths the directory holds, from its .narinfo file names, without reading them. */
function binaryCacheHashes(dir) {
    let files;
    try {
        files = (0,external_node_fs_.readdirSync)(dir);
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
        const info = parseNarInfo((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, `${hash}.narinfo`), 'utf8'));
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
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(to), { recursive: true });
    try {
        (0,external_node_fs_.linkSync)(from, to);
    }
    catch {
        (0,external_node_fs_.copyFileSync)(from, to);
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
    (0,external_node_fs_.rmSync)(next, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(next, { recursive: true });
    const placeEntry = (hash) => {
        const info = restored.get(hash);
        if (!info)
            return;
        place(external_node_path_default().join(dir, info.url), external_node_path_default().join(next, info.url));
        place(external_node_path_default().join(dir, `${hash}.narinfo`), external_node_path_default().join(next, `${hash}.narinfo`));
    };
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'nix-cache-info')))
        place(external_node_path_default().join(dir, 'nix-cache-info'), external_node_path_default().join(next, 'nix-cache-info'));
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
        const result = await (0,src_process/* run */.eF)(nixBin, ['copy', ...command/* NIX_COMMAND */.ge, ...fresh, '--to', store, ...built.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`);
    }
    if (leaveOut.size > 0) {
        const written = readBinaryCache(next);
        const keptNars = new Set([...written].filter(([hash]) => !leaveOut.has(hash)).map(([, info]) => info.url));
        for (const [hash, info] of written) {
            if (!leaveOut.has(hash))
                continue;
            (0,external_node_fs_.rmSync)(external_node_path_default().join(next, `${hash}.narinfo`), { force: true });
            if (!keptNars.has(info.url))
                (0,external_node_fs_.rmSync)(external_node_path_default().join(next, info.url), { force: true });
        }
    }
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(next, dir);
}
function hasBinaryCache(dir) {
    return existsSync(path.join(dir, 'nix-cache-info'));
}

// EXTERNAL MODULE: ./src/read-if-there.ts
var read_if_there = __webpack_require__(112);
// EXTERNAL MODULE: ./src/nix/version.ts
var version = __webpack_require__(8547);
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
    return ['path-info', ...command/* NIX_COMMAND */.ge, '--json', ...((0,version/* atLeast */.jZ)(nixVersion, '2.33') ? ['--json-format', '1'] : [])];
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

;// CONCATENATED MODULE: ./src/nix/store-path.ts
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
// post finds them even after main was killed. The cache stage returns a
// BuildRoots only to a run that will save; the pipeline hands it to the
// stages that build, and a run without one records nothing.


const STORE_DIR = storeDir();
function append(file, lines) {
    if (lines.length > 0)
        appendFileSync(file, lines.map(line => `${line}\n`).join(''));
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
        append(this.rootsFile, [...[...drvs].filter(drv => roots_isStorePath(drv, true)), ...[...outputs].filter(out => roots_isStorePath(out))]);
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
            append(this.checkSetFile, [...drvs].filter(drv => roots_isStorePath(drv, true)));
    }
}
/** Whether `value` is a store path (a derivation when `drv`), and nothing that could be read as anything else. */
function roots_isStorePath(value, drv = false) {
    return drv ? isDerivationPath(value) : isStorePath(value) && !value.endsWith('.drv');
}

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
    return ((0,read_if_there/* readIfThere */.q)(file) ?? '').split('\n').filter(line => line !== '');
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
        const result = await (0,src_process/* run */.eF)(nixStore, ['--query', '--requisites', '--include-outputs', ...drvs.slice(i, i + 500)], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`nix-store --query --requisites failed: ${result.output.trim().slice(-500)}`);
        for (const line of result.stdout.split('\n'))
            if (roots_isStorePath(line))
                paths.add(line);
    }
    return [...paths];
}
async function builtPaths(nix, rootsFile) {
    // Recorded roots that are gone (a derivation never written, an output
    // never built) would fail the whole query.
    const roots = [...new Set(readLines(rootsFile))].filter(root => (0,external_node_fs_.existsSync)(root));
    const drvs = roots.filter(root => roots_isStorePath(root, true));
    const outputs = roots.filter(root => roots_isStorePath(root));
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
    for (const member of closureIn(infos, [hash])) {
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
    const id = await cache/* saveCache */.Io(paths, key);
    if (id === -1) {
        core/* warning */.$e(`The cache service did not take ${what} as ${key} (see above: a rate limit, or another job saving the same entry); the next run saves it.`);
        return false;
    }
    core/* info */.pq(`Saved ${what} as ${key}`);
    return true;
}
/** skopeo's knowledge of the pushed image; false when the service refused it. */
async function saveBlobInfo(state, pushed) {
    const format = blobInfoFormat(state.blobInfoDir);
    if (!pushed || format === 'none')
        return true;
    const key = blobInfoKey(state.prefixes.blobInfo, format, pushed.digest);
    if (key === state.restoredBlobInfoKey) {
        core/* info */.pq(`Not saving skopeo's blob-info cache: the restored ${key} already knew ${pushed.repository}@${pushed.digest}.`);
        return true;
    }
    return saveEntry(blobInfoCachePaths(state.blobInfoDir), key, `skopeo's blob-info cache (${format})`);
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
/**
 * A matrix job's key, a hash of its checks' derivations, when they all
 * passed: the next plan looks for it and leaves those checks out. A job whose
 * checks failed saves nothing, so its checks come back in the next plan.
 */
function checkSetEntryKey(state) {
    if (!state.prefixes.checkSet || !state.checkSetFile)
        return undefined;
    const drvs = readLines(state.checkSetFile);
    return drvs.length > 0 ? checkSetKey(state.prefixes.checkSet, drvs) : undefined;
}
async function saveNixEntry(nixBin, state, key) {
    const checkSet = checkSetEntryKey(state);
    if (state.prefixes.checkSet && !checkSet) {
        core/* info */.pq("Not saving the Nix paths: this matrix job's checks did not all pass, and its entry would tell the next plan they had.");
        return;
    }
    const nix = { bin: nixBin, version: state.nixVersion };
    const restored = readBinaryCache(state.binaryCacheDir);
    const served = servedHashes(state.hitsFile, restored);
    const job = await builtPaths(nix, state.rootsFile);
    const { paths: built, derived } = job;
    core/* info */.pq(`This job built ${derived.size} store path(s), added ${built.length - derived.size} source(s) and took ${served.size} from the restored cache.`);
    if (built.length > 0)
        core/* info */.pq(built
            .slice(0, 20)
            .map(p => `  ${derived.has(p) ? 'built' : 'added'} ${p}`)
            .join('\n') + (built.length > 20 ? `\n  … and ${built.length - 20} more` : ''));
    const entry = planNixEntry(job, served, restored, state.maxBytes);
    // A pull request keeps what its base entry holds out of its delta.
    const base = new Set(state.policy.delta && state.baseList ? readLines(state.baseList) : []);
    const names = [...entry.names].filter(([hash]) => !base.has(hash));
    const what = checkSet
        ? "the Nix paths main's entry and the other matrix job's lack"
        : state.policy.delta
            ? 'the Nix paths the base entry lacks'
            : 'the Nix paths';
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
    const entryKey = checkSet ??
        storePathsKey(state.policy.delta ? state.prefixes.delta : state.prefixes.nix, names.map(([, name]) => name));
    await withKeyFile(key, state.runnerTemp, file => writeBinaryCache(nixBin, state.binaryCacheDir, restored, entry.carried, entry.built, base, file));
    await saveEntry([entryPath(state.binaryCacheDir)], entryKey, `${names.length} store path(s) (${what}${key ? `, signed by ${key.name}` : ''})`);
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


/***/ }),

/***/ 274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ge: () => (/* binding */ NIX_COMMAND)
});

// UNUSED EXPORTS: currentSystem, runNix, runNixBin, transientAdvice, withFlags

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/process.ts + 3 modules
var process = __webpack_require__(5893);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __webpack_require__(5387);
;// CONCATENATED MODULE: ./src/nix/output.ts
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
function output_failedDerivations(output) {
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
    return output_failedDerivations(output).map(drv => {
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
function sourcePositions(output, store = storeDir()) {
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
function output_traceTruncated(output) {
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
function output_transientFailure(output) {
    if (output_failedDerivations(output).length > 0)
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

// EXTERNAL MODULE: ./src/report/log-sink.ts
var log_sink = __webpack_require__(8278);
;// CONCATENATED MODULE: ./src/nix/command.ts
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
        onRetry: (attempt, wait, reason) => {
            sink.later(() => {
                core.warning(`Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s ` +
                    `(at most ${totalWaitSeconds(options.attempts)} s of waiting in all).`);
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
    if (!traceTruncated(output) || failedDerivations(output).length > 0)
        return undefined;
    sink.later(() => {
        core.info('Nix cut the trace short; evaluating again with --show-trace to find the line to annotate (output not shown).');
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

/***/ 8547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/* unused harmony exports versionFromStorePath, versionFromOutput, nixVersion */
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5385);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5893);
// Which Nix this is, read from its store path or from `nix --version`, and
// comparisons for the features that differ between releases (detect,
// don't assume; Nix 2.8 to the newest).
// semver's functions, not its index (which builds every class and range table at start-up).




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
    const have = semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(version);
    const want = semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(minimum);
    return have !== null && want !== null && semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default()(have, want);
}
/** The release of the Nix at `bin`: from its store path when it is in one, else from `bin --version`. */
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


/***/ })

};
