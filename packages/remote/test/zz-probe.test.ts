import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { validateRemote } from '../src/index.js';
import { startHeat } from './helpers/services.js';
import type { Service } from './helpers/services.js';
let heat: Service; let dir: string;
beforeAll(async () => { heat = await startHeat(); dir = mkdtempSync(join(tmpdir(), 'probe-')); });
afterAll(async () => { await heat?.stop(); });
const NESTED = 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 8\n';
const cases: Record<string, [string, Record<string,string>, string?]> = {
  badtype: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n' }],
  badversion: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2099-01-01\nresources: {}\n' }],
  badsection: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresourcez: {}\n' }],
  badkey: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::None\n    propertiez: {}\n' }],
  badref: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::None\n    depends_on: [ghost]\n' }],
  badparamref: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties: {length: {get_param: nope}}\n' }],
  badparamtype: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nparameters:\n  p: {type: strin}\nresources: {}\n' }],
  parentprop: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n    properties: {foo: 1}\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources: {}\n' }],
  groupbadtype: ['heat_template_version: 2021-04-16\nresources:\n  grp:\n    type: OS::Heat::ResourceGroup\n    properties:\n      count: 2\n      resource_def:\n        type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n' }],
  deepbadtype: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: mid.yaml\n', { 'mid.yaml': 'heat_template_version: 2021-04-16\nresources:\n  inner:\n    type: n.yaml\n', 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n' }],
  deepbadversion: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: mid.yaml\n', { 'mid.yaml': 'heat_template_version: 2021-04-16\nresources:\n  inner:\n    type: n.yaml\n', 'n.yaml': 'heat_template_version: 2099-01-01\nresources: {}\n' }],
  regbadtype: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: My::Web\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n', 'env.yaml': 'resource_registry:\n  My::Web: n.yaml\n' }, 'env.yaml'],
  badcond: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nconditions:\n  c: {equals: [1]}\nresources: {}\n' }],
  badoutput: ['heat_template_version: 2021-04-16\nresources:\n  web:\n    type: n.yaml\n', { 'n.yaml': 'heat_template_version: 2021-04-16\nresources: {}\noutputs:\n  o: {value: {get_resource: ghost}}\n' }],
};
for (const [name, [text, files, env]] of Object.entries(cases)) {
  for (const showNested of [false, true]) {
    it(`${name} ${showNested}`, async () => {
      const d = join(dir, name); mkdirSync(join(d, 'sub'), { recursive: true });
      for (const [f, c] of Object.entries(files)) writeFileSync(join(d, f), c);
      const r = await validateRemote({ templateText: text, templatePath: join(d, 'template.yaml'), showNested, environmentFiles: env ? [join(d, env)] : [],
        credentials: { authType: 'token', token: 't', heatUrl: `${heat.url}/v1/p`, interface: 'public', source: 'test' } });
      console.log(`### ${name} show_nested=${showNested}`, JSON.stringify(r.diagnostics.map(x => [x.message, x.range]), null, 0), r.ok);
    });
  }
}
