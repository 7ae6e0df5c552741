import type { Rule } from '../rule.js';
import environmentMergeConflict from './environment-merge-conflict.js';
import environmentMergeStrategy from './environment-merge-strategy.js';
import environmentParameterUndeclared from './environment-parameter-undeclared.js';
import environmentParameterValue from './environment-parameter-value.js';
import environmentRegistry from './environment-registry.js';
import environmentSection from './environment-section.js';

export const environmentRules: Rule[] = [
  environmentSection,
  environmentRegistry,
  environmentMergeStrategy,
  environmentMergeConflict,
  environmentParameterUndeclared,
  environmentParameterValue,
];
