import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeat } from '../../remote/test/helpers/services.js';
import type { Service } from '../../remote/test/helpers/services.js';
import { run, tempDir } from './run.js';

/**
 * `hot-lint catalog pull` against Debian's real heat-all on 127.0.0.1 (noauth, a token and an
 * explicit endpoint), with a test vendor's resource plugin loaded through plugin_dirs: after the
 * pull, that type is checked like any other.
 */
const VENDOR_PLUGIN = `
from heat.common.i18n import _
from heat.engine import attributes
from heat.engine import constraints
from heat.engine import properties
from heat.engine import resource
from heat.engine import support


class Widget(resource.Resource):
    """A widget of the Acme cloud (a test vendor's type)."""

    support_status = support.SupportStatus(version='19.0.0')

    properties_schema = {
        'size': properties.Schema(
            properties.Schema.INTEGER, _('Size of the widget.'), required=True,
            constraints=[constraints.Range(1, 10)]),
        'color': properties.Schema(
            properties.Schema.STRING, _('Its color.'), default='red',
            constraints=[constraints.AllowedValues(['red', 'blue'])]),
    }

    attributes_schema = {
        'serial': attributes.Schema(_('Serial number.'), type=attributes.Schema.STRING),
    }

    def handle_create(self):
        self.resource_id_set('widget')


def resource_mapping():
    return {'Acme::Widget::Thing': Widget}
`;

let heat: Service;
let dir: string;
const env = { OS_TOKEN: 'not-a-real-token', OS_CLOUD: '', OS_AUTH_URL: '' };

beforeAll(async () => {
  dir = tempDir();
  mkdirSync(join(dir, 'plugins'), { recursive: true });
  writeFileSync(join(dir, 'plugins', 'acme_widget.py'), VENDOR_PLUGIN);
  heat = await startHeat({ pluginDirs: [join(dir, 'plugins')] });
}, 120_000);

afterAll(async () => {
  await heat?.stop();
});

const template = (properties: string) =>
  `heat_template_version: 2021-04-16\nresources:\n  w:\n    type: Acme::Widget::Thing\n    properties:\n${properties}\noutputs:\n  serial:\n    value: { get_attr: [w, serial] }\n`;

describe('hot-lint catalog pull', () => {
  it('writes the cloud catalog, vendor type included, then lints against it', () => {
    // The release nearest the cloud, from the types it lists: Heat 19, 20 and 21 describe these alike.
    const nearest = run(['catalog', 'pull', '--heat-url', `${heat.url}/v1/test-project`, '-o', 'nearest.json'], { cwd: dir, env });
    expect(nearest.status, nearest.stderr).toBe(0);
    expect(['19.0.2', '20.0.1', '21.0.1']).toContain(JSON.parse(readFileSync(join(dir, 'nearest.json'), 'utf8')).pulled.filled_from);

    const pulled = run(['catalog', 'pull', '--heat-url', `${heat.url}/v1/test-project`, '--heat-release', 'zed', '-o', 'heat-catalog.json'], { cwd: dir, env });
    expect(pulled.status, pulled.stderr).toBe(0);
    const lines = pulled.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^hot-lint: catalog pull: \d+ resource types listed; reading their schemas\.\.\.$/);
    expect(lines, pulled.stderr).toContain('hot-lint: catalog pull: filling what the API leaves out from Heat 19.0.2');
    expect(lines.at(-1)).toBe(`hot-lint: wrote heat-catalog.json (${JSON.parse(readFileSync(join(dir, 'heat-catalog.json'), 'utf8')).pulled.types} types from ${heat.url}/v1/test-project); point a configuration at it with "catalog: ./heat-catalog.json".`);
    expect(pulled.stderr).not.toContain('not-a-real-token');

    const file = JSON.parse(readFileSync(join(dir, 'heat-catalog.json'), 'utf8'));
    expect(file.format).toBe('hot-lint-pulled-catalog/1');
    expect(file.pulled.endpoint).toBe(`${heat.url}/v1/test-project`);
    expect(Date.now() - Date.parse(file.pulled.date)).toBeLessThan(300_000);
    expect(file.pulled.filled_from).toBe('19.0.2');
    expect(JSON.stringify(file)).not.toContain('not-a-real-token');
    const widget = file.catalog.resource_types['Acme::Widget::Thing'];
    expect(widget.description).toBe('A widget of the Acme cloud (a test vendor\'s type).');
    expect(Object.keys(widget.properties).sort()).toEqual(['color', 'size']);
    expect(widget.properties.size).toMatchObject({ type: 'integer', required: true, constraints: [{ range: { min: 1, max: 10 } }] });
    expect(Object.keys(widget.attributes).sort()).toEqual(['serial', 'show']);
    // Hidden types are not listed by the API: filled from the release and marked so.
    expect(file.catalog.resource_types['OS::Nova::FloatingIP'].filled_from).toBe('19.0.2');
    expect(file.pulled.filled).toContain('OS::Nova::FloatingIP');
    // Template versions with their functions and condition functions, from the API.
    const wallaby = file.language.versions.find((v: { version: string }) => v.version === '2021-04-16');
    expect(wallaby.functions.get_attr).toBe('supported');
    expect(wallaby.condition_functions).toEqual(expect.arrayContaining(['and', 'equals', 'not', 'or']));

    writeFileSync(join(dir, '.hot-lint.yaml'), 'catalog: ./heat-catalog.json\n');
    writeFileSync(join(dir, 'good.yaml'), template('      size: 3\n      color: blue'));
    writeFileSync(join(dir, 'bad.yaml'), template('      size: 30\n      colour: blue'));
    expect(run(['-f', 'parseable', 'good.yaml'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    const bad = run(['-f', 'parseable', 'bad.yaml'], { cwd: dir });
    expect(bad.stdout).toBe(
      'bad.yaml:6:13: warning [property-constraint] Property "size" (resources.w.properties.size): 30 is out of range (min: 1, max: 10).\n' +
        'bad.yaml:7:7: error [property-unknown] Unknown Property "colour" (resources.w.properties): Acme::Widget::Thing has no such property. Did you mean "color"?\n',
    );
    expect(bad.status).toBe(1);
    // Without the pulled catalog the vendor type is unknown.
    writeFileSync(join(dir, '.hot-lint.yaml'), '{}\n');
    expect(run(['-f', 'parseable', 'good.yaml'], { cwd: dir }).stdout).toBe(
      'good.yaml:4:11: error [resource-type-unknown] The Resource Type (Acme::Widget::Thing) could not be found.\n',
    );
  }, 180_000);

  it('a file that is not a pulled catalog is a configuration error', () => {
    const other = tempDir();
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'heat-catalog.json'), '{"hello": 1}');
    writeFileSync(join(other, '.hot-lint.yaml'), 'catalog: ./heat-catalog.json\n');
    writeFileSync(join(other, 't.yaml'), 'heat_template_version: 2021-04-16\n');
    expect(run(['t.yaml'], { cwd: other })).toEqual({
      status: 2,
      stdout: '',
      stderr: `hot-lint: Cannot read the Heat catalog file ${join(other, 'heat-catalog.json')} (not a catalog written by "hot-lint catalog pull"). It ships inside @hot-lint/core: reinstall the package, or name an available Heat release in the configuration.\n`,
    });
  });
});
