#!/usr/bin/env node
// Packs every published package (npm tarballs of core, remote, cli, server) and the VS Code
// extension (.vsix) into one folder, after checking they all carry one version:
//   npm run release                      -> release/  (builds first)
//   node scripts/release.mjs --out DIR [--no-vsix]   (after npm run build; the tests use this)
//   node scripts/release.mjs --set-version X.Y.Z    (sets the one version everywhere, and the lock)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function setVersion(version) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`"${version}" is not a version (X.Y.Z).`);
  for (const dir of ['.', ...PACKAGES, 'extension']) {
    const pkg = manifest(dir);
    pkg.version = version;
    for (const name of Object.keys(pkg.dependencies ?? {})) if (name.startsWith('@hot-lint/')) pkg.dependencies[name] = version;
    writeFileSync(join(root, dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  }
  execFileSync(npm, ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const setIndex = args.indexOf('--set-version');
  if (setIndex >= 0) {
    setVersion(args[setIndex + 1] ?? '');
    console.log(`every package is now ${releaseVersion()}`);
    process.exit(0);
  }
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
