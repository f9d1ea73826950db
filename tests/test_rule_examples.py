"""Every example of every built-in rule, as its own test (LanguageTool style):
`match` sentences must produce a finding of the rule, `no_match` must not."""

from __future__ import annotations

import pytest

from yamaga_desk import paths
from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.ruleset.loader import load_checklist, load_ruleset

RULESET = load_ruleset([("builtin", paths.builtin_rules_dir())])
MATCH = [(r.id, s) for r in RULESET.rules for s in r.examples_match]
NO_MATCH = [(r.id, s) for r in RULESET.rules for s in r.examples_no_match]


def test_builtin_rules_load_without_problems():
    assert [str(p) for p in RULESET.problems] == []


def test_every_checklist_item_has_a_rule():
    items = {i.id for i in load_checklist()}
    covered = {r.item for r in RULESET.rules}
    assert items - covered == set()


@pytest.mark.parametrize("rule_id,sentence", MATCH)
def test_match_example(engine, rule_id, sentence):
    report = engine.check(sentence, today=EXAMPLE_TODAY, only=[rule_id])
    # A validator that raises is skipped with a notice; in an example that
    # would hide a broken rule behind a passing (or failing) test.
    assert report.notices == ()
    assert report.findings, f"{rule_id} does not match its example: {sentence}"
    for f in report.findings:
        assert f.excerpt == sentence[f.start:f.end]


@pytest.mark.parametrize("rule_id,sentence", NO_MATCH)
def test_no_match_example(engine, rule_id, sentence):
    report = engine.check(sentence, today=EXAMPLE_TODAY, only=[rule_id])
    assert report.notices == ()
    assert [f.excerpt for f in report.findings] == [], f"{rule_id} matches a no_match example"


def test_every_message_cites_its_clause_and_offers_a_way_out():
    # Issue: every finding explains itself — why, the clause it breaks, and a suggestion.
    clauses = {i.id: i.clause for i in load_checklist()}
    missing = [r.id for r in RULESET.rules
               if clauses[r.item] not in r.message.replace("（", "(").replace("）", ")")]
    assert missing == []
    assert [r.id for r in RULESET.rules if not r.suggestions] == []
