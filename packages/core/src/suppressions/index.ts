export { UNUSED_SUPPRESSION_RULE_ID, applySuppressions, parseSuppressions, suppressionsOutside } from './suppressions.js';
export type { ApplyOptions, SuppressedRule, Suppression, SuppressionKind, SuppressionResult } from './suppressions.js';
