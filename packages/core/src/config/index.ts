export {
  CONFIG_RULE_ID,
  KNOWN_HEAT_VERSIONS,
  RULE_SETTINGS,
  configuredHeatRelease,
  emptyConfig,
  formatConfigProblem,
  isReleaseRange,
  parseConfig,
  sessionRelease,
} from './config.js';
export type { ConfigParseOptions, ConfigParseResult, EnvironmentBinding, HotLintConfig } from './config.js';
export { CONFIG_FILE_NAMES, findConfigFile } from './find-config.js';
