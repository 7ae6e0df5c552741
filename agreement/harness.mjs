// Agreement with Heat: the shared machinery of `npm run agreement` (run.mjs) and
// packages/core/test/agreement.test.ts. `core` is @hot-lint/core: the built dist or the sources.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { hash32, KINDS, mutate, prng, shuffle } from './mutate.mjs';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '..');
export const CORPUS = resolve(REPO, '../shared/corpus');
export const PYTHON = process.env.HEAT_PYTHON || '/usr/bin/python3';
export const SEED = 20261123;

// ---------------------------------------------------------------------------------------
// Heat
// ---------------------------------------------------------------------------------------

/** Why Heat cannot run here, or null when `import heat` works. */
export function heatUnavailable() {
  if (!existsSync(PYTHON)) return `${PYTHON} not found: install python3-heat (apt-get install -y python3-heat heat-common)`;
  const r = spawnSync(PYTHON, ['-c', 'import heat.engine.service'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) {
    return `python3-heat is not installed (${PYTHON} -c "import heat.engine.service" failed: ${(r.stderr || '').trim().split('\n').pop()}). Install it: apt-get install -y python3-heat heat-common`;
  }
  return null;
}

/** Starts agreement/heat_validate.py; validate(request) answers in order. close() ends it. */
export async function startHeat({ source } = {}) {
  // source: a heat-N.tar.gz of ../shared/heat-source (or its extracted tree) to import instead of the installed Heat.
  const child = spawn(PYTHON, [join(HERE, 'heat_validate.py')], {
    env: { ...process.env, PYTHONHASHSEED: '0', ...(source ? { HEAT_SOURCE: source } : {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  let ready;
  const readyPromise = new Promise((res, rej) => {
    ready = { res, rej };
  });
  let exited = false;
  child.on('exit', (code) => {
    exited = true;
    const error = new Error(`heat_validate.py exited (${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    ready.rej(error);
    for (const w of waiting.splice(0)) w.rej(error);
  });
  let first = true;
  lines.on('line', (line) => {
    const message = JSON.parse(line);
    if (first) {
      first = false;
      ready.res(message);
      return;
    }
    waiting.shift()?.res(message);
  });
  const info = await readyPromise;
  return {
    info,
    validate(request) {
      if (exited) return Promise.reject(new Error('heat_validate.py is not running'));
      return new Promise((res, rej) => {
        waiting.push({ res, rej });
        child.stdin.write(`${JSON.stringify(request)}\n`);
      });
    },
    close() {
      child.stdin.end();
      return new Promise((res) => (exited ? res() : child.on('exit', () => res())));
    },
  };
}

// ---------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------

export function readVerdicts() {
  return readFileSync(join(CORPUS, 'heat-verdicts.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('file\t'))
    .map((line) => {
      const [file, verdict, message] = line.split('\t');
      return { file, verdict, message: message ?? '' };
    });
}

/**
 * What `openstack stack create -t FILE` sends along: the local files named by `type:` (nested
 * templates, recursively) and `get_file`, keyed as written, read relative to the template.
 */
export function collectFiles(path, text, files = {}, depth = 0) {
  const refs = [
    ...[...text.matchAll(/\btype\s*:\s*['"]?([^\s'"{}\[\],#]+\.(?:ya?ml|template))\b/g)].map((m) => [m[1], true]),
    ...[...text.matchAll(/\bget_file\s*:\s*['"]?([^\s'"{}\[\],#]+)/g)].map((m) => [m[1], false]),
  ];
  for (const [ref, nested] of refs) {
    if (ref in files || /^[a-z]+:\/\//.test(ref)) continue;
    const target = resolve(dirname(path), ref);
    if (!existsSync(target)) continue;
    files[ref] = readFileSync(target, 'utf8');
    if (nested && depth < 5) collectFiles(target, files[ref], files, depth + 1);
  }
  return files;
}

/** Every corpus template (with its recorded verdict) and every test-fixtures good case. */
export function loadSources() {
  const sources = readVerdicts().map((v) => ({
    name: `corpus/${v.file}`,
    text: readFileSync(join(CORPUS, v.file), 'utf8'),
    files: collectFiles(join(CORPUS, v.file), readFileSync(join(CORPUS, v.file), 'utf8')),
    recorded: v.verdict,
    recordedMessage: v.message,
  }));
  const fixtures = join(REPO, 'test-fixtures');
  for (const dir of readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const listing = readdirSync(join(fixtures, dir));
    // Project fixtures (an environment or cases.json beside them) are valid only with their
    // environment, which Heat is not given here.
    if (listing.some((f) => /^env.*\.ya?ml$|^cases\.json$/.test(f))) continue;
    for (const file of listing.filter((f) => /^good.*\.(ya?ml|json)$/.test(f)).sort()) {
      const text = readFileSync(join(fixtures, dir, file), 'utf8');
      // A suppression comment says the author knows hot-lint (and maybe Heat) would object.
      if (/hot-lint-disable/.test(text)) continue;
      sources.push({ name: `test-fixtures/${dir}/${file}`, text, files: collectFiles(join(fixtures, dir, file), text), recorded: null });
    }
  }
  return sources;
}

/**
 * Mutants of the accepted originals. `sample`: a fixed, seeded subset balanced over the
 * kinds (sources visited in a seeded order, one mutant per kind per template); otherwise
 * every mutant (`perKind` per kind per template).
 */
export function makeMutants(core, catalog, accepted, { sample = null, perKind = 2, seed = SEED } = {}) {
  if (!sample) {
    return accepted.flatMap((s) => mutate(core, catalog, s.name, s.text, { seed, perKind }).map((m) => ({ ...m, source: s.name, files: { ...s.files, ...m.files } })));
  }
  const want = Math.ceil(sample / KINDS.length);
  const byKind = new Map(KINDS.map((k) => [k, []]));
  const order = shuffle(prng(seed), [...accepted].sort((a, b) => a.name.localeCompare(b.name)));
  for (const s of order) {
    const kinds = KINDS.filter((k) => byKind.get(k).length < want);
    if (!kinds.length) break;
    for (const m of mutate(core, catalog, s.name, s.text, { seed, perKind: 1, kinds })) byKind.get(m.kind).push({ ...m, source: s.name, files: { ...s.files, ...m.files } });
  }
  // Round-robin over the kinds so the sample stays balanced when N is not a multiple.
  const out = [];
  for (let i = 0; out.length < sample && i < want; i++) {
    for (const k of KINDS) if (out.length < sample && byKind.get(k)[i]) out.push(byKind.get(k)[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Comparing
// ---------------------------------------------------------------------------------------

const SECTION_PATH = /(?:^|[\s(])((?:resources|outputs|parameters|conditions|parameter_groups)(?:\.[^\s:]+)*|heat_template_version)\s*:/;

/** The template path a Heat message names ("resources.r.properties.y"), or null. */
export function heatPath(message) {
  const m = SECTION_PATH.exec(message || '');
  return m ? m[1] : null;
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** The range of the node at a dotted Heat path (as deep as it resolves), or null. */
export function rangeAtPath(document, path) {
  if (!document.root || !path) return null;
  const segments = path.split('.').map((s) => s.replace(/<[^>]*>$/, ''));
  let node = document.root;
  let range = document.positions.nodeRange(node);
  let depth = 0;
  let i = 0;
  while (i < segments.length && node) {
    if (node.items && node.constructor.name === 'YAMLMap') {
      let found = null;
      for (let k = segments.length; k > i && !found; k--) {
        const key = segments.slice(i, k).join('.');
        const pair = node.items.find((p) => p.key && String(p.key.value ?? p.key) === key);
        if (pair) found = { pair, next: k };
      }
      if (!found) break;
      const start = document.positions.nodeRange(found.pair.key).start;
      const end = found.pair.value ? document.positions.nodeRange(found.pair.value).end : document.positions.nodeRange(found.pair.key).end;
      range = { start, end };
      node = found.pair.value;
      i = found.next;
      depth = i;
    } else if (node.items && /^\d+$/.test(segments[i]) && node.items[Number(segments[i])]) {
      node = node.items[Number(segments[i])];
      range = document.positions.nodeRange(node);
      i++;
      depth = i;
    } else break;
  }
  return depth ? { range, depth, complete: depth === segments.length } : null;
}

const within = (inner, outer) => before(outer.start, inner.start) && before(inner.end, outer.end);

/**
 * One case's outcome. `diagnostics` are hot-lint's findings; `heat` the answer of
 * heat_validate.py; `rules` maps rule id -> meta.
 */
export function classify({ diagnostics, heat, rulesById, document, mutantPath }) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const verdict = heat.verdict;
  const strict = heat.strict?.verdict ?? null;
  let outcome;
  // Heat could not fetch a template URL: this machine has no network, so that is no verdict
  // on the template (hot-lint never fetches URLs either). Counted with Heat's own failures.
  const unfetchable = verdict === 'rejected' && /Could not fetch remote template "[a-z]+:\/\//.test(heat.message ?? '');
  if (verdict === 'error' || unfetchable) outcome = 'heat-error';
  else if (verdict === 'rejected') outcome = errors.length ? 'agree' : 'heat-only';
  else if (!errors.length) outcome = strict === 'rejected' ? 'agree-strict-rejects' : 'agree';
  else {
    // Issue 8: an error on a template Heat's validate accepts must come from a rule documented
    // as stricter (meta.stricterThanHeat names the create-time failure it prevents). Whether
    // Heat's strict (create-time) validation confirms it is reported apart.
    const documented = errors.every((d) => rulesById.get(d.ruleId)?.stricterThanHeat);
    outcome = !documented ? 'false-positive' : strict === 'rejected' ? 'stricter-documented' : 'stricter-unconfirmed';
  }
  const result = { outcome, errors, heatPath: null, onHeatNode: null, onMutatedNode: null };
  if (errors.length && verdict === 'rejected') {
    result.heatPath = heatPath(heat.message);
    const at = rangeAtPath(document, result.heatPath);
    if (at) result.onHeatNode = errors.some((d) => within(d.range, at.range));
  }
  if (errors.length && mutantPath) {
    const at = rangeAtPath(document, mutantPath);
    if (at) result.onMutatedNode = errors.some((d) => within(d.range, at.range));
  }
  return result;
}

export function rulesIndex(core) {
  return new Map(core.allRules.map((r) => [r.meta.id, r.meta]));
}

/**
 * Runs Heat and hot-lint on the originals and on mutants of those Heat accepts.
 * Returns { heat: info, cases: [...] }; each case has source, kind ('original' for the
 * unmutated templates), detail, path, heat answer, hot-lint errors and the outcome.
 */
export async function runAgreement(core, { sample = null, perKind = 2, seed = SEED, sources = loadSources(), log = () => {} } = {}) {
  const reason = heatUnavailable();
  if (reason) throw new Error(reason);
  // The Heat this compares with is Debian's python3-heat: release 19 (zed).
  const catalog = core.loadCatalog({ heatRelease: 19 });
  const rulesById = rulesIndex(core);
  const heat = await startHeat();
  const cases = [];
  const evaluate = async (entry) => {
    const heatAnswer = await heat.validate({ id: entry.name, template: entry.text, files: entry.files ?? {}, environment: null });
    const t0 = performance.now();
    const { diagnostics, document } = core.lintDocument(entry.text, { catalog });
    const lintMs = performance.now() - t0;
    const c = classify({ diagnostics, heat: heatAnswer, rulesById, document, mutantPath: entry.pathText ?? null });
    return { ...entry, heat: heatAnswer, lintMs, ...c };
  };
  try {
    const originals = [];
    for (const s of sources) originals.push({ ...(await evaluate({ ...s, kind: 'original' })) });
    cases.push(...originals);
    log(`originals: ${originals.length}`);
    const accepted = originals.filter((c) => c.heat.verdict === 'accepted');
    const mutants = makeMutants(core, catalog, accepted, { sample, perKind, seed });
    log(`mutants: ${mutants.length}`);
    const pending = mutants.map((m) => evaluate({ ...m, name: `${m.source}#${m.kind}:${m.pathText}` }));
    cases.push(...(await Promise.all(pending)));
  } finally {
    await heat.close();
  }
  return { heat: heat.info, cases };
}

// ---------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------

export const OUTCOMES = ['agree', 'agree-strict-rejects', 'stricter-documented', 'stricter-unconfirmed', 'false-positive', 'heat-only', 'heat-error'];

export function table(cases) {
  const rows = new Map();
  for (const kind of ['original', ...KINDS]) rows.set(kind, { kind, total: 0, located: 0, locatable: 0, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) });
  for (const c of cases) {
    const row = rows.get(c.kind);
    row.total++;
    row[c.outcome]++;
    if (c.onHeatNode !== null) {
      row.locatable++;
      if (c.onHeatNode) row.located++;
    }
  }
  return [...rows.values()].filter((r) => r.total);
}

export function formatTable(rows) {
  const head = '| kind | cases | agree | (of which strict mode rejects) | hot-lint only: stricter, documented (strict confirms) | hot-lint only: stricter, documented (strict does not confirm) | hot-lint only: false positive | Heat only: miss | Heat crashed | error on Heat\'s node |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const fmt = (r) =>
    `| ${r.kind} | ${r.total} | ${r.agree + r['agree-strict-rejects']} | ${r['agree-strict-rejects']} | ${r['stricter-documented']} | ${r['stricter-unconfirmed']} | ${r['false-positive']} | ${r['heat-only']} | ${r['heat-error']} | ${r.locatable ? `${r.located}/${r.locatable}` : '-'} |`;
  const total = { kind: '**all**', total: 0, located: 0, locatable: 0, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) };
  for (const r of rows) for (const k of Object.keys(total)) if (k !== 'kind') total[k] += r[k];
  return [head, sep, ...rows.map(fmt), fmt(total)].join('\n');
}

export const findingText = (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.ruleId}: ${d.message}`;

/** A disagreement, as one readable block. */
export function describeCase(c) {
  const lines = [`${c.outcome}: ${c.name}`];
  if (c.detail) lines.push(`  mutation: ${c.kind} at ${c.pathText} (${c.detail})`);
  lines.push(`  Heat validate: ${c.heat.verdict}${c.heat.message ? ` — ${c.heat.error_type}: ${c.heat.message}` : ''}`);
  if (c.heat.strict) lines.push(`  Heat strict:   ${c.heat.strict.verdict}${c.heat.strict.message ? ` — ${c.heat.strict.message}` : ''}`);
  lines.push(`  hot-lint: ${c.errors.length ? '' : 'no errors'}`);
  for (const d of c.errors.slice(0, 6)) lines.push(`    ${findingText(d)}`);
  if (c.onHeatNode === false) lines.push(`  hot-lint errors are not on the node Heat names (${c.heatPath})`);
  return lines.join('\n');
}

export { KINDS, hash32, relative };
