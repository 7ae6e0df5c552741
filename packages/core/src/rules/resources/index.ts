import type { Rule } from '../rule.js';

export const resourcesRules: Rule[] = [];
