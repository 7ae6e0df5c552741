import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyDocument } from '@hot-lint/core';
import { mightBeHeat } from '../src/heat-filter.js';

interface FileKindCase {
  name: string;
  text: string;
  kind: string;
}
const { cases } = JSON.parse(readFileSync(new URL('../../test-fixtures/file-kinds/inputs.json', import.meta.url), 'utf8')) as { cases: FileKindCase[] };

describe("the extension's pre-filter never rejects what core accepts", () => {
  test.each(cases.filter((c) => c.kind !== 'other'))('$name', ({ text }) => {
    expect(classifyDocument(text).kind).not.toBe('other');
    expect(mightBeHeat(text)).toBe(true);
  });

  test('keys a few edits from heat_template_version pass, at any depth and in JSON', () => {
    for (const key of ['heat_template_versoin', 'heat_templ_version', 'Heat-Template-Version!', 'heat template version']) {
      expect(classifyDocument(`${key}: 2018-08-31\n`).kind).toBe('template');
      expect(mightBeHeat(`${key}: 2018-08-31\n`)).toBe(true);
      expect(mightBeHeat(`{"a": 1, "${key}": "2018-08-31"}`)).toBe(true);
    }
  });

  test('other YAML is filtered out', () => {
    expect(mightBeHeat('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n')).toBe(false);
    expect(mightBeHeat('name: ci\non: push\n')).toBe(false);
  });
});
