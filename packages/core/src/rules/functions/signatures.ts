/**
 * What each intrinsic function of HOT takes and does, from Heat 19's HOT spec
 * (template_guide/hot_spec) and heat/engine/hot/functions.py. The rules use it for their
 * messages; the language server for hover and completion.
 */
import { isMap, isScalar } from 'yaml';
import { activeFunctions } from '../../model/language.js';
import type { Document } from 'yaml';
import type { Catalog } from '../../catalog/catalog.js';
import type { TemplateVersionSpec } from '../../catalog/catalog-types.js';
import { resolve } from '../../model/nodes.js';

export interface FunctionSignature {
  name: string;
  /** One line: what the function does. */
  summary: string;
  /** The argument shape, as written in the HOT spec. */
  syntax: string;
  /** An example call, in flow style. */
  example: string;
  /** Only in the conditions section, `condition:` fields and the first argument of `if`. */
  conditionOnly?: boolean;
  /** For CloudFormation functions removed from HOT: the HOT function to use instead. */
  replacement?: string;
  /** Not a Heat intrinsic: substituted by OS::Heat::StructuredDeployment in a StructuredConfig's config. */
  structuredConfigOnly?: boolean;
}

const table: FunctionSignature[] = [
  {
    name: 'get_attr',
    summary: 'References an attribute of a resource, resolved at runtime (optionally a key/index path into it).',
    syntax: '[<resource name>, <attribute name>, <key/index 1> (optional), ...]; from 2015-10-15 also [<resource name>] for all attributes',
    example: '{get_attr: [my_instance, first_address]}',
  },
  {
    name: 'get_file',
    summary: 'Returns the content of a file (a static path or URL) into the template.',
    syntax: '<content key>',
    example: '{get_file: my_instance_user_data.sh}',
  },
  {
    name: 'get_param',
    summary: 'References an input parameter of the template, resolved to its value at runtime.',
    syntax: '<parameter name> or [<parameter name>, <key/index 1> (optional), ...]',
    example: '{get_param: instance_type}',
  },
  {
    name: 'get_resource',
    summary: 'References another resource of the same template; resolves to its reference ID.',
    syntax: '<resource name>',
    example: '{get_resource: instance_port}',
  },
  {
    name: 'list_join',
    summary: 'Joins a list of strings with the given delimiter.',
    syntax: '[<delimiter>, <list to join>]; from 2015-10-15 further lists may follow',
    example: "{list_join: [', ', ['one', 'two', 'and three']]}",
  },
  {
    name: 'digest',
    summary: 'Returns the hex digest of a value with the given algorithm (md5, sha1, sha256, sha512, ...).',
    syntax: '[<algorithm>, <value>]',
    example: "{digest: ['sha512', {get_param: raw_password}]}",
  },
  {
    name: 'repeat',
    summary: 'Builds a list by rendering a template once for each item of one or more lists.',
    syntax: '{template: <template>, for_each: {<var>: <list>, ...}, permutations: <boolean> (optional, from 2017-09-01)}',
    example: "{repeat: {for_each: {'<%port%>': [80, 443]}, template: {port_range_min: '<%port%>'}}}",
  },
  {
    name: 'resource_facade',
    summary: 'Retrieves data of the facade resource from within a provider template.',
    syntax: 'metadata | deletion_policy | update_policy',
    example: '{resource_facade: metadata}',
  },
  {
    name: 'str_replace',
    summary: 'Builds a string by replacing the placeholders of a template string with values.',
    syntax: '{template: <template string>, params: {<placeholder>: <value>, ...}}',
    example: '{str_replace: {template: http://host/app, params: {host: {get_attr: [server, first_address]}}}}',
  },
  {
    name: 'str_replace_strict',
    summary: 'Like str_replace, but fails if a param is not present in the template.',
    syntax: '{template: <template string>, params: {<placeholder>: <value>, ...}}',
    example: '{str_replace_strict: {template: Hello NAME, params: {NAME: world}}}',
  },
  {
    name: 'str_replace_vstrict',
    summary: 'Like str_replace_strict, but also fails if a param value is empty.',
    syntax: '{template: <template string>, params: {<placeholder>: <value>, ...}}',
    example: '{str_replace_vstrict: {template: Hello NAME, params: {NAME: world}}}',
  },
  {
    name: 'str_split',
    summary: 'Splits a string into a list by a delimiter, optionally returning one item by index.',
    syntax: '[<delimiter>, <string to split>, <index> (optional)]',
    example: "{str_split: [',', 'string,to,split', 0]}",
  },
  {
    name: 'map_merge',
    summary: 'Merges maps; values of later maps override those of earlier ones.',
    syntax: '[<map 1>, <map 2>, ...]',
    example: '{map_merge: [{k1: v1, k2: v2}, {k1: v2}]}',
  },
  {
    name: 'map_replace',
    summary: 'Replaces keys and/or values of a map.',
    syntax: '[<map>, {keys: {<old key>: <new key>}, values: {<old value>: <new value>}}]',
    example: '{map_replace: [{k1: v1}, {keys: {k1: K1}, values: {v1: V1}}]}',
  },
  {
    name: 'yaql',
    summary: 'Evaluates a YAQL expression on the given data.',
    syntax: '{expression: <expression>, data: {<var>: <value>, ...}}',
    example: '{yaql: {expression: $.data.a.max(), data: {a: [1, 2, 3]}}}',
  },
  {
    name: 'equals',
    summary: 'Condition: true when two values are equal.',
    syntax: '[<value 1>, <value 2>]',
    example: '{equals: [{get_param: env_type}, prod]}',
    conditionOnly: true,
  },
  {
    name: 'if',
    summary: 'Returns one of two values depending on a condition.',
    syntax: '[<condition name or definition>, <value if true>, <value if false>]; from 2021-04-16 the last may be omitted',
    example: '{if: [create_prod_res, m1.large, m1.small]}',
  },
  {
    name: 'not',
    summary: 'Condition: the negation of a condition.',
    syntax: '<condition name or definition>',
    example: '{not: {equals: [{get_param: env_type}, prod]}}',
    conditionOnly: true,
  },
  {
    name: 'and',
    summary: 'Condition: true when all the conditions are true.',
    syntax: '[<condition 1>, <condition 2>, ...] (at least 2)',
    example: '{and: [{equals: [{get_param: env_type}, prod]}, {not: {equals: [{get_param: zone}, beijing]}}]}',
    conditionOnly: true,
  },
  {
    name: 'or',
    summary: 'Condition: true when any of the conditions is true.',
    syntax: '[<condition 1>, <condition 2>, ...] (at least 2)',
    example: '{or: [{equals: [{get_param: env_type}, prod]}, {equals: [{get_param: zone}, beijing]}]}',
    conditionOnly: true,
  },
  {
    name: 'filter',
    summary: 'Removes the given values from a list.',
    syntax: '[<values to remove>, <list>]',
    example: '{filter: [[null], {get_param: list_param}]}',
  },
  {
    name: 'make_url',
    summary: 'Builds a correctly escaped URL from its parts.',
    syntax: '{scheme:, username:, password:, host:, port:, path:, query: {<key>: <value>}, fragment:} (all optional)',
    example: '{make_url: {scheme: http, host: {get_attr: [server, first_address]}, port: 8080, path: /hello}}',
  },
  {
    name: 'list_concat',
    summary: 'Concatenates lists.',
    syntax: '[<list 1>, <list 2>, ...]',
    example: '{list_concat: [[a, b], [c]]}',
  },
  {
    name: 'list_concat_unique',
    summary: 'Concatenates lists, dropping repeated items.',
    syntax: '[<list 1>, <list 2>, ...]',
    example: '{list_concat_unique: [[a, b], [a, c]]}',
  },
  {
    name: 'contains',
    summary: 'Condition: true when a value is in a sequence.',
    syntax: '[<value>, <sequence>]',
    example: '{contains: [{get_param: env_type}, [dev, test]]}',
  },
  {
    name: 'get_input',
    summary: 'In the config of an OS::Heat::StructuredConfig: replaced by the deployment with the value of an input.',
    syntax: '<input name>',
    example: '{get_input: foo}',
    structuredConfigOnly: true,
  },
  // CloudFormation-style functions of 2013-05-23, removed from later versions.
  { name: 'Fn::GetAZs', summary: 'CloudFormation: the availability zones.', syntax: '<region>', example: "{'Fn::GetAZs': ''}" },
  { name: 'Fn::Join', summary: 'CloudFormation: joins strings.', syntax: '[<delimiter>, [<string>, ...]]', example: "{'Fn::Join': [',', [a, b]]}", replacement: 'list_join' },
  { name: 'Fn::Select', summary: 'CloudFormation: selects an item of a list or map.', syntax: '[<index or key>, <list or map>]', example: "{'Fn::Select': [0, [a, b]]}", replacement: 'get_attr or get_param with a path, or str_split with an index' },
  { name: 'Fn::Split', summary: 'CloudFormation: splits a string.', syntax: '[<delimiter>, <string>]', example: "{'Fn::Split': [',', 'a,b']}", replacement: 'str_split' },
  { name: 'Fn::Replace', summary: 'CloudFormation: replaces substrings.', syntax: '[{<old>: <new>}, <string>]', example: "{'Fn::Replace': [{x: y}, 'axb']}", replacement: 'str_replace' },
  { name: 'Fn::Base64', summary: 'CloudFormation: passes a string through.', syntax: '<string>', example: "{'Fn::Base64': text}" },
  { name: 'Fn::MemberListToMap', summary: 'CloudFormation: converts a member list to a map.', syntax: '[<key name>, <value name>, [<member>, ...]]', example: "{'Fn::MemberListToMap': [Name, Value, ['.member.0.Name=a']]}" },
  { name: 'Fn::ResourceFacade', summary: 'CloudFormation: data of the facade resource.', syntax: 'Metadata | DeletionPolicy | UpdatePolicy', example: "{'Fn::ResourceFacade': Metadata}", replacement: 'resource_facade' },
  { name: 'Ref', summary: 'CloudFormation: a parameter value or resource reference.', syntax: '<parameter or resource name>', example: '{Ref: my_param}', replacement: 'get_param or get_resource' },
];

