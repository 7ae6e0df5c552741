import type { Rule } from '../rule.js';
import parameterConstraint from './parameter-constraint.js';
import parameterCustomConstraint from './parameter-custom-constraint.js';
import parameterDefault from './parameter-default.js';
import parameterGroupUndefined from './parameter-group-undefined.js';
import parameterKeys from './parameter-keys.js';
import parameterType from './parameter-type.js';

export const parametersRules: Rule[] = [
  parameterType,
  parameterKeys,
  parameterDefault,
  parameterConstraint,
  parameterCustomConstraint,
  parameterGroupUndefined,
];
