import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, complete, detectKind, hover, references, textContext } from '../src/index.js';

describe('detectKind', () => {
  test('templates, environments and other YAML', () => {
    expect(detectKind('heat_template_version: 2018-08-31\n')).toBe('template');
    expect(detectKind('{\n  "heat_template_version": "2018-08-31"\n}')).toBe('template');
    expect(detectKind('parameters:\n  a: 1\nresource_registry:\n  "My::T": t.yaml\n')).toBe('environment');
    expect(detectKind('parameters:\n  a: 1\n')).toBe('environment'); // as the CLI lints it
    expect(detectKind('name: ci\non: push\n')).toBeNull();
    expect(detectKind('')).toBeNull();
  });

  // The same inputs the CLI's test runs (issue 15): both ask core's classifyDocument.
  const { cases } = JSON.parse(readFileSync(new URL('../../../test-fixtures/file-kinds/inputs.json', import.meta.url), 'utf8')) as {
    cases: Array<{ name: string; text: string; kind: 'template' | 'environment' | 'other' }>;
  };
  test.each(cases)('$name: $kind, as the CLI decides', ({ text, kind }) => {
    expect(detectKind(text) ?? 'other').toBe(kind);
  });
});

describe('textContext', () => {
  const at = (text: string) => {
    const offset = text.indexOf('|');
    const clean = text.slice(0, offset) + text.slice(offset + 1);
    const before = clean.slice(0, offset).split('\n');
    return textContext(clean, { line: before.length - 1, character: before[before.length - 1]!.length });
  };

  test('keys and values in block mappings', () => {
    expect(at('resources:\n  a:\n    type: OS::N|\n')).toMatchObject({ path: ['resources', 'a', 'type'], mode: 'value', prefix: 'OS::N' });
    expect(at('resources:\n  a:\n    properties:\n      fl|\n')).toMatchObject({ path: ['resources', 'a', 'properties'], mode: 'key', prefix: 'fl', keyColumn: 6 });
    expect(at('resources:\n  a:\n\n    |')).toMatchObject({ path: ['resources', 'a'], mode: 'key', prefix: '' });
    expect(at('|')).toMatchObject({ path: [], mode: 'key' });
  });

  test('list items, including lists at the parent key\'s indentation', () => {
    const text = 'resources:\n  a:\n    properties:\n      networks:\n        - port: p\n        - network: n\n          fix|\n';
    expect(at(text)).toMatchObject({ path: ['resources', 'a', 'properties', 'networks', 1], mode: 'key', prefix: 'fix' });
    expect(at('resources:\n  a:\n    depends_on:\n    - b\n    - |')).toMatchObject({ path: ['resources', 'a', 'depends_on', 1], mode: 'key' });
    expect(at('parameters:\n  p:\n    constraints:\n      - length: {min: 1}\n        desc|')).toMatchObject({ path: ['parameters', 'p', 'constraints', 0] });
  });
});

describe('completion without a parse', () => {
  test('a half-typed key still completes, with the last good template for the resource type', () => {
    const good = 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Cinder::VolumeAttachment\n    properties:\n      mountpoint: x\n';
    const previous = analyze('file:///a.yaml', 1, good, 'template').template;
    const broken = `${good}      vol\n      [\n`;
    const analysis = analyze('file:///a.yaml', 2, broken, 'template');
    expect(analysis.template).toBeNull();
    const list = complete(analysis, { line: 6, character: 9 }, previous);
    expect(list.items.map((i) => i.label)).toEqual(['instance_uuid', 'volume_id']);
    expect(list.items[1]!.textEdit).toEqual({ range: { start: { line: 6, character: 6 }, end: { line: 6, character: 9 } }, newText: 'volume_id: $0' });
  });

  test('environment sections', () => {
    const analysis = analyze('file:///e.yaml', 1, 'resource_registry:\n  a: b.yaml\n\n', 'environment');
    expect(complete(analysis, { line: 2, character: 0 }).items.map((i) => i.label)).toEqual([
      'parameters',
      'parameter_defaults',
      'encrypted_param_names',
      'event_sinks',
      'parameter_merge_strategies',
    ]);
  });
});

// Heat (and core's model) keep the last of duplicate keys; hover must show that one, not the text Heat ignores.
describe('duplicate keys: the last one counts', () => {
  const text = [
    'heat_template_version: 2018-08-31',
    'parameters:',
    '  size:',
    '    type: string',
    '    description: the text Heat ignores',
    '    description: the text Heat keeps',
    'resources:',
    '  srv:',
    '    type: OS::Nova::Server',
    '  srv:',
    '    type: OS::Cinder::Volume',
    'outputs:',
    '  o:',
    '    value: {get_param: size}',
    '  r:',
    '    value: {get_resource: srv}',
    '',
  ].join('\n');
  const analysis = analyze('file:///dup.yaml', 1, text, 'template');
  const at = (line: number, needle: string) => ({ line, character: text.split('\n')[line]!.indexOf(needle) + 1 });

  test('a duplicated parameter field', () => {
    const shown = (hover(analysis, at(13, 'size'))!.contents as { value: string }).value;
    expect(shown).toBe('**parameter size**: string\n\nthe text Heat keeps');
  });

  test('a duplicated resource', () => {
    const shown = (hover(analysis, at(15, 'srv'))!.contents as { value: string }).value;
    expect(shown).toBe('**resource srv**: OS::Cinder::Volume');
  });
});

// find-references reads core's version-aware reference index: a function the template's version does
// not have (Ref outside 2013-05-23, or Fn::GetAtt, never a HOT function) refers to nothing.
describe('references count only functions of the template version', () => {
  const template = (version: string) =>
    [
      `heat_template_version: ${version}`,
      'resources:',
      '  srv:',
      '    type: OS::Nova::Server',
      'outputs:',
      '  a:',
      '    value: {get_resource: srv}',
      '  b:',
      '    value: {Ref: srv}',
      '  c:',
      "    value: {'Fn::GetAtt': [srv, name]}",
      '',
    ].join('\n');
  const lines = (version: string) => {
    const analysis = analyze('file:///refs.yaml', 1, template(version), 'template');
    return references(analysis, { line: 2, character: 3 }, false)!.map((l) => l.range.start.line);
  };

  test('Ref was removed after 2013-05-23', () => {
    expect(lines('2018-08-31')).toEqual([6]);
  });

  test('Ref is a function of 2013-05-23', () => {
    expect(lines('2013-05-23')).toEqual([6, 8]);
  });
});
