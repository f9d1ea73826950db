"""Accuracy (5.4), deliberation (6.1) and insider guesses (6.2) of round 46
(a city-hospital clerk, the mayor's secretary, a livestock vet in 熊本弁, a
childcare staffer in ギャル語, an information-security officer, a
public-housing manager): staff who say so by their post or their years at
the office (秘書しよると分かる, 担当やけん分かる, 市役所に入った頃,
課長が…話しよる, 課では決まっとる, a superior addressed by title), the
city's inspections, dog tags, rents and rules guessed at, a bare question
echoed then answered with a guess; a result, a password, a pest or a place
in a nursery promised as certain, an examination's errors ruled out.  And
the look-alikes that were flagged: the reader's doubt quoted as a case, what
the writer learned most, an effort hoped to have helped, someone's intent
conceded, って marking what the writer questions, a supplier's price kept
quiet at its asking.  Each asserts the hand rule by rule id."""

from __future__ import annotations

import pytest


_GUESS = "insider-guess-about-administration"


@pytest.mark.parametrize("text", [
    # the writer's post as the grounds, in 熊本弁 and standard Japanese
    "秘書しよると何となく分かるっちゃけど、来年の花火大会はたぶん有料席が増えるよ",
    "窓口をしていると分かるんですが、来年度から証明書の手数料はたぶん上がると思います",
    # 担当やけん分かる: one's own section vouched for
    "市営住宅の駐車場、もう有料化が決まっとるとよ。担当やけん分かる。たぶん来年の4月から",
    "担当者だから言えるけど、ごみ袋の値段はおそらく来年上がります",
    # the writer joined the office
    "私が市役所に入った頃からある公民館、たぶん再来年には建て替えになると思う",
    # a superior overheard, with the words between
    "課長が県と電話で話しよったけど、来月から牛舎の立入検査の入るらしか",
    # a bare 課 is the writer's own
    "たぶん次の立入検査は来月の半ばやろ。課ではもう決まっとるはず",
    # a superior addressed by title
    "係長、家賃の算定基準が来年度から変わるらしいですよ",
    # the dog tags the city issues, the insider's hunch in 熊本弁
    "多分、来年から犬の鑑札はカードに変わるっちゃなかかな。市の中におる者の勘やけど",
    # a rule the office brings in
    "総務の人が言いよったけど、来月から庁内で私物スマホの持ち込み禁止になるらしい",
    # the city's own compensation guessed
    "台風で壊れた物置は、たぶん市が全額補償してくれるはずです",
    # うちの市 as the actor
    "多分やけど、うちの市も再来年には住民票がコンビニで取れるようになると思う",
    # the city's business echoed as a bare question, then a guess
    "市民課の窓口？たぶん夕方5時半までやったと思う",
])
def test_staff_guesses_found(engine, flagged, text):
    assert flagged(engine, text, rule=_GUESS)


@pytest.mark.parametrize("text", [
    # the reader's own doubt quoted as a case
    "「こんなこと聞いてもいいのかな」と思うことこそ、ぜひ医事課窓口でお声かけください",
    "「今さら聞けないかな」と迷ったら、市民課窓口へどうぞ",
    # what the writer learned most at the office
    "秘書広報課に来て、いちばん鍛えられたのは言葉づかいかもしれません",
    "税務課に来て一番勉強になったのは、説明の順番だと思います",
    # an effort hoped to have helped
    "窓口で説明した方が笑顔で帰られると、ちょっとでも力になれたんかなって思えます",
    "市民課の仕事で、少しはお役に立てたかな",
    # someone's intent conceded before the answer
    "論破したつもりかもしれませんが、窓口の実情も知らずに書かないでください",
    # って marking what the writer questions
    "市役所の駐車場のゲート、暗証番号ば何年も変えとらんって、どうなん",
    "庁舎のエアコン、去年から修理されてないって、ありえなくない？",
    # a private rent, no business of the city's
    "東京で暮らしていた私の感覚だと、山鹿の家賃は本当に驚くほど手頃です",
])
def test_look_alikes_are_no_guesses(engine, flagged, text):
    assert flagged(engine, text, rule=_GUESS) == []


