import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lint, lintEnvironmentFile, lintTemplateFile, loadCatalog, NodeFileLoader, ProjectSession } from '../src/index.js';
import type { RuleSetting } from '../src/index.js';
import { formatFinding } from './fixture-format.js';

/**
 * Every rule page's examples, read from the page as a user reads them: the bad one gives the
 * rule (exactly the findings the page lists), the good one does not give it.
 */
const dir = resolve(__dirname, '../../../docs/rules');

function example(page: string, label: 'Bad' | 'Good'): { text: string; listed: string[] } | null {
  const match = new RegExp(`\\*\\*${label}\\*\\* \\([^\\n]*\\n\\n((?:    [^\\n]*\\n)*)\\n?\`\`\`(?:yaml|json)\\n([\\s\\S]*?)\`\`\``).exec(page);
  if (!match) return null;
  return { listed: match[1]!.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().replace(/ {2}/g, ' ')), text: match[2]! };
}

/** A multi-file example: its command, the findings listed, and its files (`name`: block). */
function projectExample(page: string, label: 'Bad' | 'Good'): { command: string[]; listed: string[]; files: Map<string, string> } | null {
  const start = page.indexOf(`**${label} project**`);
  if (start < 0) return null;
  const end = label === 'Bad' ? page.indexOf('**Good project**', start) : page.indexOf('\nSuppress one finding', start);
  const section = page.slice(start, end);
  const command = /: `hot-lint ([^`]*)`/.exec(section)![1]!.split(' ');
  const findings = section.slice(0, section.search(/^`[^`\n]+`:$/m));
  const listed = [...findings.matchAll(/^ {4}(\S.*)$/gm)].map((m) => m[1]!.replace(/ {2}/g, ' '));
  const files = new Map([...section.matchAll(/^`([^`\n]+)`:\n\n```\w+\n([\s\S]*?)```/gm)].map((m) => [m[1]!, m[2]!] as [string, string]));
  return { command, listed, files };
}

/** Writes a multi-file example into a fresh folder and lints it as its command does. */
function lintProject(example: NonNullable<ReturnType<typeof projectExample>>, rules: Record<string, RuleSetting>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hot-lint-example-'));
  try {
    for (const [name, text] of example.files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const environments: string[] = [];
    const positional: string[] = [];
    for (let i = 0; i < example.command.length; i++) {
      if (example.command[i] === '-e') environments.push(join(dir, example.command[++i]!));
      else positional.push(join(dir, example.command[i]!));
    }
    // `hot-lint -e env.yaml main.yaml` lints a template with its environments; `hot-lint a.yaml b.yaml` environments alone.
    const template = environments.length > 0 || readFileSync(positional[0]!, 'utf8').includes('heat_template_version') ? positional.pop()! : null;
    if (!template) environments.push(...positional);
    const session = new ProjectSession(new NodeFileLoader(dir), loadCatalog());
    const results = [
      ...(template ? [lintTemplateFile(session, template, { environments, rules })] : []),
      ...environments.map((env) => lintEnvironmentFile(session, env, { environments, rules, ...(template ? { templatePath: template } : {}) })),
    ];
    return results.flatMap((r) =>
      (r.diagnostics ?? []).map((d) => {
        const [where, severity, ruleId, ...message] = formatFinding(d).split(' ');
        return `${relative(dir, r.path)} ${where!.split('-')[0]} ${severity} ${ruleId} ${message.join(' ')}`;
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the examples of the rule pages', () => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    const page = readFileSync(resolve(dir, `${id}.md`), 'utf8');
    it(`${id}: has examples, or names the multi-file projects that are its examples`, () => {
      expect(page).toContain('## Examples');
      if (!page.includes('**Bad**')) expect(page).toContain(`[test-fixtures/${id}](../../test-fixtures/${id}/)`);
    });
    const rules = rule.meta.enabledByDefault ? {} : { [id]: rule.meta.severity };
    const badProject = projectExample(page, 'Bad');
    const goodProject = projectExample(page, 'Good');
    if (badProject && goodProject) {
      it(`${id}: the bad project, written out and linted as its command says, gives the findings the page lists`, () => {
        const own = lintProject(badProject, rules)
          .filter((line) => line.split(' ')[3] === id)
          .map((line) => line.split(' ').filter((_, i) => i !== 3).join(' '));
        expect(own.length).toBeGreaterThan(0);
        expect(own).toEqual(badProject.listed);
      });
      it(`${id}: the good project does not give the rule`, () => {
        expect(lintProject(goodProject, rules).filter((line) => line.split(' ')[3] === id)).toEqual([]);
      });
    }
    const bad = example(page, 'Bad');
    const good = example(page, 'Good');
    if (!bad || !good) continue;
    const lintWith = (text: string) => lint(text, { rules }).filter((d) => d.ruleId === id);
    it(`${id}: the bad example gives the findings the page lists`, () => {
      const found = lintWith(bad.text).map((d) => {
        const [where, severity, , ...message] = formatFinding(d).split(' ');
        return `${where!.split('-')[0]} ${severity} ${message.join(' ')}`;
      });
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(bad.listed);
    });
    it(`${id}: the good example does not give the rule`, () => {
      expect(lintWith(good.text)).toEqual([]);
    });
  }
});
