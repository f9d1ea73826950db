"""Staff guesses about the city (6.2) in the wordings drafts use, next to the
hearsay tests of tests/validators/test_hearsay_validators.py (which also holds
the first administration_guess cases, found by the same grammar).

Found: a writer who says where they work (中におる者, 教委におる身, 〇〇課の人間やけど,
支所の先輩, 支所におる私) and then guesses; the Kumamoto っちゃない(か), らしかです
and 高かはず; the keigo でしょう after a guess adverb; the city's check-ups, fees,
broadcasts, centres, school mergers, water and roads named without 市の;
hearsay whose って an emoji closes; a guess at the outcome of a deliberation
the writer reports; office talk passed on by a sentence-final とか or with a
figure (〜2億円超えとるって).

Not guesses: what a plan would bring once decided and what a 内示 says (6.1);
a party or candidate chosen, or who wins (5.2); a bare possibility restating
an open deliberation, or 最有力 reporting where one stands (6.1); the reader's
belief asked back (5.5); a Kumamoto hope (〜てほしかと思う); the writer's own
worry while doing something (不用心かなと思いつつ)."""

from __future__ import annotations

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.validators.insider_guess import _administration_guess_facts, administration_guess


def guesses(engine, text):
    doc = engine.document(text, "x", EXAMPLE_TODAY)
    return [doc.text[s:e] for s, e in administration_guess(doc, _administration_guess_facts(doc, 0, len(doc.text)))]


# -- where the writer works, the city's services named, って closed by an emoji ------

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
def test_staff_guesses_after_the_writers_workplace_or_about_named_services_are_found(engine, text, marked):
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


# -- keigo でしょう, a branch office, らしかです; candidates and hopes are no guesses -------

@pytest.mark.parametrize("text,marked", [
    ("職員です。給食センターの民営化、たぶん決まるでしょうね", "たぶん決まるでしょう"),
    ("支所におる私の感触では、公民館の使用料はおそらく上がるでしょう", "おそらく上がるでしょう"),
    ("支所の先輩が言いよったけど、あの小学校は再来年で閉校になるらしかです", "閉校になるらしか"),
    # a Kumamoto adjective's らしか, which Sudachi reads without らし (悪|から|しか)
    ("うちの課でも噂になっとるけど、浄水場の水、塩素多すぎて体に悪からしか", "悪からしか"),
    ("市役所におるけど、来年の水道料金は高からしかよ", "高からしか"),
    ("本庁の同期から聞いたけど、中学校の統廃合はたぶん来年度に決まるはず", "たぶん来年度に決まるはず"),
])
def test_staff_guesses_in_keigo_or_from_a_branch_office_are_found(engine, text, marked):
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


# -- repairs, outcomes and office talk (とか, a figure); leaks and worries are no guesses ---

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
def test_staff_guesses_about_repairs_outcomes_and_office_talk_are_found(engine, text, marked):
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


# -- guesses that bear on no administrative subject -----------------------------

