#!/usr/bin/env node
// Renders docs/rules/<id>.md and docs/rules/README.md from the rules' metadata (meta.docs is
// the source; these pages are generated, never edited by hand). Run after changing a rule:
//   npm run build && node scripts/rule-docs.mjs
// packages/core/test/rule-docs.test.ts fails when a committed page is out of date.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../test-fixtures');

/** Heat's documentation of what each area of rules checks. */
const HEAT_DOCS = {
  syntax: ['the HOT specification', 'https://docs.openstack.org/heat/latest/template_guide/hot_spec.html'],
  template: ['heat_template_version and the template sections', 'https://docs.openstack.org/heat/latest/template_guide/hot_spec.html#heat-template-version'],
  parameters: ['the parameters section', 'https://docs.openstack.org/heat/latest/template_guide/hot_spec.html#parameters-section'],
  references: ['the resources section (depends_on) and the intrinsic functions', 'https://docs.openstack.org/heat/latest/template_guide/hot_spec.html#resources-section'],
  functions: ['the intrinsic functions', 'https://docs.openstack.org/heat/latest/template_guide/hot_spec.html#intrinsic-functions'],
  resources: ['the resource types', 'https://docs.openstack.org/heat/latest/template_guide/openstack.html'],
  outputs: ['the outputs section', 'https://docs.openstack.org/heat/latest/template_guide/hot_spec.html#outputs-section'],
  project: ['template composition (nested templates, get_file)', 'https://docs.openstack.org/heat/latest/template_guide/composition.html'],
  environment: ['environments', 'https://docs.openstack.org/heat/latest/template_guide/environment.html'],
};

/**
 * A rule's examples, taken from its fixtures (test-fixtures/<id>/, whose findings the fixture
 * test checks exactly): the shortest bad case with its findings and the shortest good case.
 * Null for rules whose fixtures are multi-file projects.
 */
export function ruleExamples(id, fixtures = FIXTURES) {
  const dir = join(fixtures, id);
  if (!existsSync(dir) || existsSync(join(dir, 'cases.json'))) return null;
  const cases = readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((file) => {
      const expectedPath = join(dir, file.replace(/\.(ya?ml|json)$/, '.expected'));
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
      return { file, text: readFileSync(join(dir, file), 'utf8'), own: expected.filter((l) => l.split(' ')[2] === id) };
    });
  const shortest = (list) => list.filter((c) => c.text.trim() !== '').sort((a, b) => a.text.length - b.text.length)[0];
  const bad = shortest(cases.filter((c) => c.file.startsWith('bad')));
  const good = shortest(cases.filter((c) => c.file.startsWith('good')));
  if (!bad || !good) return null;
  return { bad, good };
}

/**
 * A multi-file rule's examples, from its fixture projects (test-fixtures/<id>/cases.json, whose
 * findings project-fixtures.test.ts checks exactly): the smallest bad case that reports the
 * rule, with its findings, and the smallest good case. Each case shows the files linted together
 * and those they name (nested templates, get_file targets). Null without such fixtures.
 */
export function projectExamples(id, fixtures = FIXTURES) {
  const dir = join(fixtures, id);
  if (!existsSync(join(dir, 'cases.json'))) return null;
  const all = listFiles(dir).filter((f) => f !== 'cases.json' && !f.endsWith('.expected'));
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')).map((c) => {
    const expectedPath = join(dir, `${c.name}.expected`);
    const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
    const linted = [...(c.template ? [c.template] : []), ...(c.environments ?? [])];
    const files = namedFiles(dir, linted, all).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
    return { ...c, dir, files, own: expected.filter((l) => l.split(' ')[3] === id), size: files.reduce((n, f) => n + f.text.length, 0) };
  });
  const smallest = (list) => list.sort((a, b) => a.size - b.size)[0];
  const bad = smallest(cases.filter((c) => c.name.startsWith('bad') && c.own.length > 0));
  const good = smallest(cases.filter((c) => c.name.startsWith('good')));
  if (!bad || !good) return null;
  return { project: true, bad, good };
}

function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

/** The files linted, then every file of the project that one of the shown files names. */
function namedFiles(dir, linted, all) {
  const shown = [...linted];
  for (let i = 0; i < shown.length; i++) {
    const text = readFileSync(join(dir, shown[i]), 'utf8');
    for (const file of all) if (!shown.includes(file) && text.includes(file)) shown.push(file);
  }
  return shown;
}

/** The command that lints a case as a user would. */
function commandOf(c) {
  const environments = c.environments ?? [];
  if (!c.template) return `hot-lint ${environments.join(' ')}`;
  return ['hot-lint', ...environments.map((e) => `-e ${e}`), c.template].join(' ');
}

/**
 * Lints one fixture case with the given options (rules, heatRelease) as project-fixtures.test.ts
 * does; `core` is the core module (its ProjectSession, loader and lint functions).
 */
