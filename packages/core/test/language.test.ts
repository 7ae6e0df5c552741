// One place decides which functions a template's language has, with one fallback when the version is
// unknown (issue 15): rules, the reference index and the editor read the same answer.
import { describe, expect, test } from 'vitest';
import { buildTemplate, callStatus, collectReferences, languageOf, lint, loadCatalog, newestLanguage, parseDocument } from '../src/index.js';

const catalog = loadCatalog();
const model = (text: string) => buildTemplate(parseDocument(text), catalog)!;
const withVersion = (version: string) =>
  [
    `heat_template_version: ${version}`,
    'resources:',
    '  srv:',
    '    type: OS::Heat::None',
    '    properties:',
    '      a: {get_param: nope}',
    '      b: {Ref: srv}',
    '',
  ].join('\n');

describe('the template language', () => {
  test('a known version is itself; an unknown or missing one reads as the newest', () => {
    expect(languageOf(model(withVersion('2016-10-14')), catalog).version).toBe('2016-10-14');
    expect(languageOf(model(withVersion('2099-01-01')), catalog)).toBe(newestLanguage(catalog));
    expect(languageOf(model('resources: {}\n'), catalog)).toBe(newestLanguage(catalog));
    expect(languageOf(null, catalog)).toBe(newestLanguage(catalog));
  });

  test('a call is active, removed, in the wrong context or unknown', () => {
    const v2013 = catalog.version('2013-05-23')!;
    const v2018 = catalog.version('2018-08-31')!;
    expect(callStatus(v2013, catalog, { name: 'Ref', conditionContext: false })).toBe('active');
    expect(callStatus(v2018, catalog, { name: 'Ref', conditionContext: false })).toBe('removed');
    expect(callStatus(v2018, catalog, { name: 'get_attr', conditionContext: true })).toBe('wrong-context');
    expect(callStatus(v2018, catalog, { name: 'equals', conditionContext: true })).toBe('active');
    expect(callStatus(v2018, catalog, { name: 'no_such_function', conditionContext: false })).toBe('unknown');
    // Before conditions existed, a condition's place is read like any other value.
    expect(callStatus(v2013, catalog, { name: 'get_param', conditionContext: true })).toBe('active');
  });

  test('with an unknown version, the reference index and the rules read the same (newest) language', () => {
    const template = model(withVersion('2099-01-01'));
    const references = collectReferences(template, catalog).references.map((r) => `${r.kind} ${r.name} via ${r.via}`);
    expect(references).toEqual(['param nope via get_param']);
    const rules = lint(withVersion('2099-01-01'), { catalog }).map((d) => d.ruleId);
    expect(rules).toContain('get-param-undefined');
  });

  test('function-unknown and the editor read the same language as the references', () => {
    const text = 'heat_template_version: 2099-01-01\noutputs:\n  o:\n    value: {get_parm: x}\n';
    const found = lint(text, { catalog }).filter((d) => d.ruleId === 'function-unknown').map((d) => d.message);
    expect(found).toEqual(['Unknown function "get_parm". Did you mean "get_param"?']);
  });
});
