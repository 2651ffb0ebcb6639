/**
 * Arrays read on the hot path, built so their elements kind never changes between
 * replications.
 *
 * `Array.prototype.map` returns a packed array from the interpreter but a holey one once
 * TurboFan has inlined it into an optimised constructor (it allocates `new Array(n)` and
 * fills it). The replication's constructor is optimised after some 90 replications; from
 * then on its arrays alternate between packed and holey maps, and every hot function
 * specialised on the old map deoptimises and is compiled again in the background, on
 * the core another worker is using. Pushing onto `[]` gives packed elements in both tiers.
 */
export function packedArray<T>(length: number, element: (index: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < length; i++) out.push(element(i));
  return out;
}
