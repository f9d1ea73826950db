"""Building blocks of the validators' facts (validators/draft_facts.py)."""

from __future__ import annotations

import re

import pytest

from yamaga_desk.validators.draft_facts import ParagraphMatches, remembered_in, stays_in_lines


def test_a_full_memo_drops_its_older_half_and_keeps_what_was_just_computed():
    # A check that crosses the memo's bound must keep the answers it has just
    # computed: the re-check after an edit asks for the same lines again.
    computed: list[str] = []

    def compute(key: str) -> str:
        computed.append(key)
        return key.upper()

    memo: dict[str, str] = {}
    for k in range(10):
        remembered_in(memo, f"old{k}", compute, size=10)
    assert remembered_in(memo, "new", compute, size=10) == "NEW"
    assert "old0" not in memo and "old9" in memo and "new" in memo
    computed.clear()
    for key in ("old9", "new"):
        remembered_in(memo, key, compute, size=10)
    assert computed == []  # answered from the memo


# -- ParagraphMatches: a draft-wide scan that reads only the paragraphs that changed --

@pytest.mark.parametrize("source,stays", [
    (r"甘め[^。!?\n]{0,6}?通してあげた(?!い|く)", True),
    (r"便宜(?:を)?(?:図っ|はかっ)。もろた", True),  # a sentence end is fine, a line break is not
    (r"\b便宜\b", True),
    (r"甘め.{0,6}通した", False),  # . takes a line break
    (r"甘め\s?通した", False),  # so does \s
    (r"甘め[^。]{0,6}通した", False),
    (r"通した(?=\n)", False),  # looks past the paragraph's end
    (r"^お礼", False),  # ^ matches at a paragraph searched alone, not inside the draft
    (r"お礼$", False),
])
def test_stays_in_lines_knows_what_can_see_a_line_break(source, stays):
    assert stays_in_lines(re.compile(source)) is stays


def test_paragraph_matches_give_the_whole_scan_and_reread_only_a_changed_paragraph(joined_draft):
    pattern = re.compile(r"便宜(?:を)?(?:図っ|はかっ)[たて]")
    looked_at: list[str] = []

    def may_match(text: str) -> bool:
        looked_at.append(text)
        return "便宜" in text

    by_paragraph = ParagraphMatches(pattern, may_match)
    paragraphs = ["業者さんに便宜を図った。\n\n", "今日は晴れ。\n\n", "また便宜はかってあげた！\n\n", "便宜を図ってもらった話。"]
    text = "".join(paragraphs)
    joined = joined_draft(text)
    whole = [m.span() for m in pattern.finditer(joined.text)]
    assert [m.span() for m in by_paragraph.finditer(joined)] == whole and len(whole) == 3
    assert by_paragraph.search(joined, whole[0][1]).span() == whole[1]  # from a position on
    assert by_paragraph.search(joined_draft("晴れ")) is None
    # One edit: only the paragraph that changed is read again.
    looked_at.clear()
    edited = text.replace("今日は晴れ", "今日は便宜を図った")
    again = joined_draft(edited)
    assert len(list(by_paragraph.finditer(again))) == 4
    assert looked_at == ["今日は便宜を図った。\n\n"]


def test_every_paragraph_scan_finds_what_a_whole_scan_finds(joined_draft):
    """Validators scan the draft paragraph by paragraph (bribe_taken, the
    year mentions of dates.py): each pattern scanned so must take no line
    break (an edit adding `.` or `\\s` to one would lose matches), and over
    real drafts give the whole scan's matches."""
    import importlib
    import json
    import pkgutil
    from pathlib import Path

    import yamaga_desk.validators as package

    modules = [importlib.import_module(f"{package.__name__}.{m.name}") for m in pkgutil.iter_modules(package.__path__)]
    scans = [v for m in modules for v in vars(m).values() if isinstance(v, ParagraphMatches)]
    assert len(scans) >= 14
    corpora = Path(__file__).resolve().parents[1] / "data" / "corpora"
    texts = [json.loads(line)["text"] for path in sorted(corpora.glob("independent-*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts.append("\n\n".join(texts[:400]))  # one long draft, as a recheck scans
    docs = [joined_draft(text) for text in texts]
    found = 0
    for scan in scans:
        assert stays_in_lines(scan.pattern), scan.pattern.pattern[:40]
        for doc in docs:
            whole = [m.span() for m in scan.pattern.finditer(doc.text)]
            assert [m.span() for m in scan.finditer(doc)] == whole
            found += len(whole)
    assert found > 100  # (the drafts hold such wordings)
