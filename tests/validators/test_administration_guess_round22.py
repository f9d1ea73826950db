"""Staff guesses about the city (6.2) written the way sets AC-AF write them:
a writer who says where they work (中におる者, 教委におる身, 〇〇課の人間やけど),
the Kumamoto っちゃない(か), the city's check-ups, fees, broadcasts, centres and
school mergers named without 市の, and hearsay whose って an emoji closes.
Not guesses: what a plan would bring once decided, and what a 内示 says."""

from __future__ import annotations

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.validators.hearsay import _administration_guess_facts, administration_guess


def guesses(engine, text):
    doc = engine.document(text, "x", EXAMPLE_TODAY)
    return [doc.text[s:e] for s, e in administration_guess(doc, _administration_guess_facts(doc, 0, len(doc.text)))]


@pytest.mark.parametrize("text,marked", [
    # where the writer works, said of themself
    ("中にいる者の勘やけど、資源物の戸別回収はそのうち始まるはず", "資源物の戸別回収はそのうち始まるはず"),
    ("教育委員会に勤めている身ですが、給食の無料化はおそらく来年度も続くと思います", "給食の無料化はおそらく来年度も続くと思います"),
    ("下水道課の人間やけど、あの工事はたぶん春には終わるっちゃないかな", "あの工事はたぶん春には終わるっちゃないかな"),
    # the city's business without 市の and without a word of being staff
    ("特定健診の受付、たぶん今年も9月までやったと思う", "たぶん今年も9月までやったと思う"),
    ("防災無線の試験放送、確か毎月1日の正午のはず", "確か毎月1日の正午のはず"),
    ("子育て支援センター、たぶん年末も開いとると思うよ", "たぶん年末も開いとると思う"),
    # a board's deliberation known, then the outcome guessed
    ("小中学校の統廃合、教委で検討されよる。対象はきっと北部の3校になるっちゃない？", "対象はきっと北部の3校になるっちゃない"),
])
def test_staff_guesses_in_the_new_wordings_are_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


def test_hearsay_closed_by_an_emoji_is_found_though_normalisation_drops_it(engine):
    text = "庁内で聞いたけど、温泉の入館料が夏から上がるって😳 みんな言いよる"
    assert any("上がるって" in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # what a plan would bring once decided: the plan itself is 6.1
    "職員です。支所の再編案が庁内で検討されています。決まれば、窓口の場所も変わるかもしれません",
    "市役所勤めだけど、新しい条例が可決されたら、ごみの出し方も変わるかもね",
    # what an official notice says, passed on: a leak (6.1), not a guess
    "内示が出た！うちの係長、来月から税務課に異動になるって",
    "辞令をもらった。4月から支所勤務になるって😊",
    # 〇〇の中の人 says who writes; the joke after it is about the writer
    "（教育委員会の中の人のひとりごと）今日の会議、正直眠かったかも",
    # one's own check-up, a person in a house: no business of the city's
    "健診の結果、たぶん来週届くと思う",
    "家の中にいる人はたぶん気づかないと思う",
])
def test_plans_if_decided_notices_and_private_matters_are_no_guesses(engine, text):
    assert guesses(engine, text) == []
