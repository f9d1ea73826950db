"""Draw a stand-in application icon and write it as a Windows .ico file.

Used by build.py only when `resources/icons/yamaga-desk.ico` (the app's real
icon) is absent, so that a build from any checkout still has an icon for the
installer, the shortcuts and 「アプリと機能」.  Standard library only: the
build must not need Qt or Pillow on the Linux host.

The picture: a navy rounded square, a white sheet of paper (the draft) and a
gold check mark (the checker; gold for Yamaga's lanterns).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
_MASTER = 256
_SUPERSAMPLE = 3

NAVY = (0x23, 0x39, 0x5B)
PAPER = (0xFF, 0xFF, 0xFF)
GOLD = (0xE8, 0xA3, 0x17)


def _rounded_rect_inside(x, y, left, top, right, bottom, radius) -> bool:
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def _near_segment(x, y, ax, ay, bx, by, half_width) -> bool:
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= half_width ** 2


def _sample(x: float, y: float):
    """Colour (r, g, b, a) of the master picture at a point (0..256)."""
    if _near_segment(x, y, 92, 150, 124, 186, 15) or _near_segment(x, y, 124, 186, 196, 98, 15):
        return GOLD + (255,)
    if _rounded_rect_inside(x, y, 64, 44, 192, 212, 10):
        return PAPER + (255,)
    if _rounded_rect_inside(x, y, 8, 8, 248, 248, 44):
        return NAVY + (255,)
    return (0, 0, 0, 0)


def render_master() -> list[list[tuple[int, int, int, int]]]:
    """The 256x256 picture, anti-aliased by supersampling."""
    n = _SUPERSAMPLE
    offsets = [(i + 0.5) / n for i in range(n)]
    rows = []
    for py in range(_MASTER):
        row = []
        for px in range(_MASTER):
            acc = [0, 0, 0, 0]
            for oy in offsets:
                for ox in offsets:
                    r, g, b, a = _sample(px + ox, py + oy)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3]
            if alpha:
                row.append((acc[0] // alpha, acc[1] // alpha, acc[2] // alpha, alpha // (n * n)))
            else:
                row.append((0, 0, 0, 0))
        rows.append(row)
    return rows


def downscale(master, size: int):
    """Box-filter the master picture to size x size (premultiplied alpha)."""
    if size == len(master):
        return master
    step = len(master) / size
    rows = []
    for y in range(size):
        y0, y1 = int(y * step), int((y + 1) * step)
        row = []
        for x in range(size):
            x0, x1 = int(x * step), int((x + 1) * step)
            acc = [0, 0, 0, 0]
            count = 0
            for yy in range(y0, y1):
                for r, g, b, a in master[yy][x0:x1]:
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
                    count += 1
            alpha = acc[3]
            if alpha:
                row.append((acc[0] // alpha, acc[1] // alpha, acc[2] // alpha, alpha // count))
            else:
                row.append((0, 0, 0, 0))
        rows.append(row)
    return rows


def _png(rows) -> bytes:
    size = len(rows)
    raw = b"".join(b"\0" + bytes(c for px in row for c in px) for row in rows)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _dib(rows) -> bytes:
    """32-bit BGRA bitmap as stored in .ico (bottom-up, followed by an AND mask)."""
    size = len(rows)
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4 + mask_row * size, 0, 0, 0, 0)
    pixels = b"".join(bytes((b, g, r, a)) for row in reversed(rows) for r, g, b, a in row)
    return header + pixels + b"\0" * (mask_row * size)


def ico_bytes(sizes=SIZES) -> bytes:
    master = render_master()
    images = []
    for size in sizes:
        rows = downscale(master, size)
        # PNG for 256 px as Windows does; bitmaps for the small sizes, which
        # every consumer (NSIS, Explorer, Qt) reads.
        images.append((size, _png(rows) if size >= 256 else _dib(rows)))
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


def write_icon(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ico_bytes())
    return path


if __name__ == "__main__":
    import sys

    print(write_icon(Path(sys.argv[1] if len(sys.argv) > 1 else "yamaga-desk.ico")))
