/**
 * The one table of Heat's intrinsic functions: what each does and takes (for rule messages,
 * hover and completion) joined with Heat's own docs (heat-docs.json, generated from Heat's
 * HOT spec by schemas/tools/generate-function-docs.mjs). Which functions a template version has
 * is the generated language spec's (model/language.ts); how their arguments differ between
 * versions follows the class each version registers (forms.ts).
 */
import type { Catalog } from '../../catalog/catalog.js';
import heatDocs from './heat-docs.json' with { type: 'json' };

/** Heat's docs of a function: the first sentence of its HOT spec section and its syntax block. */
export interface HeatFunctionDoc {
  summary: string;
  syntax: string | null;
}

export interface FunctionEntry {
  name: string;
  /** One line: what the function does. */
  summary: string;
  /**
   * The argument shape, as written in the HOT spec. `{since Class}` stands for the first template
   * version registering that class for the function (functionSyntax() fills it in).
   */
  syntax: string;
  /** An example call, in flow style. */
  example: string;
  /** Its argument is a list, so `{fn: a, b, c}` (a mapping of three keys) was meant as `{fn: [a, b, c]}`. */
  takesList?: boolean;
  /**
   * Heat resolves the whole argument before looking at its shape, so it may be another
   * function's result; the others' shape is checked as written, when Heat reads the template.
   */
  computedArguments?: boolean;
  /** Heat checks the arguments only when it evaluates the call (result()), not when it reads the template. */
  checkedWhenEvaluated?: boolean;
  /** Only in the conditions section, `condition:` fields and the first argument of `if`. */
  conditionOnly?: boolean;
  /** For CloudFormation functions removed from HOT: the HOT function to use instead. */
  replacement?: string;
  /** Not a Heat intrinsic: substituted by OS::Heat::StructuredDeployment in a StructuredConfig's config. */
  structuredConfigOnly?: boolean;
  /** Heat's own docs, when its HOT spec documents the function. */
  heatDocs?: HeatFunctionDoc;
}

