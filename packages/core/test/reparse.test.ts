import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildTemplate, isCleanParse, latestParseOf, lintDocument, lintTemplateFile, loadCatalog, MemoryFileLoader, parseDocument, ProjectSession, reparseEdit, resolveProject } from '../src/index.js';
import type { ProjectSnapshot, Template } from '../src/index.js';
import { random } from './random.js';

const catalog = loadCatalog();

function template(count: number): string {
  let text = `heat_template_version: 2018-08-31
description: >
  A template edited at random
parameters:
  count: {type: number, default: 2}
  image: {type: string, default: cirros}
  flavor:
    type: string
    constraints:
      - allowed_values: [m1.small, m1.large]
conditions:
  big: {equals: [{get_param: count}, 3]}
resources:
`;
  for (let i = 0; i < count; i++) {
    text += `  server_${i}:
    type: OS::Nova::Server
    depends_on: [port_${i}]
    properties:
      name: server-${i} # a comment
      image: { get_param: image }
      flavor: {get_param: flavor}
      networks:
        - port: { get_resource: port_${i} }
      user_data: |
        #!/bin/sh
        echo ${i}
      metadata:
        index: "${i}"
  port_${i}:
    type: OS::Neutron::Port
    properties:
      network: private
      fixed_ips:
        - subnet: private-subnet
`;
    if (i % 4 === 1) {
      text += `  group_${i}:
    type: OS::Heat::ResourceGroup
    condition: big
    properties:
      count: {get_param: count}
      resource_def:
        type: OS::Nova::Server
        properties:
          name: member-%index%
          flavr: {get_param: flavor}
  value_${i}:
    type: OS::Heat::Value
    properties:
      type: number
      value: {get_attr: [group_${i}, refs]}
  volume_${i}:
    type: OS::Cinder::Volume
    properties:
      sise: 1
      name: {get_param: missing}
      metadata: {str_replace: {template: x, params: {x: {get_file: data.txt}}}}
`;
    }
    if (i % 4 === 2) {
      text += `  nested_${i}:
    type: nested.yaml
    properties:
      size: 3
      label: {get_param: image}
`;
    }
  }
  return `${text}outputs:
  first:
    value: { get_attr: [server_0, networks] }
  second:
    value: {list_join: [',', {get_attr: [server_1, name]}]}
    condition: big
`;
}

/** The nested template of the `nested_*` resources: the project rules read it. */
const NESTED = `heat_template_version: 2018-08-31
parameters:
  size: {type: number}
  label: {type: string, default: x}
outputs:
  id:
    value: 1
`;

/** The nested template as changed on disk while the user edits: a parameter gone, an output added. */
const NESTED_CHANGES = [NESTED, NESTED.replace('  size: {type: number}\n', ''), `${NESTED}  extra:\n    value: 2\n`];

/** Every model field the rules read, with the ranges of its nodes (which tell a stale node from the live one). */
function modelShape(model: Template | null): unknown {
  if (!model) return null;
  const at = (node: { range?: unknown } | null | undefined) => node?.range ?? null;
  const where = (l: { section: string; owner: string; path: ReadonlyArray<string | number> }) => `${l.section}/${l.owner}/${l.path.join('/')}`;
  const entry = (e: { name: string; key: { range?: unknown }; value: { range?: unknown } | null; definition: unknown }) => [e.name, at(e.key), at(e.value), e.definition !== null];
  return {
    version: [model.versionValue, model.version?.version ?? null],
    sections: [...model.sections.keys()],
    parameters: [...model.parameters.values()].map((p) => [...entry(p), p.type]),
    resources: [...model.resources.values()].map((r) => [...entry(r), r.type, at(r.typeNode), at(r.properties), r.dependsOn.map((d) => [d.name, at(d.node)])]),
    outputs: [...model.outputs.values()].map(entry),
    conditions: [...model.conditions.values()].map(entry),
    calls: model.calls.map((c) => [where(c), c.name, at(c.key), at(c.map), at(c.args), c.conditionContext]),
    maps: model.maps.map((m) => [where(m), at(m.map), m.conditionContext]),
    strings: model.strings.map((v) => [where(v), v.value, at(v.node)]),
  };
}

/** What a project snapshot holds, file by file, as the rules read it. */
function snapshotShape(snapshot: ProjectSnapshot, base: string): unknown {
  return snapshot.files.map((file) => {
    const reference = snapshot.reference(base, file);
    return reference.kind === 'loaded' ? [file, reference.text, modelShape(reference.template)] : [file, reference.kind];
  });
}

