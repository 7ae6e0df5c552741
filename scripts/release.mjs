#!/usr/bin/env node
// Packs every published package (npm tarballs of core, remote, cli, server) and the VS Code
// extension (.vsix) into one folder, after checking they all carry one version:
//   npm run release                      -> release/  (builds first)
//   node scripts/release.mjs --out DIR [--no-vsix]   (after npm run build; the tests use this)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGES = ['packages/core', 'packages/remote', 'packages/cli', 'packages/server'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const manifest = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));

/** The one version of the release; throws naming any package (or @hot-lint/* dependency) that differs. */
export function releaseVersion() {
  const version = manifest('.').version;
  const wrong = [];
  for (const dir of [...PACKAGES, 'extension']) {
    const pkg = manifest(dir);
    if (pkg.version !== version) wrong.push(`${pkg.name} is ${pkg.version}`);
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
      if (name.startsWith('@hot-lint/') && range !== version) wrong.push(`${pkg.name} depends on ${name}@${range}`);
    }
  }
  if (wrong.length) throw new Error(`Every package must be version ${version} (the root package.json's): ${wrong.join('; ')}.`);
  return version;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, 'release'));
  let version;
  try {
    version = releaseVersion();
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', out, ...PACKAGES.flatMap((dir) => ['-w', dir])], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const files = packed.map((p) => p.filename);
  if (!args.includes('--no-vsix')) {
    execFileSync(npm, ['run', 'package', '-w', 'extension'], { cwd: root, stdio: ['ignore', 2, 2] });
    const vsix = `hot-lint-vscode-${version}.vsix`;
    copyFileSync(join(root, 'extension/hot-lint.vsix'), join(out, vsix));
    files.push(vsix);
  }
  console.log(`hot-lint ${version} in ${out}:\n${files.map((f) => `  ${f}`).join('\n')}`);
}