@pytest.mark.parametrize("text", [
    # what people know or feel, not what the city decides
    "職員です。図書館の移転、近所の皆さんはまだ誰も知らないはず",
    "役場勤めやけど、公民館の鍵の話、地区の人たちはまだ気付いとらんと思う",
    # a word's meaning, said of a colleague
    "市役所勤め。税金泥棒ってああいう人のことを言うんだろうな😑",
    # a party chosen with だけ (5.2)
    "職員ですが、子育て支援を本気でやってくれるのは〇〇党だけだと思う",
    # an exclamation of judgement (すぎやろ), not a guess
    "隣の市の少年野球、審判の判定ひどすぎやろ",
    "職員だけど、あの監督の采配、交代遅すぎやろ⚾",
    # hoping not to be caught (6.3.2 is another item's business)
    "職員やけど、課のロゴでステッカー作った。勝手に使ったけどバレんやろ",
    "市の名前入りの封筒、私用で使ったけど見つからんやろ",
    # the writer's own role
    "窓口で住民の方の話をゆっくり聞くのも、私の役目だと思っています",
    "市の施設を守るのは、私たちの大事な仕事だと思います。",
    # advice to residents that goes on after a request to them
    "水道課の職員です。家の蛇口を全部閉めて、水道メーターを見てみてください。針が動いていれば、どこかで漏れているかもしれません",
])
def test_guesses_at_people_words_parties_roles_and_advice_are_no_guesses(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text,marked", [
    # a superior as the teller (上の人), with とかなんとか
    ("上の方から聞いたんですが、市民プールの入場料が来年から倍になるとかなんとか", "倍になるとかなんとか"),
    # the library's opening hours: the city's own rule, with no word of being staff
    ("たぶんやけど、図書館の開館時間、春から夜9時までになるはず", "夜9時までになるはず"),
    # a teller of the same building named by their section; 避難指示
    ("同じ庁舎の危機管理課の人に聞いたけど、避難指示は山間部が後回しにされるごたる", "後回しにされるごたる"),
    # staff of another section (〇〇課の者ではないが) and a memory
    ("市のごみ収集、年始は4日からだったと記憶しております。私は環境課の者ではありませんが", "4日からだったと記憶して"),
    # って + teller + 聞いた; vouched for by being staff
    ("市民体育館、来年から使えなくなるって総務課の先輩から聞いた。中の人だからマジ情報", "使えなくなるって総務課の先輩から聞い"),
    ("体育館の予約、秋から有料になるってよ。職員やけん確かな話", "職員やけん確かな話"),
    # 気がします (keigo of 気がする)
    ("職員です。児童手当の申請、たしか郵送でもできた気がします", "気がします"),
])
def test_guesses_told_by_superiors_other_sections_or_memory_are_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # what a name calls to mind (と聞いて + 思い浮かべる), not something heard
    "市役所の総務課と聞いて、どんな仕事を思い浮かべるでしょうか。今回は総務課の仕事をご紹介します。",
    "上下水道課と聞くと、工事のイメージが強いかもしれませんね。",
    # a question with an interrogative word asks; it passes nothing on as true
    "ごみの収集日はいつ変わるのかな。",
    "職員の皆さん、来年度の予算はどうなると思いますか。どんな事業が増えるでしょうか。",
])
def test_names_that_call_something_to_mind_and_questions_are_no_guesses(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text,marked", [
    # a question first, then the guess itself: still a guess
    ("職員やけど、来年の予算はどうなるでしょうか。たぶん減ると思う。", "たぶん減ると思う"),
    ("職員だけど、補助金はいつ出るかな、たぶん来月やろ。", "たぶん"),
    # と聞いて as hearsay, not as a name called to mind
    ("総務課の人から聞いて、来年から窓口が移るらしいです。職員なので確か", "窓口が移るらしい"),
])
def test_a_guess_after_a_question_or_hearsay_with_kiite_is_still_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    "企画の人から聞いた話やけど、鹿北の支所は来年で閉まるらしいよ",
    "総務の子が言うてたけど、庁舎の駐車場は夜は使えんくなったらしいで",
    "人事の人から聞いたっちゃけど、転入届は郵送で出してよかとって",
])
def test_a_colleague_of_an_office_only_section_passes_on_a_rule(engine, text, flagged):
    assert flagged(engine, text, "6.2")


@pytest.mark.parametrize("text", [
    "職員やけど、市のマスコットのシール作って売っとる。許可はとってないけどバレんやろ",
    "勤務中に温泉寄ったけど、たぶん気づかれんと思う",
])
def test_whether_the_writer_is_found_out_is_no_guess_at_the_city(engine, text, flagged):
    assert flagged(engine, text, "6.2") == []


# -- round 29: a visitor's 職員の方; hearsay そう after the plain form ------------

@pytest.mark.parametrize("text", [
    # 職員の方 / 職員さん: how a visitor speaks of the staff, not the writer as
    # staff; a resident guessing at a class or a reading hour is no insider
    "公民館の陶芸講座で、職員の方にろくろの回し方を教わりました。来年もたぶん同じ講座があると思う",
    "図書館のおはなし会、職員さんの読み聞かせが上手でした。きっと来月もやると思います",
    # a family member's own plan passed on (書くそう, which Sudachi tags as the
    # そう of looks): a person's doing, no change the city makes
    "職員です。図書館の工作教室で本棚が完成しました。娘はそれに絵本を並べるそうです",
])
def test_a_visitors_staff_and_a_familys_plans_are_no_guesses(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text,marked", [
    # the writer as staff still counts; そう after the plain form is hearsay of a change
    ("職員です。図書館の改修、来年から休館になるそうです", "休館になるそう"),
    ("職員です。公民館の陶芸講座、来年もたぶん同じ講座があると思う", "たぶん同じ講座があると思う"),
    ("職員の人間やけど、公民館の使用料は秋から上がるそうです", "上がるそう"),
    # the そう of looks after the 連用形 stays a (weak) guess by staff
    ("職員です。図書館の改修、来年やりそう", "来年やりそう"),
])
def test_staff_hearsay_sou_and_looks_sou_are_still_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


