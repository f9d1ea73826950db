"""Exception patterns several rules of a file share are written once, in
the file's [shared_exception_patterns], and named by each rule."""

from __future__ import annotations

import textwrap

from yamaga_desk.engine import Engine
from yamaga_desk.ruleset.loader import load_ruleset

SHARED = textwrap.dedent("""
    [shared_exception_patterns]
    quoted-mention = ["「[^」]{1,10}」という言葉"]
    """)


def _rule(rid: str, word: str, extra: str = "") -> str:
    return textwrap.dedent(f"""
        [[rule]]
        id = "{rid}"
        item = "5.6.1"
        severity = "error"
        message = "テスト用の規則です。ガイドライン5(6)①"
        patterns = ["{word}"]
        {extra}
        [rule.examples]
        match = ["あいつは{word}だ"]
        no_match = ["「{word}」という言葉は使わない"]
        """)


def _ruleset(tmp_path, text: str):
    (tmp_path / "r.toml").write_text(text, encoding="utf-8")
    return load_ruleset([("test", tmp_path)])


def test_each_rule_naming_a_shared_exception_gets_it_after_its_own(tmp_path):
    ruleset = _ruleset(tmp_path, SHARED
                       + _rule("a", "バカ", 'exception_patterns = ["バカ売れ"]\nshared_exceptions = ["quoted-mention"]')
                       + _rule("b", "アホ", 'shared_exceptions = "quoted-mention"'))
    assert ruleset.problems == []
    by_id = {r.id: r for r in ruleset.rules}
    assert by_id["a"].exception_patterns == ("バカ売れ", "「[^」]{1,10}」という言葉")
    assert by_id["b"].exception_patterns == ("「[^」]{1,10}」という言葉",)
    engine = Engine.build(ruleset)
    assert [f.rule for f in engine.check("あいつはバカだ。アホか。").findings] == ["a", "b"]
    assert not engine.check("「バカ」という言葉も「アホ」という言葉も使わない。").findings


def test_an_unknown_name_skips_that_rule_with_file_and_line_and_keeps_the_others(tmp_path):
    text = SHARED + _rule("a", "バカ", 'shared_exceptions = ["quoted-mentoin"]') + _rule("b", "アホ")
    ruleset = _ruleset(tmp_path, text)
    assert [r.id for r in ruleset.rules] == ["b"]
    [problem] = ruleset.problems
    line = text.splitlines().index('shared_exceptions = ["quoted-mentoin"]') + 1
    assert (problem.line, "quoted-mentoin" in problem.message) == (line, True)


def test_a_shared_pattern_that_is_not_safe_is_reported_where_it_is_used(tmp_path):
    text = "[shared_exception_patterns]\nnested = [\"(a+)+\"]\n" + _rule("a", "バカ", 'shared_exceptions = ["nested"]')
    ruleset = _ruleset(tmp_path, text)
    assert ruleset.rules == []
    assert any("(a+)+" in p.message for p in ruleset.problems)


def test_a_shared_table_of_the_wrong_shape_is_reported_and_the_rules_still_load(tmp_path):
    ruleset = _ruleset(tmp_path, 'shared_exception_patterns = "「」"\n' + _rule("b", "アホ"))
    assert [r.id for r in ruleset.rules] == ["b"]
    assert any("shared_exception_patterns" in p.message and p.line == 1 for p in ruleset.problems)
