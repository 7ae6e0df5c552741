import { describe, expect, test } from 'vitest';
import { analyze, complete, detectKind, textContext } from '../src/index.js';

describe('detectKind', () => {
  test('templates, environments and other YAML', () => {
    expect(detectKind('heat_template_version: 2018-08-31\n')).toBe('template');
    expect(detectKind('{\n  "heat_template_version": "2018-08-31"\n}')).toBe('template');
    expect(detectKind('parameters:\n  a: 1\nresource_registry:\n  "My::T": t.yaml\n')).toBe('environment');
    expect(detectKind('parameters:\n  a: 1\n')).toBeNull(); // could be anything
    expect(detectKind('name: ci\non: push\n')).toBeNull();
    expect(detectKind('')).toBeNull();
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
