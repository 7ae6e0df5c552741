import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyDocument, looksLikeEnvironment, parseDocument } from '../src/index.js';

export interface FileKindCase {
  name: string;
  text: string;
  kind: 'template' | 'environment' | 'other';
}
const { cases } = JSON.parse(readFileSync(new URL('../../../test-fixtures/file-kinds/inputs.json', import.meta.url), 'utf8')) as { cases: FileKindCase[] };

describe('classifyDocument', () => {
  test.each(cases)('$name: $kind', ({ text, kind }) => {
    expect(classifyDocument(text).kind).toBe(kind);
    const parsed = parseDocument(text);
    expect(classifyDocument(text, parsed).kind).toBe(kind);
    expect(looksLikeEnvironment(parsed.root, parsed.yaml)).toBe(kind === 'environment');
  });

  test('says why', () => {
    expect(classifyDocument('heat_template_versoin: 2018-08-31\n')).toEqual({ kind: 'template', reason: 'misspelled-version-key', key: 'heat_template_versoin' });
    expect(classifyDocument('AWSTemplateFormatVersion: x\n')).toEqual({ kind: 'template', reason: 'cfn-version-key', key: 'AWSTemplateFormatVersion' });
    expect(classifyDocument('heat_template_version:\n  description: a field\n')).toEqual({ kind: 'other', reason: 'other-keys' });
    expect(classifyDocument('- a\n')).toEqual({ kind: 'other', reason: 'not-a-mapping' });
    expect(classifyDocument('heat_template_version: 2018-08-31\n  bad: [\n').kind).toBe('template');
  });
});