/**
 * Edits of what the rules that keep their findings between texts (RuleMeta.scope 'model') read
 * inside a resource's properties: a call's argument, a call's name, a group member's type, a
 * nested template's property, a value of a resource whose values are read.
 */
const TARGETED: Array<[RegExp, string]> = [
  [/get_param: image/, 'get_param: imag'],
  [/get_param: imag\b/, 'get_param: image'],
  [/get_resource: port_(\d)/, 'get_resource: port_x$1'],
  [/get_resource: port_x(\d)/, 'get_resource: port_$1'],
  [/get_attr: \[group_(\d), refs\]/, 'get_attr: [group_$1, refz]'],
  [/\{get_param: flavor\}/, '{get_parm: flavor}'],
  [/\{get_parm: flavor\}/, '{get_param: flavor}'],
  [/type: OS::Nova::Server\n        properties/, 'type: OS::Nova::Servr\n        properties'],
  [/type: OS::Nova::Servr/, 'type: OS::Nova::Server'],
  [/      size: 3/, '      sizee: 3'],
  [/      sizee: 3/, '      size: 3'],
  [/count: \{get_param: count\}/, 'count: 0'],
  [/count: 0/, 'count: {get_param: count}'],
  [/get_file: data.txt/, 'get_file: nested.yaml'],
  [/name: server-(\d)/, 'name: {get_param: flavr}'],
  [/networks:\n/, 'networks:\n        - port: {get_resource: server_0}\n'],
  // What the project phase reads: a resource's type (to a nested template and back), get_file paths.
  [/  port_(\d):\n    type: OS::Neutron::Port/, '  port_$1:\n    type: nested.yaml'],
  [/  port_(\d):\n    type: nested.yaml/, '  port_$1:\n    type: OS::Neutron::Port'],
  [/  nested_(\d):\n    type: nested.yaml/, '  nested_$1:\n    type: other.yaml'],
  [/  nested_(\d):\n    type: other.yaml/, '  nested_$1:\n    type: nested.yaml'],
  [/index: "(\d)"/, 'index: {get_file: data.txt}'],
  [/index: \{get_file: data.txt\}/, 'index: "1"'],
  [/get_file: data.txt\}\}\}/, 'get_file: missing.txt}}}'],
  [/get_file: missing.txt\}\}\}/, 'get_file: data.txt}}}'],
  // What entry checks read outside the entries: a parameter's default, a condition (they decide which resources exist).
  [/count: \{type: number, default: 2\}/, 'count: {type: number, default: 3}'],
  [/count: \{type: number, default: 3\}/, 'count: {type: number, default: 2}'],
  [/big: \{equals: \[\{get_param: count\}, 3\]\}/, 'big: {equals: [{get_param: count}, 2]}'],
  [/big: \{equals: \[\{get_param: count\}, 2\]\}/, 'big: {equals: [{get_param: count}, 3]}'],
  // A rename: the whole text is parsed again, the project phase sees other names.
  [/  nested_(\d):/, '  nestex_$1:'],
  [/  nestex_(\d):/, '  nested_$1:'],
];

function targeted(text: string, next: () => number): string {
  const [pattern, replacement] = TARGETED[Math.floor(next() * TARGETED.length)]!;
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))];
  if (matches.length === 0) return text;
  const m = matches[Math.floor(next() * matches.length)]!;
  return text.slice(0, m.index) + m[0].replace(pattern, replacement) + text.slice(m.index! + m[0].length);
}

function outputsFirst(text: string): string {
  const resources = text.indexOf('\nresources:\n');
  const outputs = text.indexOf('\noutputs:\n');
  return text.slice(0, resources + 1) + text.slice(outputs + 1) + text.slice(resources + 1, outputs + 1);
}

/** Everything of a parsed tree that the rules and features read: kinds, values, ranges. */
function shape(node: unknown): unknown {
  if (isPair(node)) return ['pair', shape(node.key), shape(node.value)];
  if (isMap(node)) return ['map', node.flow ?? false, node.range, node.items.map(shape)];
  if (isSeq(node)) return ['seq', node.flow ?? false, node.range, node.items.map(shape)];
  if (isScalar(node)) return ['scalar', node.type, node.value, node.range];
  return node ?? null;
}

