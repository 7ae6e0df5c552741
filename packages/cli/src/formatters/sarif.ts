import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from '../report.js';
import { fingerprints, position, repositoryPath } from '../report.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning takes it: every rule's metadata, results with regions. */
export const format: Formatter = (report, context) => {
  const rules = context.rules.map((rule) => ({
    id: rule.meta.id,
    name: pascal(rule.meta.id),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    help: { text: rule.meta.docs, markdown: rule.meta.docs },
    ...helpUri(context.ruleUrl(rule.meta.id)),
    defaultConfiguration: { level: LEVELS[rule.meta.severity], enabled: rule.meta.enabledByDefault },
    properties: {
      tags: [rule.meta.area],
      heatCatches: rule.meta.heatCatches,
      ...(rule.meta.variants ? { variants: rule.meta.variants } : {}),
    },
  }));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = [];
  for (const file of report.files) {
    const location = artifactLocation(file.absolute, report.root);
    const prints = fingerprints(file, location.uri);
    for (const [i, d] of file.diagnostics.entries()) {
      const p = position(d);
      const ruleIndex = index.get(d.ruleId);
      results.push({
        ruleId: d.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVELS[d.severity],
        message: { text: d.message },
        ...(d.variant ? { properties: { variant: d.variant } } : {}),
        partialFingerprints: { 'hotLint/v1': prints[i]! },
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
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(report.root) } },
        columnKind: 'utf16CodeUnits',
        // A failure (Keystone refused the login, Heat could not be reached) is not a result: it says what was not checked.
        invocations: [
          {
            executionSuccessful: report.failures.length === 0,
            toolExecutionNotifications: report.failures.map((failure) => ({
              level: 'error',
              message: { text: failure.message },
              ...(failure.path === undefined
                ? {}
                : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(resolve(report.cwd, failure.path), report.root) } }] }),
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Relative to the repository's root (%SRCROOT%), as code scanning matches files; else a file URI. */
function artifactLocation(absolute: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = repositoryPath(absolute, root);
  if (rel !== null) return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(absolute).href };
}

function helpUri(url: string | null): { helpUri?: string } {
  return url ? { helpUri: url } : {};
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
