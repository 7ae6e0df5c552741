/** Where two texts differ: [start, oldEnd) of the old one became [start, newEnd) of the new one. */
export interface ChangedSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Compared a block at a time first: a native comparison of slices is many times faster than a loop over characters. */
const BLOCK = 1024;

/** The one span where `old` and `text` differ (empty when they are equal), by their common prefix and suffix. */
export function changedSpan(old: string, text: string): ChangedSpan {
  const shortest = Math.min(old.length, text.length);
  let start = 0;
  while (start + BLOCK <= shortest && old.slice(start, start + BLOCK) === text.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shortest && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = old.length;
  let newEnd = text.length;
  while (oldEnd - BLOCK >= start && newEnd - BLOCK >= start && old.slice(oldEnd - BLOCK, oldEnd) === text.slice(newEnd - BLOCK, newEnd)) {
    oldEnd -= BLOCK;
    newEnd -= BLOCK;
  }
  while (oldEnd > start && newEnd > start && old.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}
