#!/usr/bin/env node
// Renders docs/rules/<id>.md and docs/rules/README.md from the rules' metadata (meta.docs is
// the source; these pages are generated, never edited by hand). Run after changing a rule:
//   npm run build && node scripts/rule-docs.mjs
// packages/core/test/rule-docs.test.ts fails when a committed page is out of date.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const AREA_TITLES = {
  syntax: 'Reading the file',
  template: 'Template version and sections',
  parameters: 'Parameters',
  references: 'References and dependencies',
  functions: 'Intrinsic functions',
  resources: 'Resources and properties',
  outputs: 'Outputs',
  project: 'Projects: nested templates and files',
  environment: 'Environment files',
  remote: "Heat's own verdict (--remote)",
};

/** The page of one rule. */
export function renderRuleDoc(meta) {
  const facts = [
    `- **Default severity:** ${meta.severity}${meta.enabledByDefault ? '' : ' (off by default; turn it on in `.hot-lint.yaml` or with `--all-rules`)'}`,
    `- **Area:** ${AREA_TITLES[meta.area] ?? meta.area}`,
  ];
  if (meta.stricterThanHeat) facts.push(`- **Stricter than Heat's validate:** ${meta.stricterThanHeat}`);
  return `# ${meta.id}\n\n${meta.description}\n\n${facts.join('\n')}\n\n${meta.docs.trim()}\n\nSuppress one finding with \`# hot-lint-disable-next-line ${meta.id}\`, or set \`${meta.id}: off\` under \`rules:\` in \`.hot-lint.yaml\`.\n`;
}

/** The index of every rule, grouped by area in the order hot-lint runs them. */
export function renderIndex(rules) {
  const lines = ['# hot-lint rules', '', 'Generated from the rules themselves (`node scripts/rule-docs.mjs`); `hot-lint --explain RULE` prints the same page.', ''];
  const areas = [...new Set(rules.map((r) => r.meta.area))];
  for (const area of areas) {
    lines.push(`## ${AREA_TITLES[area] ?? area}`, '', '| rule | severity | on by default | stricter than validate | what it finds |', '| --- | --- | --- | --- | --- |');
    for (const { meta } of rules.filter((r) => r.meta.area === area)) {
      lines.push(`| [${meta.id}](${meta.id}.md) | ${meta.severity} | ${meta.enabledByDefault ? 'yes' : 'no'} | ${meta.stricterThanHeat ? 'yes' : ''} | ${meta.description.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function renderAll(rules) {
  const pages = new Map([['README.md', renderIndex(rules)]]);
  for (const { meta } of rules) pages.set(`${meta.id}.md`, renderRuleDoc(meta));
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { allRules } = await import('../packages/core/dist/index.js');
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../docs/rules');
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir)) rmSync(join(dir, stale));
  for (const [name, text] of renderAll(allRules)) writeFileSync(join(dir, name), text);
  console.log(`docs/rules: ${allRules.length} rules`);
}
