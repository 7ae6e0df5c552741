// The language service in process: a document, a caret (`‸`), the answer. Each construct the
// completion and hover routers know, and cases the line-regex completion got wrong.
import { describe, expect, test } from 'vitest';
import { createLanguageService } from '../src/index.js';
import type { Analysis } from '../src/index.js';
import { caret, range } from './caret.js';

const service = createLanguageService();

function open(marked: string, uri = 'file:///service/t.yaml'): { document: Analysis; position: { line: number; character: number } } {
  const { text, position } = caret(marked);
  const document = service.parseDocument(uri, text);
  if (!document) throw new Error('not a Heat document');
  return { document, position };
}

const labels = (marked: string) => {
  const { document, position } = open(marked);
  return service.doComplete(document, position).items.map((i) => i.label);
};
const hoverText = (marked: string) => {
  const { document, position } = open(marked);
  const hover = service.doHover(document, position);
  return hover ? (hover.contents as { value: string }).value : null;
};

const HEAD = 'heat_template_version: 2018-08-31\nparameters:\n  flavor:\n    type: string\n    description: The flavor.\n';
const RESOURCES = `${HEAD}resources:
  port:
    type: OS::Neutron::Port
    properties:
      network: private
  server:
    type: OS::Nova::Server
    properties:
      flavor: {get_param: flavor}
`;

describe('completion, one provider per construct', () => {
  test('top-level sections not yet written', () => {
    expect(labels(`${HEAD}‸`)).toEqual(['description', 'parameter_groups', 'resources', 'outputs', 'conditions']);
  });

  test("a parameter's keys", () => {
    expect(labels(`${HEAD}  image:\n    ‸`)).toContain('constraints');
  });

  test('property names of the resource type, required first, minus those written', () => {
    const items = labels(`${RESOURCES}      ‸`);
    expect(items).toContain('image');
    expect(items).not.toContain('flavor');
  });

  test('resource types', () => {
    expect(labels(`${RESOURCES}  other:\n    type: OS::Nova::Ser‸`)).toContain('OS::Nova::Server');
  });

  test('get_param: the parameters and pseudo parameters', () => {
    expect(labels(`${RESOURCES}      name: {get_param: ‸}`)).toEqual(['flavor', 'OS::project_id', 'OS::stack_id', 'OS::stack_name']);
  });

  test('get_resource and depends_on: the other resources', () => {
    expect(labels(`${RESOURCES}      networks:\n        - port: {get_resource: p‸}`)).toEqual(['port', 'server']);
    expect(labels(`${RESOURCES}    depends_on: [‸]`)).toEqual(['port']);
  });

  test("get_attr: the resource's attributes, in flow and block lists", () => {
    expect(labels(`${RESOURCES}outputs:\n  ip:\n    value: {get_attr: [port, fix‸]}`)).toContain('fixed_ips');
    expect(labels(`${RESOURCES}outputs:\n  ip:\n    value:\n      get_attr:\n        - port\n        - ‸`)).toContain('fixed_ips');
  });

  test('the token is replaced, quotes aside', () => {
    const { document, position } = open(`${RESOURCES}      name: {get_param: "fla‸"}`);
    expect(document.template).not.toBeNull();
    const item = service.doComplete(document, position).items[0]!;
    expect(item.textEdit).toEqual({ range: range(position.line, position.character - 3, position.line, position.character), newText: 'flavor' });
  });

  test('a key that merely ends in a function name is not that function (the line regex offered parameters)', () => {
    expect(labels(`${RESOURCES}    metadata:\n      target_get_param: ‸`)).toEqual([]);
    expect(labels(`${RESOURCES}    metadata:\n      my_get_resource: ‸`)).toEqual([]);
  });

  test('environment sections', () => {
    const { document, position } = open('parameters:\n  a: 1\n‸', 'file:///service/env.yaml');
    expect(document.kind).toBe('environment');
    expect(service.doComplete(document, position).items.map((i) => i.label)).toContain('resource_registry');
  });
});

describe('hover, one provider per construct', () => {
  test('a function name', () => {
    expect(hoverText(RESOURCES.replace('{get_param: flavor}', '{get_pa‸ram: flavor}'))).toMatch(/^\*\*get_param\*\*/);
  });

  test("get_param's parameter", () => {
    expect(hoverText(RESOURCES.replace('{get_param: flavor}', '{get_param: fla‸vor}'))).toBe('**parameter flavor**: string\n\nThe flavor.');
  });

  test("get_attr's resource and attribute", () => {
    const text = `${RESOURCES}outputs:\n  ip:\n    value: {get_attr: [po‸rt, fixed_ips]}\n`;
    expect(hoverText(text)).toBe('**resource port**: OS::Neutron::Port');
    expect(hoverText(text.replace('po‸rt, fixed_ips', 'port, fixed_i‸ps'))).toMatch(/^\*\*OS::Neutron::Port attribute fixed_ips\*\*: list/);
  });

  test('a resource type and a property name', () => {
    expect(hoverText(RESOURCES.replace('OS::Nova::Server', 'OS::Nova::Ser‸ver'))).toMatch(/OS::Nova::Server/);
    expect(hoverText(RESOURCES.replace('      network: private', '      netw‸ork: private'))).toMatch(/^\*\*network\*\*/);
  });

  test('nothing on a plain value', () => {
    expect(hoverText(RESOURCES.replace('network: private', 'network: priv‸ate'))).toBeNull();
  });
});

describe('navigation through the same facade', () => {
  test('definition and references of a parameter', () => {
    const { document, position } = open(RESOURCES.replace('{get_param: flavor}', '{get_param: fla‸vor}'));
    expect(service.findDefinition(document, position)).toEqual([{ uri: 'file:///service/t.yaml', range: range(2, 2, 2, 8) }]);
    expect(service.findReferences(document, position, false)).toEqual([{ uri: 'file:///service/t.yaml', range: range(13, 26, 13, 32) }]);
  });
});