@pytest.mark.parametrize("text, rule", [
    ("新しい病院になれば経営も絶対に黒字になりますので、ご安心ください", "accuracy-absolute-claim"),
    ("このルールで作ったパスワードなら決して破られません", "accuracy-absolute-claim"),
    ("ネットを張っとけば、カラスは絶対入ってこんです", "accuracy-absolute-claim"),
    ("保育園は、フルタイム勤務なら絶対入れますよ", "accuracy-absolute-claim"),
    # a certainty then an emoji closing the sentence, then an invitation: no instruction
    ("花火大会は小雨でも絶対に中止になりません🎆 安心してお越しください", "accuracy-absolute-claim"),
    ("うちの健診なら、病気の見逃しは絶対にありません", "accuracy-absolute-no-risk"),
])
def test_absolute_claims_found(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("保育園の入所は、共働きでも必ず入れるとは限りません", "accuracy-absolute-claim"),
    ("不審者が絶対に侵入できないよう、施錠を確認してください", "accuracy-absolute-claim"),
    ("見落としがないよう、必ず二人で確認してください", "accuracy-absolute-no-risk"),
    ("昨年度の健診で、見落としは一切ありませんでした", "accuracy-absolute-no-risk"),
])
def test_absolute_look_alikes(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_a_suppliers_price_kept_quiet_at_its_asking_is_no_deliberation(engine, flagged):
    text = ("取引先の卸さんから特別単価表をいただいていて、ガーゼが1箱380円なんです。"
            "卸さんには「よそには言わんで」と言われているので、ここだけの秘密ということで。")
    assert flagged(engine, text, rule="deliberation-in-progress") == []


def test_a_plan_kept_secret_is_still_a_deliberation(engine, flagged):
    text = "ここだけの秘密ですが、市民会館の使用料は来年から上げる方向で協議中です。"
    assert flagged(engine, text, rule="deliberation-in-progress")


@pytest.mark.parametrize("text, rule", [
    # a whole named by what it counts, opened into a subset that runs past it
    ("アンケートの回答者は60人のうち、「よかった」40人、「ふつう」25人でした", "accuracy-breakdown-against-total"),
    ("今回の品評会、出品は48頭で、そのうちオスが30頭、メスが20頭やった", "accuracy-breakdown-against-total"),
    # places taken by those who use a place now, the places left after the figure
    ("学童は定員30人のところ、いま33人が在籍しとって、3人分の空きがあります", "accuracy-left-does-not-add-up"),
    # a sum with its make-up in brackets that does not multiply out
    ("敬老祝い品は5,000円分（1,000円券×6枚）です", "accuracy-bracketed-product"),
    # more homes or places taken now than there are
    ("桜ヶ丘団地は全2棟40戸です。いまの入居は44戸で、順番待ちもあります", "accuracy-more-occupied-than-capacity"),
    # so many for each session counted, and a total right after that is not the product
    ("教室は3つの支所で開き、各会場15名、合計で50名が参加しました", "accuracy-each-times-count"),
    # last time's figure in brackets, this time's closing the sentence before
    ("窓口の相談は今月450件。先月（300件）のほぼ2倍になりました", "accuracy-ratio-mismatch"),
    # places counted with つ, split into the halves of the day
    ("教育長は2つの中学校を訪れました。午前に1校、午後に2校です", "accuracy-halves-against-count"),
])
def test_figures_that_contradict_found(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("アンケートの回答者は60人のうち、「よかった」40人、「ふつう」15人でした", "accuracy-breakdown-against-total"),
    # のうち after a figure with no word of a whole: "among"
    ("3人のうち2人が市外、2人が市内の方でした", "accuracy-breakdown-against-total"),
    # kinds that overlap (a woman may be over 70): no partition of the whole
    ("参加者は50人のうち、女性が35人、70歳以上が20人でした", "accuracy-breakdown-against-total"),
    ("学童は定員30人のところ、いま27人が在籍しとって、3人分の空きがあります", "accuracy-left-does-not-add-up"),
    ("敬老祝い品は6,000円分（1,000円券×6枚）です", "accuracy-bracketed-product"),
    ("桜ヶ丘団地は全2棟40戸です。今年度は延べ44戸が入居しました", "accuracy-more-occupied-than-capacity"),
    ("教室は3つの支所で開き、各会場15名、合計で45名が参加しました", "accuracy-each-times-count"),
    ("窓口の相談は今月450件。先月（300件）の1.5倍になりました", "accuracy-ratio-mismatch"),
    ("教育長は2つの中学校を訪れました。午前に1校、午後に1校です", "accuracy-halves-against-count"),
    ("商品券は1万3千円分（1,000円券×12枚、プレミアム分を含む上限付き）", "accuracy-bracketed-product"),
])
def test_figures_that_agree_are_not_flagged(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    # a plan worked out with the city, before it is announced
    ("来春から当院に訪問看護ステーションを開く方向で、いま市と相談を進めています。正式発表前ですが、お知らせします",
     "deliberation-in-progress"),
    # a contract not yet made, in 熊本弁
    ("給食の新しか委託先、1社にほぼ決まりよる。まだ契約前やけん内緒ね", "deliberation-in-progress"),
    # a farm under the city's inspection, before the result is public
    ("まだ公表前やけど、鹿北の養豚場で簡易検査が陽性やった", "deliberation-in-progress"),
    # the city's outsourcing told by its quotes, still being chosen
    ("来年度の学童の委託見積、A会が1,500万円、B会が1,700万円。まだ選定中です", "deliberation-process"),
    # an item going into the budget, no particle after it
    ("来年度予算案に防犯カメラ増設入る予定", "deliberation-in-progress"),
    # candidate sites still only candidates
    ("新しい公民館の建設候補地は2か所。まだ候補段階やけどね", "deliberation-process"),
    # the city hospital's services cut, still being talked over
    ("ここだけの話、うちの産婦人科、再来年から病棟を縮小する方向で協議中", "deliberation-in-progress"),
    # a plan worked out with the finance section
    ("来年度のタブレット全校配備、いま財政課と協議中です", "deliberation-process"),
])
def test_deliberations_found(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("事業が終わりましたので、市と調整した結果をご報告します", "deliberation-in-progress"),
    ("家の売買は、まだ契約前やけん焦らんでよかよ", "deliberation-in-progress"),
    ("来年の運動会の係、まだ候補段階やけど楽しみ", "deliberation-process"),
    ("ここだけの話、うちの犬、最近ごはんを残しがち", "deliberation-in-progress"),
])
def test_deliberation_look_alikes(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []
