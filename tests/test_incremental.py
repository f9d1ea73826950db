"""Re-checking after an edit reuses unchanged paragraphs; the result must be
exactly what a fresh check of the edited text gives, also where a finding
depends on another paragraph (scope = "text", the year for a weekday)."""

from __future__ import annotations

import datetime as dt
import random

from yamaga_desk import paths
from yamaga_desk.engine import Engine
from yamaga_desk.ruleset.loader import load_ruleset
from yamaga_desk.ruleset.model import Rule, RuleSet
from yamaga_desk.text.normalize import Joined, normalize, paragraphs

TODAY = dt.date(2026, 6, 1)
PARAS = [
    "今日の窓口のじいさん、マジでﾊﾞｶなの？",
    "山鹿灯籠まつりは2026年8月15日(土)に開催します。",
    "連絡は090-1234-5678まで。\r\nパスワードは yamaga2026! です",
    "素晴らしい一日でした😡 係長まじで 死 ね って思った",
    "8月16日(日)も開催します。",
    "詳しくは http://xxx.example/ を見てね",
]


def _builtin():
    return Engine.build(load_ruleset([("builtin", paths.builtin_rules_dir())]))


def _rechecked(engine, text):
    """`engine`'s report on `text` (its caches full of earlier checks),
    which must equal a fresh engine's."""
    report = engine.check(text, "x", today=TODAY)
    assert report == _builtin().check(text, "x", today=TODAY)
    return report


def test_recheck_after_edits_equals_a_fresh_check():
    engine = _builtin()
    rnd = random.Random(4)
    text = "\n\n".join(PARAS * 3)
    for _ in range(40):
        pos = rnd.randrange(len(text) + 1)
        if rnd.random() < 0.5:
            text = text[:pos] + rnd.choice(["あ", "\n", "\n\n", "バカ", "1", "(", "2027年"]) + text[pos:]
        else:
            text = text[:pos] + text[pos + 1:]
        again = engine.check(text, "x", today=TODAY)
        fresh = _builtin().check(text, "x", today=TODAY)
        assert again == fresh


def test_year_in_an_earlier_paragraph_decides_a_weekday_after_an_edit():
    engine = _builtin()
    text = "2026年の予定です。\n\n8月16日(日)に開催します。"  # 2026-08-16 is a Sunday
    assert not [f for f in engine.check(text, today=TODAY).findings if f.item == "5.4"]
    edited = text.replace("2026年", "2027年")  # only the first paragraph changes
    wrong = [f.excerpt for f in engine.check(edited, today=TODAY).findings if f.item == "5.4"]
    assert wrong == ["8月16日(日)"]


def test_text_scope_exception_in_another_paragraph_is_seen_after_an_edit():
    rule = Rule(id="t-bad", item="5.6.1", severity="error", message="m", source="test:1",
                words=("バカ",), exceptions=("人権週間",), scope="text")
    engine = Engine.build(RuleSet(rules=[rule]))
    text = "お知らせです。\n\nバカと言うのはやめよう"
    assert [f.excerpt for f in engine.check(text).findings] == ["バカ"]
    edited = "人権週間のお知らせです。\n\nバカと言うのはやめよう"
    assert engine.check(edited).findings == ()
    assert [f.excerpt for f in engine.check(text).findings] == ["バカ"]


def test_paragraphs_normalize_as_the_whole():
    rnd = random.Random(5)
    alphabet = list("あカ漢ーｰ~ \u3000\n\n\n\r\u200b😡ﾊﾞｶ\u0301e。！・")
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        pieces, offset = [], 0
        for start, para in paragraphs(text):
            n = normalize(para)
            pieces.append((start, offset, n))
            offset += len(n.text)
        joined, whole = Joined(text, pieces), normalize(text)
        assert (joined.text, joined.starts, joined.ends) == (whole.text, whole.starts, whole.ends), repr(text)


def test_pattern_prefilter_never_hides_a_match():
    import re

    from yamaga_desk.prefilter import LiteralScanner, required_literals

    patterns = [r"死ね|しね", r"[0-9]+円", r"(?:バカ|ばか)[だな]", r"絶対(?:に)?(?:安全|治る)", r"a?b", r"(?:x|)y", r"[死し]ね"]
    rnd = random.Random(6)
    alphabet = list("死しねバカばかだな円0123絶対に安全治るabxy ")
    for p in patterns:
        compiled = re.compile(p)
        lits = required_literals(compiled)
        assert lits, p
        scanner = LiteralScanner(lits)
        for _ in range(2000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
            if any(m.end() > m.start() for m in compiled.finditer(text)):
                assert scanner.present(text), (p, text)


def test_literal_scanner_finds_exactly_the_literals_in_the_text():
    from yamaga_desk.prefilter import LiteralScanner

    rnd = random.Random(8)
    alphabet = list("死しねバカばかだ円01絶対に ")
    literals = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 4))) for _ in range(300)}
    scanner = LiteralScanner(literals)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 15)))
        assert scanner.present(text) == {lit for lit in literals if lit in text}, text


