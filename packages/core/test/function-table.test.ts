import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_TABLE, HEAT_RELEASES, functionSyntax, heatFunctionDoc, hotFunctions, isHotFunction, lint, loadCatalog } from '../src/index.js';
import type { TemplateVersionSpec } from '../src/index.js';
import { argumentFacts, argumentForm, FORM_FAMILIES, formClasses, formFamily } from '../src/heat/functions/forms.js';
import { STRUCTURED_CONFIG_INPUT } from '../src/heat/functions/calls.js';

/**
 * Issue 15: function knowledge lives in one table (src/heat/functions), its version differences
 * come from the generated language spec, and the function rules hard-code neither template
 * version dates nor function names.
 */
const rulesDir = resolve(__dirname, '../src/rules/functions');
const catalogs = HEAT_RELEASES.map((release) => loadCatalog({ heatRelease: release.version }));
const allNames = new Set<string>([STRUCTURED_CONFIG_INPUT]);
for (const catalog of catalogs) for (const name of catalog.allFunctionNames) allNames.add(name);

/** Code without its template literals (rule docs and messages, prose that may name functions). */
function codeOf(source: string): string {
  return source.replace(/`(?:\\[\s\S]|\$\{[^}]*\}|[^`\\])*`/g, '``');
}

/** Hard-coded Heat facts in a rule's code: version dates and quoted function names. */
function hardCodedFacts(source: string, names: ReadonlySet<string>): string[] {
  const code = codeOf(source);
  const found: string[] = [];
  for (const m of code.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) found.push(m[0]);
  for (const m of code.matchAll(/(['"])([^'"\n]+)\1/g)) if (names.has(m[2]!)) found.push(m[0]);
  return found;
}

describe('rules/functions hard-code no Heat facts', () => {
  it('finds dates and function names the way the old function-arguments.ts wrote them', () => {
    const old = [
      "const allowAll = versionAtLeast(c.version, '2015-10-15');",
      "const strict = c.name === 'str_replace_strict' || c.name === 'str_replace_vstrict';",
      "if (pairs[0]!.key.value === 'get_input') run();",
      'const message = `Arguments to "${c.name}" must be a map: {repeat: {template: <t>}}.`;',
    ].join('\n');
    expect(hardCodedFacts(old, allNames)).toEqual(['2015-10-15', "'str_replace_strict'", "'str_replace_vstrict'", "'get_input'"]);
  });

  const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s', (file) => {
    expect(hardCodedFacts(readFileSync(join(rulesDir, file), 'utf8'), allNames)).toEqual([]);
  });
});

describe('the function table covers the language spec', () => {
  it.each(HEAT_RELEASES.map((r, i) => [r.version, catalogs[i]!] as const))('Heat %s: every function of every template version', (_, catalog) => {
    const missing: string[] = [];
    for (const version of catalog.versions) {
      const names = [...Object.keys(version.functions), ...version.condition_functions];
      for (const name of names) {
        if (!FUNCTION_TABLE.has(name)) missing.push(`${version.version} ${name}: no entry`);
        const cls = version.function_classes?.[name];
        if (version.functions[name] !== undefined && cls === undefined) missing.push(`${version.version} ${name}: no generated class`);
        const family = formFamily(name);
        if (family && version.functions[name] === 'supported' && !formClasses(family).includes(cls!)) {
          missing.push(`${version.version} ${name}: no argument form for class ${cls}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(argumentFacts(catalog)?.digest_algorithms).toContain('sha256');
    expect(argumentFacts(catalog)?.resource_facade_attributes).toEqual(['metadata', 'deletion_policy', 'update_policy']);
  });

  it('has no entry that no version knows, and Heat docs only for its own names', () => {
    expect([...FUNCTION_TABLE.keys()].filter((name) => !allNames.has(name))).toEqual([]);
    expect(heatFunctionDoc('list_join')?.syntax).toContain('list_join');
    expect(heatFunctionDoc('Ref')).toBeUndefined();
  });
});

