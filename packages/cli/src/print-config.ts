import { resolve } from 'node:path';
import type { HotLintConfig, Workspace } from '@hot-lint/core';
import type { CliOptions } from './args.js';
import { displayPath } from './main.js';

type Core = typeof import('@hot-lint/core');

export interface EffectiveConfig {
  file: string;
  /** The configuration file that applies (--config, else the nearest), or null for the defaults. */
  configFile: string | null;
  /** True when the configuration's `ignore` leaves the file out. */
  ignored: boolean;
  /** Where get_file, nested templates and environments may be read from. */
  projectRoot: string;
  /** The release(s) checked against: --heat-release, else the configuration's, else the newest. */
  heatRelease: string;
  /** The catalog a lint loads: that release's version, or a pulled catalog file. */
  catalog: string;
  maxFileSize: number;
  /** Every rule with the severity it reports at, or off. */
  rules: Record<string, string>;
  /** The environment files the template is linted with, in merge order. */
  environments: string[];
  ignore: string[];
}

/** The configuration `hot-lint FILE` would use for FILE, with the command line's options applied. */
export function effectiveConfig(
  core: Core,
  workspace: Workspace,
  absolute: string,
  found: { path: string; dir: string; config: HotLintConfig } | null,
  options: CliOptions,
  cwd: string,
): EffectiveConfig {
  const config = found?.config ?? core.emptyConfig();
  const rules: Record<string, string> = {};
  for (const rule of core.allRules) {
    const setting = config.rules[rule.meta.id];
    rules[rule.meta.id] = setting ?? (rule.meta.enabledByDefault || options.allRules ? rule.meta.severity : 'off');
    // A variant is shown when configured: otherwise it follows the rule's setting or its documented default.
    for (const variant of Object.keys(rule.meta.variants ?? {})) {
      const key = core.variantKey(rule.meta.id, variant);
      if (config.rules[key]) rules[key] = config.rules[key];
    }
  }
  const root = workspace.rootFor(absolute, found);
  const spec = workspace.releaseFor(found);
  return {
    file: displayPath(absolute, cwd),
    configFile: found ? displayPath(found.path, cwd) : null,
    ignored: core.isIgnored(absolute, found),
    projectRoot: resolve(root) === resolve(cwd) ? '.' : displayPath(root, cwd),
    heatRelease: core.heatReleaseSpecLabel(spec),
    catalog: found && config.catalogFile !== undefined ? displayPath(resolve(found.dir, config.catalogFile), cwd) : (core.sessionRelease(spec) ?? core.DEFAULT_HEAT_VERSION),
    maxFileSize: workspace.maxSizeFor(found),
    rules,
    environments: workspace.environmentsFor(absolute, found).map((e) => displayPath(e, cwd)),
    ignore: config.ignore,
  };
}