const ENTRIES: Omit<FunctionEntry, 'heatDocs'>[] = [
  {
    name: 'get_attr',
    summary: 'References an attribute of a resource, resolved at runtime (optionally a key/index path into it).',
    syntax: '[<resource name>, <attribute name>, <key/index 1> (optional), ...]; from {since GetAttAllAttributes} also [<resource name>] for all attributes',
    example: '{get_attr: [my_instance, first_address]}',
    takesList: true,
  },
  {
    name: 'get_file',
    summary: 'Returns the content of a file (a static path or URL) into the template.',
    syntax: '<content key>',
    example: '{get_file: my_instance_user_data.sh}',
    checkedWhenEvaluated: true,
    computedArguments: true,
  },
  {
    name: 'get_param',
    summary: 'References an input parameter of the template, resolved to its value at runtime.',
    syntax: '<parameter name> or [<parameter name>, <key/index 1> (optional), ...]',
    example: '{get_param: instance_type}',
    checkedWhenEvaluated: true,
    computedArguments: true,
    takesList: true,
  },
  {
    name: 'get_resource',
    summary: 'References another resource of the same template; resolves to its reference ID.',
    syntax: '<resource name>',
    example: '{get_resource: instance_port}',
    computedArguments: true,
  },
  {
    name: 'list_join',
    summary: 'Joins a list of strings with the given delimiter.',
    syntax: '[<delimiter>, <list to join>]; from {since JoinMultiple} further lists may follow',
    example: "{list_join: [', ', ['one', 'two', 'and three']]}",
    takesList: true,
  },
  {
    name: 'digest',
    summary: 'Returns the hex digest of a value with the given algorithm (md5, sha1, sha256, sha512, ...).',
    syntax: '[<algorithm>, <value>]',
    example: "{digest: ['sha512', {get_param: raw_password}]}",
    computedArguments: true,
    takesList: true,
  },
  {
    name: 'repeat',
    summary: 'Builds a list by rendering a template once for each item of one or more lists.',
    syntax: '{template: <template>, for_each: {<var>: <list>, ...}, permutations: <boolean> (optional, from {since RepeatWithNestedLoop})}',
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
    computedArguments: true,
    takesList: true,
  },
  {
    name: 'map_merge',
    summary: 'Merges maps; values of later maps override those of earlier ones.',
    syntax: '[<map 1>, <map 2>, ...]',
    example: '{map_merge: [{k1: v1, k2: v2}, {k1: v2}]}',
    checkedWhenEvaluated: true,
    computedArguments: true,
    takesList: true,
  },
  {
    name: 'map_replace',
    summary: 'Replaces keys and/or values of a map.',
    syntax: '[<map>, {keys: {<old key>: <new key>}, values: {<old value>: <new value>}}]',
    example: '{map_replace: [{k1: v1}, {keys: {k1: K1}, values: {v1: V1}}]}',
    checkedWhenEvaluated: true,
    computedArguments: true,
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
    takesList: true,
    conditionOnly: true,
  },
  {
    name: 'if',
    summary: 'Returns one of two values depending on a condition.',
    syntax: '[<condition name or definition>, <value if true>, <value if false>]; from {since IfNullable} the last may be omitted',
    example: '{if: [create_prod_res, m1.large, m1.small]}',
    takesList: true,
  },
  {
    name: 'not',
    summary: 'Condition: the negation of a condition.',
    syntax: '<condition name or definition>',
    example: '{not: {equals: [{get_param: env_type}, prod]}}',
    computedArguments: true,
    conditionOnly: true,
  },
  {
    name: 'and',
    summary: 'Condition: true when all the conditions are true.',
    syntax: '[<condition 1>, <condition 2>, ...] (at least 2)',
    example: '{and: [{equals: [{get_param: env_type}, prod]}, {not: {equals: [{get_param: zone}, beijing]}}]}',
    takesList: true,
    conditionOnly: true,
  },
  {
    name: 'or',
    summary: 'Condition: true when any of the conditions is true.',
    syntax: '[<condition 1>, <condition 2>, ...] (at least 2)',
    example: '{or: [{equals: [{get_param: env_type}, prod]}, {equals: [{get_param: zone}, beijing]}]}',
    takesList: true,
    conditionOnly: true,
  },
  {
    name: 'filter',
    summary: 'Removes the given values from a list.',
    syntax: '[<values to remove>, <list>]',
    example: '{filter: [[null], {get_param: list_param}]}',
    takesList: true,
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
    checkedWhenEvaluated: true,
    computedArguments: true,
    takesList: true,
  },
  {
    name: 'list_concat_unique',
    summary: 'Concatenates lists, dropping repeated items.',
    syntax: '[<list 1>, <list 2>, ...]',
    example: '{list_concat_unique: [[a, b], [a, c]]}',
    checkedWhenEvaluated: true,
    computedArguments: true,
    takesList: true,
  },
  {
    name: 'contains',
    summary: 'Condition: true when a value is in a sequence.',
    syntax: '[<value>, <sequence>]',
    example: '{contains: [{get_param: env_type}, [dev, test]]}',
    takesList: true,
  },
  {
    name: 'get_input',
    summary: 'In the config of an OS::Heat::StructuredConfig: replaced by the deployment with the value of an input.',
    syntax: '<input name>',
    example: '{get_input: foo}',
    computedArguments: true,
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


const DOCS = heatDocs as Record<string, HeatFunctionDoc>;

/** Every function hot-lint knows, by name. */
export const FUNCTION_TABLE: ReadonlyMap<string, FunctionEntry> = new Map(
  ENTRIES.map((entry) => [entry.name, Object.hasOwn(DOCS, entry.name) ? { ...entry, heatDocs: DOCS[entry.name]! } : entry]),
);

/**
 * Whether a function is HOT's own: Heat's HOT spec documents exactly those. The others a
 * version has are the CloudFormation ones (heat/engine/cfn/functions.py) that 2013-05-23 kept.
 */
export function isHotFunction(name: string): boolean {
  return Object.hasOwn(DOCS, name);
}

export function functionEntry(name: string): FunctionEntry | undefined {
  return FUNCTION_TABLE.get(name);
}

/** True when a function's argument is a list. */
export function takesList(name: string): boolean {
  return FUNCTION_TABLE.get(name)?.takesList === true;
}

/** Heat's docs of a function (hover, completion). */
export function heatFunctionDoc(name: string): HeatFunctionDoc | undefined {
  return FUNCTION_TABLE.get(name)?.heatDocs;
}

/** A function's syntax, with the versions its forms came in read from the catalog. */
export function functionSyntax(name: string, catalog: Catalog): string | undefined {
  const syntax = FUNCTION_TABLE.get(name)?.syntax;
  return syntax?.replace(/\{since (\w+)\}/g, (_, cls: string) => {
    const first = catalog.versions.find((v) => v.function_classes?.[name] === cls);
    return first?.version ?? 'a later version';
  });
}
