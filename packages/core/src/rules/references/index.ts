import type { Rule } from '../rule.js';

export const referencesRules: Rule[] = [];
