"""Code points <-> Qt positions (yamaga_desk/gui/offsets.py), checked
against a real QTextDocument: the span a finding names must be exactly the
characters Qt selects."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from yamaga_desk.gui.offsets import PositionMap, editor_text, split_line_ending

TEXTS = [
    "😡😡あいつはバカだ",  # emoji: 2 UTF-16 units each
    "𠮷野家の店員、バ\u200bカすぎ",  # a surrogate-pair kanji and a zero-width space
    "👨‍👩‍👧 家族で🏮まつりへ。クズ",  # ZWJ sequence (5 code points, 8 units)
    "行1\n行2😀\n\n行4 バカ",
    "",
]


def qt_selected(text: str, start: int, end: int) -> str:
    doc = QTextDocument()
    doc.setPlainText(text)
    m = PositionMap(text)
    cursor = QTextCursor(doc)
    cursor.setPosition(m.to_qt(start))
    cursor.setPosition(m.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_selects_the_same_characters_in_qt(qapp, text):
    n = len(text)
    for start in range(n + 1):
        for end in range(start, min(n, start + 4) + 1):
            assert qt_selected(text, start, end) == text[start:end]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_and_length(qapp, text):
    doc = QTextDocument()
    doc.setPlainText(text)
    m = PositionMap(text)
    assert m.qt_length == doc.characterCount() - 1  # Qt counts a final separator
    for i in range(len(text) + 1):
        assert m.to_offset(m.to_qt(i)) == i


def test_emoji_shifts_positions_by_two():
    m = PositionMap("😡バカ")
    assert (m.to_qt(1), m.to_qt(3)) == (2, 4)
    # A position inside the surrogate pair rounds down to the emoji.
    assert m.to_offset(1) == 0


def test_crlf_pair_occupies_one_qt_position(qapp):
    original = "一行目\r\n二行目はクズ\r\n"
    m = PositionMap(original)
    doc = QTextDocument()
    doc.setPlainText(original)  # Qt makes one paragraph separator of "\r\n"
    assert m.qt_length == doc.characterCount() - 1
    start, end = original.index("クズ"), original.index("クズ") + 2
    cursor = QTextCursor(doc)
    cursor.setPosition(m.to_qt(start))
    cursor.setPosition(m.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "クズ"
    # Between "\r" and "\n" is the start of the next line.
    assert m.to_qt(4) == m.to_qt(5) == 4


def test_editor_text_and_line_endings():
    assert editor_text("a\u2029b\u00a0c") == "a\nb\u00a0c"  # no-break space kept
    assert split_line_ending("a\r\nb\r\nc\n") == ("a\nb\nc\n", "\r\n")
    assert split_line_ending("a\nb\r\n") == ("a\nb\n", "\n")
    assert split_line_ending("a\rb") == ("a\nb", "\n")
