import type { Rule } from '../rule.js';
import duplicateKey from './duplicate-key.js';
import unusedSuppression from './unused-suppression.js';
import yamlSyntax from './yaml-syntax.js';

export const syntaxRules: Rule[] = [yamlSyntax, duplicateKey, unusedSuppression];
