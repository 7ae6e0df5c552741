import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintTemplateFile, loadCatalog, NodeFileLoader, ProjectSession } from '../src/index.js';
import { formatFinding } from './fixture-format.js';

/** ../shared/corpus: public templates with Heat 19's own offline verdict on each. */
const corpus = resolve(__dirname, '../../../../shared/corpus');
const verdicts = readFileSync(join(corpus, 'heat-verdicts.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('file\t'))
  .map((line) => {
    const [file, verdict, message] = line.split('\t');
    return { file: file!, verdict: verdict!, message: message ?? '' };
  });

describe('shared corpus agrees with Heat 19', () => {
  it('has verdicts to check', () => {
    expect(verdicts.length).toBeGreaterThan(90);
  });
  for (const { file, verdict, message } of verdicts) {
    const errorsOf = () =>
      lint(readFileSync(join(corpus, file), 'utf8'))
        .filter((d) => d.severity === 'error')
        .map(formatFinding);
    if (verdict === 'accepted') {
      it(`accepted by Heat, no errors: ${file}`, () => {
        expect(errorsOf()).toEqual([]);
      });
    } else {
      it(`rejected by Heat (${message}), at least one error: ${file}`, () => {
        expect(errorsOf().length).toBeGreaterThan(0);
      });
    }
  }
});

describe('shared corpus in project mode (nested templates and files read from disk)', () => {
  // One session for the whole corpus, as `hot-lint <dir>` uses: each file read and parsed once.
  const session = new ProjectSession(new NodeFileLoader(corpus), loadCatalog());
  for (const { file, verdict } of verdicts.filter((v) => v.verdict === 'accepted')) {
    it(`accepted by Heat, no errors but get_file targets absent from the snapshot: ${file}`, () => {
      const result = lintTemplateFile(session, join(corpus, file));
      const errors = (result.diagnostics ?? []).filter((d) => d.severity === 'error');
      // The snapshot keeps templates only: scripts named by get_file (.sh, .ps1...) are not in it.
      const unexpected = errors.filter((d) => d.ruleId !== 'get-file-missing' || !/cannot be read: it does not exist\.$/.test(d.message));
      expect(unexpected.map(formatFinding)).toEqual([]);
    });
  }
});
