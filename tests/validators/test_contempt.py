"""Insults and demeaning talk about groups (5.6.1, 5.6.2): behaviour a
reviewer would notice, checked through the engine with the built-in rules."""

from __future__ import annotations

import pytest

from yamaga_desk import paths
from yamaga_desk.ruleset.loader import load_ruleset


def _items(engine, text):
    return {f.item for f in engine.check(text).findings if f.severity in ("error", "warning")}


def _spans(engine, text, item):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.item == item]


def test_the_5_6_2_slur_rule_reacts_to_the_5_6_1_slur_list():
    # LABELS.md: a slur or a contempt word about a group is both 5.6.1 and
    # 5.6.2; the list is kept once and the 5.6.2 rule takes it (matches_like).
    rules = {r.id: r for r in load_ruleset([("builtin", paths.builtin_rules_dir())]).rules}
    insult, slur = rules["insult-slur-or-group-contempt"], rules["discrimination-slur"]
    assert slur.matches_like == insult.id and slur.item == "5.6.2"
    assert (slur.words, slur.patterns, slur.pos) == (insult.words, insult.patterns, insult.pos)


def test_slur_is_flagged_under_both_items(engine):
    assert {"5.6.1", "5.6.2"} <= _items(engine, "あいつ運転ｶﾞｲｼﾞかよ")
    assert {"5.6.1", "5.6.2"} <= _items(engine, "あの地域は民度が低いよね")


def test_masked_insult_finding_covers_the_letter_and_the_mark(engine):
    # The normalizer keeps masking marks, so the finding shows the whole
    # masked word in the original text, mark included.
    assert "バ○" in _spans(engine, "あの監督ほんとバ○すぎる", "5.6.1")
    assert "ク＊" in _spans(engine, "隣の席の先輩、口だけは達者。ほんまク＊", "5.6.1")


def test_masked_death_wish_with_its_ending(engine):
    spans = _spans(engine, "飲み会で説教してくる支店長、し○ばいいのに", "5.6.1")
    assert any(s.startswith("し○ば") for s in spans)


def test_masked_death_wish(engine):
    assert "5.6.1" in _items(engine, "あいつ●ね")


def test_placeholders_are_not_masked_insults(engine):
    assert "5.6.1" not in _items(engine, "〇〇食堂の日替わり定食、生後〇カ月の子も一緒に行けました")


def test_quoted_insults_in_a_campaign_are_not_flagged(engine):
    text = "【人権啓発】SNSでの「バカ」「死ね」といった書き込みは、相手の心を深く傷つけます。"
    assert _items(engine, text) & {"5.6.1", "5.6.2"} == set()


def test_exclusion_refers_back_to_a_group_named_in_an_earlier_sentence(engine):
    text = "外国の人が近所に住むのはちょっと怖い。うちの地区にはこれ以上来てほしくない"
    assert "これ以上来てほしくない" in _spans(engine, text, "5.6.2")


def test_exclusion_without_any_group_is_not_discrimination(engine):
    assert "5.6.2" not in _items(engine, "雨の日の運動会は大変でした。台風はもう来てほしくないですね")


def test_a_round_of_the_writers_own_job_dreaded_is_no_group_kept_out(engine):
    # the writer's meter round, not the district's people, is what is not wanted (5.1, not 5.6.2)
    text = "3丁目の奥さんにまた捕まって30分。もうあの地区は検針行きたくなか"
    assert "5.6.2" not in _items(engine, text)
    assert "5.6.2" in _items(engine, "あの地区の人は怖いけん、子どもを遊びに行かせたくない")


@pytest.mark.parametrize("text, expected", [
    # a group named in keigo (方), or by roots abroad
    ("正直、障がいのある方の団体は、混雑するから踊りの日は来ないでほしい", "来ないでほしい"),
    ("期日前投票、外国ルーツっぽい人が来るとみんな身構えるよね。日本語通じんと面倒やし、正直来んでほしい", "来んでほしい"),
    # sent elsewhere, or told not to live here
    ("障害のある子は 普通の保育園に来んで、専門のとこ行けばいいのに", "来んで"),
    ("生活保護の世帯に減免なんかいらん。自分で払えんなら住むな", "住むな"),
])
def test_exclusion_in_more_wordings(engine, text, expected):
    assert any(expected in s for s in _spans(engine, text, "5.6.2"))


@pytest.mark.parametrize("text", [
    "外国人の多か地区は料金も払わんやろうけん、検針も後回しでよかろ",
    "正直、山の方の地区の人は昔からよそ者を嫌うけん、検針の時も気を使います",
    "水商売の ママの 子は、やっぱ 生活リズム めちゃくちゃ やね",
])
def test_a_stereotype_of_a_groups_habits_is_a_generalisation(engine, text):
    assert "5.6.2" in _items(engine, text)


@pytest.mark.parametrize("text", [
    "外国籍の方も、水道料金を払わないと給水が止まることがありますので、お早めにお支払いください",
    "子どもの生活リズムが乱れがちな夏休み、早寝早起きを心がけましょう",
])
def test_a_notice_about_habits_is_not_a_generalisation(engine, text):
    assert "5.6.2" not in _items(engine, text)


@pytest.mark.parametrize("text", [
    "障がいのある方は、混雑を避けて別の日にゆっくり来ていただける優先観覧日を設けました",
    "雨の日は公園に来んで、児童館に行けばいいよ",
    "この町に住むなら、ゴミの出し方だけは覚えとってね",
])
def test_look_alikes_of_exclusion_are_not_discrimination(engine, text):
    assert "5.6.2" not in _items(engine, text)


def test_anti_discrimination_notice_stays_clean(engine):
    text = ("12月4日から10日は人権週間です。部落差別をはじめ、あらゆる差別のない山鹿市をめざして、"
            "人権のつどいを開催します。外国人や障害のある方への偏見をなくしましょう。")
    assert _items(engine, text) & {"5.6.1", "5.6.2"} == set()


def test_a_body_that_grows_brittle_is_no_judgement_of_a_group(engine):
    # found by set EG: もろくなりやすい holds the letters of ろくな ("no good")
    assert "5.6.2" not in _items(engine, "特に女性は閉経後に骨がもろくなりやすいので、骨密度を測っておくと安心です")
    assert "5.6.2" not in _items(engine, "お年寄りは骨がもろくなっとるけん、転ばんごと気をつけて")
    assert "5.6.2" in _items(engine, "あの団地の連中はろくなもんじゃない")


def test_generalisation_finding_covers_group_and_judgement(engine):
    text = "鹿北の山奥の人たちって考え方が古いよね"
    assert "山奥の人たちって考え方が古い" in _spans(engine, text, "5.6.2")


def test_a_prejudice_quoted_to_question_it_is_not_flagged(engine):
    text = "「外国の人が近所に住むのは怖い」。そう感じたことはありませんか？まずは知ることから始めましょう。"
    assert "5.6.2" not in _items(engine, text)


def test_the_same_prejudice_said_by_the_writer_is_flagged(engine):
    assert "5.6.2" in _items(engine, "外国の人が近所に住むのは怖い。正直、来てほしくない")


def test_contempt_opening_the_next_sentence_is_an_insult_and_discrimination(engine):
    text = "同性カップルがうちの近所に越してきた。気持ち悪いし、子どもに悪影響だから困る"
    assert {"5.6.1", "5.6.2"} <= _items(engine, text)
    assert "気持ち悪い" in _spans(engine, text, "5.6.1")


def test_a_judgement_in_the_next_paragraph_is_not_tied_to_the_group(engine):
    text = "外国人観光客向けの案内板を新しくしました。\n気持ち悪いくらい暑い日が続きますね"
    assert _items(engine, text) & {"5.6.1", "5.6.2"} == set()


def test_occupation_looked_down_on_but_not_a_hard_job_described(engine):
    assert "5.6.2" in _items(engine, "保育士や介護士みたいな仕事は資格さえあれば誰にでもできる")
    assert "5.6.2" not in _items(engine, "警備の仕事は危険も伴いますが、地域の安全を守っています")


def test_refusing_a_group_as_a_rule(engine):
    assert "外国人には貸さないことにし" in "".join(_spans(engine, "空き部屋、外国人には貸さないことにした", "5.6.2"))
    assert "5.6.2" not in _items(engine, "駐車場が狭いので、大型車は入れないことにしました")


def test_gloating_at_an_animal_is_cruelty_not_an_insult(engine):
    text = "吠えてきた近所の犬、思いきり蹴り飛ばしてやった。キャンって鳴いてざまあみろ"
    items = _items(engine, text)
    assert "5.6.1" not in items and "5.6.6" in items
    assert "ざまあ" in "".join(_spans(engine, text, "5.6.6"))