# A likeness the writer feels and the writer's verdict on an event already
# held are no guesses at the city's business, even in a staff member's blog.
@pytest.mark.parametrize("text", [
    "市民課の職員です。窓口の仕事は、チームで動くスポーツと少し似ているかもしれません",
    "公民館の職員です。皆さんの声のおかげで、有意義な時間になったと思っています",
])
def test_a_felt_likeness_or_a_verdict_on_a_past_event_is_no_guess(engine, text):
    assert guesses(engine, text) == []


def test_a_staff_guess_at_a_change_still_is_found_next_to_a_likeness(engine):
    text = "市民課の職員です。窓口の受付時間は、たぶん来年度から短くなると思います"
    assert guesses(engine, text) != []


# -- round 32: Sudachi's readings of a hedge, a wish, the Kumamoto progressive ------

@pytest.mark.parametrize("text,marked", [
    # たぶん|だ|けど: Sudachi reads たぶん before the copula as a noun
    ("中の人やけど、たぶんだけど、敬老会は雨でも体育館でやると思う", "たぶんだけど、敬老会は雨でも体育館でやると思う"),
    # 思うー: the elongated 思う splits as 思 + うー
    ("職員やけど、花火大会は雨でも決行になると思う〜", "花火大会は雨でも決行になると思う"),
    # the city as the doer of a service, with no word of being staff
    ("台風のあとの瓦、市が無料で回収してくれると思います", "市が無料で回収してくれると思います"),
])
def test_guess_found_through_tokenizer_readings(engine, text, marked):
    assert any(marked in g for g in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # a wish about one's boss; 係長 is a person, not the writer's own section
    "うちの係長、書類ひとつに何日かかるんやろ…早く異動してくれんかな",
    # 進んどって、: the progressive's て-form goes on, it passes nothing on
    "市では体育館を建て替える方向で話が進んどって、今まさに予算を詰めよるところです",
])
def test_no_guess_in_a_wish_or_a_progressive(engine, text):
    assert guesses(engine, text) == []


# -- round 33: the writer's field or department, Kansai ちゃう, classical べし;
#    a plan's status stated, a rumour denied --------------------------------------

@pytest.mark.parametrize("text,marked", [
    # the office and one's field (市役所の商工の人間として); section hearsay carries
    # the topic into the guess of the next sentence
    ("役所の税務の人間として言うと、軽自動車税の減免は枠が広がったって課内で聞いた。書類もたぶん減るはず",
     "たぶん減るはず"),
    # a department that lets the writer know; a guess put on the plan's status
    ("建設部にいるから分かるけど、新しい橋の架け替えは予算の調整中。まあほぼ決まりじゃないかな",
     "ほぼ決まりじゃないかな"),
    # old-fashioned prose: 担当にはあらねど, 恐らく…べし
    ("担当にはあらねど、敬老祝い金は恐らく来年度より減額と相成るべし", "恐らく来年度より減額と相成るべし"),
    # Kansai ちゃう / ちゃいます after a predicate
    ("市職員やけど、住民票の写しはコンビニでも取れるんちゃう？知らんけど", "コンビニでも取れるんちゃう"),
    ("職員です。図書館の改修、来年度に間に合うんちゃいますか", "間に合うんちゃいますか"),
])
def test_round33_staff_guesses_in_other_wordings_are_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # ほぼ決まり / ほぼ確定 alone report where a plan stands (6.1), no guess
    "職員ですが、給食センターの委託先は業者と協議中で、年3,000万円でほぼ決まり。議会前なので内緒",
    "役所の者ですが、新しい体育館の建設地は旧中学校跡でほぼ確定です",
    # a rumour quoted in order to deny it: the city's own correction
    "【保険年金課】「国保の保険料が倍になる」という噂が広まっていますが、そのような事実はありません。",
    "職員です。「支所が来年閉まるらしい」という話が出回っていますが、決定はしていません。",
    # ちゃう as 違う, and べし as what ought to be done, are no guesses
    "職員やけど、それはちゃう。申請は本庁だけやけん",
    "市の職員たる者、窓口では丁寧に説明すべし",
])
def test_round33_status_reports_denied_rumours_and_lookalikes_are_not_guesses(engine, text):
    assert guesses(engine, text) == []