def test_a_paragraph_validator_with_facts_reruns_only_when_its_paragraph_or_facts_change():
    """validator(facts=...): the spans of a paragraph are kept while the
    paragraph and what it needs from the rest of the draft stay the same."""
    from yamaga_desk import validators

    calls = []

    def draft_mentions_staff(draft, start, end):  # a fact about the whole draft
        return "職員" in draft.text

    @validators.validator("test_guess_with_facts", scope="paragraph", facts=draft_mentions_staff)
    def guess(doc, staff):
        calls.append(doc.text)
        i = doc.text.find("たぶん")
        return [(i, i + 3)] if staff and i >= 0 else []

    try:
        rule = Rule(id="t-guess", item="6.2", severity="warning", message="m", source="test:1",
                    validator="test_guess_with_facts")
        engine = Engine.build(RuleSet(rules=[rule]))
        text = "予算はたぶん削られる。\n\n今日は晴れ。"
        assert engine.check(text).findings == ()
        assert len(calls) == 2
        edited = text.replace("晴れ", "職員の研修")  # only the second paragraph changes ...
        assert [f.excerpt for f in engine.check(edited).findings] == ["たぶん"]  # ... and the first one's facts
        assert len(calls) == 4
        engine.check(edited.replace("研修", "研修会"))  # the first paragraph and its facts are unchanged
        assert len(calls) == 5
        fresh = Engine.build(RuleSet(rules=[rule])).check(edited.replace("研修", "研修会"))
        assert engine.check(edited.replace("研修", "研修会")) == fresh
    finally:
        for table in (validators.VALIDATORS, validators.VALIDATOR_SCOPES, validators.VALIDATOR_NEEDS,
                      validators.VALIDATOR_FACTS):
            table.pop("test_guess_with_facts", None)


def test_a_whole_draft_fact_is_computed_once_per_check():
    from yamaga_desk.analysis.document import Document
    from yamaga_desk.validators.draft_facts import once_per_draft

    seen = []

    @once_per_draft
    def warns(draft):
        seen.append(1)
        return "禁止" in draft.text

    doc = Document(normalize("飲酒運転は禁止です。\n\n二段落目"))
    assert warns(doc) and warns(doc) and len(seen) == 1
    assert not warns(Document(normalize("二段落目"))) and len(seen) == 2


def test_the_cache_of_validators_with_facts_stays_bounded(monkeypatch):
    """Checking many different drafts never grows the facts cache past its
    bound, now that it is trimmed in place.  (The cost of the old copy-and-trim
    at every check showed in benchmarks/run.py, not here: speed is measured,
    not unit-tested.)"""
    from yamaga_desk import engine as engine_module

    monkeypatch.setattr(engine_module, "FACTS_CACHE_SIZE", 50)
    engine = _builtin()
    for n in range(40):
        engine.check(f"お知らせ{n}です。\n\n職員だけどたぶん予算は{n}万円減る。\n\n{n}回目の会議", "x", today=TODAY)
    assert 0 < len(engine._facts_results) <= 50


def test_a_verdict_kept_with_a_paragraph_follows_the_next_paragraph():
    """An exception pattern reads one character past the match's sentence,
    i.e. into the next paragraph: the engine keeps a paragraph's verdicts
    (context, allow-list) between checks, and must decide again when that
    character changes."""
    rule = Rule(id="t-bad", item="5.6.1", severity="error", message="m", source="test:1",
                words=("バカ",), exception_patterns=(r"バカ\n\n注",))
    engine = Engine.build(RuleSet(rules=[rule]))
    noted = "バカ\n\n注意書きです。"  # (a line without 。 ends its sentence with the blank line)
    assert engine.check(noted).findings == ()
    plain = "バカ\n\n本文です。"
    assert [f.excerpt for f in engine.check(plain).findings] == ["バカ"]
    assert engine.check(noted).findings == ()


