import type { Rule } from '../rule.js';
import getFileMissing from './get-file-missing.js';
import nestedTemplateAttributes from './nested-template-attributes.js';
import nestedTemplateCycle from './nested-template-cycle.js';
import nestedTemplateMissing from './nested-template-missing.js';
import nestedTemplateProperties from './nested-template-properties.js';
import parameterUnset from './parameter-unset.js';

export const projectRules: Rule[] = [
  getFileMissing,
  nestedTemplateMissing,
  nestedTemplateCycle,
  nestedTemplateProperties,
  nestedTemplateAttributes,
  parameterUnset,
];
