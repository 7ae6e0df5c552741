import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { FUNCTION_OUTPUT_FILE, generate, generateFunctionShapes, OUTPUT_FILE } from '../scripts/generate-hot-schema-validator.mjs';

describe('hot-template.validator.ts', () => {
  it('is the standalone code generated from schemas/hot-template.schema.json (run `npm run build` after changing the schema)', () => {
    expect(readFileSync(OUTPUT_FILE as string, 'utf8')).toBe((generate as () => string)());
  });
});

describe('shapes.validator.ts', () => {
  it('is the standalone code generated from schemas/function-arguments.schema.json (run `npm run build` after changing the schema)', () => {
    expect(readFileSync(FUNCTION_OUTPUT_FILE as string, 'utf8')).toBe((generateFunctionShapes as () => string)());
  });
});