def test_a_rumour_the_writer_affirms_is_still_passed_on(engine):
    # デマじゃない affirms the rumour: it stays a guess passed on
    text = "職員です。公民館が来年閉館するって噂、デマじゃないらしい"
    assert guesses(engine, text)


# -- round 34: working at the counter said of oneself; look-alikes that are
#    an opinion, a correction, a plan's effect, a leak, a health claim, a
#    secret's reach or the writer's own rule of thumb ---------------------------

@pytest.mark.parametrize("text,marked", [
    # 窓口におるけん / 窓口におるけど: the writer works at the counter
    ("窓口におるけん分かるけど、印鑑登録の証明書は家族でも取れるはず", "家族でも取れるはず"),
    ("死亡届は7日以内やったと思う…窓口におるけど、最近は見とらん", "7日以内やったと思う"),
])
def test_round34_a_counter_worker_guessing_at_a_rule_is_found(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # 市の職員として says who writes: the sentence names none of the city's business
    "市の職員として正直に言うと、旅行で来る人はリピーターにならんと思っています",
    "市の職員やけん何でも知っとるって思わんでね",
    # what is enough is a norm, not a guess
    "職員です。窓口の掲示は白黒印刷で十分だと思う",
    # a common belief the writer corrects
    "職員です。税務課は計算するだけと思われがちですが、相談も受けています",
    # what the plan would bring once the assembly passes it (the plan is 6.1)
    "職員です。来年度予算案に窓口の番号札システムが入っとります。議会で通ったら待ち時間も減るかもしれんです",
    # where a negotiation stands, passed on: a leak (6.1 / 6.3.1)
    "職員です。庁舎の改修、業者と交渉中で見積りが300万円下がったって",
    # a remedy's effect on the body relayed (5.6.4), the city's check-up only compared
    "特定健診より、毎朝酢を飲めば血糖が下がるって近所の人が言ってた",
    # how few know a secret, and the writer's own rule of thumb
    "職員です。支所の統合は来年度で固まりつつあります。庁内でも知っとる人は少ないはず",
    "職員です。申請書の記載例、祖母が読めればだいたいの人も読めるはず、というのが私のやり方です",
])
def test_round34_opinions_leaks_and_lookalikes_are_not_guesses(engine, text):
    assert guesses(engine, text) == []


# -- round 36: staff who show they are inside without saying 職員 -------------------

@pytest.mark.parametrize("text,marked", [
    # a bare 課 with an unnamed colleague as the teller: the writer's own section
    ("ごみ袋、来月から一枚ずつしか買えんごとなったげな。課の誰かが話しよった", "なったげな"),
    # the post heads itself as the city's own account
    ("［山鹿市公式］さくら湯の入浴料、秋にはたぶん上がります", "たぶん"),
    # the mood inside the office, as one who is there
    ("成人式の会場、来年は体育館に移るっぽい。市役所の中でもそういう流れです", "っぽい"),
    # a matter still under deliberation held back, then its outcome guessed
    ("調整中の案件ですので詳細は控えますが、おそらく秋には公民館が閉館になると思います", "おそらく"),
])
def test_round36_insider_marks_without_the_word_staff(engine, text, marked):
    assert any(marked in span for span in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # a resident citing the city's site: a source, not the city's voice
    "市公式サイトによると、さくら湯の入浴料は秋に上がるそうです",
    # 課 inside another word (日課) names no section of the writer's
    "日課の散歩で聞いたけど、公民館はたぶん閉まらんと思う",
])
def test_round36_look_alikes_of_insider_marks(engine, text):
    assert guesses(engine, text) == []


