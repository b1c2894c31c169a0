export const id = 875;
export const ids = [875];
export const modules = {

/***/ 8875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   saveEntries: () => (/* binding */ saveEntries)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4846);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(139);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7134);
/* harmony import */ var _blob_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9418);
/* harmony import */ var _binary_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6892);
/* harmony import */ var _nix_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2367);
// Post's save: each entry only when it gained something, the small one first.







/**
 * Saves one entry; false when the service did not take it. @actions/cache
 * never throws for that: a 429 (GitHub allows 200 new entries a minute per
 * repository) or a key another job is saving comes back as -1, after its own
 * log line, and it does not retry. The caller then saves nothing more in this
 * job: after a rate limit the next run's save is the retry.
 */
async function saveEntry(paths, key, what) {
    const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__.saveCache(paths, key);
    if (id === -1) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`The cache service did not take ${what} as ${key} (see above: a rate limit, or another job saving the same entry); the next run saves it.`);
        return false;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Saved ${what} as ${key}`);
    return true;
}
/** skopeo's knowledge of the pushed image; false when the service refused it. */
async function saveBlobInfo(state, pushed) {
    const format = (0,_blob_info_js__WEBPACK_IMPORTED_MODULE_4__/* .blobInfoFormat */ .$n)(state.blobInfoDir);
    if (!pushed || format === 'none')
        return true;
    const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .blobInfoKey */ .z7)(state.prefixes.blobInfo, format, pushed.digest);
    if (key === state.restoredBlobInfoKey) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Not saving skopeo's blob-info cache: the restored ${key} already knew ${pushed.repository}@${pushed.digest}.`);
        return true;
    }
    return saveEntry((0,_blob_info_js__WEBPACK_IMPORTED_MODULE_4__/* .blobInfoCachePaths */ .CK)(state.blobInfoDir), key, `skopeo's blob-info cache (${format})`);
}
/** The Nix paths this job relied on, when the restored entries lack any of them. */
async function saveNixEntry(nixBin, state) {
    const nix = { bin: nixBin, version: state.nixVersion };
    const restored = (0,_binary_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .readBinaryCache */ .un)(state.binaryCacheDir);
    const served = (0,_nix_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .servedHashes */ .ch)(state.hitsFile, restored);
    const job = await (0,_nix_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .builtPaths */ .h8)(nix, state.storeBeforeList);
    const { paths: built, derived } = job;
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`This job built ${derived.size} store path(s), added ${built.length - derived.size} source(s) and took ${served.size} from the restored cache.`);
    if (built.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(built.slice(0, 20).map(p => `  ${derived.has(p) ? 'built' : 'added'} ${p}`).join('\n') + (built.length > 20 ? `\n  … and ${built.length - 20} more` : ''));
    const entry = (0,_nix_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .planNixEntry */ .xp)(job, served, restored, state.maxBytes);
    // A pull request keeps what its base entry holds out of its delta.
    const base = new Set(state.policy.delta && state.baseList ? (0,_nix_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)(state.baseList) : []);
    const names = [...entry.names].filter(([hash]) => !base.has(hash));
    const what = state.policy.delta ? 'the Nix paths the base entry lacks' : 'the Nix paths';
    if (names.length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Not saving ${what}: this job used none.`);
        return;
    }
    // Only what a derivation built is worth an upload of the whole entry; a
    // source the checkout makes again is not.
    const missing = names.filter(([hash]) => !restored.has(hash));
    const missingHashes = new Set(missing.map(([hash]) => hash));
    const missingBuilt = entry.built.filter(storePath => derived.has(storePath) && missingHashes.has(node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(storePath).slice(0, 32)));
    if (missingBuilt.length === 0) {
        const sources = missing.length > 0 ? ` (it lacks only ${missing.length} source path(s) the checkout makes again)` : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Not saving ${what}: the restored cache already holds all ${names.length - missing.length} built path(s) this job used${sources}.`);
        return;
    }
    const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .storePathsKey */ .Xp)(state.policy.delta ? state.prefixes.delta : state.prefixes.nix, names.map(([, name]) => name));
    await (0,_binary_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .writeBinaryCache */ .R4)(nixBin, state.binaryCacheDir, restored, entry.carried, entry.built, base);
    await saveEntry([state.binaryCacheDir], key, `${names.length} store path(s) (${what})`);
}
async function saveEntries(nixBin, state, pushed) {
    // The small entry first: a refusal (a rate limit) then costs no `nix copy`
    // and no upload of the large one.
    if (!(await saveBlobInfo(state, pushed))) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('Not saving the Nix paths in this job: the cache service refused the save above.');
        return;
    }
    await saveNixEntry(nixBin, state);
}


/***/ })

};