describe('argument forms follow the class a version registers', () => {
  const catalog = loadCatalog();
  const version = (date: string) => catalog.version(date)!;

  it('list_join takes several lists where the version registers JoinMultiple', () => {
    expect(version('2015-04-30').function_classes?.list_join).toBe('Join');
    expect(argumentForm(version('2015-04-30'), 'list_join').multipleLists).toBe(false);
    expect(argumentForm(version('2015-10-15'), 'list_join').multipleLists).toBe(true);
    expect(argumentForm(version('2016-10-14'), 'str_replace', 'str_replace').jsonParams).toBe(true);
    expect(argumentForm(version('2017-02-24'), 'repeat')).toEqual({ mapValues: true, permutations: false });
    expect(argumentForm(version('2021-04-16'), 'if').optionalElse).toBe(true);
  });

  it('a language without generated classes reads as the newest Heat would', () => {
    const { function_classes: _, ...bare } = version('2015-04-30');
    expect(argumentForm(bare as TemplateVersionSpec, 'list_join').multipleLists).toBe(true);
    expect(FORM_FAMILIES).toContain('get_attr');
  });

  it('messages name the version a form came in, from the catalog', () => {
    expect(functionSyntax('list_join', catalog)).toBe('[<delimiter>, <list to join>]; from 2015-10-15 further lists may follow');
    const text = 'heat_template_version: 2015-04-30\nresources: {}\noutputs:\n  o:\n    value: {list_join: [",", [a], [b]]}\n';
    expect(lint(text).map((f) => f.message)).toContain('Incorrect arguments to "list_join" should be: [" ", ["str1", "str2"]].');
  });
});

describe('argument shapes checked by the schema engine (schemas/function-arguments.schema.json)', () => {
  const findings = (text: string) =>
    lint(text)
      .filter((f) => f.ruleId === 'function-arguments')
      .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message}`);

  it('reports a shape on the node it is about, with the schema message; a call is taken as right', () => {
    const text = [
      'heat_template_version: 2021-04-16',
      'parameters: {p: {type: string}}',
      'conditions:',
      '  a: {and: [{equals: [x, y]}]}',
      '  b: {contains: [x, 3]}',
      '  c: {contains: [x, {get_param: p}]}',
      'resources: {}',
      'outputs:',
      '  o: {value: {get_file: [x]}}',
    ].join('\n');
    expect(findings(text)).toEqual([
      '4:12 error The minimum number of condition arguments to "and" is 2.',
      '5:21 error Second argument to "contains" should be a sequence, not the number 3.',
      '9:25 warning Argument to "get_file" must be a string (a file path or URL), not a list. Heat reports it only when the output is shown.',
    ]);
  });
});

describe('HOT\'s own functions (what completion offers): those Heat\'s HOT spec documents', () => {
  it('every function of every release is HOT\'s own but the CloudFormation ones of 2013-05-23', () => {
    // get_input is the deployment's, not Heat's (nor offered where a Heat function is).
    expect([...allNames].filter((name) => name !== STRUCTURED_CONFIG_INPUT && !isHotFunction(name)).sort()).toEqual([
      'Fn::Base64', 'Fn::GetAZs', 'Fn::Join', 'Fn::MemberListToMap', 'Fn::Replace', 'Fn::ResourceFacade', 'Fn::Select', 'Fn::Split', 'Ref',
    ]);
  });

  it('per version and context, sorted', () => {
    const catalog = loadCatalog();
    const of = (version: string, conditions: boolean) => hotFunctions(catalog.version(version)!, conditions);
    expect(of('2013-05-23', false)).toEqual(['get_attr', 'get_file', 'get_param', 'get_resource', 'list_join', 'resource_facade', 'str_replace']);
    expect(of('2015-04-30', false)).not.toContain('Fn::Select'); // active there, but not HOT's own
    expect(of('2015-04-30', false)).toContain('repeat');
    expect(of('2016-10-14', true)).toEqual(['and', 'equals', 'get_param', 'not', 'or']);
    expect(of('2016-10-14', false)).not.toContain('and');
  });
});
