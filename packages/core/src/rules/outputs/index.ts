import type { Rule } from '../rule.js';
import outputValue from './output-value.js';

export const outputsRules: Rule[] = [outputValue];
