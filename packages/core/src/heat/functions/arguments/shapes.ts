/**
 * The functions whose argument check is a shape: data in schemas/function-arguments.schema.json,
 * compiled by Ajv at build time (shapes.validator.ts) as the template schema is, each error
 * mapped back to the YAML node it is about with the message the schema gives.
 */
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { describeNode, field, resolve } from '../../../model/nodes.js';
import type { ArgumentCheck, ArgumentVariant, Checker } from './check.js';
import * as validators from './shapes.validator.js';

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

interface Annotated {
  'x-messages'?: Record<string, string>;
  'x-resolved'?: boolean;
  'x-variant'?: ArgumentVariant;
}

/** What stands for a function call in the instance: its value is known only at runtime. */
const CALL = '\u0000call';

/** The written argument as the schema reads it. */
function instanceOf(c: ArgumentCheck, node: unknown): unknown {
  const target = resolve(node, c.doc);
  if (!target) return null;
  if (c.kind(target) === 'call') return { [CALL]: true };
  if (isMap(target)) {
    const object: Record<string, unknown> = Object.create(null);
    for (const pair of target.items) {
      const key = resolve(pair.key, c.doc);
      object[String(isScalar(key) ? key.value : key)] = instanceOf(c, pair.value);
    }
    return object;
  }
  if (isSeq(target)) return target.items.map((item) => instanceOf(c, item));
  if (isScalar(target)) return typeof target.value === 'bigint' ? Number(target.value) : (target.value ?? null);
  return null;
}

/** The node at a JSON pointer below the arguments (the last of duplicate keys, as Heat reads it). */
function nodeAt(c: ArgumentCheck, pointer: string): unknown {
  let node: unknown = c.args;
  for (const segment of pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    const target = resolve(node, c.doc);
    if (isSeq(target)) node = resolve(target.items[Number(segment)] as Node | undefined, c.doc);
    else if (isMap(target)) node = resolve(field(target, segment)?.value as Node | undefined, c.doc);
    else return node;
  }
  return node;
}

function shapeChecker(validate: Validator): Checker {
  return (c) => {
    if (validate(instanceOf(c, c.args))) return;
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const annotated = error.parentSchema as Annotated | undefined;
      const template = annotated?.['x-messages']?.[error.keyword];
      if (!template) continue; // branch errors of anyOf and if/then: the annotated one says it
      const key = `${error.instancePath}\0${error.keyword}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const node = nodeAt(c, error.instancePath) ?? c.args;
      const message = template.replace(/\{function\}/g, c.name).replace(/\{found\}/g, () => describeNode(node, c.doc));
      c.fail(node, message, { ...(annotated?.['x-resolved'] ? { resolved: true } : {}), ...(annotated?.['x-variant'] ? { variant: annotated['x-variant'] } : {}) });
    }
  };
}

export const getResource = shapeChecker(validators.get_resource as Validator);
export const getFile = shapeChecker(validators.get_file as Validator);
export const getInput = shapeChecker(validators.get_input as Validator);
export const equals = shapeChecker(validators.equals as Validator);
export const notFunction = shapeChecker(validators.not as Validator);
export const andOr = shapeChecker(validators.and_or as Validator);
export const contains = shapeChecker(validators.contains as Validator);
