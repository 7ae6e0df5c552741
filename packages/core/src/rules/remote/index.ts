import type { Rule } from '../rule.js';
import heatRemote from './heat-remote.js';

export const remoteRules: Rule[] = [heatRemote];