/** The signature of each function hot-lint knows, by name. */
export const FUNCTION_SIGNATURES: ReadonlyMap<string, FunctionSignature> = new Map(table.map((s) => [s.name, s]));

export function functionSignature(name: string): FunctionSignature | undefined {
  return FUNCTION_SIGNATURES.get(name);
}

/** The functions Heat evaluates in a context of a version (model/language.ts decides). */
export function functionsInContext(version: TemplateVersionSpec, conditionContext: boolean): Set<string> {
  return new Set(activeFunctions(version, conditionContext));
}

/** True for a single-key mapping whose key is a function name of some HOT version: its value is computed. */
export function isFunctionCall(node: unknown, catalog: Catalog, doc: Document | null): boolean {
  const target = resolve(node, doc);
  if (!isMap(target) || target.items.length !== 1) return false;
  const key = target.items[0]!.key;
  return isScalar(key) && typeof key.value === 'string' && (catalog.allFunctionNames.has(key.value) || key.value === 'get_input');
}

/** Compares HOT version dates ("2016-10-14"). */
export function versionAtLeast(version: TemplateVersionSpec, date: string): boolean {
  return version.version >= date;
}

/** Hash algorithms Heat's digest accepts: hashlib.algorithms_available of Heat 19's Python, less shake_* (they need a length). */
export const DIGEST_ALGORITHMS: readonly string[] = [
  'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
  'sha512_224', 'sha512_256', 'blake2b', 'blake2s', 'md5-sha1', 'ripemd160', 'sm3',
];

export const RESOURCE_FACADE_ARGS: readonly string[] = ['metadata', 'deletion_policy', 'update_policy'];

export const MAKE_URL_KEYS: readonly string[] = ['scheme', 'username', 'password', 'host', 'port', 'path', 'query', 'fragment'];
