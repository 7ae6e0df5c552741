import type { Rule } from '../rule.js';
import propertyConstraint from './property-constraint.js';
import propertyRequired from './property-required.js';
import propertyType from './property-type.js';
import propertyUnknown from './property-unknown.js';
import resourceDefinition from './resource-definition.js';
import resourceTypeDeprecated from './resource-type-deprecated.js';
import resourceTypeRemoved from './resource-type-removed.js';
import resourceTypeUnknown from './resource-type-unknown.js';
import propertyValueFlow from './property-value-flow.js';
import heatValueType from './heat-value-type.js';
import updatePolicy from './update-policy.js';

export const resourcesRules: Rule[] = [
  resourceDefinition,
  resourceTypeUnknown,
  resourceTypeRemoved,
  resourceTypeDeprecated,
  propertyUnknown,
  propertyRequired,
  propertyType,
  propertyConstraint,
  updatePolicy,
  heatValueType,
  propertyValueFlow,
];
