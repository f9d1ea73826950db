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
