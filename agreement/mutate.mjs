// Seeded mutation generator: from a template Heat accepts, derive invalid variants, one
// mistake each, edited at the YAML node level (so every mutant is valid YAML).
//
// `core` is @hot-lint/core (the built dist for `npm run agreement`, the sources under vitest):
// only parseDocument, buildTemplate and loadCatalog are used.

/** mulberry32: small, fast, good enough, and the same on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to derive per-template seeds. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const pick = (rng, list) => list[Math.floor(rng() * list.length)];

export function shuffle(rng, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A misspelling of `word` (swap, drop, double or replace a letter) that is none of `avoid`. */
export function typo(rng, word, avoid = new Set()) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let attempt = 0; attempt < 40; attempt++) {
    const w = [...word];
    const op = Math.floor(rng() * 4);
    const i = Math.floor(rng() * w.length);
    if (op === 0 && w.length > 1) {
      const j = Math.min(i, w.length - 2);
      [w[j], w[j + 1]] = [w[j + 1], w[j]];
    } else if (op === 1 && w.length > 2) w.splice(i, 1);
    else if (op === 2) w.splice(i, 0, w[i]);
    else w[i] = letters[Math.floor(rng() * letters.length)];
    const out = w.join('');
    if (out && out !== word && !avoid.has(out) && /\S/.test(out)) return out;
  }
  return `${word}_x`;
}

export const KINDS = [
  'property-misspelled',
  'function-misspelled',
  'get-param-misspelled',
  'resource-ref-misspelled',
  'attribute-misspelled',
  'property-wrong-type',
  'required-property-missing',
  'section-removed',
  'version-bad',
  'resource-deleted',
  'dependency-cycle',
  'function-too-new',
  'condition-false-reference',
  'condition-definition-bad',
  'output-args-late',
  'unused-condition-param',
  'update-policy-misspelled',
  'param-type-flow',
  'yaql-expression',
  'snapshot-nested',
  'heat-value-mismatch',
  'group-member-attribute',
  'value-flow-inferred',
];

const isMap = (n) => n && n.constructor && n.constructor.name === 'YAMLMap';
const isSeq = (n) => n && n.constructor && n.constructor.name === 'YAMLSeq';
const isScalar = (n) => n && n.constructor && n.constructor.name === 'Scalar';
const str = (n) => (isScalar(n) && typeof n.value === 'string' ? n.value : isScalar(n) && n.value != null ? String(n.value) : null);
const locPath = (loc) => [loc.section, loc.owner, ...loc.path];

