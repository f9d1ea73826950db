#!/usr/bin/env bash
# Test the Windows installer on Linux with Wine (64-bit) and Xvfb.
#
#   installer/test_wine.sh [dist/YamagaDesk-<version>-setup.exe]
#
# Builds the installer first when it is missing.  Creates a fresh Wine prefix
# (set to Windows 10) in a temporary folder, installs silently, checks files,
# shortcuts and the HKCU uninstall entry, runs the installed command line on
# sample drafts (emoji, CP932, UTF-16, BOM, CRLF, a JSONL batch, the labelled
# corpus when ../shared is there) and compares its output with the Linux output
# of the same installed files, checks site rules in C:\ProgramData, draws with
# the installed Qt, starts the installed GUI with --screenshot (when
# yamaga_desk/gui/app.py exists) the way the Start-menu shortcut starts it
# (pythonw.exe, no console: errors go to the crash log), upgrades in place,
# and uninstalls silently twice (keeping, then removing the user's data).  Prints PASS/FAIL per check
# and "N passed, N failed" at the end; exits 1 when anything failed.
#
# Needs Debian packages: wine wine64 xvfb xauth gcc-mingw-w64-x86-64 fontconfig fonts-noto-cjk
# fonts-symbola (and nsis to build; osslsigncode for the signing check).  KEEP_WINE_TEST=1 keeps the temporary folder for inspection.
#
# Wine 8.0 lacks three DLL functions every Windows 10/11 has; tiny stand-ins
# from installer/wine-stubs/ go into the TEST prefix only (see its README).

set -u -o pipefail
# With pipefail, never end a pipeline in `grep -q`: it exits at the first match,
# the writer may then die of SIGPIPE and the pipeline counts as failed (this
# made the font checks fail now and then).  `grep PATTERN >/dev/null` reads all.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
VERSION=$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' "$ROOT/yamaga_desk/__init__.py")
SETUP=${1:-$ROOT/dist/YamagaDesk-$VERSION-setup.exe}
CHECKS="$PY $ROOT/installer/wine_checks.py"
STARTED=$(date +%s)

PASSED=0; FAILED=0; SKIPPED=0; SUMMARY=()
record() {  # record STATUS NAME [DETAIL]
  SUMMARY+=("$1  $2${3:+ — $3}")
  case $1 in PASS) PASSED=$((PASSED + 1));; FAIL) FAILED=$((FAILED + 1));; SKIP) SKIPPED=$((SKIPPED + 1));; esac
  printf '%s  %s%s\n' "$1" "$2" "${3:+ — $3}"
}
check() {  # check NAME COMMAND...: PASS when COMMAND exits 0; its output is shown on failure
  local name=$1; shift
  local out
  if out=$("$@" 2>&1); then
    record PASS "$name" "$(printf '%s' "$out" | tail -n 1)"
  else
    record FAIL "$name"
    printf '%s\n' "$out" | sed 's/^/      /' | tail -n 25
  fi
}
need() { command -v "$1" >/dev/null 2>&1 || { echo "test_wine.sh: $1 not found ($2)"; exit 2; }; }

need wine "apt-get install wine wine64"
need wineserver "apt-get install wine64"
need Xvfb "apt-get install xvfb"
need fc-list "apt-get install fontconfig"
need x86_64-w64-mingw32-gcc "apt-get install gcc-mingw-w64-x86-64"
[ -x "$PY" ] || { echo "test_wine.sh: $PY not found (README Quick start sets up .venv)"; exit 2; }
# Wine draws with the host's fonts.  A Windows PC always has Japanese fonts
# (Yu Gothic, Meiryo) and an emoji font (Segoe UI Emoji); without stand-ins
# Japanese shows as boxes, and Wine 8's DirectWrite font fallback crashes Qt
# now and then on an emoji that no font covers (the sample draft has 🏮).
fc-list :lang=ja 2>/dev/null | grep . >/dev/null || { echo "test_wine.sh: no Japanese font (apt-get install fonts-noto-cjk)"; exit 2; }
fc-list 2>/dev/null | grep -i symbola >/dev/null || { echo "test_wine.sh: no outline emoji font (apt-get install fonts-symbola)"; exit 2; }

