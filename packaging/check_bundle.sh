#!/usr/bin/env bash
# Build the Linux bundle and prove it works with nothing but the bundle: run the bundled executable
# headless (QT_QPA_PLATFORM=offscreen) to write the sample, score it (total must be 78.8), print a
# 评分表 PDF whose text (pdftotext) holds Chinese and the total, the full 评价报告 as PDF (with
# charts) and DOCX, and start the window offscreen;
# then check the size budget. Exits non-zero on the first failure.
#   bash packaging/check_bundle.sh             build, then check
#   bash packaging/check_bundle.sh --no-build  check dist/FieldEval as it is
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
BUDGET_MB=${BUDGET_MB:-186}          # unpacked (QtNetwork for the single-window hand-over: +4 MB)
BUDGET_TAR_MB=${BUDGET_TAR_MB:-75}   # compressed
START=$(date +%s)

if [ "${1:-}" != "--no-build" ]; then
  bash packaging/build_linux.sh
fi
ROOT=$(pwd)
BUNDLE="$DIST/FieldEval"
[ -x "$BUNDLE/FieldEval" ] || { echo "check_bundle: no bundle at $BUNDLE/FieldEval" >&2; exit 1; }
EXE="$(cd "$BUNDLE" && pwd)/FieldEval"

WORKDIR=$(mktemp -d)
trap 'rm -rf "$WORKDIR"' EXIT
export QT_QPA_PLATFORM=offscreen
export FIELDEVAL_DATA_DIR="$WORKDIR/data"   # never the user's profile
export HOME="$WORKDIR/home"; mkdir -p "$HOME"
# the bundle must not lean on the source tree or the venv
export PYTHONPATH= PYTHONHOME=
cd "$WORKDIR"
fail() { echo "check_bundle: FAILED: $*" >&2; exit 1; }

echo "== bundled: --version"
"$EXE" --version | tee version.txt
grep -q "FieldEval" version.txt || fail "--version printed nothing useful"

echo "== bundled: sample"
"$EXE" sample "$WORKDIR/sample.fev" || fail "sample"
[ -s sample.fev ] || fail "sample wrote no file"

echo "== bundled: score --json"
"$EXE" score sample.fev --json > score.json || fail "score --json"
"$ROOT/.venv/bin/python" - <<'PY' || fail "score: total is not 78.8"
import json, sys
d = json.load(open("score.json", encoding="utf-8"))
print(f"total {d['total']}  grade {d['grade']}  scored {d['scored']}/{d['leaves']}")
sys.exit(0 if abs(float(d["total"]) - 78.8) < 1e-9 else 1)
PY

echo "== bundled: import-framework of a 2,400-row sheet (rule proposals in worker processes of the bundle)"
"$ROOT/.venv/bin/python" -c "import sys; sys.path.insert(0, '$ROOT'); from benchmarks.bench_excel_import import agency_sheet; agency_sheet('big.xlsx', 2400)" \
  || fail "could not write the test sheet"
t0=$EPOCHREALTIME
timeout 300 "$EXE" import-framework big.xlsx -o bundled.json > import.log 2>&1 || { cat import.log >&2; fail "import-framework"; }
t1=$EPOCHREALTIME
(cd "$ROOT" && PYTHONPATH= .venv/bin/python main.py import-framework "$WORKDIR/big.xlsx" -o "$WORKDIR/source.json" > /dev/null) \
  || fail "import-framework from the source tree"
cmp -s bundled.json source.json || fail "the bundle's import differs from the source tree's"
if pgrep -f -- "--multiprocessing-fork" > /dev/null; then fail "worker processes were left running"; fi
grep -q "三级指标 2400 个" import.log || { cat import.log >&2; fail "import-framework did not read 2,400 rows"; }
echo "import: 2,400 rows in $(awk "BEGIN {printf \"%.2f\", $t1 - $t0}") s, the same framework as the source tree's, no workers left"

