import type { Scalar } from 'yaml';

/**
 * The text that writes `name` in place of `node`, keeping its quoting; null for block scalars.
 * A JSON file's strings are double-quoted scalars, so the result stays JSON.
 */
export function scalarText(node: Scalar, name: string): string | null {
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return JSON.stringify(name);
    case 'QUOTE_SINGLE':
      return `'${name.replace(/'/g, "''")}'`;
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return null;
    default:
      return isPlainSafe(name) ? name : JSON.stringify(name);
  }
}

const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
/** Text a plain scalar can hold without ending the scalar or starting another construct. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^:#\n]|:(?=\S)|(?<=\S)#)*$/;

/** A plain scalar stays plain unless the name would read back as another structure, a boolean or null. */
function isPlainSafe(name: string): boolean {
  return PLAIN.test(name) && !/[\s,[\]{}]/.test(name) && !YAML11_SPECIAL.test(name);
}
