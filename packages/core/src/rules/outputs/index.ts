import type { Rule } from '../rule.js';

export const outputsRules: Rule[] = [];