if "$EXE" --help | grep -q "report"; then
  echo "== bundled: report --kind scoring-sheet --format pdf"
  t0=$EPOCHREALTIME
  "$EXE" report sample.fev --kind scoring-sheet --format pdf -o sheet.pdf || fail "report (PDF)"
  t1=$EPOCHREALTIME
  pdftotext -layout sheet.pdf sheet.txt || fail "pdftotext could not read the PDF"
  grep -q "决策" sheet.txt || fail "the PDF has no Chinese text (决策)"
  grep -q "78.8" sheet.txt || fail "the PDF does not show the total 78.8"
  echo "scoring sheet: $(pdfinfo sheet.pdf | awk '/^Pages/ {print $2}') pages, $(stat -c %s sheet.pdf) bytes, $(awk "BEGIN {printf \"%.2f\", $t1 - $t0}") s, Chinese text and 78.8 found"
  echo "== bundled: report --kind report --format pdf (chapters, tables, matplotlib charts)"
  t0=$EPOCHREALTIME
  "$EXE" report sample.fev --kind report --format pdf -o report.pdf || fail "full report (PDF)"
  t1=$EPOCHREALTIME
  pdftotext report.pdf report.txt || fail "pdftotext could not read the report"
  grep -q "绩效评价报告" report.txt || fail "the report PDF lacks its Chinese title"
  charts=$(pdfimages -list report.pdf 2>/dev/null | tail -n +3 | grep -c " image " || true)
  [ "$charts" -gt 0 ] || fail "the report PDF has no chart images (matplotlib in the bundle?)"
  "$EXE" report sample.fev --kind report --format docx -o report.docx || fail "full report (DOCX)"
  "$ROOT/.venv/bin/python" -c "import docx,sys; t='\n'.join(p.text for p in docx.Document('report.docx').paragraphs); sys.exit(0 if '绩效评价报告' in t else 1)" \
    || fail "the report DOCX lacks its Chinese title"
  echo "report: $(pdfinfo report.pdf | awk '/^Pages/ {print $2}') pages, $charts charts, $(awk "BEGIN {printf \"%.2f\", $t1 - $t0}") s"
else
  fail "the bundled executable has no 'report' command"
fi

echo "== bundled: the window starts (offscreen); a second start hands its file over (QtNetwork)"
set +e
FIELDEVAL_TIMING=1 "$EXE" --sample > gui.log 2>&1 &
first=$!
# wait for the window to say it is ready (it then serves the hand-over), however slow the machine
for _ in $(seq 1 240); do
  grep -q "window ready" gui.log && break
  kill -0 $first 2>/dev/null || break
  sleep 0.5
done
if ! grep -q "window ready" gui.log; then
  kill $first 2>/dev/null
  cat gui.log >&2
  fail "the window did not start within 120 s"
fi
timeout 30 "$EXE" sample.fev > second.log 2>&1
second_rc=$?
sleep 1
kill -0 $first 2>/dev/null
alive=$?
kill $first 2>/dev/null
wait $first
set -e
if [ $second_rc -ne 0 ]; then
  cat second.log >&2
  fail "a second start did not hand its file to the open window (status $second_rc)"
fi
if [ $alive -ne 0 ]; then
  cat gui.log >&2
  fail "the window exited by itself instead of staying open"
fi
if grep -q -E "Traceback|Could not (load|find) the Qt platform plugin" gui.log; then
  cat gui.log >&2
  fail "the window logged an error"
fi
echo "window stayed open; no errors logged"

cd "$ROOT"
SIZE_MB=$(( $(du -sb "$BUNDLE" | cut -f1) / 1048576 ))
TARBALL=$(ls -t "$DIST"/FieldEval-*-linux-*.tar.xz 2>/dev/null | head -1 || true)
TAR_MB=$([ -n "$TARBALL" ] && echo $(( $(stat -c %s "$TARBALL") / 1048576 )) || echo "?")
echo "== size: unpacked ${SIZE_MB} MB (budget ${BUDGET_MB}), compressed ${TAR_MB} MB (budget ${BUDGET_TAR_MB}) ${TARBALL}"
[ "$SIZE_MB" -lt "$BUDGET_MB" ] || fail "the bundle is ${SIZE_MB} MB, over the ${BUDGET_MB} MB budget"
[ "$TAR_MB" != "?" ] || fail "no tarball in $DIST"
[ "$TAR_MB" -lt "$BUDGET_TAR_MB" ] || fail "the tarball is ${TAR_MB} MB, over the ${BUDGET_TAR_MB} MB budget"
echo "check_bundle: OK in $(( $(date +%s) - START )) s"
