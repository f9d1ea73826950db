"""The detectors' tests look at what each detector marks, so their engine
underlines the matched words of every rule: widening a finding to its
sentence (rules/checklist.toml `underline`) is tested on its own in
tests/ruleset/test_underline.py."""

from __future__ import annotations

import dataclasses

import pytest


def _words_engine():
    from yamaga_desk import paths
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.loader import load_ruleset

    ruleset = load_ruleset([("builtin", paths.builtin_rules_dir())])
    # Hand rules only (every `learned-*` rule left out): these tests put each
    # hand detector on its boundary with adversarial look-alikes (a prejudice
    # quoted to question it, a period-drama fight) that a word model cannot
    # read.  The learned rules are judged by their own examples
    # (tests/test_rule_examples.py), tests/learned/ and tests/test_quality.py.
    ruleset.rules = [dataclasses.replace(r, underline="words") for r in ruleset.rules
                     if not r.id.startswith("learned-")]
    return Engine.build(ruleset)


@pytest.fixture(scope="session")
def engine():
    return _words_engine()


@pytest.fixture
def new_engine():
    """Builds a fresh engine (empty caches) that underlines words."""
    return _words_engine


def _flagged(engine, text, item=None, *, rule=None, with_rule=False, today=None):
    """What `engine` underlines in `text`: the quote (text[start:end]) of
    every finding of checklist item `item` with severity error or warning
    (what the writer is asked to mend), or, given `rule` instead, of every
    finding of that one rule whatever its severity.  With `with_rule`, a
    (rule, quote) pair each; `today` fixes the day date checks count from."""
    if (item is None) == (rule is None):
        raise TypeError("flagged() takes a checklist item or a rule, not both")
    if item is not None:
        findings = [f for f in engine.check(text, today=today).findings
                    if f.item == item and f.severity in ("error", "warning")]
    else:  # (alone: another rule of its item on the same words would be the one finding shown)
        findings = engine.check(text, today=today, only=[rule]).findings
    return [(f.rule, text[f.start:f.end]) if with_rule else text[f.start:f.end] for f in findings]


def _firing(engine, text, rules, platform=None, *, today=None) -> set[str]:
    """Those of `rules` (ids) that flag `text`, each checked on its own: in
    a full check, rules of one item flagging the same words give one finding
    (ruleset/compiled.py), so the others would not show there."""
    return {rule for rule in rules if engine.check(text, platform, today=today, only=[rule]).findings}


@pytest.fixture(scope="session")
def firing():
    """The shared `firing(engine, text, rules, platform=None, *, today=None)`
    (see `_firing`)."""
    return _firing


@pytest.fixture(scope="session")
def flagged():
    """The shared `flagged(engine, text, item, *, rule=, with_rule=, today=)`
    of the detectors' tests (see `_flagged`).  A fixture rather than an
    import: every tests/ folder has a conftest.py of its own, so
    `from conftest import ...` would be ambiguous."""
    return _flagged