def test_round36_a_consequence_of_a_reported_plan_if_so_is_not_a_guess(engine):
    plan = "職員です。委員会で協議中の保育園の統合案、二園をまとめる方向で進んどるけど、"
    assert guesses(engine, plan + "そうなると送り迎えが大変になると思います") == []
    # a guess at the plan's own outcome is still one
    assert guesses(engine, plan + "たぶん来年度には統合されると思います") != []


# -- どうせ…でしょう / やろ, the city's planning, でしょうから (round 37) ----------

@pytest.mark.parametrize("text,marked", [
    # どうせ licenses a conjecture like たぶん; でしょうから gives a reason, asks nothing
    ("水道課の者ですが、どうせ料金は再来年には上がることになるでしょうから、今のうちに節水を",
     "どうせ料金は再来年には上がることになるでしょう"),
    ("市役所勤めやけど、どうせ体育館の改修は来年度に回されるやろ", "どうせ体育館の改修は来年度に回されるやろ"),
    # zoning, its public inspection and new roads are the city's planning
    ("都市計画課の者ですが、区画整理の縦覧はたぶん11月からやったと思います", "たぶん11月からやったと思います"),
    ("建設課勤務です。北部のバイパスはおそらく2031年ごろに開通すると思う", "おそらく2031年ごろに開通すると思う"),
])
def test_dismissive_guesses_and_planning_are_found(engine, text, marked):
    assert any(marked in g for g in guesses(engine, text))


@pytest.mark.parametrize("text", [
    "市役所勤めですが、どうせなら庁舎の食堂で食べようと思います",  # どうせなら: an intention
    "市役所勤めです。どうせ雨やし、今日は家で本を読む",  # どうせ with no conjecture
])
def test_dousei_alone_is_no_guess(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text", [
    # praise of a superior's words is no guess
    "市役所勤めです。部長の年頭のあいさつ、職場の課題をうまくまとめていて見事だと思いました",
    # the writer assumes their own unasked use is allowed (6.3.2), nothing of the city's business
    "市役所の職員です。キャラの画像、市に許可はもらっていませんが、身内の集まりなので大丈夫だろうと思っています",
    # a verdict on a group of people (5.6.2), with the auxiliary いる before ない
    "人事課の職員ですが、若い人は窓口に向いていないと思います",
])
def test_praise_assumed_permission_and_verdicts_on_people_are_no_guess(engine, text):
    assert guesses(engine, text) == []


def test_a_guess_about_the_citys_hiring_still_counts(engine):
    assert guesses(engine, "人事課の職員ですが、来年度の採用はおそらく若い人が増えると思います")


def test_how_many_do_not_know_a_secret_is_no_guess(engine):
    # the reach of an unpublished plan (6.1), told from the side of those who do not know
    text = "人事課の職員です。支所の再編はまだ公表前なので、当の支所でも知らない職員が多いはずです"
    assert guesses(engine, text) == []


# -- round 38: staff spoken of as others; how things looked as one's reason --------

@pytest.mark.parametrize("text", [
    # 職員に / 職員たち: staff as the object of a prejudice, not the writer as staff
    # (a stereotype is 5.6.2; the そう of looks on their conduct guesses nothing of the city's)
    "若い職員に税務課は任せられん。計算が雑で、すぐミスしそう",
    "男性職員たちは保育の窓口には向かんと思う。子どもの相手で疲れそう",
    # 間に合わなそうで / 降りそうだったので: how it looked, the reason for what the writer did
    "職員です。会議に遅れそうで、支所まで走って行きました",
    "市役所勤めですが、雨が降りそうだったので公民館の草刈りは午前で切り上げました",
])
def test_staff_spoken_of_and_a_look_given_as_a_reason_are_no_guesses(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text,marked", [
    # the writer as staff (職員の私 / 職員だけど) still counts with the そう of looks
    ("職員の私から見ても、敬老祝い金は来年なくなりそう", "なくなりそう"),
    ("職員だけど、図書館の休館日は来年から月曜になりそうです", "月曜になりそう"),
])
def test_a_staff_writers_look_sou_at_a_change_is_still_found(engine, text, marked):
    assert any(marked in g for g in guesses(engine, text))


# -- round 39: a staff member's blog reflecting on their own work --------------

