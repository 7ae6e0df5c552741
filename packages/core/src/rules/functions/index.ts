import type { Rule } from '../rule.js';
import functionArguments from './function-arguments.js';
import functionExtraKeys from './function-extra-keys.js';
import functionMissingSpace from './function-missing-space.js';
import functionUnknown from './function-unknown.js';
import functionVersion from './function-version.js';
import getInputContext from './get-input-context.js';

export const functionsRules: Rule[] = [
  functionUnknown,
  functionVersion,
  functionArguments,
  functionExtraKeys,
  getInputContext,
  functionMissingSpace,
];
