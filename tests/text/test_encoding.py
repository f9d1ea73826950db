"""decode(): the one place that reads draft files."""

from __future__ import annotations

import pytest

from yamaga_desk.text.encoding import DecodeError, decode

TEXT = "山鹿灯籠まつり\r\n８月１５日"


def test_utf8_plain_and_with_bom():
    assert decode(TEXT.encode("utf-8")) == (TEXT, "utf-8")
    assert decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8")) == (TEXT, "utf-8-sig")


def test_cp932_from_notepad_or_excel_is_detected():
    assert decode(TEXT.encode("cp932")) == (TEXT, "cp932")


def test_utf16_with_bom():
    assert decode("\ufeff".encode("utf-16-le") + TEXT.encode("utf-16-le"))[0] == TEXT


def test_crlf_is_kept():
    assert "\r\n" in decode(TEXT.encode("cp932"))[0]


@pytest.mark.parametrize("data", [b"\x00\x01\x02PK\x03\x04" * 20, bytes(range(256)) * 4])
def test_binary_is_refused_with_a_japanese_reason(data):
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert "テキスト" in str(info.value) or "文字コード" in str(info.value)
