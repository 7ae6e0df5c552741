/**
 * Values of parameters declared `hidden: true`, which Heat "sanitises in any output"
 * (heat/engine/parameters.py prints them as ******): hot-lint never prints them either.
 */
import { isScalar } from 'yaml';
import type { Node } from 'yaml';
import type { EnvironmentModel } from '../environment/environment.js';
import type { ParameterModel, Template } from './template.js';

export const HIDDEN_TEXT = '******';

/** Heat's Schema.BOOLEAN reading of `hidden` (oslo strutils.bool_from_string, strict). */
export function isHidden(parameter: ParameterModel): boolean {
  const pair = parameter.definition?.items.find((p) => isScalar(p.key) && p.key.value === 'hidden');
  const value = isScalar(pair?.value) ? pair.value.value : undefined;
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && ['1', 't', 'true', 'on', 'y', 'yes'].includes(value.trim().toLowerCase());
}

/** The texts of every value a hidden parameter has: its default, and its values in the environments. */
export function hiddenValues(template: Template | null, environments: readonly EnvironmentModel[]): string[] {
  if (!template) return [];
  const values: string[] = [];
  const add = (node: Node | null | undefined) => {
    if (!node) return;
    if (isScalar(node)) {
      if (node.value !== null && node.value !== undefined && node.value !== '') values.push(String(node.value));
      if (node.source !== undefined && node.source !== '' && node.source !== String(node.value)) values.push(node.source);
    } else {
      const json = JSON.stringify(node.toJSON());
      if (json.length > 2) values.push(json);
    }
  };
  for (const parameter of template.parameters.values()) {
    if (!isHidden(parameter)) continue;
    add(parameter.definition?.items.find((p) => isScalar(p.key) && p.key.value === 'default')?.value as Node | null | undefined);
    for (const environment of environments) {
      add(environment.parameters.get(parameter.name)?.value);
      add(environment.parameterDefaults.get(parameter.name)?.value);
    }
  }
  return values;
}

/**
 * A message with every hidden value replaced by ******: anywhere when it is long enough to be
 * told from ordinary words (4 characters or more), else only where the message quotes it.
 */
export function redactHidden(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
    if (secret.length > 60) forms.add(`${JSON.stringify(secret).slice(1, 58)}...`); // showValue's shortened form
    for (const form of forms) {
      if (form.length >= 4) out = out.split(form).join(HIDDEN_TEXT);
      else out = out.split(`"${form}"`).join(`"${HIDDEN_TEXT}"`);
    }
  }
  return out;
}
