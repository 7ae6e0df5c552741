import { describe, expect, it } from 'vitest';
import { analyze, hover } from '../src/index.js';

describe('hidden parameters', () => {
  it('hover never shows the default of a hidden parameter', () => {
    const text = [
      'heat_template_version: 2021-04-16',
      'parameters:',
      '  password:',
      '    type: string',
      '    hidden: true',
      '    default: "correct horse battery"',
      '  size:',
      '    type: number',
      '    default: 3',
      'outputs:',
      '  o:',
      '    value: [{get_param: password}, {get_param: size}]',
      '',
    ].join('\n');
    const analysis = analyze('file:///t.yaml', 1, text, 'template');
    const at = (name: string) => {
      const line = 11;
      const character = text.split('\n')[line]!.indexOf(name) + 1;
      return (hover(analysis, { line, character })?.contents as { value: string }).value;
    };
    expect(at('password')).toBe('**parameter password**: string  \nDefault: `******`');
    expect(at('size')).toBe('**parameter size**: number  \nDefault: `3`');
  });
});