def test_a_sentence_running_into_the_next_paragraph_is_decided_again():
    """A zero-width space between blank lines leaves the next paragraph
    starting with a line break (the break is cut before it): the draft's
    sentence then runs into that paragraph, and its exception pattern with it."""
    rule = Rule(id="t-bad", item="5.6.1", severity="error", message="m", source="test:1",
                words=("バカ",), exception_patterns=(r"バカ\n\n\n注",))
    engine = Engine.build(RuleSet(rules=[rule]))
    assert [f.excerpt for f in engine.check("バカ\n\n\u200b\n本文").findings] == ["バカ"]
    assert engine.check("バカ\n\n\u200b\n注意").findings == ()


def test_a_verdict_kept_with_a_paragraph_follows_a_look_behind_into_the_previous_one():
    rule = Rule(id="t-bad", item="5.6.1", severity="error", message="m", source="test:1",
                words=("バカ",), exception_patterns=(r"(?<=冗談。\n\n)バカ",))
    engine = Engine.build(RuleSet(rules=[rule]))
    assert engine.check("冗談。\n\nバカ").findings == ()
    assert [f.excerpt for f in engine.check("本気。\n\nバカ").findings] == ["バカ"]
    assert engine.check("冗談。\n\nバカ").findings == ()


def test_recheck_equals_a_fresh_check_around_odd_paragraph_breaks():
    """Paragraphs whose sentences run into the next one (a break followed by a
    zero-width space and another line break normalizes to a paragraph that
    starts with a line break), rules whose context reads the sentence or the
    whole draft, and the allow-list: random edits, then a fresh engine."""
    rules = [
        Rule(id="t-word", item="5.6.1", severity="error", message="m", source="test:1",
             words=("バカ",), exceptions=("冗談",)),
        Rule(id="t-text", item="5.6.1", severity="error", message="m", source="test:2",
             words=("アホ",), requires=("職員",), scope="text"),
        Rule(id="t-pattern", item="5.6.1", severity="error", message="m", source="test:3",
             patterns=(r"[0-9]{3}-[0-9]{4}",), exception_patterns=(r"(?<=\n)[0-9]{3}", r"[0-9]{4}\n")),
    ]
    ruleset = RuleSet(rules=rules, allow=("111-2222",))
    engine = Engine.build(ruleset)
    rnd = random.Random(9)
    pieces = ["バカ。", "冗談だよ", "アホ", "職員です", "111-2222", "333-4444", "\n\n", "\n\n\u200b\n", "\n", "。", "ｰ"]
    text = "".join(rnd.choice(pieces) for _ in range(30))
    for _ in range(60):
        pos = rnd.randrange(len(text) + 1)
        if rnd.random() < 0.6:
            text = text[:pos] + rnd.choice(pieces) + text[pos:]
        else:
            text = text[:pos] + text[pos + 2:]
        assert engine.check(text) == Engine.build(ruleset).check(text), repr(text)


def test_adult_link_scans_paragraph_by_paragraph_equal_scans_of_the_whole_draft(joined_draft):
    """The adult-link validators find links and adult words per paragraph
    (remembered, so a re-check scans one paragraph); on random drafts made of
    link forms, adult words, pointers and paragraph breaks of every kind the
    result is what a scan of the whole draft finds."""
    from yamaga_desk.validators import urls

    rnd = random.Random(11)
    pieces = ["https://momo.example/v", "https", "//ero.example", "www", ".", "example.com", " ", "H", "な動画",
              "エロ動画サイト", "大人の動画", "18歳未満は見ないで", "プロフ", "検索", "注意", "。", "\n", "\n\n",
              "\n \n", "\n\n\u200b\n", "ｈｔｔｐｓ：／／", "a", "1"]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        draft = joined_draft(text)
        whole = draft.text
        assert urls.draft_links(draft) == list(urls.find_urls(whole)), repr(text)
        for by_paragraph, pattern in [(urls._ADULT_SITE_BY_PARAGRAPH, urls._ADULT_SITE),
                                      (urls._EUPHEMISM_BY_PARAGRAPH, urls._EUPHEMISM),
                                      (urls._AGE_GATE_BY_PARAGRAPH, urls._AGE_GATE)]:
            assert by_paragraph(draft) == [m.span() for m in pattern.finditer(whole)], (repr(text), pattern)


