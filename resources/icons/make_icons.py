"""Write the app icon files from the one drawing in yamaga_desk/gui/look.py:

    yamaga-desk.png   256×256 (Linux desktop file, docs)
    yamaga-desk.ico   16–256 px, PNG-compressed entries (Windows installer, shortcut)

yamaga-desk.svg beside them is the same drawing as vector text (kept by hand).
Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_bytes(pixmap) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(buffer.data())


def ico_file(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO container (ICONDIR + ICONDIRENTRY per image) holding PNG data,
    which Windows reads since Vista."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    sys.path.insert(0, str(HERE.parents[1]))
    from yamaga_desk.gui.look import app_icon_pixmap

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPixmap needs it)
    app_icon_pixmap(256).save(str(HERE / "yamaga-desk.png"), "PNG")
    (HERE / "yamaga-desk.ico").write_bytes(ico_file([(s, png_bytes(app_icon_pixmap(s))) for s in SIZES]))
    print(f"wrote {HERE / 'yamaga-desk.png'} and {HERE / 'yamaga-desk.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