def test_a_warning_about_people_is_prejudice_but_about_a_hazard_is_not(engine):
    # The crime-warning exception used to hide this: 気をつけ cancelled it.
    assert "5.6.2" in _items(engine, "隣に越してきた人、在日らしいから気をつけた方がいい")
    assert "5.6.2" in _items(engine, "あのアパートは外国人ばかりだから夜は気をつけなよ")
    for text in [
        "高齢者を狙った詐欺に注意しましょう",
        "高齢者が多い地区なので、運転に気をつけましょう",
        "障害のある方が通られるので、段差にご注意ください",
        "【熱中症に注意】高齢者や小さなお子さんは特に危険です。",
    ]:
        assert "5.6.2" not in _items(engine, text), text


def test_a_place_called_a_heap_of_the_poor_is_insult_and_discrimination(engine):
    text = "あの地区は昔から貧乏人の集まりだから、ルールも守らない"
    assert {"5.6.1", "5.6.2"} <= _items(engine, text)
    assert "貧乏人の集まり" in _spans(engine, text, "5.6.1")
    assert "5.6.1" not in _items(engine, "大雨のあと、河川敷がゴミだらけになっていました")


def test_food_names_containing_an_insult_word_stay_clean(engine):
    # バカ貝 (青柳), 揚げカス, 馬鹿らしい: the letters of an insult, no person insulted.
    for text in ["温泉街の食堂で、ばか貝の酢味噌和えをいただきました", "うどんに揚げカスをのせて",
                 "こんな値段で買うのはバカらしい", "うちのおバカな犬がまたスリッパかじってた"]:
        assert "5.6.1" not in _items(engine, text), text
    assert "5.6.1" in _items(engine, "あのバカ課長、貝みたいに黙ってる")


def test_useless_in_its_spoken_forms_said_of_a_person(engine):
    assert "5.6.1" in _items(engine, "何回教えても同じミス。ほんとつかえねーーー奴")
    assert "5.6.1" in _items(engine, "使えん上司の尻ぬぐいばっかり")
    assert "5.6.1" not in _items(engine, "このアプリ、古いスマホだと使えねー")


def test_people_put_down_as_a_lot(engine):
    assert "5.6.1" in _items(engine, "クレーム入れてくるのって民度の低い輩ばかり")
    assert "5.6.1" in _items(engine, "議会の連中、レベル低すぎて話にならん")
    assert "5.6.1" not in _items(engine, "レベルの高い選手たちが全国から集まりました")


def test_an_instruction_to_a_district_is_not_a_judgement_of_it(engine):
    for text in ["【拡散希望】堤防が危ないらしい！川沿いの地区の人は今すぐ逃げて！！",
                 "〇〇地区の人はすぐ避難してください"]:
        assert "5.6.2" not in _items(engine, text), text


def test_keeping_a_group_out_by_preference_restriction_or_removal(engine):
    for text in ["車いすの人が来ると進行が遅れるから、席は健常者優先にしてほしい",
                 "貸す相手は地元出身者に限った方がいい。よそから来た人は草刈りも手伝わない人ばかり",
                 "〇〇教の人は自治会の役員から外すべき",
                 "うちのアパート、外国の人には貸さないって大家さんが決めてる"]:
        assert "5.6.2" in _items(engine, text), text
    for text in ["高齢者や障がいのある方を優先してご案内します", "応募資格は市内在住の方に限ります",
                 "役員の任期が終わったので名簿から外しました"]:
        assert "5.6.2" not in _items(engine, text), text


def test_most_of_a_group_said_to_lack_a_virtue(engine):
    assert "5.6.2" in _items(engine, "やっぱり女性ドライバーって運転が苦手な人が多いよね")
    assert "5.6.2" in _items(engine, "移住してきた人は自治会に参加しない人ばかり")
    assert "5.6.2" not in _items(engine, "外国人観光客は日本語が話せない人が多いので、英語の案内を用意しました")
    assert "5.6.2" not in _items(
        engine, "移住者の方は地域の行事に参加しない人が多いと言われますが、山鹿では積極的な方ばかりです")


def test_marriage_refused_for_origin_and_the_place_blamed(engine):
    text = "あの地区の出身の人とは結婚させたがらない親が多い。昔からそういう土地だから"
    spans = _spans(engine, text, "5.6.2")
    assert any("結婚させたがらな" in s for s in spans) and any("そういう土地だから" in s for s in spans)
    assert "5.6.2" not in _items(engine, "昔からそういう土地柄で、祭りが盛んなんです")


def test_intensifier_ばか_in_any_script_is_no_insult(engine):
    # Round 5: a hiragana ばかでかい slipped past an exception written in katakana.
    for text in ("道の駅のばかでかいスイカ、持てんばい", "馬鹿でかいカボチャが採れた", "バカでかい大根", "あの人はばか正直なくらい真面目"):
        assert "5.6.1" not in _items(engine, text), text
    assert "5.6.1" in _items(engine, "あのばかが、また書類なくした")


def test_a_person_called_useless_a_crook_or_rubbish(engine):
    assert "5.6.1" in _items(engine, "係長、ほんま使えねーーー")
    assert "5.6.1" in _items(engine, "向かいの不動産屋の社長は詐欺師")
    assert "5.6.1" in _items(engine, "配信者のあいつ、ゴミみたいな人間")
    assert "5.6.1" in _items(engine, "隣の課長はぬけさくやけん")
    assert "5.6.1" not in _items(engine, "このソフト、古いパソコンだと使えんばい")
    assert "5.6.1" not in _items(engine, "詐欺師の手口を知って被害を防ぎましょう")


def test_dementia_as_mockery_but_not_a_family_member_ageing(engine):
    assert "5.6.1" in _items(engine, "窓口で三回聞き直すじいさん、ボケとるとやろか")
    assert "5.6.1" not in _items(engine, "うちのばあちゃん、最近ボケてきたけど元気です")


def test_masked_nationality_with_a_sweeping_trait_is_both_items(engine):
    assert {"5.6.1", "5.6.2"} <= _items(engine, "△国人はみんな嘘つきやけん")
    assert {"5.6.1", "5.6.2"} <= _items(engine, "〇〇国の連中は泥棒ばっかり")


def test_trouble_dated_from_a_group_arriving(engine):
    assert "5.6.2" in _items(engine, "実習生が来てから、自転車の盗難が続いとる")
    assert "5.6.2" in _items(engine, "外国の人が住み始めてから夜歩くのが怖か")
    assert "5.6.2" not in _items(engine, "外国人観光客が増えてから、商店街がにぎやかになりました")


def test_a_fixed_fate_for_women_and_newcomers_who_never_help(engine):
    assert "5.6.2" in _items(engine, "女の子はどうせ結婚して辞めるけん、主任にするのはもったいない")
    assert "5.6.2" in _items(engine, "よそから越してきた人たちは草刈りに一切出てこん")
    assert "5.6.2" not in _items(engine, "女性は結婚したら姓が変わる場合があります")
    assert "5.6.2" not in _items(engine, "雨の日はどうせ人が少ないので、のんびり見学できます")


def test_marriage_hesitation_and_our_own_kind_only(engine):
    assert "5.6.2" in _items(engine, "あの地区の出身って聞いたら、結婚はさすがに躊躇する")
    assert "5.6.2" in _items(engine, "役員は地元の人間だけでやりたい")
    assert "5.6.2" not in _items(engine, "結婚はちょっと考える、と友だちが笑っていました")
    assert "5.6.2" not in _items(engine, "片付けは家族だけでやりたいと思います")


def test_occupation_and_disability_in_everyday_words(engine):
    assert "5.6.2" in _items(engine, "介護の仕事してる人って、ほかに行くとこなかったんでしょ")
    assert "5.6.2" in _items(engine, "車いすのお客さんが来ると面倒やけん来てほしくない")
    assert "5.6.2" not in _items(engine, "車いすのお客さんもご来店いただけるよう、スロープを設置しました")


def test_longer_insult_with_one_letter_masked(engine):
    for text in ["あの議員はまさに税金泥〇", "うちの係長、ほんと役立〇ず", "あいつは人で×し"]:
        assert "5.6.1" in _items(engine, text), text
    assert "5.6.1" not in _items(engine, "〇〇泥棒にご注意ください。〇〇地区の〇〇さん")


def test_person_called_useless_after_the_reason(engine):
    text = "窓口のバイト、電話も取らんし、ほんとに使えない"
    assert any("使えない" in s for s in _spans(engine, text, "5.6.1"))
    assert "5.6.1" not in _items(engine, "店員さんによると、このクーポンはほんとに使えないそうです")


