"""One problem, one finding for the author to handle: fallback rules (the
learned sentence model's) back the hand rules up and never double them, and
rules of one item that flag exactly the same words give one finding."""

from __future__ import annotations

import textwrap

from yamaga_desk.engine import Engine
from yamaga_desk.ruleset.loader import load_ruleset


def _rule(rid: str, item: str, pattern: str, extra: str = "", severity: str = "warning") -> str:
    return textwrap.dedent(f"""
        [[rule]]
        id = "{rid}"
        item = "{item}"
        severity = "{severity}"
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


def test_rules_of_one_item_on_the_same_words_give_one_finding_the_most_severe(tmp_path):
    """Three 6.1 rules underlining the same sentence were three rows in the
    findings list and a count of 3 on the checklist for one problem."""
    engine = _engine(tmp_path,
                     _rule("a-plain", "6.1", "検討中", 'underline = "sentence"\nsuggestions = ["決定後にお知らせします"]'),
                     _rule("b-strict", "6.1", "内示", 'underline = "sentence"\nsuggestions = ["公表後に書く"]',
                           severity="error"),
                     _rule("c-other-item", "6.3.1", "内示", 'underline = "sentence"'))
    report = engine.check("人事は検討中で、内示はまだです。")
    assert [(f.rule, f.item, f.severity) for f in report.findings] == [("b-strict", "6.1", "error"),
                                                                       ("c-other-item", "6.3.1", "warning")]
    # Every rule's better wording is still offered, the kept rule's first.
    assert report.findings[0].suggestions == ("公表後に書く", "決定後にお知らせします")
    assert {c.item: c.count for c in report.checklist}["6.1"] == 1


def test_rules_of_one_item_on_different_words_keep_their_findings(tmp_path):
    # (5.6.1 underlines the words; 6.1 above, the whole sentence)
    engine = _engine(tmp_path, _rule("a-plain", "5.6.1", "バカ"), _rule("b-strict", "5.6.1", "アホ"))
    report = engine.check("課長はバカで係長はアホです。")
    assert [(f.rule, f.excerpt) for f in report.findings] == [("a-plain", "バカ"), ("b-strict", "アホ")]
    assert {c.item: c.count for c in report.checklist}["5.6.1"] == 2
