import { describe, expect, it } from 'vitest';
import { parseDocument } from '@hot-lint/core';
import { heatErrorToDiagnostics, locateHeatError } from '../src/index.js';

const TEXT = [
  'heat_template_version: 2021-04-16', // 0
  'resources:', // 1
  '  server:', // 2
  '    type: OS::Nova::Server', // 3
  '    properties:', // 4
  '      flavor: m1.nope', // 5
  '      networks:', // 6
  '        - port: {get_resource: nope}', // 7
  '  my.res:', // 8
  '    type: OS::Heat::None', // 9
  '    depends_on: [server, ghost]', // 10
  '  monitor:', // 11
  '    type: OS::Octavia::HealthMonitor', // 12
  '    properties:', // 13
  '      delay: 3', // 14
  '      max_retries_down: 3', // 15
  'outputs:', // 16
  '  o:', // 17
  '    value: {get_attr: [server, nope]}', // 18
  '',
].join('\n');
const doc = parseDocument(TEXT);

const at = (message: string) => {
  const { range } = locateHeatError(message, doc);
  return [range.start.line, range.start.character, range.end.line, range.end.character];
};

describe('heatErrorToDiagnostics', () => {
  it('points at the value a property error names', () => {
    expect(at("Property error: resources.server.properties.flavor: Error validating value 'm1.nope'")).toEqual([5, 14, 5, 21]);
  });

  it('points at the key of an unknown property', () => {
    expect(at('resources.monitor.properties: Unknown Property max_retries_down')).toEqual([15, 6, 15, 22]);
    expect(at('Property error: resources.monitor.properties: Unknown Property max_retries_down')).toEqual([15, 6, 15, 22]);
  });

  it('points at a function key', () => {
    expect(at('outputs.o.value.get_attr: The Referenced Attribute (server nope) is incorrect.')).toEqual([18, 12, 18, 20]);
  });

  it('follows list indexes and names with dots', () => {
    expect(at('Property error: resources.server.properties.networks[0].port: bad')).toEqual([7, 10, 7, 14]);
    expect(at('resources.my.res: bad thing')).toEqual([8, 2, 8, 8]);
  });

  it('points at the bad reference', () => {
    expect(at('The specified reference "ghost" (in my.res) is incorrect.')).toEqual([10, 25, 10, 30]);
    expect(at('The specified reference "nope" (in server.Properties.networks) is incorrect.')).toEqual([7, 31, 7, 35]);
  });

  it('stops at the deepest part of the path the document has', () => {
    expect(at('resources.server.properties.image: missing')).toEqual([4, 4, 4, 14]);
    expect(at('resources.nested<file:///x/n.yaml>.resources.r: boom')).toEqual([1, 0, 1, 9]);
  });

  it('falls back to line 1', () => {
    expect(at('Invalid type (strin)')).toEqual([0, 0, 0, 33]);
    expect(heatErrorToDiagnostics('Template format version not found', doc, { requestId: 'req-1' })).toEqual([
      {
        ruleId: 'heat-remote',
        severity: 'error',
        message: 'Heat (request req-1): Template format version not found.',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 33 } },
      },
    ]);
  });

  it('works on an unreadable document', () => {
    const broken = parseDocument('resources: [\n');
    expect(heatErrorToDiagnostics('resources.r: x', broken)).toEqual([
      { ruleId: 'heat-remote', severity: 'error', message: 'Heat: resources.r: x.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } } },
    ]);
  });
});