def test_people_called_mountain_monkeys(engine):
    assert "5.6.1" in _items(engine, "奥の集落から来とる連中は山猿ばっかやけん")
    assert "5.6.1" not in _items(engine, "山猿の群れが出没しています。農作物の被害にご注意ください")


# -- the group trigger: _GROUP runs only in sentences holding one -------------------

def _samples(pattern: str, count: int, seed: int = 5) -> list[str]:
    """Random strings built from `pattern`'s syntax tree (lookaheads written
    out as text, lookbehinds and negative lookaheads left out), so each
    alternative of a long alternation gets many varied examples."""
    import random
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover
        import sre_constants as C
        import sre_parse as P
    rng = random.Random(seed)

    def gen(items) -> str:
        out = []
        for op, av in items:
            if op is C.LITERAL:
                out.append(chr(av))
            elif op is C.IN:
                choices = []
                for o, a in av:
                    if o is C.LITERAL:
                        choices.append(chr(a))
                    elif o is C.RANGE:
                        choices.append(chr(rng.randint(*a)))
                out.append(rng.choice(choices) if choices and av[0][0] is not C.NEGATE else "あ")
            elif op is C.BRANCH:
                out.append(gen(rng.choice(av[1])))
            elif op is C.SUBPATTERN:
                out.append(gen(av[-1]))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi = av[0], min(av[1], av[0] + 3)
                out.append("".join(gen(av[2]) for _ in range(rng.randint(lo, hi))))
            elif op is C.ASSERT and av[0] == 1:
                out.append(gen(av[1]))
            elif op is C.ANY:
                out.append("あ")
        return "".join(out)

    parsed = list(P.parse(pattern))
    return [gen(parsed) for _ in range(count)]


def test_every_group_alternative_holds_a_trigger():
    """A sentence is searched for a group only when it holds a trigger: a
    group the trigger misses would be a finding lost."""
    from yamaga_desk.validators.contempt import _GROUP, _GROUP_TRIGGER

    missed = []
    for sample in _samples(_GROUP.pattern, 20000):
        for m in _GROUP.finditer(sample):
            if not _GROUP_TRIGGER.found(sample, m.start(), len(sample)):
                missed.append(m.group())
    assert missed == []


def test_group_found_only_with_its_trigger_in_the_corpus():
    import json

    from yamaga_desk.analysis.document import sentence_bounds
    from yamaga_desk.validators.contempt import _GROUP, _GROUP_TRIGGER

    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "tests" / "data" / "corpora").rglob("*.jsonl"))
    texts = [json.loads(line)["text"] for f in files for line in open(f, encoding="utf-8") if line.strip()]
    assert len(texts) > 500
    missed = [text[lo:hi] for text in texts for lo, hi in sentence_bounds(text)
              if _GROUP.search(text, lo, hi) and not _GROUP_TRIGGER.found(text, lo, hi)]
    assert missed == []


def test_group_generalisation_in_the_sentence_after_a_group_without_one_of_its_own(engine):
    # the sentence holds no group, the one before does: still read together
    text = "最近このへんに外国人が越してきた。気持ち悪いし怖い。"
    assert "5.6.2" in _items(engine, text)


# -- round 7: kana and dialect insults, indirect group judgements ------------------

def test_kana_and_dialect_insults_cut_apart_by_the_tokenizer(engine):
    # Sudachi splits ばかたれ into ば+かたれ and ひまじん into ひま+じん: the
    # insult must still be found, with the dialect ending straight after it.
    assert "ばかたれ" in _spans(engine, "また遅刻しとる、ほんなこつばかたれたい", "5.6.1")
    assert "バカチン" in "".join(_spans(engine, "隣の係長はほんなこつバカチンやけん", "5.6.1"))
    assert "5.6.1" in _items(engine, "毎日苦情の電話してくるなんて、よっぽどのひまじんやね")
    assert "5.6.1" in _items(engine, "あっちの集落は田舎っぺばっかりたい")


def test_idle_person_said_of_oneself_is_no_insult(engine):
    assert "5.6.1" not in _items(engine, "定年してすっかり暇人の私、今日は川沿いを散歩しました")
    assert "5.6.1" not in _items(engine, "この暇人め、と友達に笑われました")


def test_annoying_said_of_a_thing_is_no_insult(engine):
    # うざい about adverts or notifications is not a put-down of a person
    assert "5.6.1" not in _items(engine, "このサイト、広告うざいけど記事は面白い")
    assert "5.6.1" in _items(engine, "隣の席の先輩、いちいち口出ししてきてうざい")


def test_this_is_why_they_are_like_that(engine):
    assert "これだから△△人は" in _spans(engine, "また割り込まれた。これだから△△人は…", "5.6.2")
    assert "5.6.2" in _items(engine, "これやけん若いもんは話にならん")
    # fond, not a put-down; and a count of people is not a group
    assert "5.6.2" not in _items(engine, "これだから女の子は可愛い")
    assert "5.6.2" not in _items(engine, "予約は〇〇人までです。〇〇人は当日受付")


def test_people_of_a_part_of_town_named_by_direction(engine):
    spans = _spans(engine, "川の向こうの方の連中は田舎者ばっかりで話にならん", "5.6.2")
    assert any(s.startswith("方の連中") or "向こう" in s for s in spans)
    assert "5.6.2" not in _items(engine, "山の奥の方の人たちにも届けたい")


def test_sex_stereotype_without_a_slur(engine):
    assert "5.6.2" in _items(engine, "自治会長はやっぱり男じゃないとまとまらんよ")
    assert "5.6.2" in _items(engine, "女性の上司ってすぐ感情的になるよね")
    assert "5.6.2" not in _items(engine, "女性の管理職は年々増えています")
    assert "5.6.2" not in _items(engine, "課長は男性、係長は女性です")


def test_disabled_colleagues_kept_out_without_a_slur(engine):
    assert "5.6.2" in _items(engine, "発達障害の人と同じ班になると作業が進まん")
    assert "5.6.2" in _items(engine, "精神障害のある人はうちの係には配属せんでほしい")
    assert "5.6.2" not in _items(engine, "障害のある人と同じ職場で働くことで学びがありました")
    assert "5.6.2" not in _items(engine, "新人が配属されたら仕事が回らんくらい忙しい")


def test_the_reason_for_an_exclusion_in_the_next_sentence_is_covered(engine):
    text = "空き部屋、外国の人には貸さんことにした。言葉も通じんし揉めそうやけん"
    assert any("言葉も通じん" in s for s in _spans(engine, text, "5.6.2"))


# -- across paragraphs (the validators run per paragraph, with facts about the
# rest of the draft): the same findings as when the whole draft was read.

def test_a_prejudice_quoted_and_questioned_in_the_next_paragraph_is_not_flagged(engine):
    quoted = "「外国の人が近所に住むのは怖い」\n\n"
    assert "5.6.2" not in _items(engine, quoted + "そう感じたことはありませんか？まずは知ることから始めましょう。")
    # the same quotation with no questioning anywhere is the prejudice itself
    assert "外国の人が近所に住むのは怖い" in _spans(engine, quoted + "そう感じる人もいます。", "5.6.2")


def test_a_quotation_running_over_a_blank_line_is_still_a_quotation(engine):
    text = "「外国の人は怖い。\n\nうちの地区にはこれ以上来てほしくない」\n\nそう感じたことはありませんか？"
    assert "5.6.2" not in _items(engine, text)
    assert "これ以上来てほしくない" in _spans(engine, text.replace("そう感じたことはありませんか？", "本当にそう。"), "5.6.2")


def test_exclusion_refers_back_to_a_group_named_before_a_blank_line(engine):
    text = "外国の人が近所に増えた\n\nうちの地区にはこれ以上来てほしくない"
    assert "これ以上来てほしくない" in _spans(engine, text, "5.6.2")
    # editing only the first paragraph changes the second one's finding
    assert "5.6.2" not in _items(engine, text.replace("外国の人", "雨の日"))
    assert "これ以上来てほしくない" in _spans(engine, text, "5.6.2")


def test_a_residents_insult_quoted_in_a_city_reply_is_not_the_writers(engine):
    reply = "「窓口の職員は給料泥棒だ」とのご意見をいただきました。ご不便をおかけし申し訳ありません。"
    assert "5.6.1" not in _items(engine, reply)
    # the same words said by the writer are an insult
    assert "5.6.1" in _items(engine, "窓口の職員は給料泥棒だ")


def test_kudzu_written_in_kana_is_food_not_an_insult(engine):
    assert "5.6.1" not in _items(engine, "吉野くずでとろみをつけたあんかけと、くずきりをいただきました")
    assert "5.6.1" in _items(engine, "うちの課長はくず")


