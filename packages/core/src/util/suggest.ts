/** Levenshtein distance, bounded: returns max + 1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to a misspelled name, best first. Case-only differences count as
 * closest; otherwise the distance allowed grows with the name's length.
 */
export function closestMatches(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  const max = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) {
      scored.push({ candidate, score: 0 });
      continue;
    }
    const distance = editDistance(lower, candidateLower, max);
    if (distance <= max) scored.push({ candidate, score: distance });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** ` Did you mean "x"?` or ` Did you mean one of "x", "y"?`, or '' when nothing is close. */
export function didYouMean(matches: readonly string[]): string {
  if (matches.length === 0) return '';
  if (matches.length === 1) return ` Did you mean "${matches[0]}"?`;
  return ` Did you mean one of ${matches.map((m) => `"${m}"`).join(', ')}?`;
}