export function lintProjectCase(core, c, options = {}) {
  const catalog = core.loadCatalog(options.heatRelease ? { heatRelease: options.heatRelease } : {});
  const session = new core.ProjectSession(new core.NodeFileLoader(c.dir), catalog);
  const environments = (c.environments ?? []).map((e) => join(c.dir, e));
  const template = c.template ? join(c.dir, c.template) : null;
  const rules = options.rules ?? {};
  const results = [
    ...(template ? [core.lintTemplateFile(session, template, { environments, rules })] : []),
    ...environments.map((env) => core.lintEnvironmentFile(session, env, { environments, rules, ...(template ? { templatePath: template } : {}) })),
  ];
  return results.flatMap((r) => r.diagnostics ?? []);
}

function fence(file, text) {
  const language = file.endsWith('.json') ? 'json' : 'yaml';
  return `\`\`\`${language}\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\``;
}

function renderProjectExamples(meta, { bad, good }) {
  const lines = [
    '## Examples',
    '',
    `This rule looks at several files together. Each example is a small project, linted with the command shown; the projects in [test-fixtures/${meta.id}](../../test-fixtures/${meta.id}/) are all its cases (\`cases.json\` says which files are linted together, \`<case>.expected\` what each gives).`,
    '',
  ];
  const files = (c) => c.files.flatMap(({ file, text }) => [`\`${file}\`:`, '', fence(file, text), '']);
  lines.push(`**Bad project** (case \`${bad.name}\`): \`${commandOf(bad)}\` reports:`, '');
  for (const finding of bad.own) {
    const [file, where, severity, , ...message] = finding.split(' ');
    lines.push(`    ${file} ${where.split('-')[0]}  ${severity}  ${message.join(' ')}`);
  }
  lines.push('', ...files(bad));
  lines.push(`**Good project** (case \`${good.name}\`): \`${commandOf(good)}\` gives no \`${meta.id}\` finding:`, '', ...files(good));
  return lines.join('\n').trimEnd();
}

function renderExamples(meta, examples) {
  if (examples?.project) return renderProjectExamples(meta, examples);
  const lines = ['## Examples', ''];
  if (!examples) {
    lines.push(`This rule looks at several files together: its examples are the projects in [test-fixtures/${meta.id}](../../test-fixtures/${meta.id}/) (\`cases.json\` says which files are linted together and what each gives).`);
    return lines.join('\n');
  }
  const { bad, good } = examples;
  lines.push(`**Bad** ([test-fixtures/${meta.id}/${bad.file}](../../test-fixtures/${meta.id}/${bad.file})), reported as:`, '');
  for (const finding of bad.own) {
    const [where, severity, , ...message] = finding.split(' ');
    lines.push(`    ${where.split('-')[0]}  ${severity}  ${message.join(' ')}`);
  }
  lines.push('', fence(bad.file, bad.text), '');
  lines.push(`**Good** ([test-fixtures/${meta.id}/${good.file}](../../test-fixtures/${meta.id}/${good.file})), no \`${meta.id}\` finding:`, '', fence(good.file, good.text));
  return lines.join('\n');
}

/** When Heat catches a mistake (meta.heatCatches), as the docs say it. */
export const HEAT_CATCHES = {
  validate: "at validate: `openstack orchestration template validate` rejects it",
  create: 'at stack create at the latest: validate does not reject every case, and the stack fails',
  'output-show': 'only at `openstack stack output show`: the stack completes and the output carries the error',
  never: 'never: nothing fails; Heat does something other than meant, or it is only worth knowing',
};

/** The rule's findings that have their own default severity, and how to configure each. */
function renderVariants(meta) {
  const variants = Object.entries(meta.variants ?? {});
  if (variants.length === 0) return '';
  const [first] = variants[0];
  const lines = [
    '## Variants',
    '',
    `Some findings of this rule have their own default severity. \`${meta.id}\` under \`rules:\` in \`.hot-lint.yaml\` sets all of them; \`${meta.id}/<variant>\` sets one (e.g. \`${meta.id}/${first}: error\`), and wins over the rule's setting.`,
    '',
    '| finding | default severity | Heat catches it | when |',
    '| --- | --- | --- | --- |',
    `| \`${meta.id}\` | ${meta.severity} | ${meta.heatCatches} | every other finding of the rule |`,
  ];
  for (const [id, variant] of variants) {
    lines.push(`| \`${meta.id}/${id}\` | ${variant.severity} | ${variant.heatCatches} | ${variant.description.replace(/\|/g, '\\|')} |`);
  }
  return `${lines.join('\n')}\n\n`;
}

/**
 * The first Heat release from which the rule reports its bad example in every later release too:
 * the example linted against each release's generated catalog (oldest first). `versionBound` when
 * the release before it does not know the example's heat_template_version, so the example cannot
 * say whether older releases check it. A project example (projectExamples) is linted with
 * `core`'s project functions. Null without an example, or when the newest release does not
 * report it.
 */
