"""Staff guesses about the city (6.2) written the way set AH writes them: the
keigo でしょう after a guess adverb, a writer at a branch office (支所の先輩,
支所におる私), Kumamoto らしかです about a school closing.  Not guesses: a party
or candidate chosen or who wins (5.2), a bare possibility after the writer says
the matter is under deliberation (6.1), a Kumamoto hope (〜てほしかと思う)."""

from __future__ import annotations

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.validators.hearsay import _administration_guess_facts, administration_guess


def guesses(engine, text):
    doc = engine.document(text, "x", EXAMPLE_TODAY)
    return [doc.text[s:e] for s, e in administration_guess(doc, _administration_guess_facts(doc, 0, len(doc.text)))]


@pytest.mark.parametrize("text,marked", [
    ("職員です。給食センターの民営化、たぶん決まるでしょうね", "たぶん決まるでしょう"),
    ("支所におる私の感触では、公民館の使用料はおそらく上がるでしょう", "おそらく上がるでしょう"),
    ("支所の先輩が言いよったけど、あの小学校は再来年で閉校になるらしかです", "閉校になるらしか"),
    ("本庁の同期から聞いたけど、中学校の統廃合はたぶん来年度に決まるはず", "たぶん来年度に決まるはず"),
])
def test_staff_guesses_in_set_ah_wordings_are_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # a party or candidate chosen, or who wins: campaigning (5.2)
    "職員ですけど、次の市議選は〇〇党さんしかないと思います",
    "市役所勤めやけど、市長選は田中さん以外おらんと思う。きっと当選するやろ",
    # a bare possibility restating an open deliberation (6.1)
    "支所で働きよるけど、図書館を閉めるかどうか庁内で検討中です。今年が最後の夏休みになるかもしれません",
    # a hope in Kumamoto
    "職員やけど、あの小学校の運動会はずっと残してほしかと思う",
    # でしょう without a guess adverb seeks agreement
    "職員です。新しい図書館、広くなったでしょう？",
])
def test_opinions_open_deliberations_and_hopes_are_no_guesses(engine, text):
    assert guesses(engine, text) == []


def test_the_outcome_of_a_deliberation_guessed_with_tabun_is_still_a_guess(engine):
    # 検討中 then たぶん + かもしれない: the writer guesses the outcome (6.2 as well as 6.1)
    text = "職員です。支所の統合を庁内で検討中です。たぶん来年で窓口はなくなるかもしれません"
    assert any("なくなるかもしれ" in span for span in guesses(engine, text))