/** Candidates of one kind in a freshly parsed template: closures that apply the edit. */
function candidates(kind, t, catalog, rng) {
  const out = [];
  const resourceNames = new Set(t.resources.keys());
  const paramNames = new Set([...t.parameters.keys(), 'OS::stack_name', 'OS::stack_id', 'OS::project_id']);
  const typeOf = (r) => (r.type ? catalog.resourceType(r.type) : undefined);
  const inBody = t.calls.filter((c) => !c.conditionContext);
  const versionSpec = t.version;
  switch (kind) {
    case 'property-misspelled':
      for (const r of t.resources.values()) {
        const schema = typeOf(r);
        if (!schema || !isMap(r.properties)) continue;
        for (const pair of r.properties.items) {
          const name = str(pair.key);
          if (!name || !(name in schema.properties)) continue;
          out.push(() => {
            const to = typo(rng, name, new Set(Object.keys(schema.properties)));
            pair.key.value = to;
            return { path: ['resources', r.name, 'properties', to], detail: `${name} -> ${to}` };
          });
        }
      }
      break;
    case 'function-misspelled':
      for (const c of inBody) {
        if (!versionSpec || versionSpec.functions[c.name] !== 'supported') continue;
        out.push(() => {
          const to = typo(rng, c.name, catalog.allFunctionNames);
          c.key.value = to;
          return { path: [...locPath(c), to], detail: `${c.name} -> ${to}` };
        });
      }
      break;
    case 'get-param-misspelled':
      for (const c of inBody) {
        if (c.name !== 'get_param') continue;
        const node = isSeq(c.args) ? c.args.items[0] : c.args;
        const name = str(node);
        if (!name || !t.parameters.has(name)) continue;
        out.push(() => {
          const to = typo(rng, name, paramNames);
          node.value = to;
          return { path: [...locPath(c), 'get_param'], detail: `${name} -> ${to}` };
        });
      }
      break;
    case 'resource-ref-misspelled':
      for (const c of inBody) {
        if (c.name !== 'get_resource' && c.name !== 'get_attr') continue;
        const node = isSeq(c.args) ? c.args.items[0] : c.args;
        const name = str(node);
        if (!name || !resourceNames.has(name)) continue;
        out.push(() => {
          const to = typo(rng, name, resourceNames);
          node.value = to;
          return { path: [...locPath(c), c.name], detail: `${c.name} ${name} -> ${to}` };
        });
      }
      break;
    case 'attribute-misspelled':
      for (const c of inBody) {
        if (c.name !== 'get_attr' || !isSeq(c.args) || c.args.items.length < 2) continue;
        const r = t.resources.get(str(c.args.items[0]) ?? '');
        const schema = r && typeOf(r);
        const node = c.args.items[1];
        const attr = str(node);
        if (!schema || !attr || !(attr in schema.attributes)) continue;
        out.push(() => {
          const to = typo(rng, attr, new Set([...Object.keys(schema.attributes), 'show']));
          node.value = to;
          return { path: [...locPath(c), 'get_attr'], detail: `${r.name}.${attr} -> ${to}` };
        });
      }
      break;
    case 'property-wrong-type':
      for (const r of t.resources.values()) {
        const schema = typeOf(r);
        if (!schema || !isMap(r.properties)) continue;
        for (const pair of r.properties.items) {
          const name = str(pair.key);
          const prop = name ? schema.properties[name] : undefined;
          if (!prop) continue;
          const type = prop.type;
          if (!['string', 'integer', 'number', 'boolean', 'list', 'map'].includes(type)) continue;
          out.push(() => {
            let value;
            if (type === 'list') value = t.yaml.createNode('not-a-list');
            else if (type === 'map') value = t.yaml.createNode(['not', 'a', 'map']);
            else value = t.yaml.createNode(['a', 'list']); // string, integer, number, boolean
            if (isSeq(value)) value.flow = true;
            pair.value = value;
            return { path: ['resources', r.name, 'properties', name], detail: `${name} (${type}) given ${isSeq(value) ? 'a list' : 'a string'}` };
          });
        }
      }
      break;
    case 'required-property-missing':
      for (const r of t.resources.values()) {
        const schema = typeOf(r);
        if (!schema || !isMap(r.properties)) continue;
        r.properties.items.forEach((pair, index) => {
          const name = str(pair.key);
          if (!name || !schema.properties[name]?.required) return;
          out.push(() => {
            r.properties.items.splice(index, 1);
            return { path: ['resources', r.name, 'properties'], detail: `removed required ${name}` };
          });
        });
      }
      break;
    case 'section-removed': {
      const used = inBody.some((c) => c.name === 'get_param' && t.parameters.has(str(isSeq(c.args) ? c.args.items[0] : c.args) ?? ''));
      if (used && t.sections.has('parameters')) {
        out.push(() => {
          t.root.items = t.root.items.filter((p) => str(p.key) !== 'parameters');
          return { path: ['parameters'], detail: 'removed parameters section (get_param used)' };
        });
      }
      break;
    }
    case 'version-bad':
      if (t.versionPair && isScalar(t.versionPair.value)) {
        out.push(() => {
          const from = String(t.versionPair.value.value);
          const to = pick(rng, ['2013-05-24', '2016-14-04', 'queen', '2099-01-01', typo(rng, from, new Set(catalog.versionNames()))]);
          t.versionPair.value.value = to;
          return { path: ['heat_template_version'], detail: `${from} -> ${to}` };
        });
      }
      break;
    case 'resource-deleted': {
      const referenced = new Set();
      for (const c of inBody) {
        if (c.name !== 'get_resource' && c.name !== 'get_attr') continue;
        const name = str(isSeq(c.args) ? c.args.items[0] : c.args);
        if (name && resourceNames.has(name) && !(c.section === 'resources' && c.owner === name)) referenced.add(name);
      }
      for (const r of t.resources.values()) for (const d of r.dependsOn) if (resourceNames.has(d.name)) referenced.add(d.name);
      const section = t.sections.get('resources')?.value;
      for (const name of referenced) {
        out.push(() => {
          section.items = section.items.filter((p) => str(p.key) !== name);
          return { path: ['resources'], detail: `deleted referenced resource ${name}` };
        });
      }
      break;
    }
    case 'dependency-cycle': {
      const edges = new Set();
      for (const c of inBody) {
        if (c.section !== 'resources' || (c.name !== 'get_resource' && c.name !== 'get_attr')) continue;
        const to = str(isSeq(c.args) ? c.args.items[0] : c.args);
        if (to && resourceNames.has(to) && to !== c.owner) edges.add(`${c.owner}\u0000${to}`);
      }
      for (const r of t.resources.values()) for (const d of r.dependsOn) if (resourceNames.has(d.name) && d.name !== r.name) edges.add(`${r.name}\u0000${d.name}`);
      for (const edge of [...edges].sort()) {
        const [from, to] = edge.split('\u0000');
        const target = t.resources.get(to);
        if (!isMap(target.definition)) continue;
        out.push(() => {
          const def = target.definition;
          const existing = def.items.find((p) => str(p.key) === 'depends_on');
          if (existing && isSeq(existing.value)) existing.value.items.push(t.yaml.createNode(from));
          else if (existing) existing.value = t.yaml.createNode([str(existing.value), from].filter(Boolean));
          else def.items.push(t.yaml.createPair('depends_on', from));
          return { path: ['resources', to, 'depends_on'], detail: `${to} depends_on ${from}, which depends on ${to}` };
        });
      }
      break;
    }
    case 'function-too-new': {
      if (!t.versionPair || !isScalar(t.versionPair.value)) break;
      for (const c of inBody) {
        const first = catalog.firstVersionWith(c.name);
        if (!first) continue;
        const older = catalog.versions.filter((v) => v.version < first.version && v.functions[c.name] !== 'supported');
        const target = older[older.length - 1];
        if (!target) continue;
        out.push(() => {
          const from = String(t.versionPair.value.value);
          t.versionPair.value.value = target.version;
          return { path: [...locPath(c), c.name], detail: `${c.name} needs ${first.version}; version ${from} -> ${target.version}` };
        });
      }
      break;
    }
    case 'condition-false-reference': {
      // A referenced resource gets a condition that is false with the defaults.
      if (!versionSpec?.resource_keys?.includes('condition') || !versionSpec.condition_functions.includes('equals')) break;
      const referenced = new Set();
      for (const c of inBody) {
        if (c.name !== 'get_resource' && c.name !== 'get_attr') continue;
        if (c.section !== 'resources' && c.section !== 'outputs') continue;
        if (c.path.includes('if') || c.path.includes('condition')) continue;
        const owner = c.section === 'resources' ? t.resources.get(c.owner) : t.outputs.get(c.owner);
        if (!owner || owner.definition?.items.some((p) => str(p.key) === 'condition')) continue;
        const name = str(isSeq(c.args) ? c.args.items[0] : c.args);
        if (name && resourceNames.has(name) && !(c.section === 'resources' && c.owner === name)) referenced.add(name);
      }
      for (const name of [...referenced].sort()) {
        const target = t.resources.get(name);
        if (!isMap(target.definition) || target.definition.items.some((p) => str(p.key) === 'condition')) continue;
        out.push(() => {
          addCondition(t, 'mutant_off', t.yaml.createNode({ equals: ['on', 'off'] }));
          target.definition.items.push(t.yaml.createPair('condition', 'mutant_off'));
          return { path: ['resources', name, 'condition'], detail: `${name} gets condition mutant_off (false), still referenced` };
        });
      }
      break;
    }
    case 'condition-definition-bad': {
      if (!versionSpec || versionSpec.condition_functions.length === 0) break;
      const existing = [...t.conditions.keys()];
      const bad = [['the string "true"', 'true', true], ['a number', 1], ['a list', ['x']], ['null', null]];
      if (existing.length) bad.push([`the name of condition ${existing[0]}`, existing[0]]);
      for (const [label, value, quoted] of bad) {
        out.push(() => {
          const node = t.yaml.createNode(value);
          if (quoted) node.type = 'QUOTE_DOUBLE';
          addCondition(t, 'mutant_bad', node);
          return { path: ['conditions', 'mutant_bad'], detail: `condition defined as ${label}` };
        });
      }
      break;
    }
    case 'output-args-late': {
      // Shapes Heat checks only when it evaluates the output: validate and create accept.
      if (!versionSpec || versionSpec.functions.list_join !== 'supported') break;
      const shapes = [{ list_join: [',', 'not-a-list'] }];
      if (versionSpec.functions.map_merge === 'supported') shapes.push({ map_merge: ['not-a-map', { a: 'b' }] });
      if (versionSpec.functions.str_split === 'supported') shapes.push({ str_split: [','] });
      for (const value of shapes) {
        out.push(() => {
          addSectionEntry(t, 'outputs', 'mutant_out', t.yaml.createNode({ value }));
          return { path: ['outputs', 'mutant_out'], detail: `output ${Object.keys(value)[0]} with a shape Heat checks only at output show` };
        });
      }
      break;
    }
    case 'update-policy-misspelled': {
      // An update_policy key the type does not take (a typo of one it takes, or any key).
      const known = { 'OS::Heat::ResourceGroup': ['rolling_update', 'batch_create'], 'OS::Heat::SoftwareDeploymentGroup': ['rolling_update'] };
      for (const r of t.resources.values()) {
        if (!r.type || !isMap(r.definition) || !typeOf(r)) continue;
        if (r.definition.items.some((p) => str(p.key) === 'update_policy')) continue;
        out.push(() => {
          const keys = known[r.type];
          const key = keys ? typo(rng, pick(rng, keys), new Set(keys)) : pick(rng, ['rolling_update', 'max_batch_size']);
          r.definition.items.push(t.yaml.createPair('update_policy', { [key]: {} }));
          return { path: ['resources', r.name, 'update_policy'], detail: `update_policy key ${key} on ${r.type}` };
        });
      }
      break;
    }
    case 'param-type-flow': {
      // A string property gets a comma_delimited_list parameter: validate accepts, create fails.
      for (const r of t.resources.values()) {
        const schema = typeOf(r);
        if (!schema || !isMap(r.properties)) continue;
        for (const pair of r.properties.items) {
          const name = str(pair.key);
          if (!name || schema.properties[name]?.type !== 'string') continue;
          out.push(() => {
            addSectionEntry(t, 'parameters', 'mutant_list', t.yaml.createNode({ type: 'comma_delimited_list', default: 'a,b' }));
            pair.value = t.yaml.createNode({ get_param: 'mutant_list' });
            return { path: ['resources', r.name, 'properties', name], detail: `${name} (string) <- comma_delimited_list parameter` };
          });
        }
      }
      break;
    }
    case 'yaql-expression': {
      // An output with a yaql expression: broken ones validate rejects, sound ones it accepts.
      if (!versionSpec || versionSpec.functions.yaql !== 'supported') break;
      const expressions = [
        '$.data.list.where($ > 1',
        '$.data.list.select($.name).',
        "$.data.list.where($ != 'a)",
        '[1, 2,]',
        '$.data.list.where($.x = 1).select([$.a, $.b]).first()',
        "let(n => len($.data.list)) -> $n * 2",
      ];
      for (const expression of expressions) {
        out.push(() => {
          addSectionEntry(t, 'outputs', 'mutant_yaql', t.yaml.createNode({ value: { yaql: { expression, data: { list: [1, 2] } } } }));
          return { path: ['outputs', 'mutant_yaql'], detail: `yaql expression ${expression}` };
        });
      }
      break;
    }
    case 'snapshot-nested': {
      // A resource whose type is a nested template (its file given to Heat) with deletion_policy Snapshot.
      if (!versionSpec?.deletion_policies?.includes('Snapshot') || !str(t.root.items.find((p) => str(p.key) === 'heat_template_version')?.value)) break;
      for (const policy of versionSpec.deletion_policies.filter((p) => p.toLowerCase() === 'snapshot')) {
        out.push(() => {
          addSectionEntry(t, 'resources', 'mutant_nested', t.yaml.createNode({ type: 'mutant_nested.yaml', deletion_policy: policy }));
          return {
            path: ['resources', 'mutant_nested', 'deletion_policy'],
            detail: `nested template resource with deletion_policy ${policy}`,
            files: { 'mutant_nested.yaml': `heat_template_version: ${versionSpec.version}\n` },
          };
        });
      }
      break;
    }
    case 'heat-value-mismatch': {
      // OS::Heat::Value whose value its type cannot take: validate accepts, create fails.
      if (!catalog.resourceType('OS::Heat::Value') || !str(t.root.items.find((p) => str(p.key) === 'heat_template_version')?.value)) break;
      const shapes = [['number', 'three'], ['boolean', 'maybe'], ['string', ['a', 'b']], ['comma_delimited_list', { a: 'b' }], ['json', ['a', 'b']]];
      for (const [type, value] of shapes) {
        out.push(() => {
          addSectionEntry(t, 'resources', 'mutant_value', t.yaml.createNode({ type: 'OS::Heat::Value', properties: { type, value } }));
          return { path: ['resources', 'mutant_value', 'properties', 'value'], detail: `OS::Heat::Value type ${type} with value ${JSON.stringify(value)}` };
        });
      }
      break;
    }
    case 'group-member-attribute': {
      // get_attr on a ResourceGroup of RandomStrings, in a property, of an attribute another type
      // of this template has (or an AutoScalingGroup's), which the members lack.
      const group = catalog.resourceType('OS::Heat::ResourceGroup');
      const member = catalog.resourceType('OS::Heat::RandomString');
      if (!group || !member || !versionSpec?.functions?.get_attr || !str(t.root.items.find((p) => str(p.key) === 'heat_template_version')?.value)) break;
      const lacking = new Set(['outputs_list']);
      for (const r of t.resources.values()) for (const a of Object.keys(typeOf(r)?.attributes ?? {})) lacking.add(a);
      for (const a of [...lacking].sort()) {
        if (a in member.attributes || a in group.attributes || a.startsWith('resource.')) continue;
        out.push(() => {
          addSectionEntry(t, 'resources', 'mutant_group', t.yaml.createNode({ type: 'OS::Heat::ResourceGroup', properties: { resource_def: { type: 'OS::Heat::RandomString' } } }));
          addSectionEntry(t, 'resources', 'mutant_user', t.yaml.createNode({ type: 'OS::Heat::Value', properties: { value: { get_attr: ['mutant_group', a] } } }));
          return { path: ['resources', 'mutant_user', 'properties', 'value'], detail: `get_attr [mutant_group, ${a}]: RandomString members lack it` };
        });
      }
      break;
    }
    case 'value-flow-inferred': {
      // Types known only by inference, into a property that cannot take them: a list or map
      // attribute (get_attr) into a string, an "if" whose branches are both lists into a string,
      // a list parameter into a string item of a typed list.
      const hot = str(t.root.items.find((p) => str(p.key) === 'heat_template_version')?.value);
      if (!hot || !versionSpec) break;
      const withAttributes = [...t.resources.values()].flatMap((o) =>
        Object.entries(typeOf(o)?.attributes ?? {})
          .filter(([, a]) => a.type === 'list' || a.type === 'map')
          .map(([a]) => [o.name, a]),
      );
      for (const r of t.resources.values()) {
        const schema = typeOf(r);
        if (!schema || !isMap(r.properties)) continue;
        for (const pair of r.properties.items) {
          const name = str(pair.key);
          const property = name ? schema.properties[name] : undefined;
          if (!property) continue;
          if (property.type === 'string' && versionSpec.functions.get_attr) {
            // Of a resource this one references already (no new dependency cycle), else of a new group.
            const referenced = new Set(
              t.calls
                .filter((c) => c.section === 'resources' && c.owner === r.name && (c.name === 'get_resource' || c.name === 'get_attr'))
                .map((c) => str(isSeq(c.args) ? c.args.items[0] : c.args)),
            );
            const sources = withAttributes.filter(([o]) => o !== r.name && referenced.has(o));
            out.push(() => {
              if (!sources.length) {
                addSectionEntry(t, 'resources', 'mutant_source', t.yaml.createNode({ type: 'OS::Heat::ResourceGroup', properties: { resource_def: { type: 'OS::Heat::RandomString' } } }));
              }
              const [o, a] = sources.length ? pick(rng, sources) : ['mutant_source', pick(rng, ['refs', 'refs_map'])];
              pair.value = t.yaml.createNode({ get_attr: [o, a] });
              return { path: ['resources', r.name, 'properties', name], detail: `${name} (string) <- get_attr [${o}, ${a}] (${typeOf(t.resources.get(o) ?? { type: 'OS::Heat::ResourceGroup' }).attributes[a].type})` };
            });
          }
          if (property.type === 'string') {
            if (versionSpec.functions.if === 'supported' && versionSpec.condition_functions.includes('equals')) {
              out.push(() => {
                addSectionEntry(t, 'parameters', 'mutant_list', t.yaml.createNode({ type: 'comma_delimited_list', default: 'a,b' }));
                addCondition(t, 'mutant_cond', t.yaml.createNode({ equals: [{ get_param: 'mutant_list' }, ['a', 'b']] }));
                pair.value = t.yaml.createNode({ if: ['mutant_cond', { get_param: 'mutant_list' }, ['c']] });
                return { path: ['resources', r.name, 'properties', name], detail: `${name} (string) <- if with two list branches` };
              });
            }
          }
          if (property.type === 'list' && property.schema?.['*']?.type === 'string') {
            out.push(() => {
              addSectionEntry(t, 'parameters', 'mutant_list', t.yaml.createNode({ type: 'comma_delimited_list', default: 'a,b' }));
              pair.value = t.yaml.createNode([{ get_param: 'mutant_list' }]);
              return { path: ['resources', r.name, 'properties', name], detail: `${name}[0] (string item) <- comma_delimited_list parameter` };
            });
          }
        }
      }
      break;
    }
    case 'unused-condition-param': {
      if (!versionSpec || !versionSpec.condition_functions.includes('get_param')) break;
      out.push(() => {
        addCondition(t, 'mutant_unused', t.yaml.createNode({ equals: [{ get_param: 'NoSuchParameter' }, 'x'] }));
        return { path: ['conditions', 'mutant_unused'], detail: 'an unused condition reads an undeclared parameter' };
      });
      break;
    }
  }
  return out;
}

