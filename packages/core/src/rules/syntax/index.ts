import type { Rule } from '../rule.js';
import duplicateKey from './duplicate-key.js';
import yamlSyntax from './yaml-syntax.js';

export const syntaxRules: Rule[] = [yamlSyntax, duplicateKey];
