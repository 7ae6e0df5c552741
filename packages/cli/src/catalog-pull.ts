import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Io } from './main.js';

export const CATALOG_HELP = `Usage: hot-lint catalog pull [options]

Reads the catalog of the cloud you deploy to from its Heat API (resource types with their
schemas, template versions with their functions and condition functions) and writes one file
that a configuration can point at: catalog: ./heat-catalog.json. What the API leaves out
(hidden types, unimplemented properties) is filled from the Heat release nearest the cloud
and marked so. Credentials as --remote takes them (OS_CLOUD with clouds.yaml, or OS_AUTH_URL,
OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME...); one authentication.

Options:
  -o, --output FILE       Where to write the catalog (default heat-catalog.json)
      --heat-release R    Fill from this release instead of the nearest one
      --os-cloud NAME     The cloud of clouds.yaml to use (default: OS_CLOUD)
      --heat-url URL      Heat's endpoint, with OS_TOKEN, instead of Keystone's catalog
      --os-cacert FILE    Trust these CA certificates (default: OS_CACERT)
      --insecure          Do not verify TLS certificates (only when you must)
      --timeout SECONDS   Per request (default 30)
      --concurrency N     Requests at once (default 4)
      --debug             Print each request and answer (passwords and tokens hidden)
`;

/** `hot-lint catalog pull`: exit 0 when the file was written, 2 on any failure (said on stderr). */
export async function catalogCommand(argv: string[], io: Io): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`hot-lint: ${message}\n`);
    return 2;
  };
  if (argv[0] !== 'pull') return argv[0] === '--help' || argv[0] === '-h' ? (io.stdout(CATALOG_HELP), 0) : usage('Use "hot-lint catalog pull"; see hot-lint catalog --help.');
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.slice(1),
      strict: true,
      allowPositionals: false,
      options: {
        output: { type: 'string', short: 'o' },
        'heat-release': { type: 'string' },
        'os-cloud': { type: 'string' },
        'heat-url': { type: 'string' },
        'os-cacert': { type: 'string' },
        insecure: { type: 'boolean' },
        timeout: { type: 'string' },
        concurrency: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usage(`${(error as Error).message.split('\n')[0]} See hot-lint catalog --help.`);
  }
  if (values.help) {
    io.stdout(CATALOG_HELP);
    return 0;
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) return usage(`--timeout needs a number of seconds, not "${values.timeout}".`);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) return usage(`--concurrency needs a whole number from 1 to 32, not "${values.concurrency}".`);
  const core = await import('@hot-lint/core');
  let fixed: ReturnType<typeof core.resolveHeatRelease>;
  if (values['heat-release'] !== undefined) {
    fixed = core.resolveHeatRelease(values['heat-release']);
    if (!fixed) return usage(`--heat-release: There is no catalog for Heat "${values['heat-release']}"; a release is ${core.heatReleaseChoices()}.`);
  }
  const { pullCatalog } = await import('@hot-lint/remote');
  const credentialOptions: { cwd: string; heatUrl?: string; cloud?: string } = { cwd: io.cwd };
  if (values['heat-url'] !== undefined) credentialOptions.heatUrl = values['heat-url'];
  if (values['os-cloud'] !== undefined) credentialOptions.cloud = values['os-cloud'];
  const caCert = values['os-cacert'] ?? io.env.OS_CACERT;
  const result = await pullCatalog({
    env: io.env,
    credentialOptions,
    concurrency,
    insecure: values.insecure ?? false,
    ...(caCert ? { caCert } : {}),
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    ...(values.debug ? { debugLog: (line: string) => io.stderr(`hot-lint: debug: ${line}\n`) } : {}),
    progress: (line) => io.stderr(`hot-lint: catalog pull: ${line}\n`),
    base: (listed) => {
      const release = fixed ?? core.nearestRelease(listed);
      const catalog = core.loadCatalog({ heatRelease: release.version });
      return { version: release.version, resources: catalog.resources, language: catalog.language };
    },
  });
  if (!result.ok) return usage(`catalog pull: ${result.failure.message}`);
  const output = resolve(io.cwd, values.output ?? 'heat-catalog.json');
  try {
    writeFileSync(output, `${JSON.stringify(result.file, null, 1)}\n`);
  } catch (error) {
    return usage(`${output}: the catalog could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  io.stderr(`hot-lint: wrote ${values.output ?? 'heat-catalog.json'} (${result.file.pulled.types} types from ${result.file.pulled.endpoint}); point a configuration at it with "catalog: ./${values.output ?? 'heat-catalog.json'}".\n`);
  return 0;
}