def test_an_adult_site_pointer_follows_a_link_in_the_next_paragraph_after_edits():
    """A link within reach of the sentence (even in the next paragraph)
    leaves the pointer to adult_link_words; removing the link brings it back."""
    engine = _builtin()

    def pointed(text):
        report = _rechecked(engine, text)
        return [f.excerpt for f in report.findings if f.item == "5.6.5"]

    pointer = "エロ動画サイト、検索してみ\n\n"
    assert "エロ動画サイト" in pointed(pointer + "今日は晴れ。")
    assert "エロ動画サイト" not in pointed(pointer + "https://example.com/a")
    assert "エロ動画サイト" in pointed(pointer + "今日は雨。")


def test_draft_wide_facts_follow_an_edit_in_another_paragraph():
    """Facts of the form "somewhere in the draft" (the election and the
    preference for it, told in another paragraph than the call to spread it)
    are remembered line by line; an edit of that other paragraph changes them."""
    engine = _builtin()

    def rules(text):
        report = _rechecked(engine, text)
        return {f.rule for f in report.findings}

    spread = "\n\n周りにも広めてね"
    assert "law-election-preference" in rules("今度の市長選、やっぱり現職しかいないでしょ。" + spread)
    assert "law-election-preference" not in rules("今度の市長選、投票日は7月10日です。" + spread)
    assert "law-election-preference" in rules("今度の市長選、やっぱり現職しかいないでしょ。" + spread)


def test_figures_found_paragraph_by_paragraph_equal_figures_of_the_whole_draft(joined_draft):
    """The two text-wide figures validators share the draft's quantities,
    found per paragraph (remembered); on random drafts — a number closing a
    paragraph whose unit opens the next (5\\n\\n人) included — they are the
    quantities of the whole text, thresholds and claims read across breaks."""
    from yamaga_desk.validators import figures_common

    rnd = random.Random(12)
    pieces = ["水位は", "3.2", "2,800", "5万2千", "m", "人", "円", "氾濫危険水位（", "）", "には達していません",
              "を超えています", "前年", "より増えました", "。", "\n", "\n\n", "\n \n", " ", "番地2", "約"]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        draft = joined_draft(text)
        assert figures_common._draft_quantities(draft) == figures_common.quantities(draft.text), repr(text)


def test_a_contradicting_figure_across_a_blank_line_is_found_after_an_edit():
    engine = _builtin()

    def figures_found(text):
        report = _rechecked(engine, text)
        return [f.excerpt for f in report.findings if f.item == "5.4"]

    # (a line without 。 takes the blank line into its sentence, the one before the threshold's)
    told = "水位は3.2mでした\n\n氾濫危険水位（2.8m）には達していません。"
    assert figures_found(told) == ["3.2m", "氾濫危険水位（2.8m）には達していません"]
    assert not figures_found(told.replace("3.2m", "2.2m"))
    assert figures_found(told)


def test_a_paragraph_met_next_to_many_others_keeps_a_bounded_number_of_verdicts(monkeypatch):
    from yamaga_desk import engine as engine_module

    monkeypatch.setattr(engine_module, "DECIDED_PER_PARAGRAPH", 4)
    rule = Rule(id="t-bad", item="5.6.1", severity="error", message="m", source="test:1",
                words=("バカ",), exception_patterns=(r"バカ\n\n注",))
    engine = Engine.build(RuleSet(rules=[rule]))
    for head in ["注意", "本文", "今日", "明日", "昨日", "山鹿", "灯籠", "温泉", "注記", "市役所", "注意"]:
        expected = [] if head.startswith("注") else ["バカ"]
        assert [f.excerpt for f in engine.check(f"バカ\n\n{head}です").findings] == expected, head
    para = next(p for (text, _, _), p in engine._paragraphs.items() if text == "バカ\n\n")
    assert 0 < len(para.decided) <= 4


def test_facts_about_the_sentence_before_follow_an_edit_of_it():
    """Facts that test the sentence next to a paragraph remember each
    sentence's answer (draft_facts.holds_match): the label in the paragraph
    before marks the content here, and editing the label away unmarks it."""
    engine = _builtin()

    def secret(text):
        report = _rechecked(engine, text)
        return [f.excerpt for f in report.findings if f.rule == "secret-internal-document"]

    content = "\n\n来年度の職員採用は15人に絞る予定"
    assert "来年度の職員採用は15人に絞る予定" in secret("表紙に #部外秘 って書いてある" + content)
    assert secret("表紙にタイトルが書いてある" + content) == []
    assert "来年度の職員採用は15人に絞る予定" in secret("表紙に #部外秘 って書いてある" + content)