export function firstReleaseReporting(meta, examples, lint, releases, core = null) {
  if (!examples || (examples.project && !core)) return null;
  const findings = releases.map((release) => {
    const options = { heatRelease: release.version, rules: { [meta.id]: meta.severity } };
    return examples.project ? lintProjectCase(core, examples.bad, options) : lint(examples.bad.text, options);
  });
  let first = releases.length;
  while (first > 0 && findings[first - 1].some((d) => d.ruleId === meta.id)) first--;
  if (first === releases.length) return null;
  const versionBound = first > 0 && findings[first - 1].some((d) => d.ruleId === 'template-version');
  return { release: releases[first], versionBound };
}

function releaseFact({ release, versionBound }, releases) {
  const name = (r) => `Heat ${r.major} (${r.series.replace(/^[a-z]/, (c) => c.toUpperCase())})`;
  const how = 'its bad example below, linted against the generated catalog of each release';
  if (release === releases[0]) return `- **Heat releases:** every supported release, from ${name(release)} on (${how})`;
  if (versionBound) {
    return `- **Heat releases:** reported from ${name(release)} on, the first release that knows the example's \`heat_template_version\`; the example cannot show older releases (${how})`;
  }
  return `- **Heat releases:** from ${name(release)} on; older releases do not report it (${how})`;
}

/** The page of one rule; `since` is firstReleaseReporting's answer. */
export function renderRuleDoc(meta, examples = ruleExamples(meta.id), since = null, releases = []) {
  const facts = [
    `- **Default severity:** ${meta.severity}${meta.enabledByDefault ? '' : ' (off by default; turn it on in `.hot-lint.yaml` or with `--all-rules`)'}`,
    `- **Area:** ${AREA_TITLES[meta.area] ?? meta.area}`,
  ];
  facts.push(`- **Heat catches it:** ${HEAT_CATCHES[meta.heatCatches] ?? meta.heatCatches}${meta.variants ? ' (its variants below say their own)' : ''}`);
  if (since) facts.push(releaseFact(since, releases));
  if (meta.stricterThanHeat) facts.push(`- **Stricter than Heat's validate:** ${meta.stricterThanHeat}`);
  const heat = HEAT_DOCS[meta.area];
  if (heat) facts.push(`- **Heat's documentation:** [${heat[0]}](${heat[1]})`);
  return `# ${meta.id}\n\n${meta.description}\n\n${facts.join('\n')}\n\n${meta.docs.trim()}\n\n${renderVariants(meta)}${renderExamples(meta, examples)}\n\nSuppress one finding with \`# hot-lint-disable-next-line ${meta.id}\`, or set \`${meta.id}: off\` under \`rules:\` in \`.hot-lint.yaml\`.\n`;
}

/** The index of every rule, grouped by area in the order hot-lint runs them. */
export function renderIndex(rules) {
  const lines = ['# hot-lint rules', '', "Generated from the rules themselves and their fixtures (`node scripts/rule-docs.mjs`); `hot-lint --explain RULE` prints a rule's text without the examples.", ''];
  const areas = [...new Set(rules.map((r) => r.meta.area))];
  for (const area of areas) {
    lines.push(`## ${AREA_TITLES[area] ?? area}`, '', '| rule | severity | on by default | Heat catches it | stricter than validate | what it finds |', '| --- | --- | --- | --- | --- | --- |');
    for (const { meta } of rules.filter((r) => r.meta.area === area)) {
      const variants = Object.entries(meta.variants ?? {}).map(([id, v]) => `${id}: ${v.severity}`);
      const severity = variants.length ? `${meta.severity} (${variants.join(', ')})` : meta.severity;
      lines.push(`| [${meta.id}](${meta.id}.md) | ${severity} | ${meta.enabledByDefault ? 'yes' : 'no'} | ${meta.heatCatches} | ${meta.stricterThanHeat ? 'yes' : ''} | ${meta.description.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Every page; `lint`, `releases` (HEAT_RELEASES, oldest first) and `core` (for the multi-file
 * examples) from the core the rules come from.
 */
export function renderAll(rules, lint, releases, core = null) {
  const pages = new Map([['README.md', renderIndex(rules)]]);
  for (const { meta } of rules) {
    const examples = ruleExamples(meta.id) ?? projectExamples(meta.id);
    pages.set(`${meta.id}.md`, renderRuleDoc(meta, examples, firstReleaseReporting(meta, examples, lint, releases, core), releases));
  }
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const core = await import('../packages/core/dist/index.js');
  const { allRules, lint, HEAT_RELEASES } = core;
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../docs/rules');
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir)) rmSync(join(dir, stale));
  for (const [name, text] of renderAll(allRules, lint, HEAT_RELEASES, core)) writeFileSync(join(dir, name), text);
  console.log(`docs/rules: ${allRules.length} rules`);
}