/** Adds `name: node` to a top-level section, creating the section when absent. */
function addSectionEntry(t, section, name, node) {
  let pair = t.root.items.find((p) => str(p.key) === section);
  if (!pair || !isMap(pair.value)) {
    t.root.items = t.root.items.filter((p) => str(p.key) !== section);
    pair = t.yaml.createPair(section, {});
    t.root.items.push(pair);
  }
  pair.value.items.push(t.yaml.createPair(name, node));
}

function addCondition(t, name, node) {
  addSectionEntry(t, 'conditions', name, node);
}

/**
 * Up to `perKind` mutants of each kind from one template's text. Deterministic in
 * (name, text, seed). Each: { kind, path (array), pathText, detail, text, files? (extra files the mutant needs) }.
 */
export function mutate(core, catalog, name, text, { seed = 1, perKind = 2, kinds = KINDS } = {}) {
  const mutants = [];
  const seen = new Set([text]);
  for (const kind of kinds) {
    const rng = prng(hash32(`${seed}:${kind}:${name}`));
    const first = fresh(core, catalog, text);
    if (!first) return mutants;
    const count = candidates(kind, first, catalog, prng(1)).length;
    const order = shuffle(rng, [...Array(count).keys()]);
    let made = 0;
    for (const index of order) {
      if (made >= perKind) break;
      const t = fresh(core, catalog, text);
      const apply = candidates(kind, t, catalog, rng)[index];
      if (!apply) continue;
      let info;
      try {
        info = apply();
      } catch (error) {
        continue; // an odd shape this generator does not handle: skip, never fail the run
      }
      const out = t.yaml.toString({ lineWidth: 0 });
      if (seen.has(out)) continue;
      seen.add(out);
      made++;
      mutants.push({ kind, path: info.path.map(String), pathText: info.path.join('.'), detail: info.detail, text: out, ...(info.files ? { files: info.files } : {}) });
    }
  }
  return mutants;
}

function fresh(core, catalog, text) {
  const doc = core.parseDocument(text);
  if (!doc.root || !doc.yaml) return null;
  return core.buildTemplate(doc, catalog);
}
