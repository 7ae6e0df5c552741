export {
  CONFIG_RULE_ID,
  configuredHeatRelease,
  emptyConfig,
  formatConfigProblem,
  isReleaseRange,
  parseConfig,
  sessionRelease,
} from './config.js';
export { CONFIG_KEYS, CONFIG_SCHEMA_ID, KNOWN_HEAT_VERSIONS, RULE_SETTINGS, configJsonSchema } from './config-schema.js';
export type { ConfigJsonSchema } from './config-schema.js';
export type { ConfigParseOptions, ConfigParseResult, EnvironmentBinding, HotLintConfig } from './config.js';
export { CONFIG_FILE_NAMES, findConfigFile, searchConfig } from './find-config.js';
export type { ConfigSearch } from './find-config.js';
