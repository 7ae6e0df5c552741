import type { Rule } from '../rule.js';
import nameConflict from './name-conflict.js';
import groupMemberAttribute from './group-member-attribute.js';
import conditionDefinition from './condition-definition.js';
import conditionUndefined from './condition-undefined.js';
import dependencyCycle from './dependency-cycle.js';
import dependsOnUndefined from './depends-on-undefined.js';
import getAttrUndefined from './get-attr-undefined.js';
import getParamUndefined from './get-param-undefined.js';
import getResourceUndefined from './get-resource-undefined.js';
import parameterUnused from './parameter-unused.js';
import referenceConditionFalse from './reference-condition-false.js';
import resourceUnused from './resource-unused.js';

export const referencesRules: Rule[] = [
  getParamUndefined,
  getResourceUndefined,
  getAttrUndefined,
  groupMemberAttribute,
  dependsOnUndefined,
  conditionUndefined,
  conditionDefinition,
  referenceConditionFalse,
  dependencyCycle,
  nameConflict,
  parameterUnused,
  resourceUnused,
];
