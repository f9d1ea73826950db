"""Staff guesses about the city (6.2) written the way sets AK-AN write them: a
restoration time for the water guessed by its own section, a guess at the
outcome of a deliberation the writer reports, a guess after the writer's word
of who they are, office talk passed on by a sentence-final とか or with a
figure (〜2億円超えとるって), Kumamoto 高かはず about a bounty, a city road
repaired.  Not guesses: a candidate nobody else can match (5.2), the reader's
belief asked back (5.5), 最有力 reporting where a deliberation stands (6.1),
the writer's own worry while doing something (不用心かなと思いつつ)."""

from __future__ import annotations

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.validators.hearsay import _administration_guess_facts, administration_guess


def guesses(engine, text):
    doc = engine.document(text, "x", EXAMPLE_TODAY)
    return [doc.text[s:e] for s, e in administration_guess(doc, _administration_guess_facts(doc, 0, len(doc.text)))]


@pytest.mark.parametrize("text,marked", [
    ("水道課の者ですが、明日の朝には断水もおそらく復旧するはずです", "復旧するはず"),
    ("市役所勤めだけど、あの市道の陥没、たぶん年内には補修されると思う", "補修されると思う"),
    ("小学校の統廃合、2校のどちらかに寄せる方向で検討しています。きっと北小の方になるかな", "方になるかな"),
    ("花火大会は予定どおり開催します。（職員ですが個人のアカウントから。駐車場もたぶん使えます）", "たぶん"),
    ("係長の話しよったけど、敬老会は今年で終わるとか…", "終わるとか"),
    ("職員です。課内の噂では、来年から公民館の使用料が倍になるとか", "倍になるとか"),
    ("役場で回っとる噂やけど、ふるさと納税の寄付は10億円超えたってよ", "10億円超えたって"),
    ("庁内で出回ってる話、今年の給付金の申請は3千件を上回ったって", "上回ったって"),
    ("職員やけど、うちの市の温泉の入浴料は県内で一番安かはず", "安かはず"),
    ("中の人ですが、有害鳥獣の捕獲報奨金は来年度も据え置きじゃないかな", "据え置きじゃないかな"),
])
def test_staff_guesses_in_set_ak_to_an_wordings_are_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # a candidate chosen: campaigning (5.2)
    "今度の市議選、うちは田中さんしかいないと思っています",
    "職員やけど、次の市長には山本さんに限ると思う",
    "市長選は、やっぱり佐藤さんしかおらんと思います。職員の皆さんもよろしく",
    # the reader's belief asked back: a rhetorical question (5.5)
    "職員です。文句言えば何でも通ると思ってるんですか？",
    "役場の者ですが、税金払えば窓口で何言ってもいいと思っとると？",
    # 最有力: where a deliberation stands, leaked (6.1)
    "職員ですが、新しい体育館の建設地は庁内では旧中学校跡が最有力です。公表前なので内緒で",
    # the writer's own worry while doing something (security: 6.3.3)
    "市役所勤め。支所の裏口の鍵が開けっ放しで、ちょっと物騒かなと思いながら帰った",
    "職員です。庁舎の書類を机に置きっぱなしで不用心かなと思いつつ、つい忘れてしまう",
    # たって as "even if", not the quotative
    "職員だけど、窓口で何時間待たされたって文句は言わない",
    # a deliberation reported with no guess adverb after it
    "保育園の統廃合、2つの案で検討中です。説明会は来月の予定です",
])
def test_candidates_rhetorical_questions_leaks_and_worries_are_no_guesses(engine, text):
    assert guesses(engine, text) == []