def test_two_letter_kanji_insult_with_a_masked_letter_said_of_someone(engine):
    assert "無○" in _spans(engine, "中継見たけど、あの議員ほんと無○。答弁にもなっとらん", "5.6.1")
    assert "〇能" in _spans(engine, "うちの上司って〇能やけん、何も決まらん", "5.6.1")
    # blanks in a notice are placeholders
    assert "5.6.1" not in _items(engine, "無〇〇の日は〇月〇日です。参加費は無〇")


def test_asking_whether_someone_has_a_brain(engine):
    assert "5.6.1" in _items(engine, "あの評論家、脳みそ入っとるとやろか")
    assert "5.6.1" in _items(engine, "あのコメンテーター、脳みそちゃんと入ってますか？")
    assert "5.6.1" not in _items(engine, "豚の脳みそが入ってる料理を食べたことがあります")


def test_a_resident_called_senile_in_half_width_kana_and_dialect(engine):
    text = "窓口に来らしたじいちゃん、同じ欄を3回書き間違えよらす笑 ﾎﾞｹとらすとじゃなかと？"
    assert any("ボケ" in s or "ﾎﾞｹ" in s for s in _spans(engine, text, "5.6.1"))
    # a family member worried about a parent is not mocking
    assert "5.6.1" not in _items(engine, "最近ばあちゃんが同じことを何度も聞く。ボケてきとるとやろか、心配で病院に連れて行った")


def test_belief_holders_called_odd_and_a_group_called_a_burden(engine):
    assert "5.6.2" in _items(engine, "宗教やってる人って、話してても感覚がずれてるよね")
    assert "5.6.2" in _items(engine, "ブラジルの人の手続きは通訳も要るし手間ばっかりかかる")
    assert "5.6.2" not in _items(engine, "外国籍の方の手続きには通訳が必要なため、時間がかかる場合があります")
    assert "5.6.2" not in _items(engine, "神様を信じている人たちが集まる、年に一度のお祭りです")


def test_hiring_or_admitting_a_group_called_a_mistake(engine):
    assert "5.6.2" in _items(engine, "精神障害のある人を窓口に配属するのは避けるべき")
    assert "5.6.2" in _items(engine, "生活保護の人に部屋を貸すのはやめといた方がよか")
    assert "5.6.2" not in _items(engine, "熱がある人を窓口に配置するのはやめた方がいい")
    assert "5.6.2" not in _items(engine, "障がいのある方を受け入れるのは初めてなので、職員で研修を受けました")


def test_a_post_asked_of_one_sex(engine):
    assert "5.6.2" in _items(engine, "自治会の班長は、できれば男の人になってほしいな")
    assert "5.6.2" not in _items(engine, "会長は女性の方にお願いしたところ、快く引き受けてくださいました")


def test_wits_said_to_be_lacking_in_dialect_and_in_kana(engine):
    assert "5.6.1" in _items(engine, "窓口で何度言っても分からん人、ほんと脳ミソ足らんっちゃろか")
    assert "5.6.1" in _items(engine, "あの担当、ほんま頭わ\u200bるいわ")  # a zero-width space inside
    assert "5.6.1" not in _items(engine, "頭数が足りないので、当日の受付を手伝ってください")


def test_a_group_called_slow_and_useless_is_insult_and_discrimination(engine):
    text = "ベトナムの連中はどんくさいし使いもんにならん"
    assert {"5.6.1", "5.6.2"} <= _items(engine, text)
    spans = _spans(engine, text, "5.6.1")
    assert "使いもんにならん" in spans  # the second put-down is covered too
    # useless said of a thing meant for the group is not about the people
    assert _items(engine, "外国人観光客向けの古い案内板、使い物にならんけん作り直した") == set()


def test_housing_refused_for_a_trade_named_by_what_people_do(engine):
    assert "5.6.2" in _items(engine, "夜のお店で働いとる人には部屋は貸さんことにした")
    assert "5.6.2" not in _items(engine, "夜の仕事をしている人も通えるよう、窓口を夜8時まで開けています")


def test_marriage_refused_in_dialect_and_the_writer_siding_with_it(engine):
    text = "〇〇地区の出身の人とは結婚させんって祖母が言う。私もその方が無難と思う"
    spans = _spans(engine, text, "5.6.2")
    assert any("結婚させん" in s for s in spans)
    assert any("その方が無難" in s for s in spans)
    assert "5.6.2" not in _items(engine, "あの地区出身の二人、早く結婚させんといかんねと皆で笑った")


def test_a_masked_party_supporters_kept_out_of_a_role(engine):
    assert "5.6.2" in _items(engine, "△△党の支持者は自治会の会計から外した方がいい")
    assert "5.6.2" not in _items(engine, "〇〇党の支持者の方も、そうでない方も、どなたでも参加できます")


def test_one_sex_kept_out_of_a_role_when_the_group_needs_the_verb_after_it(engine):
    assert "5.6.2" in _items(engine, "うちの消防団に女性を入れるのは反対やね")
    assert "5.6.2" not in _items(engine, "消防団に女性を入れる取り組みが始まりました")


def test_a_group_sent_back_to_its_country_is_excluded(engine):
    text = "隣の団地、ネパール人ばっかり増えた。あいつら早く自分の国へ帰ってくれんかな"
    spans = _spans(engine, text, "5.6.2")
    assert any("帰ってくれ" in s for s in spans), spans
    # going home told of people, with no group wished away
    assert "5.6.2" not in _items(engine, "実習生の皆さんが研修を終えて国に帰りました。また会いたいです")


def test_denying_a_group_is_one_of_us_is_exclusion(engine):
    text = "川の向こうから来る連中は声がでかい。同じ住民とは思いたくない"
    spans = _spans(engine, text, "5.6.2")
    assert any("同じ住民とは思いたくな" in s for s in spans), spans
    assert "5.6.2" not in _items(engine, "同じ人間とは思えない速さで走り抜けていった")


def test_a_role_said_unfit_for_a_sex_without_the_word_muri(engine):
    spans = _spans(engine, "班長は女の人に務まる役目じゃないでしょ", "5.6.2")
    assert any("務まる役目じゃない" in s for s in spans), spans
    assert "5.6.2" not in _items(engine, "女性にもできる仕事ではないでしょうか")


def test_insults_listed_in_quotes_in_a_campaign_are_named_not_said(engine):
    # the last quoted word of a list used to be flagged: only the others had a 「 after them
    text = "「ウザい」「キモい」「死ね」――その書き込み、送る前にもう一度読み返して。"
    assert not {"5.6.1", "5.6.2"} & _items(engine, text)
    assert "5.6.1" in _items(engine, "あの係長、ほんと消えろ。")


def test_a_feared_harm_after_an_exclusion_is_its_reason(engine):
    text = "外国人の寮、この地区にできるのは反対。子どもに何かあったら困る"
    spans = _spans(engine, text, "5.6.2")
    assert any("何かあったら困る" in s for s in spans), spans
    # the same fear after no exclusion of a group is care
    assert "5.6.2" not in _items(engine, "障がいのある方に何かあったら困るので、避難の時は声をかけてください")


def test_a_trade_named_by_the_people_doing_it_called_a_last_resort(engine):
    # 介護の仕事する人 / 保育士になる人 / コンビニで働く人: the people named by
    # their work, then called people nobody else would take
    for text, words in [
        ("保育士になる人って、他に取り柄のない人ばっかり", "他に取り柄のない"),
        ("清掃の仕事しよる人は、よそで雇ってもらえんかった人たい", "よそで雇ってもらえんかった人"),
        ("コンビニで働く人って、どこにも就職できなかった人だよね", "どこにも就職できなかった人"),
    ]:
        spans = _spans(engine, text, "5.6.2")
        assert any(words in s for s in spans), (text, spans)
    # the work described, or a past told, is not a judgement of the people
    assert "5.6.2" not in _items(engine, "介護の仕事する人って、ほかの仕事より体力がいるよね")
    assert "5.6.2" not in _items(engine, "農業やってる人は、ほかに仕事がなかった時代もあったと聞きました")


def test_a_hamlet_or_block_said_to_lack_community_sense(engine):
    spans = _spans(engine, "谷の奥の集落の人たちは昔から協調性がない", "5.6.2")
    assert any("集落の人たち" in s and "協調性がない" in s for s in spans), spans
    assert "5.6.2" in _items(engine, "あの町内の人らは人付き合いが悪か")
    assert "5.6.2" not in _items(engine, "あの町内の人らは毎朝ラジオ体操しよる")


