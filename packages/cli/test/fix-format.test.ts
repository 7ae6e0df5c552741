// One fix builder keeps the scalar's quoting, so --fix on a JSON template leaves valid JSON (issue 15).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, folder } from './in-process.js';

describe('--fix keeps the file format', () => {
  test('a JSON template stays JSON', async () => {
    const text = [
      '{',
      '  "heat_template_version": "2018-08-31",',
      '  "parameters": {',
      '    "size": { "type": "strin" }',
      '  },',
      '  "resources": {',
      '    "vol": {',
      '      "type": "OS::Cinder::Volum",',
      '      "properties": { "size": { "get_param": "size" } }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const dir = folder({ 't.json': text });
    const run = await cli(['--fix', 't.json'], dir);
    expect(run.stderr).toBe('hot-lint: t.json: fixed 2 problems.\n');
    const fixed = readFileSync(join(dir, 't.json'), 'utf8');
    expect(fixed).toBe(text.replace('"strin"', '"string"').replace('"OS::Cinder::Volum"', '"OS::Cinder::Volume"'));
    expect(() => JSON.parse(fixed)).not.toThrow();
  });

  test("a YAML scalar keeps its quotes, a plain one stays plain", async () => {
    const text = [
      'heat_template_version: 2018-08-31',
      'parameters:',
      "  a: {type: 'strin'}",
      '  b:',
      '    type: numbr',
      '',
    ].join('\n');
    const dir = folder({ 't.yaml': text });
    await cli(['--fix', 't.yaml'], dir);
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(text.replace("'strin'", "'string'").replace('numbr', 'number'));
  });
});
