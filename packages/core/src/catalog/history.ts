import { HEAT_RELEASES, type HeatRelease, releaseLabel } from './release.js';

/** The majors a thing exists in, as [first, last] runs (schemas/releases/history.json.gz). */
export type PresenceRuns = [number, number][];

/**
 * When each resource type, property, attribute, allowed value, template version and custom
 * constraint exists across the releases. Keys: "t|TYPE", "p|TYPE|PROP", "a|TYPE|ATTR",
 * "av|TYPE|PROP|VALUE", "v|VERSION-OR-ALIAS", "c|CONSTRAINT". A key that is absent exists in
 * every release (or in none).
 */
export class ReleaseHistory {
  constructor(private readonly entries: Record<string, PresenceRuns>) {}

  runs(key: string): PresenceRuns | undefined {
    return Object.prototype.hasOwnProperty.call(this.entries, key) ? this.entries[key] : undefined;
  }

  /**
   * Why a thing the given release lacks is still worth naming: "added in Heat 24 (2025.1)" when a
   * later release has it, "removed in Heat 23 (2024.2)" when only earlier ones do. Undefined when
   * the thing is in the release, or in no release at all.
   */
  note(key: string, release: HeatRelease): string | undefined {
    const runs = this.runs(key);
    if (!runs) return undefined;
    if (runs.some(([a, b]) => release.major >= a && release.major <= b)) return undefined;
    const later = runs.find(([a]) => a > release.major);
    if (later) return `added in ${label(later[0])}`;
    const earlier = runs.filter(([, b]) => b < release.major).pop();
    if (earlier) return `removed in ${label(earlier[1] + 1)}`;
    return undefined;
  }

  /** "since Heat 14 (ussuri)" for a thing that is in the release but not in every earlier one. */
  since(key: string, release: HeatRelease): string | undefined {
    const runs = this.runs(key);
    const run = runs?.find(([a, b]) => release.major >= a && release.major <= b);
    if (!run || run[0] === HEAT_RELEASES[0]?.major) return undefined;
    return `since ${label(run[0])}`;
  }
}

function label(major: number): string {
  const release = HEAT_RELEASES.find((r) => r.major === major);
  return release ? releaseLabel(release) : `Heat ${major}`;
}
