"""Fallback rules (the learned sentence model's) back the hand rules up and
never double them: one problem, one finding for the author to handle."""

from __future__ import annotations

import textwrap

from yamaga_desk.engine import Engine
from yamaga_desk.ruleset.loader import load_ruleset


def _rule(rid: str, item: str, pattern: str, extra: str = "") -> str:
    return textwrap.dedent(f"""
        [[rule]]
        id = "{rid}"
        item = "{item}"
        severity = "warning"
        message = "テスト用の規則です。ガイドライン6(3)①"
        patterns = ["{pattern}"]
        {extra}
        [rule.examples]
        match = ["{pattern}です"]
        no_match = ["公開です"]
        """)


def _engine(tmp_path, *rules: str) -> Engine:
    (tmp_path / "r.toml").write_text("".join(rules), encoding="utf-8")
    return Engine.build(load_ruleset([("test", tmp_path)]))


def test_a_fallback_finding_gives_way_to_a_finding_of_its_item_on_the_same_words(tmp_path):
    engine = _engine(tmp_path,
                     _rule("hand", "6.3.1", "極秘"),
                     _rule("backup", "6.3.1", "資料", 'underline = "sentence"\nfallback = true'))
    assert [f.rule for f in engine.check("昨日の資料は極秘です。").findings] == ["hand"]
    # Where no other rule of the item speaks, the fallback does.
    assert [(f.rule, f.excerpt) for f in engine.check("昨日の資料です。").findings] == [("backup", "昨日の資料です。")]


def test_a_fallback_of_another_item_or_another_sentence_stays(tmp_path):
    engine = _engine(tmp_path,
                     _rule("hand", "6.3.1", "極秘"),
                     _rule("backup", "6.1", "資料", 'underline = "sentence"\nfallback = true'))
    assert sorted(f.rule for f in engine.check("昨日の資料は極秘です。").findings) == ["backup", "hand"]
    engine = _engine(tmp_path,
                     _rule("hand", "6.3.1", "極秘"),
                     _rule("backup", "6.3.1", "資料", 'underline = "sentence"\nfallback = true'))
    report = engine.check("これは極秘です。\n昨日の資料です。")
    assert [(f.rule, f.excerpt) for f in report.findings] == [("hand", "これは極秘です。"), ("backup", "昨日の資料です。")]


def test_a_fallback_that_is_not_true_or_false_is_reported_with_file_and_line(tmp_path):
    (tmp_path / "r.toml").write_text(_rule("backup", "6.3.1", "資料", 'fallback = "yes"'), encoding="utf-8")
    ruleset = load_ruleset([("test", tmp_path)])
    assert ruleset.rules == []
    assert any("fallback" in str(p) and "r.toml:" in str(p) for p in ruleset.problems)
