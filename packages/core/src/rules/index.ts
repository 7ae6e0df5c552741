import { environmentRules } from './environment/index.js';
import { functionsRules } from './functions/index.js';
import { outputsRules } from './outputs/index.js';
import { parametersRules } from './parameters/index.js';
import { projectRules } from './project/index.js';
import { referencesRules } from './references/index.js';
import { remoteRules } from './remote/index.js';
import { resourcesRules } from './resources/index.js';
import type { Rule } from './rule.js';
import { syntaxRules } from './syntax/index.js';
import { templateRules } from './template/index.js';

/** Every rule hot-lint has, in the order their areas are documented. */
export const allRules: readonly Rule[] = [
  ...syntaxRules,
  ...templateRules,
  ...parametersRules,
  ...referencesRules,
  ...functionsRules,
  ...resourcesRules,
  ...outputsRules,
  ...projectRules,
  ...environmentRules,
  ...remoteRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
