import type { Rule } from '../rule.js';
import duplicateKey from './duplicate-key.js';
import templateJinja2 from './template-jinja2.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';

export const syntaxRules: Rule[] = [yamlSyntax, templateJinja2, duplicateKey, unusedSuppression];