def test_a_failing_told_as_inborn_in_a_sex_or_a_nation(engine):
    spans = _spans(engine, "窓口で話がまとまらんのは女の人の特性やけん", "5.6.2")
    assert any("まとまらんのは女の人の特性" in s for s in spans), spans
    assert "5.6.2" in _items(engine, "時間にルーズなのはあの国の人の国民性だから仕方ない")
    # a strength, or a health fact, is not a prejudice
    assert "5.6.2" not in _items(engine, "細かい気配りができるのは、女性職員の強みです")
    assert "5.6.2" not in _items(engine, "貧血になりやすいのは女性の体質によるものです")


def test_a_group_blamed_for_a_common_harm(engine):
    spans = _spans(engine, "実習生のせいで地元の仕事がなくなった", "5.6.2")
    assert any("実習生のせいで" in s and "なくな" in s for s in spans), spans
    assert "5.6.2" in _items(engine, "障害者なんかに税金使うのは無駄")
    # a harm without the group to blame, or money spent on a group as news
    assert "5.6.2" not in _items(engine, "台風のせいで外国人観光客のツアーが中止になりました")
    assert "5.6.2" not in _items(engine, "高齢者のために予算を使うことが決まりました")


def test_wits_called_rotten_in_dialect_and_a_beast_in_human_skin(engine):
    assert "5.6.1" in _items(engine, "窓口のあのおっさん、脳みそ腐っとるんか")
    assert "5.6.1" in _items(engine, "あの議員は人間の皮をかぶった猿")
    assert "5.6.1" not in _items(engine, "冷蔵庫の奥の野菜が腐っとる、もったいない")


# -- broad slots of the group family (round 14): group × exclusion / blame /
# fault / contempt noun, every group kind from one table (GROUP_WORDS).

def test_every_kind_of_the_group_table_is_a_group_with_its_own_trigger():
    from yamaga_desk.validators.contempt import _GROUP, _GROUP_TRIGGER, GROUP_WORDS

    for kind, words in GROUP_WORDS.items():
        assert len(words) >= 15, kind
        for w in words:
            sample = w + "人たち" if kind == "residence" else w
            assert _GROUP.search(sample), (kind, w)
            assert _GROUP_TRIGGER.found(sample), (kind, w)


def test_a_belief_or_a_block_kept_away_from_the_children_in_dialect(engine):
    assert "宗教の家の子とは遊ばせんほうがよか" in _spans(engine, "あそこの宗教の家の子とは遊ばせんほうがよか", "5.6.2")
    assert "5.6.2" in _items(engine, "市営住宅の人たちとは付き合わんに越したことはない")
    assert "5.6.2" in _items(engine, "障がい者の子とは同じ班にせんでほしい")
    # the same verbs about a hazard, or a wish for the opposite
    assert "5.6.2" not in _items(engine, "夜の川には子どもを近づけん方がよか")
    assert "5.6.2" not in _items(engine, "団地の子とも、どんどん遊んでほしい")


def test_a_crime_put_on_a_group_but_not_a_crime_reported_without_one(engine):
    assert "外国人の仕業" in _spans(engine, "ゴミの不法投棄、あれは外国人の仕業たい", "5.6.2")
    assert "犯人は外国人に決まっ" in _spans(engine, "空き巣の犯人は外国人に決まっとる", "5.6.2")
    assert "5.6.2" in _items(engine, "倉庫の鍵が壊されとった。外国人労働者が盗んだに違いない")
    assert "5.6.2" not in _items(engine, "昨夜、〇〇町で空き巣がありました。犯人は逃走中で、警察が捜査しています")
    assert "5.6.2" not in _items(engine, "台風のせいで外国人観光客のツアーが中止になりました")


def test_a_fault_explained_by_the_group_across_a_question_mark(engine):
    spans = _spans(engine, "新しいパートさん、障害者雇用やろ？道理でミスばっかりするわけだ", "5.6.2")
    assert "障害者雇用" in spans and "道理でミスばっかりするわけ" in spans
    assert "5.6.2" in _items(engine, "外国人実習生だけん使えんとよ")
    # a notice about the scheme, an employee praised, a prejudice denied
    assert "5.6.2" not in _items(engine, "障害者雇用の説明会を7月10日に開きます。企業の皆さまの参加をお待ちしています")
    assert "5.6.2" not in _items(engine, "障害者雇用で入った職員さんが、丁寧な仕事ぶりで表彰されました")
    assert "5.6.2" not in _items(engine, "外国人だからといって、仕事が遅いわけではありません")


def test_a_group_called_連中_with_a_put_down_in_the_next_sentence(engine):
    assert "集落の連中" in _spans(engine, "集落の連中とまた会議。話が通じん", "5.6.2")
    assert "実習生の連中" in _spans(engine, "実習生の連中と同じ班。挨拶もろくにできん", "5.6.2")
    assert "5.6.2" not in _items(engine, "集落の連中とまた会議。今年の祭りの段取りを決めた")


def test_they_cant_even_said_of_a_group_named_before(engine):
    text = "隣の部屋に留学生が越してきた。こいつら日本語もまともに話せんくせに"
    assert "こいつら日本語もまともに話せん" in _spans(engine, text, "5.6.2")
    # the same words as a plain fact about a newcomer, or a request for patience
    assert "5.6.2" not in _items(engine, "留学生が越してきた。日本語もまだ話せんけど、挨拶は元気")
    assert "5.6.2" not in _items(engine, "実習生の方は日本語もまだ勉強中なので、ゆっくり話してあげてください")
    assert "5.6.2" not in _items(engine, "外国籍の方で日本語がわからない方には通訳をご用意します")


def test_a_group_ruled_out_as_a_match_and_the_writer_siding_with_it(engine):
    text = "娘の彼氏、あそこの団地の出身だけは勘弁してほしいと母が言いよる。私も正直その心配はよくわかる"
    spans = _spans(engine, text, "5.6.2")
    assert any("団地" in s and "勘弁" in s for s in spans)
    # the siding, opened by its subject, is marked too
    assert any("心配はよくわかる" in s for s in spans)
    # a thing, not a people, ruled out is no exclusion
    assert "5.6.2" not in _items(engine, "花火大会の日、路上駐車だけは勘弁してほしい")


def test_an_origin_guessed_from_a_name_but_not_a_dish_or_a_birthday(engine):
    spans = _spans(engine, "ご指摘どうも。でも苗字からしてｻﾞｲﾆﾁの人やろ？", "5.6.2")
    assert spans and "ｻﾞｲﾆﾁの人やろ" in spans[0]
    assert "5.6.2" not in _items(engine, "名前からしてタイの料理でしょうか")
    assert "5.6.2" not in _items(engine, "名前からして夏生まれの人やろね")


def test_a_task_left_to_one_sex_and_a_sex_with_a_staff_word(engine):
    assert _spans(engine, "草刈りは男衆にやらせとけばいい", "5.6.2")
    assert _spans(engine, "男性の職員に子育て支援の窓口は向いてないと思う", "5.6.2")
    assert "5.6.2" not in _items(engine, "女性職員には無理をさせないよう交代制にしました")


def test_老害_at_one_person_is_an_insult_only_and_at_the_old_a_slur_too(engine):
    one = "何度説明しても怒鳴ってくる老害には疲れた"
    assert "5.6.1" in _items(engine, one) and "5.6.2" not in _items(engine, one)
    assert "5.6.2" in _items(engine, "この町の役員会は老害だらけ")


def test_marriage_refused_to_a_trade_or_group_is_discrimination(engine):
    # The refusal is the judgement; the trade alone (運転手さんと結婚) is not.
    for text in ["警備員なんかとは結婚させられん", "外国の人には娘は嫁にやれん"]:
        assert "5.6.2" in _items(engine, text), text
    assert "5.6.2" not in _items(engine, "娘がトラックの運転手さんと結婚しました。おめでとう")


def test_a_companion_demanded_of_a_disabled_group_but_not_of_children_at_a_pool(engine):
    text = "目の見えない人は家族同伴で来てもらわんと困る"
    assert any("同伴" in s for s in _spans(engine, text, "5.6.2"))
    for clean in ["小学生は保護者同伴で来てもらわないと困ります。プールの決まりです",
                  "障がいのある方は介助者同伴でお越しいただけます"]:
        assert "5.6.2" not in _items(engine, clean), clean


def test_a_prejudice_quoted_and_dismissed_as_outdated_is_counter_speech(engine):
    # 「…」なんて昔の話 says the prejudice is gone, it does not repeat it.
    for text in ("「女の子は理系に向かない」なんて、とっくに昔の話たい。今年の科学賞は女子生徒が独占したけん",
                 "「年寄りは頭が固い」なんて時代遅れ。シニアのスマホ教室、毎回満員です",
                 "「女の子は理系に向かない」というのは、ひと昔前の常識です"):
        assert not _spans(engine, text, "5.6.2"), text


