"""The detection-quality targets on the labelled development corpus
(shared/corpus/dev.jsonl, beside the checkout), so a rule change that loses
recall or cries wolf fails the build.  Skipped when the corpus is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from yamaga_desk.engine import get_engine
from yamaga_desk.evaluate import evaluate, load_corpus

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"
# Sets written independently (see tests/data/corpora/README.md).
INDEPENDENT = sorted((Path(__file__).parent / "data" / "corpora").glob("*.jsonl"))


@pytest.fixture(scope="module", params=[DEV, *INDEPENDENT], ids=lambda p: p.stem)
def evaluation(request, engine):
    if not request.param.is_file():
        pytest.skip(f"no labelled corpus at {request.param}")
    return evaluate(load_corpus(request.param), engine)


def test_every_item_meets_its_f1_target(evaluation):
    below = {item: round(score.f1, 2) for item, score in evaluation.items.items()
             if score.f1 < (0.90 if evaluation.kinds[item] == "auto" else 0.75)}
    assert below == {}


def test_clean_drafts_rarely_get_a_finding(evaluation):
    assert evaluation.clean_fp_rate <= 0.03


def test_evidence_spans_are_covered(evaluation):
    assert evaluation.span_recall >= 0.90


def test_no_rule_fails_on_any_draft(evaluation):
    """A validator that raises is skipped (the check goes on), which silently
    drops its findings: on the corpora that must never happen."""
    assert evaluation.failures == []


def test_a_failing_validator_shows_in_the_evaluation():
    from yamaga_desk import validators
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.model import Rule, RuleSet

    @validators.validator("test_broken")
    def broken(doc):
        raise ValueError("boom")

    try:
        rule = Rule(id="t-broken", item="5.4", severity="error", message="m", source="test:1",
                    validator="test_broken")
        ev = evaluate([{"id": "x1", "text": "今日は晴れ", "items": []}], Engine.build(RuleSet(rules=[rule])))
        assert len(ev.failures) == 1 and ev.failures[0].startswith("x1: ") and "t-broken" in ev.failures[0]
        assert "rules skipped after an error: 1" in ev.table()
    finally:
        for table in (validators.VALIDATORS, validators.VALIDATOR_SCOPES, validators.VALIDATOR_NEEDS):
            table.pop("test_broken", None)


def test_errors_list_a_quote_the_flagged_item_does_not_cover():
    """A draft flagged for the right item but on other words still leaves
    the breaking words without an underline: --errors names that quote."""
    engine = get_engine()
    text = "あいつはバカだ。昨日は晴れだった。"
    report = engine.check(text, "x")
    assert any(f.item == "5.6.1" for f in report.findings)
    ev = evaluate([{"id": "s1", "platform": "x", "text": text, "items": ["5.6.1"],
                    "evidence": [{"item": "5.6.1", "quote": "バカ"},
                                 {"item": "5.6.1", "quote": "昨日は晴れ"}]}], engine)
    assert (ev.spans_found, ev.spans_total) == (1, 2)
    assert [line.split(" (")[0] for line in ev.errors] == ["SPAN s1 5.6.1: 昨日は晴れ"]
