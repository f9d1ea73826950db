"""Checks that installer/test_wine.sh runs on the Linux side (test-only).

    wine_checks.py linux-cli APP_DIR -- ARGS...   run yamaga_desk from APP_DIR (the installed copy)
    wine_checks.py same LINUX_OUT WINDOWS_OUT     outputs equal (Windows may end lines with CRLF)
    wine_checks.py reg USER_REG KEY NAME [EXPECTED]  print or check a value in a Wine user.reg
    wine_checks.py no-key USER_REG KEY            the key is absent
    wine_checks.py lnk FILE TEXT...               a shortcut names these (UTF-16) strings
    wine_checks.py png FILE [MIN_COLOURS]         a real, non-blank PNG picture
    wine_checks.py samples DIR                    write the sample drafts (emoji, CP932, ...)

Each command exits 0 when the check holds and prints why not otherwise.
"""

from __future__ import annotations

import re
import struct
import sys
import zlib
from pathlib import Path


def linux_cli(app_dir: str, args: list[str]) -> int:
    """The Linux reference: the very files the installer put on "Windows"."""
    sys.path.insert(0, app_dir)
    import yamaga_desk
    from yamaga_desk import paths

    if not Path(yamaga_desk.__file__).resolve().is_relative_to(Path(app_dir).resolve()):
        print(f"yamaga_desk came from {yamaga_desk.__file__}, not {app_dir}", file=sys.stderr)
        return 99
    if not paths.builtin_rules_dir().resolve().is_relative_to(Path(app_dir).resolve()):
        print(f"built-in rules came from {paths.builtin_rules_dir()}, not {app_dir}", file=sys.stderr)
        return 99
    from yamaga_desk.cli import main

    return main(args)


def same(linux_file: str, windows_file: str) -> int:
    linux = Path(linux_file).read_bytes()
    windows = Path(windows_file).read_bytes()
    if not linux.strip():
        print(f"{linux_file} is empty: nothing to compare")
        return 1
    if windows == linux:
        print("byte for byte identical")
        return 0
    # Windows' text-mode stdout ends lines with CRLF; everything else must match.
    if b"\r" not in linux and windows.replace(b"\r\n", b"\n") == linux:
        print("identical bytes apart from CRLF line ends (Windows text-mode output)")
        return 0
    at = next((i for i, (a, b) in enumerate(zip(linux, windows)) if a != b), min(len(linux), len(windows)))
    print(f"differ at byte {at}: Linux {len(linux)} bytes, Windows {len(windows)} bytes")
    print(f"  Linux:   {linux[max(0, at - 60):at + 60]!r}")
    print(f"  Windows: {windows[max(0, at - 60):at + 60]!r}")
    return 1


def _reg_sections(user_reg: str) -> dict[str, dict[str, str]]:
    text = Path(user_reg).read_text(encoding="utf-8", errors="replace")
    sections: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        head = re.match(r"^\[(.+?)\]", line)
        if head:
            current = sections.setdefault(head.group(1).replace("\\\\", "\\").lower(), {})
            continue
        value = re.match(r'^"((?:[^"\\]|\\.)*)"=(.*)$', line)
        if current is not None and value:
            current[_unescape(value.group(1)).lower()] = value.group(2)
    return sections


def _unescape(text: str) -> str:
    text = re.sub(r"\\x([0-9a-fA-F]{1,4})", lambda m: chr(int(m.group(1), 16)), text)
    return re.sub(r"\\(.)", r"\1", text)


def reg(user_reg: str, key: str, name: str, expected: str | None = None) -> int:
    values = _reg_sections(user_reg).get(key.lower())
    if values is None:
        print(f"no key {key}")
        return 1
    raw = values.get(name.lower())
    if raw is None:
        print(f"{key} has no value {name}")
        return 1
    value = _unescape(raw[1:-1]) if raw.startswith('"') else raw
    print(f"{name} = {value}")
    if expected is not None and value != expected:
        print(f"  expected {expected}")
        return 1
    return 0


def no_key(user_reg: str, key: str) -> int:
    if key.lower() in _reg_sections(user_reg):
        print(f"{key} is still there")
        return 1
    print(f"{key} is gone")
    return 0


def lnk(path: str, texts: list[str]) -> int:
    data = Path(path).read_bytes()
    if data[:4] != b"L\0\0\0":
        print(f"{path} is not a Windows shortcut")
        return 1
    missing = [t for t in texts if t.encode("utf-16-le") not in data and t.encode("ascii", "ignore") not in data]
    if missing:
        print(f"{path} does not name {missing}")
        return 1
    print(f"shortcut names {texts}")
    return 0


def png(path: str, min_colours: int = 3) -> int:
    """Decode the PNG (8-bit RGB/RGBA, as Qt writes) and count its colours."""
    data = Path(path).read_bytes() if Path(path).is_file() else b""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        print(f"{path}: not a PNG file ({len(data)} bytes)")
        return 1
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not width or depth != 8 or colour_type not in (2, 6):
        print(f"{path}: unexpected PNG format")
        return 1
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    colours, previous, i = set(), bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        colours.update(bytes(line[x:x + channels]) for x in range(0, stride, channels * 7))
        previous = line
    print(f"{path}: {width}x{height}, {len(colours)}+ colours")
    if width < 100 or height < 50 or len(colours) < min_colours:
        print("  too small or blank")
        return 1
    return 0


SAMPLES = {
    # name: (encoding, text)
    "emoji.txt": ("utf-8", "今日の窓口のじいさん、マジでバ😡カなの？👨‍👩‍👧 山鹿灯籠まつり🏮は8月15日(土)！\n"
                           "連絡は090-1234-5678まで🙏🏽 #山鹿\n"),
    "cp932.txt": ("cp932", "【お知らせ】①市民課の窓口は１２月２８日(月)～１月３日(日)休みです。\n"
                           "職員のﾊﾟｽﾜｰﾄﾞは yamaga2026 です。㈱山鹿商事さんありがとう。\n"),
    "utf16.txt": ("utf-16", "子育て支援センター「あそびの広場」を開きます。\n担当の田中さん（携帯090-1111-2222）まで。\n"),
    "utf8-bom.txt": ("utf-8-sig", "市長が明日辞任するらしいと聞きました。まだ内緒です。\n"),
    "crlf.txt": ("utf-8", "アホな質問には答えません。\r\n住所は山鹿市山鹿1-2-3 です。\r\n"),
}


def samples(folder: str) -> int:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, (encoding, text) in SAMPLES.items():
        (out / name).write_bytes(text.encode(encoding))
    lines = [
        '{"id": "a", "text": "今日の窓口のじいさん、マジでバカなの？"}',
        '{"id": "b", "text": "山鹿灯籠まつりは8月15日です🏮", "platform": "x"}',
        '{"id": "c", "text": "職員用Wi-Fiは pass: yamaga2026! です", "platform": "line"}',
    ]
    (out / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(SAMPLES) + 1} samples to {out}")
    return 0


def main(argv: list[str]) -> int:
    command, args = argv[0], argv[1:]
    if command == "linux-cli":
        app_dir, rest = args[0], args[1:]
        if rest and rest[0] == "--":
            rest = rest[1:]
        return linux_cli(app_dir, rest)
    if command == "same":
        return same(*args)
    if command == "reg":
        return reg(*args)
    if command == "no-key":
        return no_key(*args)
    if command == "lnk":
        return lnk(args[0], args[1:])
    if command == "png":
        return png(args[0], int(args[1]) if len(args) > 1 else 3)
    if command == "samples":
        return samples(args[0])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