def test_the_prejudice_still_counts_when_its_past_is_denied(engine):
    # 昔の話じゃない keeps the prejudice alive; 昔から only dates it
    assert "5.6.2" in _items(engine, "「女の子は理系に向かない」なんて昔の話じゃない、今でもそうたい")
    assert "5.6.2" in _items(engine, "女の子は理系に向かない。昔からそう決まっとる")


# -- round 26: welfare applicants, counter-speech, drawn-out and kana slurs -----

def test_people_named_by_coming_for_welfare_are_a_group(engine):
    # 「生活保護の申請に来る連中」: the bare 生活保護 alternative used to match
    # first and left the people out, so the sweeping judgement went unseen.
    text = "生活保護の相談に来よる人らは、だいたい働く気がなか。"
    spans = _spans(engine, text, "5.6.2")
    assert spans and spans[0].startswith("生活保護の相談に来よる人らは、だいたい")
    assert "5.6.2" not in _items(engine, "生活保護の申請に来る方には、担当者が丁寧に説明しています。")


def test_a_prejudice_reported_as_someone_elses_backbiting_is_not_flagged(engine):
    for text in ("「外国人は信用できん」と悪口を言う人もいたが、許されないことだ。",
                 "「あの地区の者とは付き合うな」と陰口を言う年寄りもおったが、とんでもない話である。",
                 "新人のころ「使えんやつ」と陰口を叩く先輩もいたが、今思えば恥ずかしい話です"):
        assert not {"5.6.1", "5.6.2"} & _items(engine, text), text
    # the same prejudice said in the writer's own voice stays flagged
    assert "5.6.2" in _items(engine, "外国人は信用できんと思う。")


def test_kana_and_katakana_slurs_are_flagged_under_both_items(engine):
    assert {"5.6.1", "5.6.2"} <= _items(engine, "あの人、ちえおくれなんじゃない？")
    assert {"5.6.1", "5.6.2"} <= _items(engine, "どうせドカタやけん、字もろくに読めんやろ")


def test_insult_drawn_out_with_small_tsu_inside_the_word(engine):
    assert _spans(engine, "あいつの走り方、キッッモーーーくて笑った", "5.6.1") == ["キッッモーーー"]
    assert "5.6.1" not in _items(engine, "今日はクッソ暑かった")


def test_titles_and_peeling_paint_are_not_insults(engine):
    assert "5.6.1" not in _items(engine, "今月の一冊は『バカの壁』。読みやすい新書です")
    assert "5.6.1" not in _items(engine, "橋の欄干に塗装ハゲが見つかり、補修しました")
    # outside a title the word is still an insult
    assert "5.6.1" in _items(engine, "あの係長はバカの壁そのもの、話が通じん。ほんとバカ")


def test_a_group_called_a_contempt_name_or_a_heap_of_it_is_discrimination(engine):
    # Round 26: 〜受給者は寄生虫ばかり was only an insult (5.6.1); a contempt
    # word said of a group is 5.6.2 too (LABELS.md), and a group may be named
    # by the benefit it lives on.
    for text in ("生活保護受給者は寄生虫ばかり", "障害年金もらっとる人はクズばっかたい",
                 "失業保険で食っとる奴らは税金泥棒やろ", "外国人はゴキブリ", "ひとり親家庭なんて寄生虫ばっかりじゃん"):
        assert "5.6.2" in _items(engine, text), text
    assert _spans(engine, "年金暮らしの連中は社会のゴミばっかり", "5.6.2") == ["年金暮らしの連中は社会のゴミ"]
    for text in ("外国人観光客はゴミを持ち帰ってくれて助かります", "高齢者は臭いに敏感なので、換気をこまめにしましょう",
                 "生活保護を受けている人を寄生虫と呼ぶような書き込みは許されません"):
        assert "5.6.2" not in _items(engine, text), text


def test_a_sweep_word_in_what_the_office_tells_a_group_is_no_generalisation(engine):
    assert "5.6.2" not in _items(engine, "児童手当をもらっている人は、みんな現況届が必要です")
    assert "5.6.2" not in _items(engine, "高齢者は、だいたい10時ごろに来られます")
    assert "5.6.2" in _items(engine, "生活保護の人は、みんな怠け者")


def test_a_hazard_named_at_a_site_briefing_judges_nobody(engine):
    # found by unseen set BD (a road-works supervisor's site diary): 危険 in
    # 危険箇所 was read as a verdict on the workers named before it
    briefing = "朝礼で、現場代理人、作業員さん、交通誘導の警備員さんと、今日の作業範囲と危険箇所を確認します。"
    assert _spans(engine, briefing, "5.6.2") == []
    assert _spans(engine, "あそこの作業員の連中は危険やけん近寄らんどこ", "5.6.2")


def test_aho_rashii_calls_a_cost_absurd_not_a_person_a_fool(engine):
    # found by unseen sets BA and BD: 払うのアホらしい / 金払うとかアホらしか
    assert "5.6.1" not in _items(engine, "駐車場代に二千円も払うとかアホらしかけん、歩いて行った")
    assert "5.6.1" in _items(engine, "あの係長ほんとアホやけん話にならん")


def test_own_hardship_unknown_is_a_sharp_reply_not_contempt(engine):
    # found by unseen set BC: 保育士の苦労も知らんくせに (labelled 5.5 only)
    assert "5.6.1" not in _items(engine, "看護の大変さも知らんくせに、外から好き勝手言わんでほしか")
    assert "5.6.1" in _items(engine, "山鹿のこと何も知らんくせに偉そうに")


def test_a_word_ending_in_shi_before_sentence_final_ne_is_no_death_wish(engine):
    # 必死ね = 必死 + ね ("you're desperate, huh"), not 死ね
    for text in ["必死ね、新人さん😂 その必死さがいちばん大事", "このバッテリー瀕死ね、充電せんと"]:
        assert not _spans(engine, text, "5.6.1"), text


def test_death_wish_after_a_name_or_title_is_still_flagged(engine):
    for text in ["田中死ね、二度と来るな", "うちの先生死ね", "課長まじでタヒね", "お前もうしね"]:
        assert _spans(engine, text, "5.6.1"), text


def test_kana_death_wish_is_not_the_ending_of_a_shimu_verb(engine):
    # Round 31 bug: 楽しんでくれる read as しんでくれ (死んでくれ).  Every verb in
    # -しむ (楽しむ, 悲しむ, 惜しむ, 親しむ) ends like that when conjugated.
    for text in ("祭りの余韻を楽しんでくれるならと、みんなで頑張っています",
                 "最後の日まで別れを惜しんでくれた常連さん",
                 "地域の歴史に親しんでほしいと思い企画しました",
                 "みんなたのしんでくれてよかった"):
        assert "5.6.1" not in _items(engine, text), text
    # The wish, a word of its own, is still caught.
    assert "しんでくれ" in _spans(engine, "あのクレーマー、もうしんでくれ", "5.6.1")
    assert "しんでほしい" in _spans(engine, "係長まじでしんでほしい", "5.6.1")


def test_one_firms_staff_put_down_is_no_group_generalisation(engine):
    # found by unseen set BS: 北斗ガードの連中…ボンクラばっか is an insult of one
    # contractor's staff (5.6.1 / 6.3.2), not a group by origin or occupation
    for text in ("委託先の北斗ガードの連中、挨拶もろくにできん", "山田建設の連中、返事もろくにせん"):
        assert not _spans(engine, text, "5.6.2"), text
        assert "5.6.2" not in _items(engine, text), text
    assert _spans(engine, "警備の連中、挨拶もろくにできん", "5.6.2")
    assert _spans(engine, "団地の連中、挨拶もろくにできん", "5.6.2")


def test_a_group_scorned_with_kuseni_beside_campaign_words_is_flagged(engine):
    # found by unseen set BQ: 多文化共生の予算にケチつけるとか、在日のくせに偉そうに —
    # the campaign words name what the critic attacked, not what the writer does
    assert _spans(engine, "人権研修に文句つけるとか、在日のくせに生意気", "5.6.2")
    for text in ("「在日のくせに」という言葉が、今も人を傷つけています",
                 "外国人のくせにと言われた、という相談が人権相談窓口に寄せられています"):
        assert not _spans(engine, text, "5.6.2"), text


