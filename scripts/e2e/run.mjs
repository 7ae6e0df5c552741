#!/usr/bin/env node
// The end-to-end test: the packaged .vsix installed into a real VS Code (code-server, built by
// setup-vscode.sh), driven through headless Chromium, checked on what the user sees.
//   HOT_LINT_E2E_CACHE      where code-server and Node 24 are cached (see setup-vscode.sh)
//   HOT_LINT_E2E_ARTEFACTS  where screenshots and logs go (default: a new folder in the temp dir)
//   CHROMIUM                the browser (default /usr/bin/chromium)
// Exit status 0 when every check passed; each check prints one line.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'heat-templates', 'hot');
const vsix = join(root, 'extension', 'hot-lint.vsix');
const artefacts = process.env.HOT_LINT_E2E_ARTEFACTS ?? mkdtempSync(join(tmpdir(), 'hot-lint-e2e-'));
mkdirSync(artefacts, { recursive: true });
console.log(`e2e: artefacts (screenshots, logs) in ${artefacts}`);

const failures = [];
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n       ${detail.replace(/\n/g, '\n       ')}` : ''}`);
  if (!ok) failures.push(name);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(what, test, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// --- the workbench -----------------------------------------------------------------------------
if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first`);
const setup = execFileSync('bash', [join(root, 'scripts', 'e2e', 'setup-vscode.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const cache = setup.trim().split('\n').pop();
const node24 = join(cache, 'node-24.22.3', 'bin');
const codeServer = join(cache, 'code-server-4.139.1', 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const env = { ...process.env, PATH: `${node24}:${process.env.PATH}` };
const nodeBin = join(node24, 'node');

const scratch = mkdtempSync(join(tmpdir(), 'hot-lint-e2e-run-'));
const userData = join(scratch, 'user-data');
const extensions = join(scratch, 'extensions');
const workspace = join(scratch, 'workspace');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'files.autoSave': 'off',
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
  }),
);

// The workspace: our example, two corpus templates (one nests the other), and YAML that is not Heat's.
mkdirSync(join(workspace, '.github', 'workflows'), { recursive: true });
copyFileSync(join(root, 'examples', 'hello_world.yaml'), join(workspace, 'hello_world.yaml'));
for (const file of ['autoscaling.yaml', 'lb_server.yaml']) copyFileSync(join(corpus, file), join(workspace, file));
writeFileSync(
  join(workspace, 'deployment.yaml'),
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
);
writeFileSync(
  join(workspace, '.github', 'workflows', 'ci.yml'),
  'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
);
writeFileSync(
  join(workspace, 'docker-compose.yml'),
  'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n    environment:\n      parameters: none\n',
);

function cliFindings(file) {
  const run = spawnSync(process.execPath, [join(root, 'packages', 'cli', 'hook', 'hot-lint.mjs'), '-f', 'json', file], {
    cwd: workspace,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout);
  return (report.files[0]?.diagnostics ?? []).map((d) => ({ line: d.line, column: d.column, message: d.message, ruleId: d.ruleId }));
}

const install = spawnSync(
  nodeBin,
  [codeServer, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
  { env, encoding: 'utf8' },
);
check('the .vsix installs', install.status === 0 && /was successfully installed/.test(install.stdout), `${install.stdout}\n${install.stderr}`);

const port = await freePort();
const serverLog = join(artefacts, 'code-server.log');
const server = spawn(
  nodeBin,
  [
    codeServer,
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspace,
  ],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
);
const serverOutput = [];
server.stdout.on('data', (chunk) => serverOutput.push(chunk.toString()));
server.stderr.on('data', (chunk) => serverOutput.push(chunk.toString()));
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

let browser;
let page;
let shot = 0;
async function screenshot(name) {
  shot++;
  const file = join(artefacts, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
async function keys(...combo) {
  for (const key of combo.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(combo[combo.length - 1]);
  for (const key of combo.slice(0, -1).reverse()) await page.keyboard.up(key);
}
async function quickInput(open, text) {
  await open();
  await page.waitForSelector('.quick-input-widget input', { visible: true });
  await page.keyboard.type(text, { delay: 5 });
  await sleep(600);
}
async function quickRows() {
  return page.$$eval('.quick-input-widget .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
}
async function openFile(name) {
  await quickInput(() => keys(mod, 'p'), name);
  await until(`quick open to list ${name}`, async () => (await quickRows()).some((r) => r.includes(name)), 20_000);
  await page.keyboard.press('Enter');
  await until(`the editor of ${name}`, () =>
    page.$$eval('.tabs-container .tab.active', (tabs, n) => tabs.some((t) => (t.getAttribute('aria-label') ?? '').includes(n)), name),
  );
  await sleep(500);
}
async function goTo(line, column) {
  await quickInput(() => keys(mod, 'g'), `${line}:${column}`);
  await page.keyboard.press('Enter');
  await sleep(300);
}
async function runCommand(title) {
  await quickInput(() => keys(mod, 'Shift', 'p'), title);
  await page.keyboard.press('Enter');
  await sleep(500);
}
/** The Problems panel's markers, as {file, line, column, message} from each row's accessible label. */
async function problems() {
  const labels = await page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
  return labels;
}

try {
  await until('code-server to answer /healthz', async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
    } catch {
      return false;
    }
  }, 120_000);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--window-size=1600,1000'],
    defaultViewport: { width: 1600, height: 1000 },
  });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120_000 });
  await sleep(3000);
  await screenshot('workbench');

  // Problems: exactly the CLI's findings for each Heat file opened, nothing for other YAML.
  const heatFiles = ['hello_world.yaml', 'autoscaling.yaml', 'lb_server.yaml'];
  const otherFiles = ['deployment.yaml', 'ci.yml', 'docker-compose.yml'];
  for (const file of [...heatFiles, ...otherFiles]) await openFile(file);
  await keys(mod, 'Shift', 'm');
  await page.waitForSelector('.markers-panel', { visible: true, timeout: 20_000 });
  const expected = heatFiles.flatMap((file) => cliFindings(file).map((d) => ({ file, ...d })));
  let rows = [];
  try {
    await until('the Problems panel to list every finding', async () => {
      rows = await problems();
      return expected.every((d) => rows.some((r) => r.includes(d.message)));
    }, 60_000);
  } catch {
    // reported below with what was seen
  }
  await screenshot('problems');
  const markerRows = rows.filter((r) => !/problems?\b.*\bin\b|^\S+\.ya?ml,/i.test(r) || /at line/i.test(r));
  const missing = expected.filter((d) => !markerRows.some((r) => r.includes(d.message) && r.includes(`line ${d.line}`) && r.includes(`character ${d.column}`)));
  check(
    `Problems panel lists the CLI's ${expected.length} findings with their positions`,
    expected.length > 0 && missing.length === 0,
    `missing: ${JSON.stringify(missing, null, 1)}\nrows: ${JSON.stringify(rows, null, 1)}`,
  );
  const extra = markerRows.filter((r) => /at line/i.test(r) && !expected.some((d) => r.includes(d.message)));
  check('Problems panel lists nothing else (no finding for the Kubernetes, workflow and compose files)', extra.length === 0, JSON.stringify(extra, null, 1));
  const otherRows = rows.filter((r) => otherFiles.some((f) => r.startsWith(f) || r.includes(`/${f}`)));
  check('non-Heat YAML gets no problems', otherRows.length === 0, JSON.stringify(otherRows));

  // Quick fix: "flavour" becomes "flavor".
  await openFile('hello_world.yaml');
  await goTo(31, 30);
  await runCommand('Quick Fix...');
  await page.waitForSelector('.action-widget .monaco-list-row', { visible: true, timeout: 20_000 }).catch(() => undefined);
  const actions = await page.$$eval('.action-widget .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
  await screenshot('quick-fix-menu');
  const fixIndex = actions.findIndex((a) => /Change to "flavor"/.test(a));
  check('a quick fix is offered for the misspelled parameter', fixIndex >= 0, JSON.stringify(actions));
  if (fixIndex >= 0) {
    const rowsOfMenu = await page.$$('.action-widget .monaco-list-row');
    await rowsOfMenu[fixIndex].click();
    let fixed = false;
    try {
      await until('the fix to reach the Problems panel', async () => {
        rows = await problems();
        return !rows.some((r) => r.includes('"flavour" is not declared'));
      }, 20_000);
      const lines = await page.$$eval('.view-line', (nodes) => nodes.map((l) => (l.textContent ?? '').replace(/\s/g, ' ')));
      fixed = lines.some((t) => /flavor: \{ get_param: flavor \}/.test(t));
    } catch {
      fixed = false;
    }
    await screenshot('quick-fix-applied');
    check('the quick fix applies (the line reads get_param: flavor, its finding is gone)', fixed);
  } else {
    await page.keyboard.press('Escape');
  }

  // Hover on a resource type.
  await goTo(27, 16);
  await runCommand('Show or Focus Hover');
  let hoverText = '';
  try {
    hoverText = await until('the hover', async () => {
      const text = await page.$$eval('.monaco-hover-content', (nodes) => nodes.map((n) => n.textContent ?? '').join('\n'));
      return text.includes('OS::Nova::Server') ? text : '';
    }, 20_000);
  } catch {
    // reported below
  }
  await screenshot('hover');
  check('hover on OS::Nova::Server shows its docs', /OS::Nova::Server/.test(hoverText) && /server/i.test(hoverText.replace('OS::Nova::Server', '')), hoverText.slice(0, 300));
  await page.keyboard.press('Escape');

  // "Show stack graph": a webview tab beside the template with the server's SVG of its resources.
  await runCommand('hot-lint: Show stack graph');
  const graphTab = 'Stack graph: hello_world.yaml';
  let graphTabSeen = false;
  try {
    graphTabSeen = await until('the stack graph tab', () =>
      page.$$eval('.tabs-container .tab', (tabs, title) => tabs.some((t) => (t.getAttribute('aria-label') ?? t.textContent ?? '').includes(title)), graphTab),
    );
  } catch {
    // reported below
  }
  check(`"hot-lint: Show stack graph" opens the tab "${graphTab}"`, graphTabSeen);
  // The webview's page is an iframe inside VS Code's webview iframe; Puppeteer reaches every frame.
  const resourceNames = ['server', 'floating_ip', 'association'];
  let graphTexts = [];
  try {
    graphTexts = await until('the stack graph SVG in the webview', async () => {
      for (const frame of page.frames()) {
        const texts = await frame
          .evaluate(() => {
            const svg = document.querySelector('body > svg');
            return svg ? [...svg.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()) : null;
          })
          .catch(() => null);
        if (texts && texts.length > 0) return texts;
      }
      return null;
    }, 20_000);
  } catch {
    // reported below
  }
  await screenshot('stack-graph');
  check(
    `the stack graph webview holds an <svg> naming the resources ${resourceNames.join(', ')}`,
    resourceNames.every((name) => graphTexts.includes(name)),
    JSON.stringify(graphTexts),
  );
  // Back to the template for the completion check.
  await openFile('hello_world.yaml');

  // Completion after `get_param: ` lists the template's parameters.
  await goTo(37, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('admin_pass: { get_param: ', { delay: 20 });
  await keys(mod, ' ');
  let suggestions = [];
  try {
    suggestions = await until('the suggest widget', async () => {
      const labels = await page.$$eval('.suggest-widget .monaco-list-row', (r) => r.map((x) => x.getAttribute('aria-label') ?? x.textContent ?? ''));
      return labels.length > 0 ? labels : null;
    }, 20_000);
  } catch {
    // reported below
  }
  await screenshot('completion');
  const parameterNames = ['key_name', 'flavor', 'image', 'public_net'];
  check(
    'completion after "get_param: " offers the template\'s parameters',
    parameterNames.every((p) => suggestions.some((s) => s.startsWith(p))),
    JSON.stringify(suggestions),
  );
  await page.keyboard.press('Escape');

  // The command palette lists our commands.
  await quickInput(() => keys(mod, 'Shift', 'p'), 'hot-lint');
  const commands = await quickRows();
  await screenshot('command-palette');
  for (const title of ['Validate with a Heat endpoint', 'Restart the language server', 'Show the log', 'Show stack graph']) {
    check(`the command palette lists "hot-lint: ${title}"`, commands.some((c) => c.includes(title)), JSON.stringify(commands));
  }
  await page.keyboard.press('Escape');

  // No error toast from hot-lint.
  const toasts = await page.$$eval('.notification-toast', (nodes) => nodes.map((n) => n.textContent ?? ''));
  check('no hot-lint error notification', !toasts.some((t) => /hot-lint|already exists/i.test(t)), JSON.stringify(toasts));
} catch (error) {
  check('the run completes', false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  if (page) await screenshot('error');
} finally {
  await browser?.close().catch(() => undefined);
  stopServer();
  await sleep(1000);
}

// The extension host log: no error from hot-lint.
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const logs = filesUnder(join(userData, 'logs')).filter((f) => f.endsWith('.log'));
const hostLogs = logs.filter((f) => /exthost|hot-lint/i.test(basename(f)));
const hostErrors = [];
for (const file of hostLogs) {
  copyFileSync(file, join(artefacts, `${basename(dirname(file))}-${basename(file)}`));
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/hot-lint/i.test(line) && /\[error\]|already exists|Error:/i.test(line)) hostErrors.push(`${basename(file)}: ${line}`);
  }
}
writeFileSync(serverLog, serverOutput.join(''));
check('the extension host log was found', hostLogs.some((f) => /exthost/i.test(basename(f))), logs.join('\n'));
check('the extension host log has no error from hot-lint', hostErrors.length === 0, hostErrors.join('\n'));

rmSync(scratch, { recursive: true, force: true });
console.log(failures.length === 0 ? 'e2e: all checks passed' : `e2e: ${failures.length} check(s) failed`);
console.log(`e2e: screenshots and logs in ${artefacts}`);
process.exit(failures.length === 0 ? 0 : 1);
