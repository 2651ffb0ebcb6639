/** "Did you mean" for an unknown key: the allowed key closest to a typo. */

/** Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: Levenshtein plus adjacent transpositions ("usres" -> "users" is one edit).
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The allowed key a typo most likely meant: case aside, at most two edits away (one for
 * keys of three letters or fewer, so that short keys are not guessed wildly); else undefined.
 */
export function suggestKey(typo: string, allowed: readonly string[]): string | undefined {
  const wrote = typo.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of allowed) {
    if (key === typo) continue; // an allowed key is no typo
    const d = editDistance(wrote, key.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  const limit = typo.length <= 3 ? 1 : 2;
  return bestDistance <= limit ? best : undefined;
}