def test_staff_of_one_firm_pointed_at_is_no_group_generalisation(engine):
    # found by unseen set BX: 委託先のやまびこ運輸…あそこの作業員、無能しかおらん
    # puts down one contractor's workers (5.6.1 / 6.3.2), not an occupation
    for text in ("回収業者がまた遅刻。あそこの作業員は仕事が遅すぎる",
                 "委託先の作業員は仕事が遅すぎる",
                 "ひまわり運送の作業員って無能しかおらん"):
        assert "5.6.2" not in _items(engine, text), text
    # Round 48 (set EW): the writer's own shop is one firm too — its staff defended by their employer
    assert "5.6.2" not in _items(engine, "ですが、うちのパートさんはみんな一生懸命です。")
    assert _spans(engine, "パートさんはみんなやる気がない", "5.6.2")
    # the occupation judged as such is still a group
    assert _spans(engine, "作業員は仕事が遅すぎる", "5.6.2")
    assert _spans(engine, "作業員って無能しかおらん", "5.6.2")


def test_a_group_called_thieves_is_an_insult_even_with_emoji_around_the_word(engine):
    # 盗人 / ぬすっと said of people by their origin is the same contempt as 泥棒;
    # emoji set around the word must not hide it.
    assert "5.6.1" in _items(engine, "あの国から来た人らは💢ぬすっと💢やけん、倉庫には入れんどこ")
    assert "5.6.1" in _items(engine, "外国人は盗人ばっかりやけん鍵かけとかんと")
    # a thief in a news-like report names no group
    assert "5.6.1" not in _items(engine, "駅前の自転車置き場に盗人が出たそうです。鍵は二重にかけましょう")


def test_a_holiday_daze_or_a_quoted_critic_is_no_insult(engine):
    assert "5.6.1" not in _items(engine, "連休明けのレジ、機械まで休みボケで釣り銭が出てこん")
    assert "5.6.1" not in _items(engine, "「税金泥棒」とのお言葉、真摯に受け止めております。")
    assert "5.6.1" in _items(engine, "窓口のあの職員、座っとるだけの税金泥棒やん")


def test_a_refusal_by_occupation_in_polite_words_is_exclusion(engine):
    text = "公民館の和室は、夜のお仕事をされている方にはお貸しできないことに決まりました"
    assert "5.6.2" in _items(engine, text)
    assert "5.6.2" not in _items(engine, "公民館の和室は、営利目的の催しにはお貸ししないことになっています")


def test_a_background_check_on_a_partners_origin_is_discrimination(engine):
    assert "5.6.2" in _items(engine, "お見合いの前には、お相手のご出身がどちらの地区か確かめておかれると安心です")
    assert "5.6.2" not in _items(engine, "結婚相手の出身地を調べる身元調査は、差別につながります")


def test_abuse_prevention_notice_quoting_the_abusive_words_stays_clean(engine):
    # The words are quoted to say that saying them is abuse: a mention, not an insult.
    text = ("【虐待防止】「もう消えてくれ」「役立たず」――お年寄りへのそんな言葉も、心理的虐待にあたります。"
            "迷ったら地域包括支援センターへご相談ください。")
    assert _items(engine, text) & {"5.6.1", "5.6.2"} == set()


def test_the_same_contempt_said_by_the_writer_is_still_flagged(engine):
    assert "5.6.1" in _items(engine, "施設のお年寄りって、ほんと役立たずばっかりやね")


def test_idioms_and_race_distances_are_no_group_put_down(engine):
    # 馬鹿力 (extraordinary strength) and ハーフ(マラソン) as a race: no group, no insult
    for text in [
        "最後の坂は火事場の馬鹿力で駆け上がり、ハーフマラソン完走しました",
        "ハーフの部、ゴール前はバカ力で2人抜き！",
    ]:
        assert not _items(engine, text) & {"5.6.1", "5.6.2"}, text
    # the real thing still caught: people of mixed parentage called fools
    assert {"5.6.1", "5.6.2"} <= _items(engine, "ハーフの子ってやっぱ馬鹿やね")


def test_kyushu_mottainaka_mon_is_not_the_slur_inakamon(engine):
    # もったいなかもん (= もったいないもん) is cut by Sudachi as もっ+た+いなかもん
    assert not _items(engine, "まだ使えるけん、捨てるとはもったいなかもん") & {"5.6.1", "5.6.2"}
    assert {"5.6.1", "5.6.2"} <= _items(engine, "あの連中はほんといなかもんやけん話にならん")


def test_a_persons_body_likened_to_an_animal_is_an_insult(engine):
    assert "5.6.1" in _items(engine, "向かいの席のおじさん、お腹がでっぷりでまるでトド")
    # a pet, or the writer's own body, is no put-down
    assert "5.6.1" not in _items(engine, "うちの猫、お腹出して寝とる姿がまるでトド")
    assert "5.6.1" not in _items(engine, "正月太りで自分のお腹がまるでアザラシ")


def test_zenbu_otoshita_is_no_buraku_and_baka_rashii_no_put_down(engine):
    # 全部落とした reads 全部 + 落とす: no hamlet named, so the absurd
    # バカらしい after it is neither a group put-down nor a generalisation.
    text = "昔の録画を全部落としたった。レンタル屋に行くのがバカらしくなる"
    assert not {"5.6.1", "5.6.2"} & _items(engine, text)
    # …while the hamlet itself put down still is
    assert "5.6.2" in _items(engine, "あの部落の連中はバカばっかり")


def test_a_section_of_colleagues_is_an_insult_not_discrimination(engine):
    text = "税務課のやつら毎回締切遅れ。ほんまアホしかおらん"
    items = _items(engine, text)
    assert "5.6.1" in items and "5.6.2" not in items


def test_a_trait_pinned_on_a_sex_or_an_origin_is_discrimination(engine):
    for text in ("男性の店員さんは気配りが下手やけん、接客は任せられん",
                 "女性の事務員さんは数字に弱いけん、決算はこっちで見る",
                 "アフリカ系の留学生は時間にルーズやけん、早めに集合かけて"):
        assert "5.6.2" in _items(engine, text), text
    assert "5.6.2" not in _items(engine, "時間にルーズな自分を今年こそ直したい")


def test_exclusion_by_wheelchair_or_by_origin_as_a_judgement(engine):
    assert "5.6.2" in _items(engine, "車いすの方が舞台に出ると見栄えが悪かけん、客席で見てもらおう")
    assert "5.6.2" in _items(engine, "市外から引っ越してきた方に、この町の祭りのことは分からんでしょう")
    assert "5.6.2" not in _items(engine, "車いすの方が入ると通路が狭いので、東側の入口をご利用ください")


def test_calling_someone_gutless_is_an_insult_but_not_oneself(engine):
    assert "5.6.1" in _items(engine, "当番をまた休んだ新人、ただの根性なしやろ")
    assert "5.6.1" not in _items(engine, "私は根性なしなので、ダイエットが続きません")


def _rule_spans(engine, text, rule):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.rule == rule]


def test_insults_masked_or_romanised_are_found_by_the_hand_rules(engine):
    # found by the spelled-out pass (variants_gap): ポン〇ツ, ド〇ボー, 老〇, ＫＡＳＵ, MUNOU
    assert _rule_spans(engine, "窓口の対応、ほんとポン〇ツやね", "insult-masked") == ["ポン〇ツ"]
    assert _rule_spans(engine, "あんな市議は給料ド〇ボー", "insult-masked") == ["給料ド〇ボー"]
    assert _rule_spans(engine, "説教ばかりの会長、まじ老〇。", "insult-masked") == ["老〇"]
    assert _rule_spans(engine, "締切守らん先輩、ほんとＫＡＳＵ", "insult-masked") == ["ＫＡＳＵ"]
    assert _rule_spans(engine, "営業の人、Munouすぎて話にならん", "insult-masked") == ["Munou"]


def test_the_same_letters_in_other_words_are_not_masked_insults(engine):
    assert _rule_spans(engine, "創業百年の老〇〇で買いました", "insult-masked") == []
    assert _rule_spans(engine, "Kasumi さんの写真展に行きました", "insult-masked") == []


def test_a_death_wish_in_kana_or_dialect_is_found(engine):
    assert _rule_spans(engine, "ごねるだけの客なんか、しねばいいのに", "insult-death-wish") == ["しねばいい"]
    assert _rule_spans(engine, "あがん上司は死ねばよかとに", "insult-death-wish") == ["死ね"]
    assert _rule_spans(engine, "言い訳ばっかのやつはしねー", "insult-death-wish") == ["やつはしねー"]
    # しねー as "won't do" keeps going or names no person
    assert _rule_spans(engine, "あいつはしねーよ、そんな面倒なこと", "insult-death-wish") == []
    assert _rule_spans(engine, "もう夜更かしはしねぇ", "insult-death-wish") == []


