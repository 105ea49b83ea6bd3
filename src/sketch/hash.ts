/** 32-bit hashing on plain numbers: a murmur3 finalizer to mix, and shingle combination. */
export { fnv1a } from "../text/hash.js";

/** murmur3's fmix32: spreads every input bit over every output bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-sensitive combination of token hashes into a shingle hash. */
export function combine(hashes: ArrayLike<number>, from: number, length: number): number {
  let h = 0x9747b28c ^ length;
  for (let i = from; i < from + length; i++) h = mix32(Math.imul(h, 31) + (hashes[i] as number));
  return h;
}
