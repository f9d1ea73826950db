"""check(): one pure, deterministic, thread-safe function; the engine never
touches Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from yamaga_desk import check

PACKAGE = Path(__file__).resolve().parents[1] / "yamaga_desk"
# Modules that may use Qt: the GUI, and the PDF export which renders with Qt.
QT_ALLOWED = ("gui/", "export/pdf")


def test_engine_modules_import_nothing_from_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{rel}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    assert offenders == []


def test_no_module_defines_a_name_twice():
    """A second module-level definition of a name silently replaces the first
    for every function that reads it at check time: a per-head limit read
    十五 with a ratio helper of the same name and skipped its rule with an
    error, and a rule for pets beside poisoned pests read another check's
    list of pets.  Each name is defined once."""
    twice = []
    for path in PACKAGE.rglob("*.py"):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{path.relative_to(PACKAGE).as_posix()}: {name} (lines {seen[name]} and {node.lineno})")
                seen.setdefault(name, node.lineno)
    assert twice == []


def test_checking_from_the_command_line_loads_no_qt():
    code = (
        "import sys, yamaga_desk.cli, yamaga_desk.engine, yamaga_desk.evaluate;"
        "yamaga_desk.engine.check('マジでバカなの？');"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_same_output_on_repeat_and_across_threads():
    texts = ["マジでﾊﾞｶなの？", "2026年8月15日(金)に開催", "pass: yamaga2026! です", "素晴らしい一日"] * 10
    expected = [check(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        again = list(pool.map(check, texts))
    assert [r.findings for r in again] == [r.findings for r in expected]
    assert [r.checklist for r in again] == [r.checklist for r in expected]


def test_checklist_status_flagged_review_clear():
    report = check("マジでバカなの？")
    status = {c.item: c.status for c in report.checklist}
    assert status["5.6.1"] == "flagged"
    assert status["5.5"] == "review"  # review-kind item, nothing flagged
    assert status["6.3.3"] == "clear"  # auto item, nothing found


def test_finding_covers_the_whole_evaded_word():
    for typed, word in [("あいつバ😡カだ", "バ😡カ"), ("あいつば\u200bかだ", "ば\u200bか"),
                        ("係長まじで 死 ね って思った", "死 ね"), ("もうしねーーーって", "しねーーー")]:
        excerpts = [f.excerpt for f in check(typed).findings if f.item == "5.6.1"]
        assert word in excerpts, (typed, excerpts)


def test_empty_and_whitespace_drafts():
    for text in ["", " ", "\n\n", "\u200b"]:
        assert check(text).findings == ()


def test_two_rules_with_the_same_pattern_both_report(tmp_path):
    # re.compile returns one cached object for equal pattern strings; a
    # de-duplication by pattern once silenced the second rule.
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.loader import load_ruleset

    body = ""
    for rid, item in (("one", "5.6.1"), ("two", "5.6.2")):
        body += f'''
[[rule]]
id = "{rid}"
item = "{item}"
severity = "error"
message = "テスト"
patterns = ["民度が?低"]
[rule.examples]
match = ["民度が低い"]
no_match = ["民度"]
'''
    (tmp_path / "r.toml").write_text(body, encoding="utf-8")
    engine = Engine.build(load_ruleset([("test", tmp_path)]))
    assert {f.rule for f in engine.check("あの地域は民度が低いよね").findings} == {"one", "two"}


def test_a_quoted_question_does_not_end_the_sentence():
    from yamaga_desk.analysis.document import sentence_bounds

    text = "窓口で「支所がなくなるって本当？」と聞かれた。困った"
    assert sentence_bounds(text) == [(0, text.index("困")), (text.index("困"), len(text))]


def test_a_kanji_word_is_found_spelt_in_kana_but_not_by_a_short_homophone():
    """無能 in the word list also catches ムノウ/むのう (a way round a word list);
    a two-kana reading is too ambiguous (くず湯, 酒かす are food)."""
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.model import Rule, RuleSet

    rule = Rule(id="t-insult", item="5.6.1", severity="error", message="m", source="test:1",
                words=("無能", "屑"))
    engine = Engine.build(RuleSet(rules=[rule]))
    assert [f.excerpt for f in engine.check("主任はほんとムノウ").findings] == ["ムノウ"]
    assert [f.excerpt for f in engine.check("主任はほんとむのう").findings] == ["むのう"]
    assert engine.check("寒い日はくず湯がいい").findings == ()