const INSERTS = ['a', 'x', '1', ' ', ':', '-', '{', '}', '[', ']', ',', '"', "'", '#', '\n', '\n      ', '\n  ', '\n    extra: 1', '\n  new_thing:\n    type: OS::Heat::None\n', 'server', 'get_param', '|'];

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const kind = next();
  if (kind < 0.45) return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
  // Retype a word in place: the edit most typing makes.
  const word = /[A-Za-z_]+/g;
  word.lastIndex = at;
  const m = word.exec(text);
  if (!m) return text;
  return text.slice(0, m.index) + m[0].split('').reverse().join('') + text.slice(m.index + m[0].length);
}

describe('reparseEdit', () => {
  it('gives what a full parse gives, and the same findings, after every edit of a long random edit script', () => {
    // As an editor drives it: a project session given each new text of the buffer.
    const next = random(20261130);
    const path = '/project/t.yaml';
    let text = template(8);
    const session = new ProjectSession(new MemoryFileLoader(new Map([[path, text]])), catalog);
    session.setText(path, text);
    session.document(path);
    const steps = 400;
    let clean = text;
    for (let step = 0; step < steps; step++) {
      // A typo that breaks the YAML is mostly fixed soon after, as a user would; now and then the whole text is replaced.
      text = step % 50 === 49 ? template(8 + (step % 3)) : next() < 0.6 && text !== clean ? clean : edit(text, next);
      session.setText(path, text);
      const current = session.document(path)!;
      const full = parseDocument(text);
      const context = `step ${step}`;
      expect(current.text, context).toBe(text);
      expect(shape(current.root), context).toEqual(shape(full.root));
      expect(current.problems, context).toEqual(full.problems);
      expect(current.positions.lineCount, context).toBe(full.positions.lineCount);
      // The mapper is made from the previous one: every line's start and end are a full parse's.
      for (let line = 0; line < full.positions.lineCount; line++) {
        const start = full.positions.offset({ line, character: 0 });
        if (current.positions.offset({ line, character: 0 }) !== start) expect(current.positions.offset({ line, character: 0 }), `${context} line ${line}`).toBe(start);
      }
      for (let at = 0; at <= text.length; at += 17) {
        const { line, character } = full.positions.position(at);
        const got = current.positions.position(at);
        if (got.line !== line || got.character !== character) expect(got, `${context} offset ${at}`).toEqual({ line, character });
      }
      // The model of a reparsed text is built from the last one of the same tree: it must be a fresh build's.
      expect(modelShape(session.template(path)), context).toEqual(modelShape(full.root ? buildTemplate(full, catalog) : null));
      expect(lintDocument(text, { catalog, document: current }).diagnostics, context).toEqual(lintDocument(text, { catalog, document: full }).diagnostics);
      if (full.problems.every((p) => p.ruleId !== 'yaml-syntax')) clean = text;
    }
    // Most edits land inside one resource, so most steps are incremental; structural ones are not.
    expect(session.stats.reparses).toBeGreaterThan(steps / 4);
    expect(session.stats.parses).toBeGreaterThan(steps / 10);
  }, 240_000);

  it('re-checks only the edited entry, with the findings of a full lint, after every edit of a long random edit script', () => {
    // As the language server drives it: a session that keeps each template's findings between texts.
    const next = random(17_2026);
    const path = '/project/t.yaml';
    let text = template(6);
    const files = new Map([[path, text], ['/project/nested.yaml', NESTED], ['/project/data.txt', 'data']]);
    const session = new ProjectSession(new MemoryFileLoader(files), catalog);
    session.keepFindings = true;
    const lints = session.incrementalLint(path)!;
    session.setText(path, text);
    const steps = 300;
    let clean = text;
    let nested = NESTED;
    for (let step = 0; step < steps; step++) {
      // Now and then the nested template changes on disk (the server's watcher hands the session its text).
      if (step % 23 === 22) {
        nested = NESTED_CHANGES[Math.floor(next() * NESTED_CHANGES.length)]!;
        session.setText('/project/nested.yaml', nested);
      }
      // Now and then a new text, once with the outputs before the resources.
      const choice = next();
      text =
        step % 100 === 99
          ? step === 199
            ? outputsFirst(template(7))
            : template(6 + (step % 3))
          : choice < 0.4 && text !== clean
            ? clean
            : choice < 0.7
              ? targeted(text, next)
              : edit(text, next);
      session.setText(path, text);
      const incremental = lintTemplateFile(session, path).diagnostics;
      const resolved = resolveProject(session, { template: session.template(path), path, environments: [], maxDepth: 5, catalog });
      const freshly = new ProjectSession(new MemoryFileLoader(new Map([[path, text], ['/project/nested.yaml', nested], ['/project/data.txt', 'data']])), catalog);
      const expected = resolveProject(freshly, { template: freshly.template(path), path, environments: [], maxDepth: 5, catalog });
      expect(snapshotShape(resolved, path), `step ${step}`).toEqual(snapshotShape(expected, path));
      const fresh = new ProjectSession(new MemoryFileLoader(new Map([[path, text], ['/project/nested.yaml', nested], ['/project/data.txt', 'data']])), catalog);
      const full = lintTemplateFile(fresh, path).diagnostics;
      expect(incremental, `step ${step}`).toEqual(full);
      if (parseDocument(text).problems.every((p) => p.ruleId !== 'yaml-syntax')) clean = text;
    }
    // Most edits stay inside one resource: most lints re-check one entry; edits of the structure check everything.
    expect(lints.stats.incremental).toBeGreaterThan(steps / 5);
    expect(lints.stats.full).toBeGreaterThan(steps / 20);
    // An edit of a literal value keeps the model-scoped rules' findings; one of what they read checks them again.
    expect(lints.stats.modelKept).toBeGreaterThan(steps / 20);
    expect(lints.stats.modelKept).toBeLessThan(lints.stats.incremental);
  }, 240_000);

  it('checks the model-scoped rules again when a file of the project changes, even after an edit of a literal value', () => {
    const path = '/project/t.yaml';
    const nested = '/project/nested.yaml';
    let text = template(3);
    const session = new ProjectSession(new MemoryFileLoader(new Map([[path, text], [nested, NESTED]])), catalog);
    session.keepFindings = true;
    session.setText(path, text);
    const before = lintTemplateFile(session, path).diagnostics!;
    const changed = NESTED.replace('  size: {type: number}\n', '');
    session.setText(nested, changed);
    text = text.replace('name: server-1 #', 'name: server-one #');
    session.setText(path, text);
    const after = lintTemplateFile(session, path).diagnostics!;
    const fresh = new ProjectSession(new MemoryFileLoader(new Map([[path, text], [nested, changed]])), catalog);
    expect(after).toEqual(lintTemplateFile(fresh, path).diagnostics);
    // The nested template no longer has the parameter the resource sets.
    const properties = (list: typeof before) => list.filter((d) => d.ruleId === 'nested-template-properties').length;
    expect(properties(after)).toBe(properties(before) + 1);
    // The same edit with the project unchanged keeps them.
    const kept = session.incrementalLint(path)!.stats.modelKept;
    session.setText(path, text.replace('name: server-one #', 'name: server-two #'));
    lintTemplateFile(session, path);
    expect(session.incrementalLint(path)!.stats.modelKept).toBe(kept + 1);
  });

  it('resolves the project again only when what it reads changed: a resource type or name, a get_file path, a file on disk', () => {
    const path = '/project/t.yaml';
    const nested = '/project/nested.yaml';
    const files = new Map([[path, template(3)], [nested, NESTED], ['/project/data.txt', 'data']]);
    const session = new ProjectSession(new MemoryFileLoader(files), catalog);
    session.keepFindings = true;
    const resolve = (text: string) => {
      session.setText(path, text);
      const snapshot = resolveProject(session, { template: session.template(path), path, environments: [], maxDepth: 5, catalog });
      const fresh = new ProjectSession(new MemoryFileLoader(new Map([...files, [path, text], [nested, session.file(nested).read.ok ? (session.file(nested).read as { text: string }).text : NESTED]])), catalog);
      expect(snapshotShape(snapshot, path)).toEqual(snapshotShape(resolveProject(fresh, { template: fresh.template(path), path, environments: [], maxDepth: 5, catalog }), path));
      return snapshot;
    };
    const text = template(3);
    const first = resolve(text);
    // A literal value: the same snapshot.
    expect(resolve(text.replace('name: server-1 #', 'name: server-one #'))).toBe(first);
    // A type that names another template, a resource renamed, a get_file added: resolved again.
    const typed = resolve(text.replace('  port_1:\n    type: OS::Neutron::Port', '  port_1:\n    type: other.yaml'));
    expect(typed).not.toBe(first);
    expect(typed.files).toContain('/project/other.yaml');
    const renamed = resolve(text.replace('  nested_2:', '  nestex_2:'));
    expect(renamed).not.toBe(typed);
    const added = resolve(text.replace('index: "0"', 'index: {get_file: added.txt}'));
    expect(added.files).toContain('/project/added.txt');
    const back = resolve(text);
    expect(back.files).not.toContain('/project/added.txt');
    expect(resolve(text.replace('name: server-1 #', 'name: server-one #'))).toBe(back);
    // The nested template changed on disk: its new model is the one the rules read.
    session.setText(nested, NESTED_CHANGES[1]!);
    const changed = resolve(text);
    expect(changed).not.toBe(back);
    const reference = changed.reference(path, 'nested.yaml');
    expect(reference.kind === 'loaded' && reference.template?.parameters.has('size')).toBe(false);
  });

  it('gives the model of a fresh build after an edit of an entry too large to splice in place', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `        - item-${i}`).join('\n');
    const text = `heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::Heat::None\n  big:\n    type: OS::Heat::Value\n    properties:\n      value:\n${items}\n  c:\n    type: OS::Heat::None\n    properties: {name: {get_param: x}}\n`;
    const first = parseDocument(text);
    buildTemplate(first, catalog);
    for (const edited of [text.replace('item-10\n', 'item-ten\n'), text.replace('item-10\n', 'item-ten\n').replace('        - item-20\n', '')]) {
      const reparsed = reparseEdit(latestParseOf(first), edited);
      expect(reparsed).not.toBeNull();
      expect(modelShape(buildTemplate(reparsed!, catalog))).toEqual(modelShape(buildTemplate(parseDocument(edited), catalog)));
    }
  });

  it('never reparses a document it spent, and leads whoever holds one to the document that replaced it', () => {
    // The language server's session and its document classifier both hold the last parse of a buffer.
    const text = template(2);
    const first = parseDocument(text);
    const edited = text.replace('name: server-1', 'name: server-one');
    const second = reparseEdit(first, edited)!;
    expect(second).not.toBeNull();
    expect(latestParseOf(first)).toBe(second);
    expect(latestParseOf(second)).toBe(second);
    expect(isCleanParse(first)).toBe(false);
    expect(reparseEdit(first, edited.replace('server-one', 'server-two'))).toBeNull();
    const third = reparseEdit(second, edited.replace('server-one', 'server-two'))!;
    expect(shape(third.root)).toEqual(shape(parseDocument(edited.replace('server-one', 'server-two')).root));
    expect(latestParseOf(first)).toBe(third);
  });

  it('keeps the duplicate keys of the entries it did not parse again, moved with them, and finds those of the new one', () => {
    const text = template(3)
      .replace('      name: server-0 # a comment\n', '      name: server-0 # a comment\n      name: again\n')
      .replace('      name: server-2 # a comment\n', '      name: server-2 # a comment\n      name: again\n')
      .replace('  port_2:\n', '  port_2:\n    type: OS::Heat::None\n');
    const edits = [
      text.replace('      image: { get_param: image }\n      flavor: {get_param: flavor}\n      networks:\n        - port: { get_resource: port_1 }', '      image: { get_param: image }\n      image: twice\n      flavor: {get_param: flavor}\n      networks:\n        - port: { get_resource: port_1 }'),
      text.replace('echo 1\n', 'echo 1\n        echo one\n        echo more\n'),
    ];
    for (const edited of edits) {
      const full = parseDocument(edited);
      expect(full.problems.filter((p) => p.ruleId === 'duplicate-key').length).toBeGreaterThanOrEqual(3);
      const reparsed = reparseEdit(parseDocument(text), edited);
      expect(reparsed).not.toBeNull();
      expect(reparsed!.problems).toEqual(full.problems);
    }
  });

  it('declines an edit that changes the structure: a key, a section, a new entry, an anchor', () => {
    const text = template(2);
    const previous = () => parseDocument(text);
    expect(reparseEdit(previous(), text.replace('server_1:', 'server_9:'))).toBeNull();
    expect(reparseEdit(previous(), text.replace('resources:', 'resourcez:'))).toBeNull();
    expect(reparseEdit(previous(), text.replace('  port_1:', '  extra:\n    type: OS::Heat::None\n  port_1:'))).toBeNull();
    expect(reparseEdit(previous(), text.replace('name: server-1', 'name: &n server-1'))).toBeNull();
    expect(reparseEdit(previous(), text)).toBeNull();
    const inside = reparseEdit(previous(), text.replace('name: server-1', 'name: server-one'));
    expect(inside).not.toBeNull();
    expect(shape(inside!.root)).toEqual(shape(parseDocument(text.replace('name: server-1', 'name: server-one')).root));
  });
});
