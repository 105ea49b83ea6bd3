/**
 * index: the LSH band index. `BandIndex` holds band keys in memory on typed
 * arrays; the store persists each document's keys, and the index is rebuilt
 * from them when a corpus is opened for matching.
 */
export { BandIndex } from "./band-index.js";
