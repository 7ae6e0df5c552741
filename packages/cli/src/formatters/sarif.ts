import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from '../report.js';
import { position } from '../report.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning takes it: every rule's metadata, results with regions. */
export const format: Formatter = (report, context) => {
  const rules = context.rules.map((rule) => ({
    id: rule.meta.id,
    name: pascal(rule.meta.id),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    help: { text: rule.meta.docs, markdown: rule.meta.docs },
    ...(context.repositoryUrl ? { helpUri: `${context.repositoryUrl}/blob/main/docs/rules/${rule.meta.id}.md` } : {}),
    defaultConfiguration: { level: LEVELS[rule.meta.severity], enabled: rule.meta.enabledByDefault },
    properties: { tags: [rule.meta.area] },
  }));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = [];
  for (const file of report.files) {
    const location = artifactLocation(file.absolute, report.cwd);
    for (const d of file.diagnostics) {
      const p = position(d);
      const ruleIndex = index.get(d.ruleId);
      results.push({
        ruleId: d.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVELS[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          },
        ],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hot-lint',
            version: context.version,
            semanticVersion: context.version,
            ...(context.repositoryUrl ? { informationUri: context.repositoryUrl } : {}),
            properties: { heatRelease: context.heatRelease, heatVersion: context.heatVersion },
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function artifactLocation(absolute: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, absolute);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
