"""A learned rule's finding names the words that weighed most for it, so the
writer knows what to rethink — not only that the sentence "resembles" drafts
that broke the item."""

from __future__ import annotations

import re

import pytest

from yamaga_desk.text.normalize import normalize
from yamaga_desk.validators import VALIDATOR_NOTES
from yamaga_desk.validators.registry import validator

NOTE = re.compile(r"（判定の決め手になった語：((?:「[^」]+」)+)）$")


def _note_words(finding) -> list[str]:
    m = NOTE.search(finding.message)
    return re.findall(r"「([^」]+)」", m.group(1)) if m else []


def _learned(engine, text: str, rule: str):
    return [f for f in engine.check(text, "x", only=[rule]).findings if f.rule == rule]


def test_a_learned_finding_names_the_words_of_its_sentence(engine):
    text = "勤務中やけど、こっそりビール飲んどるw"
    [finding] = _learned(engine, text, "learned-5.1")
    words = _note_words(finding)
    assert "ビール" in words and 1 <= len(words) <= 3
    assert finding.message.startswith("この文は、ガイドライン5(1)")  # the rule's own message comes first


@pytest.mark.parametrize("before", ["今日は晴れ。\n\n", "お知らせ😡\r\n\r\n", "朝\u200bの会議は10時から。\r\n\r\n"])
def test_the_words_come_from_the_flagged_sentence_after_emoji_crlf_and_invisibles(engine, before):
    """The note reads the paragraph the finding is in (offsets mapped through
    normalization), never the paragraph before it."""
    flagged = "※力仕事なので男性限定です。女性の応募はご遠慮ください🙏"
    text = before + flagged
    findings = _learned(engine, text, "learned-5.6.2")
    assert findings
    for f in findings:
        sentence = normalize(text[f.start:f.end]).text
        words = _note_words(f)
        assert words, f.message
        assert all(part in sentence for w in words for part in w.split("…")), (words, sentence)


def test_numbers_and_everyday_words_are_not_named(engine):
    """今日 / 3 / する weigh in every sentence; naming them would tell the writer nothing."""
    text = "今日の会議、区長が同じ話3周目に突入。ほんとこの辺の人ら民度低すぎん？"
    for f in _learned(engine, text, "learned-5.1"):
        words = _note_words(f)
        assert not {"今日", "3", "する"} & set(words)


def test_hand_rules_say_only_their_own_message(engine):
    [finding] = [f for f in engine.check("担当のパスワードは yamaga2026! です", "x").findings
                 if f.item == "6.3.3" and not f.rule.startswith("learned-")]
    assert "判定の決め手" not in finding.message


def test_every_learned_validator_has_notes_and_only_paragraph_validators_may():
    assert {name for name in VALIDATOR_NOTES if name.startswith("learned_sentence_")} == {
        name for name in VALIDATOR_NOTES}
    with pytest.raises(ValueError):
        validator("test_text_with_notes", scope="text", notes=lambda doc, s, e: None)


def test_a_failing_note_leaves_the_finding_as_it_was(engine, monkeypatch):
    """A note is a courtesy: if it cannot be made, the finding stands with its rule's message."""
    def broken(doc, start, end):
        raise RuntimeError("boom")

    monkeypatch.setitem(engine.matcher.notes, "learned-5.1", broken)
    [finding] = _learned(engine, "勤務中やけど、こっそりビール飲んどるw", "learned-5.1")
    assert "判定の決め手" not in finding.message and finding.message.startswith("この文は")


def test_notes_never_build_the_whole_draft_s_character_map(engine, monkeypatch):
    """Notes map a finding's offsets through its paragraph's own normalization:
    the draft-wide map (Joined.starts) held ~7 MB for 100,000 characters and
    pushed the window past its memory target."""
    from yamaga_desk.text.normalize import Joined

    def refuse(self):
        raise AssertionError("the draft-wide character map was built")

    monkeypatch.setattr(Joined, "_maps", refuse)
    text = "お知らせ😡\r\n\r\n勤務中やけど、こっそりビール飲んどるw\n\n明日は晴れ。"
    [finding] = _learned(engine, text, "learned-5.1")
    assert "ビール" in _note_words(finding)
