"""What a finding underlines: the matched words, or for items whose
sentence is the problem (a disclosure, a brush-off) the whole sentence."""

from __future__ import annotations

import textwrap

from yamaga_desk.engine import Engine
from yamaga_desk.ruleset.loader import load_ruleset
from yamaga_desk.ruleset.underline import MAX_SENTENCE_CHARS, sentence_around


def test_a_span_widens_to_its_sentence_without_the_edges_whitespace():
    text = "お知らせです。\n  未公表やけど、ゲストは歌手に決まった！ 次の話。"
    start = text.index("未公表")
    lo, hi = sentence_around(text, start, start + 3)
    assert text[lo:hi] == "未公表やけど、ゲストは歌手に決まった！"


def test_a_sentence_ends_at_a_line_break_and_after_closing_brackets():
    text = "「ここだけの話。」\n内示は来週😡らしい\r\n次の行"
    start = text.index("内示")
    assert text[slice(*sentence_around(text, start, start + 2))] == "内示は来週😡らしい"
    start = text.index("ここだけ")
    assert text[slice(*sentence_around(text, start, start + 4))] == "「ここだけの話。」"


def test_a_span_ending_with_its_full_stop_stays_in_its_sentence():
    text = "内示は来週です。次の話。"
    assert text[slice(*sentence_around(text, 0, text.index("。") + 1))] == "内示は来週です。"
    text = "「ここだけの話。」次の話。"
    assert text[slice(*sentence_around(text, 1, text.index("。") + 1))] == "「ここだけの話。」"


def test_a_sentence_too_long_to_take_in_keeps_the_words():
    text = "あ" * MAX_SENTENCE_CHARS + "未公表" + "い" * 20 + "。"
    start = text.index("未公表")
    assert sentence_around(text, start, start + 3) == (start, start + 3)


def test_items_of_disclosures_underline_the_sentence_and_insults_the_words(engine):
    text = "今日は晴れ。未公表やけど、今年のゲストは有名歌手に決まったよ😊\r\nあの課長はほんとバカ。"
    report = engine.check(text, "x")
    by_item = {f.item: f for f in report.findings}
    assert by_item["6.1"].excerpt == "未公表やけど、今年のゲストは有名歌手に決まったよ😊"
    assert text[by_item["6.1"].start:by_item["6.1"].end] == by_item["6.1"].excerpt
    assert by_item["5.6.1"].excerpt == "バカ"


def test_two_matches_in_one_sentence_make_one_finding(engine):
    text = "ここだけの話、内示で観光課長は西田さんに決まりました。"
    found = [f for f in engine.check(text, "x").findings if f.item == "6.1"]
    assert len(found) == len({f.rule for f in found})  # one finding per rule...
    assert len({(f.start, f.end) for f in found}) == 1  # ...each underlining the one sentence


def write_rule(folder, extra: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "r.toml").write_text(textwrap.dedent(f"""
        [[rule]]
        id = "t-secret"
        item = "6.1"
        severity = "error"
        message = "m"
        words = ["極秘"]
        {extra}
        [rule.examples]
        match = ["これは極秘です"]
        no_match = ["これは公開です"]
        """), encoding="utf-8")


def test_a_rule_may_underline_its_words_in_a_sentence_item(tmp_path):
    write_rule(tmp_path, 'underline = "words"')
    engine = Engine.build(load_ruleset([("test", tmp_path)]))
    assert [f.excerpt for f in engine.check("昨日の資料は極秘です。").findings] == ["極秘"]
    write_rule(tmp_path, "")
    engine = Engine.build(load_ruleset([("test", tmp_path)]))
    assert [f.excerpt for f in engine.check("昨日の資料は極秘です。").findings] == ["昨日の資料は極秘です。"]


def test_an_unknown_underline_is_reported_with_file_and_line(tmp_path):
    write_rule(tmp_path, 'underline = "paragraph"')
    ruleset = load_ruleset([("test", tmp_path)])
    assert ruleset.rules == []
    assert any("underline" in str(p) and "r.toml:" in str(p) for p in ruleset.problems)
