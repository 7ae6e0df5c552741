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

  describe('nested templates', () => {
    const parent = parseDocument(
      [
        'heat_template_version: 2021-04-16', // 0
        'resources:', // 1
        '  web:', // 2
        '    type: n.yaml', // 3
        '  grp:', // 4
        '    type: OS::Heat::ResourceGroup', // 5
        '    properties:', // 6
        '      resource_def: {type: My::N}', // 7
        '',
      ].join('\n'),
    );
    const nested = parseDocument('heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 8\n');
    const context = {
      templateUrl: 'file:///x/parent.yaml',
      templates: [{ url: 'file:///x/n.yaml', file: '/x/n.yaml', document: nested }],
      references: [
        { from: 'file:///x/parent.yaml', to: 'file:///x/n.yaml', value: 'n.yaml' },
        { from: 'file:///x/env.yaml', to: 'file:///x/n.yaml', value: 'My::N' },
      ],
      label: () => 'n.yaml',
    };
    const mapped = (message: string) =>
      heatErrorToDiagnostics(message, parent, { requestId: 'req-1', nested: context }).map((d) => [
        d.file,
        d.message,
        [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      ]);

    // The paths stack create (not /validate) writes, as Heat 19's preview answered.
    it('follows name<url> steps into the nested template', () => {
      expect(mapped('Property error: resources.web<file:///x/n.yaml>.resources.r.properties: Unknown Property lenght')).toEqual([
        [undefined, 'Heat (request req-1): the nested template n.yaml is invalid: Property error: resources.web<file:///x/n.yaml>.resources.r.properties: Unknown Property lenght.', [3, 10, 3, 16]],
        ['/x/n.yaml', 'Heat (request req-1): Property error: resources.web<file:///x/n.yaml>.resources.r.properties: Unknown Property lenght.', [5, 6, 5, 12]],
      ]);
      expect(mapped('Property error: resources.grp<nested_stack>.resources.0<file:///x/n.yaml>.resources.r.properties: Unknown Property lenght')).toEqual([
        [undefined, expect.stringContaining('the nested template n.yaml is invalid: '), [7, 27, 7, 32]],
        ['/x/n.yaml', expect.any(String), [5, 6, 5, 12]],
      ]);
    });

    it('finds what a pathless message names in the nested template, and leaves the parent first', () => {
      expect(mapped('The Resource Type (OS::Heat::RandomString) could not be found.')).toEqual([
        [undefined, expect.any(String), [3, 10, 3, 16]],
        ['/x/n.yaml', 'Heat (request req-1): The Resource Type (OS::Heat::RandomString) could not be found.', [3, 10, 3, 32]],
      ]);
      expect(mapped('The Resource Type (OS::Heat::ResourceGroup) could not be found.')).toEqual([[undefined, expect.any(String), [5, 10, 5, 33]]]);
      expect(mapped('Something else went wrong')).toEqual([[undefined, 'Heat (request req-1): Something else went wrong.', [0, 0, 0, 33]]]);
    });
  });

  it('points at what messages without a path name', () => {
    const d = parseDocument('heat_template_version: 2099-01-01\nparameters:\n  p: {type: strin}\nresources:\n  r:\n    type: OS::Heat::None\n    propertiez: {}\n');
    const where = (message: string) => {
      const { range, exact } = locateHeatError(message, d);
      return [range.start.line, range.start.character, range.end.line, range.end.character, exact];
    };
    expect(where('The template version is invalid: "heat_template_version: 2099-01-01". "heat_template_version" should be one of: 2013-05-23')).toEqual([0, 23, 0, 33, true]);
    expect(where('Invalid type (strin)')).toEqual([2, 12, 2, 17, true]);
    expect(where('"propertiez" is not a valid keyword inside a resource definition')).toEqual([6, 4, 6, 14, true]);
    expect(where('"%s" is not a valid keyword inside a propertiez definition')).toEqual([6, 4, 6, 14, true]);
    expect(where('Invalid type (number)')).toEqual([0, 0, 0, 33, false]);
  });
});