if [ ! -f "$SETUP" ]; then
  echo "== $SETUP is missing: building it"
  "$PY" "$ROOT/installer/build.py" || { echo "FAIL  build"; echo "0 passed, 1 failed"; exit 1; }
fi

T=$(mktemp -d /tmp/yamaga-wine.XXXXXX)
XVFB_PID=""; SLEEPER_PID=""
cleanup() {
  [ -n "$SLEEPER_PID" ] && kill "$SLEEPER_PID" 2>/dev/null
  WINEPREFIX=$T/prefix wineserver -k 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  if [ "${KEEP_WINE_TEST:-0}" = 1 ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT

# A private Wine: its own prefix and home (Wine links Desktop/Documents to
# $HOME and writes menu entries there), no Mono/Gecko prompts, no crash dialog.
unset $(env | sed -n 's/^\(YAMAGA_DESK_[A-Z_]*\)=.*/\1/p')   # Wine would pass them on
export WINEPREFIX=$T/prefix WINEARCH=win64 WINEDEBUG=-all HOME=$T/home
export XDG_DATA_HOME=$T/home/.local/share XDG_CONFIG_HOME=$T/home/.config XDG_CACHE_HOME=$T/home/.cache
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d;mscms=n"
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME" "$T/out" "$T/lx"

# Fonts as on Windows: outline fonts only.  Wine 8 also offers the host's
# colour bitmap fonts (Noto Color Emoji, CBDT), which no Windows PC has in that
# form; it registers such a font at every other start only, and whenever it is
# registered Qt's DirectWrite font fallback crashes on Japanese text (an access
# violation in QtPrivate::qustrlen right after Wine's dwrite reads that face).
# The GUI then crashed on every other start, python.exe and pythonw.exe alike,
# and so did a bare QPlainTextEdit.setPlainText("市民").  The prefix therefore
# gets its own fontconfig file that lists the host's outline fonts only.
mkdir -p "$T/fonts"
n=0
while IFS= read -r font; do
  n=$((n + 1)); ln -s "$font" "$T/fonts/$n-$(basename "$font")"
done < <(fc-list :color=false -f '%{file}\n' | sort -u)
cat > "$T/fonts.conf" <<FONTS
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$T/fonts</dir>
  <cachedir>$T/fontcache</cachedir>
</fontconfig>
FONTS
export FONTCONFIG_FILE=$T/fonts.conf
fc-list :lang=ja 2>/dev/null | grep . >/dev/null || { echo "test_wine.sh: the outline-only font set has no Japanese font"; exit 2; }

# Run a Windows program.  stdout and stderr must reach Wine as pipes, never
# as files (Python's streams break then): both go through cat.
win() { { wine "$@" 2>&1 1>&3 3>&- | cat >&2; } 3>&1 | cat; }
# win_to OUT ERR PROGRAM ARGS...: run, stdout to OUT, stderr to ERR, exit status kept
win_to() {
  local out=$1 err=$2; shift 2
  { wine "$@" < /dev/null 2>&1 1>&3 3>&- | cat > "$err"; } 3>&1 | cat > "$out"
}
winpath() { printf 'Z:%s' "$1" | tr '/' '\\'; }

echo "== Wine prefix in $T"
wine --version
for stub in bcryptprimitives icuuc mscms; do
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$T/$stub.dll" "$ROOT/installer/wine-stubs/$stub.c" -ladvapi32 \
    || { echo "test_wine.sh: cannot compile the $stub stand-in"; exit 2; }
done
wineboot -i >/dev/null 2>&1 < /dev/null; wineserver -w
wine winecfg -v win10 < /dev/null >/dev/null 2>&1; wineserver -w
USER_DIR=$(ls -d "$WINEPREFIX/drive_c/users/"* | grep -v /Public | head -n 1)
WUSER=$(basename "$USER_DIR")
for link in "$USER_DIR"/*; do
  if [ -L "$link" ]; then rm "$link"; mkdir "$link"; fi
done
cp "$T"/bcryptprimitives.dll "$T"/icuuc.dll "$T"/mscms.dll "$WINEPREFIX/drive_c/windows/system32/"
check "fresh 64-bit Wine prefix reports Windows 10" bash -c "wine cmd /c ver < /dev/null 2>&1 | cat | grep -q 'Windows 10' && echo 'Windows 10'"
outline_fonts_only() {  # no colour bitmap font of the host is registered in the prefix
  local found="" name
  while IFS= read -r name; do
    grep -qF "\"$name\"=" "$WINEPREFIX/system.reg" "$WINEPREFIX/user.reg" && found="$found [$name]"
  done < <(env -u FONTCONFIG_FILE fc-list :color=true -f '%{family[0]}\n' | sort -u)
  [ -z "$found" ] || { echo "registered colour fonts:$found"; return 1; }
  echo "$(ls "$T/fonts" | wc -l) outline font files, no colour bitmap font"
}
check "Wine prefix has outline fonts only, as Windows" outline_fonts_only

# Display for the GUI steps.
for n in $(seq 90 130); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$T/xvfb.log" 2>&1 &
  XVFB_PID=$!
  sleep 1
  if kill -0 "$XVFB_PID" 2>/dev/null; then export DISPLAY=":$n"; break; fi
  XVFB_PID=""
done
[ -n "$XVFB_PID" ] || echo "note: Xvfb did not start; GUI steps will fail"

LOCAL="$USER_DIR/AppData/Local"
INST="$LOCAL/Programs/YamagaDesk"
WINST="C:\\users\\$WUSER\\AppData\\Local\\Programs\\YamagaDesk"
DATA="$LOCAL/YamagaDesk"
SITE="$WINEPREFIX/drive_c/ProgramData/YamagaDesk"
STARTMENU="$USER_DIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Yamaga Desk.lnk"
DESKTOP_LNK="$USER_DIR/Desktop/Yamaga Desk.lnk"
KEY='Software\Microsoft\Windows\CurrentVersion\Uninstall\YamagaDesk'
USER_REG="$WINEPREFIX/user.reg"

echo "== install: $(basename "$SETUP") /S ($(du -m "$SETUP" | cut -f1) MB)"
t0=$(date +%s)
win "$SETUP" /S < /dev/null; rc=$?
wineserver -w
INSTALL_SECONDS=$(( $(date +%s) - t0 ))
check "silent install exits 0 (${INSTALL_SECONDS} s)" test "$rc" = 0
files_ok() {
  local missing=""
  for f in yamaga-desk.cmd YamagaDesk.ico uninstall.exe runtime/python.exe runtime/pythonw.exe runtime/python313.dll \
           runtime/python313._pth app/yamaga_desk/__main__.py app/yamaga_desk/engine.py app/rules/checklist.toml \
           runtime/Lib/site-packages/PySide6/Qt6Widgets.dll runtime/Lib/site-packages/PySide6/plugins/platforms/qwindows.dll \
           runtime/Lib/site-packages/sudachidict_core/resources/system.dic runtime/Lib/site-packages/sudachipy/sudachipy.pyd; do
    [ -f "$INST/$f" ] || missing="$missing $f"
  done
  [ -z "$missing" ] || { echo "missing:$missing"; return 1; }
  echo "program files in place"
}
check "program files landed in %LOCALAPPDATA%\\Programs\\YamagaDesk" files_ok
check "Python files precompiled for CPython 3.13" bash -c \
  "ls '$INST/app/yamaga_desk/__pycache__/engine.cpython-313.pyc' '$INST/runtime/Lib/site-packages/platformdirs/__pycache__/'*.cpython-313.pyc >/dev/null && echo \$(find '$INST' -name '*.cpython-313.pyc' | wc -l) .pyc files"
check "rules prepared for the installing user (start-up cache in %LOCALAPPDATA%\\YamagaDesk)" bash -c \
  "test -s '$LOCAL/YamagaDesk/rule-cache.bin' && echo \$(stat -c %s '$LOCAL/YamagaDesk/rule-cache.bin') bytes"
check "unused Qt left out (no QML, Quick, WebEngine, translations but Japanese)" bash -c \
  "! ls '$INST/runtime/Lib/site-packages/PySide6/' | grep -qiE '^(qml|Qt6Quick|Qt6Qml|opengl32sw|Qt6WebEngine|designer)' && [ \$(ls '$INST/runtime/Lib/site-packages/PySide6/translations' | wc -l) -le 2 ] && echo trimmed"
check "test-only stand-in DLLs are not in the install" bash -c \
  "! find '$INST' -iname 'bcryptprimitives.dll' -o -iname 'icuuc.dll' -o -iname 'mscms.dll' | grep -q . && echo none"
check "Start-menu shortcut starts pythonw -m yamaga_desk gui with the icon" \
  $CHECKS lnk "$STARTMENU" 'pythonw.exe' '-X utf8 -m yamaga_desk gui' 'YamagaDesk.ico'
check "desktop shortcut (optional, on by default)" $CHECKS lnk "$DESKTOP_LNK" 'pythonw.exe'
check "HKCU uninstall entry: DisplayName" $CHECKS reg "$USER_REG" "$KEY" DisplayName 'Yamaga Desk（山鹿市 SNS投稿チェッカー）'
check "HKCU uninstall entry: DisplayVersion" $CHECKS reg "$USER_REG" "$KEY" DisplayVersion "$VERSION"
check "HKCU uninstall entry: UninstallString" $CHECKS reg "$USER_REG" "$KEY" UninstallString "\"$WINST\\uninstall.exe\""
check "HKCU uninstall entry: QuietUninstallString" $CHECKS reg "$USER_REG" "$KEY" QuietUninstallString "\"$WINST\\uninstall.exe\" /S"
check "HKCU uninstall entry: Publisher" $CHECKS reg "$USER_REG" "$KEY" Publisher '山鹿市'

echo "== command line: installed yamaga-desk.cmd vs Linux (same installed files)"
SAMPLES=$T/samples
$CHECKS samples "$SAMPLES" >/dev/null
cp "$ROOT/resources/sample-draft.txt" "$SAMPLES/"
CORPUS=""
for c in "$ROOT/../shared/corpus/dev.jsonl" "/work/shared/corpus/dev.jsonl"; do
  [ -f "$c" ] && { CORPUS=$c; cp "$c" "$SAMPLES/corpus.jsonl"; break; }
done
# The Linux reference runs the installed files with empty user and site
# layers (Wine hands the Unix environment to Windows programs, so these are
# set for the Linux side only).
linux_cli() {
  YAMAGA_DESK_CONFIG_DIR=$T/lx/config YAMAGA_DESK_DATA_DIR=$T/lx/data \
    "$PY" "$ROOT/installer/wine_checks.py" linux-cli "$INST/app" -- "$@"
}
compare_cli() {  # compare_cli LABEL ARGS... (a FILE argument is given as a Linux path)
  local label=$1; shift
  local largs=() wargs=() a
  for a in "$@"; do
    if [ -f "$a" ]; then largs+=("$a"); wargs+=("$(winpath "$a")"); else largs+=("$a"); wargs+=("$a"); fi
  done
  linux_cli "${largs[@]}" > "$T/out/$label.linux" 2> "$T/out/$label.linux.err" < /dev/null
  local lrc=$?
  win_to "$T/out/$label.win" "$T/out/$label.win.err" cmd /c "$WINST\\yamaga-desk.cmd" "${wargs[@]}"
  local wrc=$?
  if [ "$lrc" != "$wrc" ]; then
    echo "exit status: Linux $lrc, Windows $wrc"; cat "$T/out/$label.win.err"; return 1
  fi
  "$PY" "$ROOT/installer/wine_checks.py" same "$T/out/$label.linux" "$T/out/$label.win" || { cat "$T/out/$label.win.err"; return 1; }
  echo "exit $wrc, $(wc -c < "$T/out/$label.win") bytes, $("$PY" "$ROOT/installer/wine_checks.py" same "$T/out/$label.linux" "$T/out/$label.win")"
}
for s in sample-draft.txt emoji.txt cp932.txt utf16.txt utf8-bom.txt crlf.txt; do
  check "check --format json $s" compare_cli "json-$s" check --format json "$SAMPLES/$s"
done
check "check (text format) emoji.txt" compare_cli "text-emoji" check "$SAMPLES/emoji.txt"
check "check --platform x --format json cp932.txt" compare_cli "x-cp932" check --platform x --format json "$SAMPLES/cp932.txt"
check "check --jsonl batch.jsonl" compare_cli "jsonl-batch" check --jsonl "$SAMPLES/batch.jsonl"
if [ -n "$CORPUS" ]; then
  check "check --jsonl on the labelled corpus ($(wc -l < "$CORPUS") drafts)" compare_cli "jsonl-corpus" check --jsonl "$SAMPLES/corpus.jsonl"
else
  record SKIP "check --jsonl on the labelled corpus" "shared/corpus/dev.jsonl not found"
fi
stdin_check() {  # a CP932 draft piped into "check -"
  linux_cli check --format json - < "$SAMPLES/cp932.txt" > "$T/out/stdin.linux"
  cat "$SAMPLES/cp932.txt" | { wine cmd /c "$WINST\\yamaga-desk.cmd" check --format json - 2> >(cat >/dev/null) | cat; } > "$T/out/stdin.win"
  "$PY" "$ROOT/installer/wine_checks.py" same "$T/out/stdin.linux" "$T/out/stdin.win"
}
check "check - (CP932 draft piped into stdin)" stdin_check
plain_python_utf8() {  # without -X utf8: cli.py itself must write UTF-8 into the pipe
  linux_cli check --format json "$SAMPLES/emoji.txt" > "$T/out/plain.linux"
  win_to "$T/out/plain.win" "$T/out/plain.win.err" "$INST/runtime/python.exe" -m yamaga_desk check --format json "$(winpath "$SAMPLES/emoji.txt")"
  "$PY" "$ROOT/installer/wine_checks.py" same "$T/out/plain.linux" "$T/out/plain.win"
}
check "UTF-8 into a pipe also without -X utf8 (python.exe -m yamaga_desk)" plain_python_utf8
missing_file() {
  win_to "$T/out/missing.win" "$T/out/missing.err" cmd /c "$WINST\\yamaga-desk.cmd" check 'Z:\no\such\draft.txt'
  local rc=$?
  [ "$rc" = 2 ] && grep -q 'ファイルが見つかりません' "$T/out/missing.err" && echo "exit 2: $(cat "$T/out/missing.err")"
}
check "missing file: exit 2 and a Japanese message in UTF-8" missing_file
rules_validate() {  # must pass, as on Linux with the same files
  { wine cmd /c "$WINST\\yamaga-desk.cmd" rules validate < /dev/null 2>&1 | cat; } > "$T/out/validate.txt"
  if ! grep -q '^OK' "$T/out/validate.txt"; then
    cat "$T/out/validate.txt"
    linux_cli rules validate >/dev/null 2>&1 || echo "(fails on Linux too with these files: the build took broken rules)"
    return 1
  fi
  cat "$T/out/validate.txt"
}
check "rules validate (installed built-in rules and their examples)" rules_validate

echo "== site rules deployed by IT to C:\\ProgramData\\YamagaDesk\\rules"
mkdir -p "$SITE/rules"
cat > "$SITE/rules/site-wine-test.toml" <<'EOF'
[[rule]]
id = "site-wine-test"
item = "6.1"
severity = "warning"
message = "（試験用）IT が配布したサイト規則です。"
patterns = ["ワイン試験語"]

[rule.examples]
match = ["ワイン試験語を含む下書き"]
no_match = ["何も含まない下書き"]
EOF
printf '今日はワイン試験語の日です。\n' > "$SAMPLES/site.txt"
site_rules() {
  { wine cmd /c "$WINST\\yamaga-desk.cmd" rules list < /dev/null 2>&1 | cat; } > "$T/out/rules-list.txt"
  grep 'site-wine-test' "$T/out/rules-list.txt" | grep 'site' >/dev/null || { echo "rules list does not show the site rule"; return 1; }
  win_to "$T/out/site.json" "$T/out/site.err" cmd /c "$WINST\\yamaga-desk.cmd" check --format json "$(winpath "$SAMPLES/site.txt")"
  grep -q '"rule": "site-wine-test"' "$T/out/site.json" && echo "site rule listed and applied"
}
check "a site rule in C:\\ProgramData\\YamagaDesk\\rules is listed and applied" site_rules
rm -rf "$SITE"

echo "== desktop: installed Qt and the GUI (Xvfb $DISPLAY)"
cp "$ROOT/installer/wine_qt_smoke.py" "$T/qt_smoke.py"
qt_smoke() {
  WINEQT_QPA_PLATFORM=windows timeout 180 wine "$INST/runtime/python.exe" -X utf8 "$(winpath "$T/qt_smoke.py")" \
    "$(winpath "$T/out/qt-smoke.png")" < /dev/null 2>&1 | cat || return 1
  "$PY" "$ROOT/installer/wine_checks.py" png "$T/out/qt-smoke.png" 10
}
check "installed Qt draws Japanese text (windows platform)" qt_smoke
if [ -f "$INST/app/yamaga_desk/gui/app.py" ]; then
  CRASH_LOG="$DATA/logs/yamaga-desk.log"
  : > "$T/out/gui-starts"   # one line per start (check runs each test in a subshell)
  # gui_start PLATFORM PNG: what the Start-menu shortcut runs (pythonw.exe -X utf8
  # -m yamaga_desk gui), started through `start` so that, as from the shortcut,
  # it has no console and no standard streams (sys.stderr is None, so the app
  # writes its crash log), plus --open/--screenshot.
  gui_start() {
    echo "$1" >> "$T/out/gui-starts"
    WINEQT_QPA_PLATFORM=$1 timeout 300 wine start /wait /unix "$INST/runtime/pythonw.exe" -X utf8 -m yamaga_desk gui \
      --open "$(winpath "$SAMPLES/sample-draft.txt")" --screenshot "$2" < /dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
  }
  gui_shot() {  # gui_shot PLATFORM MIN_COLOURS STARTS: every start saves a real picture
    local i rc png
    for i in $(seq 1 "$3"); do
      png="$T/out/gui-$1-$i.png"
      gui_start "$1" "$(winpath "$png")"; rc=$?
      if [ "$rc" != 0 ]; then
        echo "start $i of $3: gui exited $rc; end of the crash log:"; tail -n 40 "$CRASH_LOG" 2>/dev/null
        return 1
      fi
      "$PY" "$ROOT/installer/wine_checks.py" png "$png" "$2" > "$T/out/png.txt" \
        || { echo "start $i of $3:"; cat "$T/out/png.txt"; return 1; }
    done
    cp "$png" "$T/out/gui-$1.png"
    echo "$3 of $3 starts saved a picture; $(cat "$T/out/png.txt")"
  }
  check "installed GUI as from the Start menu: --open sample --screenshot, 3 starts (windows platform)" gui_shot windows 10 3
  # Qt's offscreen platform on Windows finds no fonts (text shows as boxes);
  # this only proves the app starts and saves a picture without a screen.
  check "installed GUI: --open sample --screenshot (offscreen platform, starts and saves)" gui_shot offscreen 2 1
  crash_log_clean() {  # each start wrote 起動 and 終了 to %LOCALAPPDATA%\YamagaDesk\logs, and no error
    [ -f "$CRASH_LOG" ] || { echo "no $CRASH_LOG"; return 1; }
    local runs starts ends
    runs=$(wc -l < "$T/out/gui-starts")
    # (Windows text mode: the log's lines end with CRLF)
    starts=$(tr -d '\r' < "$CRASH_LOG" | grep -c '起動: Yamaga Desk'); ends=$(tr -d '\r' < "$CRASH_LOG" | grep -c '\] 終了$')
    if [ "$starts" != "$runs" ] || [ "$ends" != "$runs" ] \
       || grep -qE '捕捉されない例外|Fatal Python error|fatal exception|Qt (critical|fatal)' "$CRASH_LOG"; then
      echo "$runs starts, the log has $starts 起動 and $ends 終了:"; tail -n 40 "$CRASH_LOG"; return 1
    fi
    echo "$starts starts, $ends normal ends, no error, $(grep -c 'Qt warning' "$CRASH_LOG") Qt warnings"
  }
  check "crash log (no console): each start and normal end recorded, no error" crash_log_clean
  gui_error_logged() {  # an uncaught error without a console: traceback in the log, exit 1
    # The screenshot's folder is a file, so saving fails after the check.
    # Offscreen, because an error box there would wait for a click.
    gui_start offscreen 'C:\windows\win.ini\gui.png'; local rc=$?
    [ "$rc" = 1 ] || { echo "gui exited $rc, expected 1"; tail -n 20 "$CRASH_LOG"; return 1; }
    grep -q '捕捉されない例外' "$CRASH_LOG" && grep -q 'Traceback' "$CRASH_LOG" \
      || { echo "no traceback in $CRASH_LOG"; tail -n 20 "$CRASH_LOG"; return 1; }
    echo "exit 1, logged: $(grep -m 1 -E '^[A-Za-z]*Error' "$CRASH_LOG")"
  }
  check "crash log (no console): an uncaught error is written with its traceback" gui_error_logged
  [ "${KEEP_WINE_TEST:-0}" = 1 ] || cp "$T/out/gui-windows.png" "$ROOT/build/installer/wine-gui-screenshot.png" 2>/dev/null
else
  record SKIP "installed GUI --screenshot" "yamaga_desk/gui/app.py is not in this build"
fi

echo "== user data, then upgrade in place over an 'older' version"
mkdir -p "$DATA/rules" "$DATA/drafts"
printf '[allow]\nwords = ["試験"]\n' > "$DATA/rules/allow.toml"
printf '下書きの控え\n' > "$DATA/drafts/keep-me.txt"
wine reg add 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\YamagaDesk' /v DisplayVersion /d 0.0.1 /f < /dev/null 2>&1 | cat >/dev/null
printf 'raise SystemExit("left over from an old version")\n' > "$INST/app/yamaga_desk/stale_module.py"
wineserver -w
# A running copy holds python313.dll: a silent upgrade must stop, not half-replace.
wine "$INST/runtime/python.exe" -c "import time; time.sleep(20)" < /dev/null 2>&1 | cat >/dev/null &
SLEEPER_PID=$!
sleep 6
win "$SETUP" /S < /dev/null; rc=$?
check "silent install refuses while the app runs (exit $rc), files kept" bash -c "[ '$rc' != 0 ] && [ -f '$INST/runtime/python313.dll' ] && echo 'refused, nothing removed'"
wait "$SLEEPER_PID" 2>/dev/null; SLEEPER_PID=""
wineserver -w
win "$SETUP" /S < /dev/null; rc=$?
wineserver -w
check "upgrade over 0.0.1 exits 0" test "$rc" = 0
check "upgrade: DisplayVersion is $VERSION again" $CHECKS reg "$USER_REG" "$KEY" DisplayVersion "$VERSION"
check "upgrade: files of the old version removed" bash -c "[ ! -e '$INST/app/yamaga_desk/stale_module.py' ] && [ -f '$INST/app/yamaga_desk/engine.py' ] && echo 'stale file gone'"
check "upgrade: user data untouched" bash -c "grep -q 試験 '$DATA/rules/allow.toml' && grep -q 控え '$DATA/drafts/keep-me.txt' && echo kept"
check "upgrade: command line still works" compare_cli "after-upgrade" check --format json "$SAMPLES/sample-draft.txt"

echo "== silent uninstall (keeps user data)"
win "$INST/uninstall.exe" /S < /dev/null; rc=$?
wineserver -w   # the uninstaller re-runs itself from %TEMP%: wait for it
check "silent uninstall exits 0" test "$rc" = 0
check "program files removed" bash -c "[ ! -e '$INST' ] && echo 'install folder gone'"
check "shortcuts removed" bash -c "[ ! -e '$STARTMENU' ] && [ ! -e '$DESKTOP_LNK' ] && echo gone"
check "HKCU uninstall entry removed" $CHECKS no-key "$USER_REG" "$KEY"
check "user data kept (rules, drafts)" bash -c "grep -q 試験 '$DATA/rules/allow.toml' && [ -f '$DATA/drafts/keep-me.txt' ] && echo kept"

echo "== install /NODESKTOP, then uninstall /S /REMOVEUSERDATA"
win "$SETUP" /S /NODESKTOP < /dev/null; rc=$?
wineserver -w
check "reinstall with /NODESKTOP: no desktop shortcut" bash -c "[ '$rc' = 0 ] && [ -f '$STARTMENU' ] && [ ! -e '$DESKTOP_LNK' ] && echo 'start menu only'"
mkdir -p "$SITE/rules"; printf '# IT\n' > "$SITE/rules/city.toml"
win "$INST/uninstall.exe" /S /REMOVEUSERDATA < /dev/null; rc=$?
wineserver -w
check "uninstall /REMOVEUSERDATA removes the user's data" bash -c "[ '$rc' = 0 ] && [ ! -e '$DATA' ] && [ ! -e '$INST' ] && echo 'data and program gone'"
check "uninstall never touches IT's site rules in ProgramData" bash -c "[ -f '$SITE/rules/city.toml' ] && echo kept"

echo "== signing (installer/sign.py) with a throwaway certificate"
sign_copy() {  # the real build signs through makensis !finalize/!uninstfinalize with the same script
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Yamaga Desk test signing" \
    -addext "extendedKeyUsage=codeSigning" -keyout "$T/sign.key" -out "$T/sign.crt" >/dev/null 2>&1 || return 1
  openssl pkcs12 -export -inkey "$T/sign.key" -in "$T/sign.crt" -out "$T/sign.pfx" -passout pass:throwaway || return 1
  cp "$SETUP" "$T/signed-setup.exe"
  YAMAGA_DESK_SIGN_PFX=$T/sign.pfx YAMAGA_DESK_SIGN_PASSWORD=throwaway "$PY" "$ROOT/installer/sign.py" "$T/signed-setup.exe" || return 1
  osslsigncode verify -in "$T/signed-setup.exe" -CAfile "$T/sign.crt" 2>&1 | grep "Signature verification: ok" >/dev/null && echo "signature verifies"
}
if command -v osslsigncode >/dev/null && command -v openssl >/dev/null; then
  check "sign.py signs the installer (osslsigncode verify)" sign_copy
else
  record SKIP "sign.py signs the installer" "osslsigncode or openssl missing"
fi

ELAPSED=$(( $(date +%s) - STARTED ))
echo
echo "== Wine installer test summary ($(basename "$SETUP"), $ELAPSED s)"
for line in "${SUMMARY[@]}"; do echo "$line"; done
echo
if [ "$FAILED" = 0 ]; then echo "RESULT: PASS"; else echo "RESULT: FAIL"; fi
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" = 0 ]
