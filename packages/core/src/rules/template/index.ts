import type { Rule } from '../rule.js';
import templateFormat from './template-format.js';
import templateVersion from './template-version.js';

export const templateRules: Rule[] = [templateFormat, templateVersion];
