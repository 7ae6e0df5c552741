import type { Rule } from '../rule.js';
import sectionUnknown from './section-unknown.js';
import sectionVersion from './section-version.js';
import templateFormat from './template-format.js';
import templateLimits from './template-limits.js';
import templateStructure from './template-structure.js';
import templateVersion from './template-version.js';

export const templateRules: Rule[] = [templateFormat, templateVersion, sectionUnknown, sectionVersion, templateStructure, templateLimits];
