"""A validator's `needs` only ever save time: the engine skips a validator on
a paragraph (or, for scope="text", a draft) lacking one of its needed
literals, and that must never lose or change a finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY

CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"


def _texts(engine) -> list[tuple[str | None, str]]:
    """Every rule example (the texts each validator was written for, and the
    look-alikes it must leave alone), examples of different rules joined as
    paragraphs of one draft (facts about the other paragraphs), and drafts of
    the labelled corpora."""
    examples = sorted({t for cr in engine.matcher.rules
                       for t in cr.rule.examples_match + cr.rule.examples_no_match})
    texts = [(None, t) for t in examples]
    texts += [(None, "\n\n".join(examples[i:i + 3])) for i in range(0, len(examples), 7)]
    for path in sorted(CORPORA.glob("*.jsonl")):
        drafts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts += [(d.get("platform"), d["text"]) for d in drafts[::4]]
    return texts


@pytest.fixture(scope="module")
def blind_engine(engine):
    """The same rules with every validator's needs forgotten: each validator
    runs on every paragraph."""
    from yamaga_desk.engine import Engine
    from yamaga_desk.validators import VALIDATOR_NEEDS

    saved = dict(VALIDATOR_NEEDS)
    VALIDATOR_NEEDS.update({name: () for name in saved})
    try:
        yield Engine.build(engine.ruleset)
    finally:
        VALIDATOR_NEEDS.update(saved)


def test_most_validators_declare_needs():
    """Guards the start-up figure: a validator without needs runs (and
    compiles its patterns) on every paragraph of every draft, even a
    one-line greeting."""
    from yamaga_desk.validators import VALIDATOR_NEEDS, VALIDATORS

    # The learned sentence model's validators (validators/learned.py) are
    # left out of the share: a word model can flag any sentence, so they run
    # on every paragraph by design (one scoring pass for all their items,
    # whose cost is measured by the benchmarks), and every item shipped
    # would otherwise lower the share the hand detectors are held to.
    hand = {name: needs for name, needs in VALIDATOR_NEEDS.items()
            if VALIDATORS[name].__module__ != "yamaga_desk.validators.learned"}
    assert len(hand) < len(VALIDATOR_NEEDS)  # (the learned ones are registered, and told apart)
    assert sum(1 for needs in hand.values() if needs) >= 0.65 * len(hand)


def test_skipping_validators_by_their_needs_never_changes_a_finding(engine, blind_engine):
    differ = []
    for platform, text in _texts(engine):
        got = engine.check(text, platform, today=EXAMPLE_TODAY).findings
        want = blind_engine.check(text, platform, today=EXAMPLE_TODAY).findings
        if got != want:
            lost = {(f.rule, f.excerpt) for f in want} ^ {(f.rule, f.excerpt) for f in got}
            differ.append((text[:60], sorted(lost)))
    assert differ == []


def test_any_of_needs_is_met_by_either_pattern():
    import re

    from yamaga_desk.prefilter import literals_of
    from yamaga_desk.validators import any_of

    assert literals_of(any_of(re.compile("合言葉(?:は|:)"), re.compile(r"暗証番号\d"))) == {"合言葉は", "合言葉:", "暗証番号"}
    with pytest.raises(ValueError):
        any_of(re.compile("a"), re.compile("b", re.IGNORECASE))