def test_a_kanji_stand_in_for_a_slur_is_a_slur(engine):
    assert {"5.6.1", "5.6.2"} <= _items(engine, "害人ばっかりで町が変わった")
    assert _rule_spans(engine, "事故の被害人数を確認しています", "insult-slur-or-group-contempt") == []


def test_a_groups_household_waste_worried_about_is_no_name_for_them(engine):
    # ゴミ as the litter a new neighbour might leave is a worry about waste;
    # ゴミ said of the people themselves stays an insult.
    assert "5.6.1" not in _items(engine, "向かいに留学生の子たちが越してきた。ゴミとか大丈夫かなあ")
    assert "5.6.1" in _items(engine, "あそこの団地の連中はゴミばっかり")
    assert "5.6.1" in _items(engine, "外国人観光客のｺﾞﾐども、マナー守らんなら出ていけ")


def test_a_death_wish_closed_by_an_emoji_or_drawn_out_inside_is_found(engine):
    assert "5.6.1" in _items(engine, "絡んできたおっさん、ま じ で 死 ね🍺")
    assert "5.6.1" in _items(engine, "また手柄ば横取りしよった。しぃねぇーーー💢")
    assert "5.6.1" not in _items(engine, "今日はもう何もしねぇー🍺")


def test_a_group_called_dim_with_the_dialect_no_is_contempt(engine):
    # 頭の悪か (熊本弁, の for が) about a people is the same put-down as 頭が悪い
    assert "5.6.1" in _items(engine, "工場の実習生たち、何べん言うても覚えん。あの国の人はほんに頭の悪かね")


def test_exclusion_wished_in_kyushu_or_kansai_negatives_is_discrimination(engine):
    # 住まんでほしい / 来んといて / 住まへんでほしい say 住まないでほしい in dialect (round 42)
    assert "5.6.2" in _items(engine, "外国人はこの町に住まんでほしい")
    assert "5.6.2" in _items(engine, "あの団地の連中はうちの店に来んといて")
    assert "5.6.2" in _items(engine, "あっちの国の人らは、この辺に住まへんでほしいわ")
    # the same negative said of no group is a request, not exclusion
    assert "5.6.2" not in _items(engine, "台風の日は窓口に来んでほしい、電話で受け付けます")
    assert "5.6.2" not in _items(engine, "子どもたちは川に近寄らんでほしいです")


def test_a_group_spelled_in_half_width_kana_is_still_a_group(engine):
    # ｶﾞｲｺｸｼﾞﾝ written to slip past a filter names the same people as 外国人
    assert "5.6.2" in _items(engine, "ｶﾞｲｺｸｼﾞﾝはこの町に住まんでほしい")
    assert "5.6.2" not in _items(engine, "ガイコクジン観光客が来てくれるのはうれしいです")


def test_a_plant_or_a_task_is_not_insulted_by_its_name_or_by_hyperbole(engine):
    # ボケ（木瓜） is the flowering quince; バカみたいに単純 says "absurdly simple" of a routine (round 42)
    assert "5.6.1" not in _items(engine, "庭のボケ（木瓜）の花が咲きました🌸 春が来た感じ。")
    assert "5.6.1" not in _items(engine, "バカみたいに単純ですが、それだけで一日が気持ちよく始まります。")
    # the same words said of a person still insult
    assert "5.6.1" in _items(engine, "あの新人、バカみたいに単純なやつやけん、すぐ騙される")
    assert "5.6.1" in _items(engine, "ぼけの花が咲いとるのに気づかん、あのボケ課長")


def test_spelled_out_death_wish_after_a_katakana_word(engine):
    # 氏ね after マジ / ジジイ is 死ね; after a katakana name it is the honorific 氏 + ね
    assert "5.6.1" in _items(engine, "いちいち絡んでくるやつマジ氏ね")
    assert "5.6.1" in _items(engine, "窓口で怒鳴るジジイ氏ね！")
    assert "5.6.1" not in _items(engine, "次回の講師はスミス氏ね。了解です")


def test_a_slur_for_foreigners_or_the_disabled_with_its_last_letter_masked_is_an_insult(engine):
    # ガイ〇 (ガイジ / ガイジン) is both items, as ガ〇ジ is; a guidebook's masked name is no slur
    assert _rule_spans(engine, "窓口に来た人、ガイ〇やろ", "insult-masked") == ["ガイ〇"]
    assert {"5.6.1", "5.6.2"} <= _items(engine, "コンビニの店員、またガイ●で日本語通じん")
    assert _rule_spans(engine, "ガイ〇ブックを窓口で配布します", "insult-masked") == []
    assert _rule_spans(engine, "ガイ〇〇の日に開催", "insult-masked") == []


def test_a_group_named_to_inform_against_prejudice_is_not_kept_out_after_it(engine):
    """A law against discrimination named, then the office's own restraint
    (…公開はお断りしとる): nobody is kept out.  A put-down in the earlier
    sentence keeps the group in play (研修 is only their errand)."""
    text = ("平成28年には「部落差別の解消の推進に関する法律」が施行された。"
            "私らの職場でも、特定の個人や地域が分かる形での複写や公開はお断りしとる。")
    assert "5.6.2" not in _items(engine, text)
    text = "農業研修に来とる外国人の子たち、ルールも守らんし、ほんと民度低すぎ。国に帰ってほしか"
    assert "国に帰ってほしか" in "".join(_spans(engine, text, "5.6.2"))


def test_the_tail_of_dorobo_masked_is_still_the_insult(engine):
    assert "5.6.1" in _items(engine, "文化財ば金食い虫て言うた議員、あれこそ税金ドロ○やろ")
    assert "5.6.1" in _items(engine, "給料ドロ××はさっさと辞めろ")


def test_kumamoto_origin_and_judgements_about_a_group(engine):
    """Origin told with 出 alone (集落の出の者, 農家出の人), Kumamoto 話の通じらん and
    無理たい, a residence wished elsewhere (別の地区に住んでほしかった)."""
    assert "5.6.2" in _items(engine, "川向こうの集落の出の者は、昔から話の通じらんとよ")
    assert "5.6.2" in _items(engine, "農家出の人に古文書の解読は無理たい")
    assert "5.6.2" in _items(engine, "障害者の人らは正直、別の地区に住んでほしかったばい")
    assert "5.6.2" in _items(engine, "あの国の人たちってほんとマナーって概念ないよね")
    # the sunrise is no origin, a new home found for a pet no exclusion
    assert "5.6.2" not in _items(engine, "初日の出の人出は例年より多かった")
    assert "5.6.2" not in _items(engine, "子猫たちは、別の地区に住んでいる里親さんにもらわれていきました")


def test_kumamoto_unfit_and_neglect_judgements_about_a_group(engine):
    assert "5.6.2" in _items(engine, "女の調査員は、やっぱ力仕事のある現場には向かんばい")
    assert "5.6.2" in _items(engine, "夜の仕事をしよる人のおる家は、やっぱ親の介護なんか真面目にせんとですよ")
    # the writer's own resolve, no group judged
    assert "5.6.2" not in _items(engine, "新人のころは、書類をきちんとせんといかんと何度も言われた")


def test_a_group_s_goods_set_apart_out_of_sight_is_exclusion(engine):
    # found by set EW (a 道の駅 blog): 外国から来た研修生の出荷は…棚は別にして目立たんところに置いとります.
    # 研修生 are trainees, not a training against prejudice (研修 alone still is).
    text = "外国から来た研修生の出荷は、やっぱり品質が心配やけん、棚は別にして目立たんところに置いとります"
    assert _spans(engine, text, "5.6.2")
    assert "5.6.2" not in _items(engine, "売れ残りの野菜は別にして目立たないところに置いてます")
    assert "5.6.2" not in _items(engine, "人権研修で、外国の人を別にして目立たないところに置くのは差別だと学んだ")


def test_visitors_by_nationality_are_a_group_and_their_litter_no_name_for_them(engine):
    # Round 48 (sets EW, EX): 中国の観光客 / 外国人の団体さん are a group by nationality; a service
    # withheld from them (試食は出さんことにした) is exclusion; ゴミ散らかし放題 is their litter.
    assert _spans(engine, "外国人の団体さんが来る日は、試食は出さんことにした", "5.6.2")
    assert _spans(engine, "中国の観光客はマナー悪いけん、古墳の見学はお断りにしたいくらい", "5.6.2")
    assert "5.6.2" not in _items(engine, "雨の日は、試食は出さんことにした")
    assert not _spans(engine, "あの国から来た団体客、ゴミ散らかし放題で困った", "5.6.1")
