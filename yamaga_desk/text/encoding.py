"""The one place that turns file bytes into text.

Staff save drafts from Notepad or Excel: UTF-8 with or without a BOM,
UTF-16 with a BOM, or CP932 (Shift_JIS).  Line endings are kept as they are.
"""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not a text file we can read; the message says why (in Japanese)."""


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise DecodeError."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-8 として読めない部分があります（{exc.start} バイト目）") from exc
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(name), "utf-16"
            except UnicodeDecodeError as exc:
                raise DecodeError(f"UTF-16 として読めない部分があります（{exc.start} バイト目）") from exc
    if b"\x00" in data:
        raise DecodeError("テキストファイルではありません（バイナリのデータが含まれています）")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp932")
        except UnicodeDecodeError:
            raise DecodeError(
                f"文字コードを判別できません（UTF-8 でも Shift_JIS でもありません。{utf8_error.start} バイト目）"
            ) from None
        encoding = "cp932"
    else:
        encoding = "utf-8"
    if not _looks_like_text(text):
        raise DecodeError("テキストファイルではありません（制御文字が多く含まれています）")
    return text, encoding


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    return controls <= max(2, len(text) // 100)


def read_text_file(path) -> tuple[str, str]:
    """Read a draft file; raise DecodeError or OSError."""
    with open(path, "rb") as f:
        data = f.read()
    return decode(data)
