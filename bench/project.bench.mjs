// A generated project of a few hundred templates sharing nested templates and environments:
// each file must be read and parsed once per run; reports counts and time against parsing
// every file once with `yaml` alone.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import {
  lintEnvironmentFile,
  lintTemplateFile,
  loadCatalog,
  NodeFileLoader,
  ProjectSession,
} from '../packages/core/dist/index.js';

const root = mkdtempSync(join(tmpdir(), 'hot-lint-project-'));
const TEMPLATES = 300;
const NESTED = 20;
const ENVS = 10;
mkdirSync(join(root, 'nested'));
mkdirSync(join(root, 'env'));
mkdirSync(join(root, 'stacks'));
for (let n = 0; n < NESTED; n++) {
  writeFileSync(join(root, 'nested', `role${n}.yaml`), `heat_template_version: 2021-04-16
parameters:
  name: {type: string}
  size: {type: number, default: 1}
resources:
  none: {type: OS::Heat::None}
outputs:
  id: {value: {get_resource: none}}
`);
}
for (let e = 0; e < ENVS; e++) {
  writeFileSync(join(root, 'env', `env${e}.yaml`), `parameter_defaults:
  name: stack${e}
resource_registry:
  My::Role${e}: ../nested/role${e}.yaml
  OS::Project::*: OS::Heat::None
`);
}
const templatePaths = [];
for (let t = 0; t < TEMPLATES; t++) {
  const e = t % ENVS;
  const path = join(root, 'stacks', `stack${t}.yaml`);
  templatePaths.push({ path, env: join(root, 'env', `env${e}.yaml`) });
  writeFileSync(path, `heat_template_version: 2021-04-16
parameters:
  name: {type: string}
resources:
  role:
    type: My::Role${e}
    properties: {name: {get_param: name}}
  direct:
    type: ../nested/role${t % NESTED}.yaml
    properties: {name: x}
  other: {type: OS::Project::Thing}
outputs:
  id: {value: {get_attr: [role, id]}}
`);
}

const catalog = loadCatalog();
const allFiles = [...templatePaths.map((t) => t.path), ...Array.from({ length: ENVS }, (_, e) => join(root, 'env', `env${e}.yaml`)), ...Array.from({ length: NESTED }, (_, n) => join(root, 'nested', `role${n}.yaml`))];
function median(fn, rounds = 7) {
  const samples = [];
  let result;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(rounds / 2)], result };
}
const parse = median(() => {
  for (const f of allFiles) parseDocument(readFileSync(f, 'utf8'));
});
const project = median(() => {
  const session = new ProjectSession(new NodeFileLoader(root), catalog);
  let findings = 0;
  for (const { path, env } of templatePaths) {
    findings += lintTemplateFile(session, path, { environments: [env] }).diagnostics?.length ?? 0;
  }
  for (let e = 0; e < ENVS; e++) {
    const env = join(root, 'env', `env${e}.yaml`);
    findings += lintEnvironmentFile(session, env, { environments: [env] }).diagnostics?.length ?? 0;
  }
  return { ...session.stats, findings };
});
console.log(`project: ${TEMPLATES} templates, ${NESTED} nested templates, ${ENVS} environments (${allFiles.length} files)`);
console.log(`reads: ${project.result.reads}, parses: ${project.result.parses} (each file once: ${project.result.reads === allFiles.length && project.result.parses === allFiles.length})`);
console.log(`| measure | ms | ratio |`);
console.log(`| --- | --- | --- |`);
console.log(`| read + yaml parse every file once | ${parse.ms.toFixed(1)} | 1.00 |`);
console.log(`| hot-lint the project (templates + environments) | ${project.ms.toFixed(1)} | ${(project.ms / parse.ms).toFixed(2)} |`);
rmSync(root, { recursive: true, force: true });
