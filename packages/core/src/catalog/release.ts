import { HEAT_RELEASES } from './heat-releases.js';

/** A Heat release hot-lint has a catalog of (from ../shared/heat-source/RELEASES.tsv). */
export interface HeatRelease {
  major: number;
  /** The OpenStack series: "train", "2023.1". */
  series: string;
  /** The tag the catalog was generated from: "13.1.0". */
  version: string;
  date: string;
}

export { HEAT_RELEASES };

export const NEWEST_HEAT_RELEASE: HeatRelease = HEAT_RELEASES[HEAT_RELEASES.length - 1]!;

/**
 * The release a user's words name: a series ("train", "2023.1"), a major number (13, "13") or a
 * version ("13.1.0", "13.0.0": any version of that major). Undefined when none matches.
 */
export function resolveHeatRelease(spec: string | number): HeatRelease | undefined {
  const text = String(spec).trim().toLowerCase();
  const bySeries = HEAT_RELEASES.find((r) => r.series === text);
  if (bySeries) return bySeries;
  const match = /^(\d+)(?:\.\d+){0,2}$/.exec(text);
  if (!match) return undefined;
  // "2023.1" is a series (matched above); a lone number or a dotted version names a major.
  return HEAT_RELEASES.find((r) => r.major === Number(match[1]));
}

/** "Heat 13 (train)" */
export function releaseLabel(release: HeatRelease): string {
  return `Heat ${release.major} (${release.series})`;
}

/** What a user may write for heatRelease, for messages. */
export function heatReleaseChoices(): string {
  const first = HEAT_RELEASES[0]!;
  return `a series (${first.series} … ${NEWEST_HEAT_RELEASE.series}), a major number (${first.major} … ${NEWEST_HEAT_RELEASE.major}) or a version such as ${NEWEST_HEAT_RELEASE.version}`;
}

/** The releases from `from` to `to` inclusive (either order). */
export function releaseRange(from: HeatRelease, to: HeatRelease): HeatRelease[] {
  const [lo, hi] = from.major <= to.major ? [from.major, to.major] : [to.major, from.major];
  return HEAT_RELEASES.filter((r) => r.major >= lo && r.major <= hi);
}
