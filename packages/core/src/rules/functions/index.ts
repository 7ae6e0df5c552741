import type { Rule } from '../rule.js';

export const functionsRules: Rule[] = [];