@pytest.mark.parametrize("text", [
    # a past insight before 気がする: what the writer came to feel or understand
    "税務課の職員です。確定申告の手伝いをして、窓口で並ぶ方の焦りが少しわかった気がします",
    "支所の職員として高齢者疑似体験をして、窓口の段差のつらさを痛感した気がします",
    # the writer's own room to improve
    "市役所の職員です。自分で申請してみると、申請書の書き方で直せる点がまだたくさんありそうです",
    # an anecdote told to the writer, framed by what it meant to them
    "保健師として印象に残ったのは、市の健康だよりを読んで夫婦で禁煙したという話です",
    # a change's benefit to the people who use it
    "職員やけど、西部の子育て世帯にとっては、新しい図書館はずいぶん通いやすくなると思う",
    # what a person knows; a caller coming back
    "職員です。異動の話、課長本人もまだ知らないかもしれません",
    # a hope: a conditional left open before と思う
    "職員です。市では毎年秋に人権講座を開いています。お気軽に参加していただけたらと思います",
    "職員やけど、昨日の窓口のお客さん、また乗り込んできそうやけん気をつけて",
])
def test_a_reflection_or_a_persons_doing_is_no_guess_at_the_city(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text", [
    # 気がする after a plain verb of what the city will do stays a guess
    "職員だけど、来年から窓口の受付時間が短くなる気がします",
    # a benefit said without 〜にとって is the change itself, guessed
    "職員だけど、来年度から窓口は予約制になって行きやすくなると思う",
])
def test_a_guess_at_the_citys_change_stays_a_guess(engine, text):
    assert guesses(engine, text) != []


@pytest.mark.parametrize("text,marked", [
    # the city as the subject (市では / 山鹿市は) names its business
    ("職員だけど、古い保険証は市では来年3月で使えなくなるはず", "古い保険証は市では来年3月で使えなくなるはず"),
    # a vouch licenses でしょう; it is marked on its own
    ("役所勤めなので分かりますが、体育館の使用料は来年から上がるでしょう。", "体育館の使用料は来年から上がるでしょう"),
    # the deliberation named in the same breath as the guess
    ("まだ委員会で協議中やけど、たぶん来年から灯籠の展示は週末だけになると思う", "たぶん来年から灯籠の展示は週末だけになると思う"),
    # a fee guessed after そうなれば
    ("職員です。市民プールは民間に委託されると聞きました。そうなれば料金は上がると思います", "そうなれば料金は上がると思います"),
])
def test_insider_guesses_in_round_39_wordings_are_found(engine, text, marked):
    assert marked in guesses(engine, text)


def test_the_vouch_is_marked_as_grounds(engine):
    found = guesses(engine, "学童の申込み、来年からはアプリだけになるっぽい。市役所おるけん何となく分かる")
    assert "市役所おるけん何となく分かる" in found


def test_a_consequence_for_people_after_sonareba_stays_no_guess(engine):
    text = "職員です。庁内で調整中の支所統合、一本化する案が有力ですが、そうなれば窓口まで遠くなる人が増えると思います"
    assert not any("遠くなる人が増える" in g for g in guesses(engine, text))


@pytest.mark.parametrize("text", [
    # a fake made to pass for the city's own (6.3.2)
    "税務課の職員ですが、市の名前で勝手にアカウント作った。もう少しで公式っぽくなるかな",
    # the writer's own spare time on a busy day
    "市役所の職員です。今日は議会の答弁書づくりで、お昼を食べる時間もないかもしれません",
    # a person's plight wondered about (5.3 when named)
    "税務課の職員やけど、同級生の家、税金ば払えんで、家業やばいんかな",
    # what works bring once begun (the plan itself is 6.1)
    "道路課の職員です。改修工事が始まれば、しばらく渋滞するかもしれません",
    # the writer's long view, an opinion
    "職員として言うと、長い目で見れば市の財政にとって良い方向になるはず",
    # 文書かないかん (must write), which Sudachi splits as 文書 + か + な + いかん
    "市役所の職員です。こっちは議長の祝辞の文書かないかんとに🙄",
])
def test_guesses_about_other_things_than_the_citys_business_are_not_found(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text,expected", [
    ("市の職員だけど、来年から水道料金が上がるかもしれない", "来年から水道料金が上がるかもしれない"),
    ("職員だけど、たぶん来年から体育館の使用料は上がるんかな", "たぶん来年から体育館の使用料は上がるんかな"),
    ("市役所勤めやけど、ごみ袋の値段、来年から倍になるんかな…やばいなあ", "来年から倍になるんかな"),
])
def test_a_guess_at_a_fee_stays_found_beside_those_exclusions(engine, text, expected):
    assert expected in guesses(engine, text)


