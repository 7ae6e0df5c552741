import type { Rule } from '../rule.js';

export const parametersRules: Rule[] = [];