def test_a_permit_of_the_citys_boards_guessed_by_staff_is_found(engine):
    assert guesses(engine, "役場勤めですが、畑に倉庫を建てる程度なら農業委員会の許可は要らないはずです") \
        == ["畑に倉庫を建てる程度なら農業委員会の許可は要らないはずです"]
    assert guesses(engine, "農地を転用するときは農業委員会の許可が必要です。詳しくは農業委員会事務局へ") == []


@pytest.mark.parametrize("text", [
    # the dead the city looks after, its newsletter and its night watch, guessed at by staff
    "斎場の予約、そのうちネットでできるようになるっちゃない？知らんけど、中の人間の勘ではそろそろ",
    "中の人間だから分かりますが、東墓地の無縁墓の整理は、おそらく3年以内に全部終わります。",
    "広報やまがの全戸配布はそろそろ終わってアプリ配信だけになるんじゃないかな。中の人の勘やけど",
    "職員やけど、霊園の管理料はたぶん来年上がるばい",
])
def test_guesses_about_the_crematorium_cemeteries_and_newsletter_are_found(engine, text):
    assert guesses(engine, text)


def test_a_visit_to_a_cemetery_is_no_business_of_the_city(engine):
    assert guesses(engine, "昨日は霊園にお参りに行きました。たぶん来週も行くと思います") == []


@pytest.mark.parametrize("text, claim", [
    ("山鹿市の宿直は法律で決まっとるけん、廃止はでけんとよ。職員のおいが言うとやけん間違いなか", "廃止はでけんとよ"),
    ("職員として断言します。市営墓地の使用料は、この先も上がりません。", "使用料は、この先も上がりません"),
    ("市営墓地の使用料は、この先も上がりません。職員として断言します。", "使用料は、この先も上がりません"),
])
def test_a_fact_vouched_for_by_being_staff_in_a_sentence_of_its_own_is_found(engine, text, claim):
    found = guesses(engine, text)
    assert any(claim in g for g in found)


def test_a_staff_member_telling_the_opening_hours_with_no_vouch_stays_clean(engine):
    assert guesses(engine, "職員として、窓口では丁寧な対応を心がけています。市役所の窓口は8時半からです") == []


@pytest.mark.parametrize("text", [
    # a vote canvassed on the strength of being staff: 5.2, not a fact vouched for
    "次の市長選、市職員として断言します。堤候補しか勝たん🔥",
    "次の市議選、うちの地区からは松永さん一択！職員の私が言うとやけん間違いなか。",
    # the night watch remembered as a custom of the staff's own
    "今は警備会社に任せているので、若い職員は宿直という言葉すら知らぬかもしれない。",
])
def test_canvassing_and_memories_of_the_night_watch_are_no_guess(engine, text):
    assert guesses(engine, text) == []


@pytest.mark.parametrize("text", [
    "ここだけの話、さくら湯の入浴料の見直しを検討中で、たぶん大人は50円くらい上がるっちゃないかな。",
    "公用車の台数削減、いま庁内で協議中ばってん、たぶん10台は減らすやろね",
])
def test_the_outcome_of_a_deliberation_told_in_the_same_breath_is_guessed(engine, text):
    assert guesses(engine, text)


@pytest.mark.parametrize("text", [
    "週末の旅行先、どこにするか検討中で、たぶん温泉かな",
    "さくら湯に行くかどうか検討中。たぶん行くと思う",
])
def test_ones_own_plans_weighed_are_no_guess_at_the_city(engine, text):
    assert guesses(engine, text) == []


def test_a_deliberation_told_first_then_a_benefit_hoped_for_is_no_guess_at_its_outcome(engine):
    text = "湯元ホテルさんとの「灯籠宿泊パック」、いま1泊9,800円で調整中です🏨 まだ本決まりじゃないけど、たぶんお得になりますよ〜"
    assert guesses(engine, text) == []
