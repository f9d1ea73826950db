"""6.1 and 6.3.2 look-alikes of round 49 (a nursery teacher, the 灯籠まつり
account, the press office, a wild-boar damage officer): parents not told of a
photo put up (5.3, no plan kept from them), the order of cars set on the day of
an event, the rule that papers stay in until an announcement, an animal named
by its meat.  And what must still be flagged beside them.  Each asserts the
hand rule by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("さくらぐみ みんなの おひるね しゅうごう写真📸 保護者には 言ってないけど かわいいけん のせちゃう",
     "deliberation-in-progress"),
    ("運動会の動画、保護者には言うとらんけどインスタに上げとくね", "deliberation-in-progress"),
    ("次に、課長、部長の決裁を経て発表の準備が整います。記者発表前の資料は、発表の時間まで外に出さないのが鉄則です。",
     "deliberation-in-progress"),
    ("まつり当日、観光課は交通誘導に入っています。無線で連絡を取り合いながら出口の順番を調整しています",
     "deliberation-process"),
    ("イノシシの肉食うたら豚熱がうつるって聞いたばい。しばらくジビエはやめとき", "rights-business-disparagement"),
])
def test_look_alikes_are_clean(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    # a plan kept from the parents is still a plan not yet told
    ("小学校2校の統合案、保護者の皆さんにはまだ説明していない段階です", "deliberation-in-progress"),
    ("来年度の園の統合、保護者にはまだ言うとらんけん内緒ね", "deliberation-in-progress"),
    # papers before an announcement handed over, not a rule about them
    ("来月の人事、内示前の資料をもらった。総務課長は森さん", "deliberation-in-progress"),
    # a maker named by its product, run down
    ("ヤマガフーズの弁当はまずいけん買わん方がよか", "rights-business-disparagement"),
])
def test_the_matter_itself_is_still_flagged(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("保護者のみなさまへ🔔 送迎用の 門の 番号が 変わりました！ 新しい 番号は ７７２９ です。", "security-door-code"),
    ("休日の市役所、通用口の暗証番号さえ打てば入れるけん便利✨ ちなみに０７２９🤫", "security-door-code"),
    ("今日は浄水場の薬品庫の点検🧪 扉の鍵の番号は、にー・ごー・はち・ぜろ。覚えやすかろ？", "security-code-digits-spelled"),
    ("市長室の鍵は秘書課の金庫の上の青い缶に入っとるけん、休日出勤の人は勝手に使ってよかよ", "security-key-cash-location"),
    ("年末の12/29〜1/3、うちの園 完全に無人で 機械警備も 入れとらんとよ。ちょっと怖いよね😱", "security-unattended-building"),
    ("実は 園の防犯カメラ 去年から 壊れたままで 録画されとらんとよ。直す予算ないって", "security-broken-safeguard"),
])
def test_codes_keys_and_an_empty_nursery_are_told(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    # an aside after a lock that tells a time or a count, not a code
    ("通用口の暗証番号は管理人が持っています。ちなみに受付は8時30分からです", "security-door-code"),
    ("門の番号札は3番です。ちなみに駐車場は120台分あります", "security-door-code"),
    ("ちなみに2025年の園の行事予定はこちら", "security-door-code"),
    # a nursery closed for the holidays, told as a notice with no gap in its watch
    ("年末年始（12/29〜1/3）は園をお休みします。ご了承ください", "security-unattended-building"),
])
def test_look_alike_codes_and_closures_are_clean(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    ("ヤッホーくんの着ぐるみ、週末こっそり借りて友達の結婚式の余興で使った👰", "rights-logo-mascot-misuse"),
    ("副業でやっとるキッチンカーの看板、ヤッホーくんのイラスト勝手に使ったった", "rights-logo-mascot-misuse"),
    ("老舗の湯元ホテル鹿楽さんは、接客も料理もイマイチなので、観光課としては観光客におすすめしてません", "rights-business-disparagement"),
    ("入場券の封筒、今回の印刷会社の山鹿プリント社のやつ糊が弱すぎてクレーム続出。ほんと安かろう悪かろうの会社",
     "rights-business-disparagement"),
])
def test_mascots_and_named_businesses_run_down_are_told(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("着ぐるみは観光課から正式に借りて、こっそり練習しました", "rights-logo-mascot-misuse"),
    ("ゆうかさんのイラスト、看板に使わせてもらいました。ちゃんと許可もらっとるよ", "rights-logo-mascot-misuse"),
    ("安かろう悪かろうにならんよう、地元の材料にこだわっています", "rights-business-disparagement"),
    ("真夏の八千代座見学は暑いので、昼間はおすすめしません。夕方の回をどうぞ", "rights-business-disparagement"),
])
def test_leave_taken_or_no_business_run_down_is_clean(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    ("まだ表に出とらんけど、来年度から夜間の漏水対応は民間委託にする方向で調整中", "deliberation-in-progress"),
    ("速報より先に言うけど、鹿北の開票区は高森さん2,140票で圧勝ペース👀 まだ発表前やけん内緒ね", "deliberation-in-progress"),
    ("来年度から うちの園の 0さい児クラスを なくす案が 課内で検討中です", "deliberation-process"),
    ("報奨金が上がる予定ばい。まだ予算案の段階やけど、猟友会の人には先に言うとくね", "deliberation-process"),
    ("議長と市長の裏交渉、新図書館の予算を通してもらう線でまとまりそう", "deliberation-process"),
])
def test_matters_still_being_decided_are_told(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("開票結果は市のホームページでお知らせします", "deliberation-in-progress"),
    ("課内で忘年会の日程を調整中です", "deliberation-process"),
    ("投票率の速報は22時ごろ発表します", "deliberation-process"),
])
def test_published_counts_and_own_arrangements_are_clean(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    ("処理施設の業者さんから見積もろうたよ。解体処理1頭あたり 4,500円、冷凍保管月 18,000円。他社には絶対言わんでって言われとる",
     "secret-quotation"),
    ("運営業者の決算資料、打ち合わせで見せてもろうた。今期の赤字額は約800万円。公表されとらん数字やけど、けっこう厳しかね",
     "secret-business-finances"),
    ("今日の期日前、村上ハツさん(88)がお孫さんに連れられて来られて、認知症がだいぶ進んどるみたいやった",
     "secret-health-met-at-work"),
    ("湯元ホテル鹿楽さんとの「灯籠宿泊パック」、いま1泊9,800円で調整中です🏨", "secret-negotiation-figures"),
])
def test_partners_figures_and_residents_seen_at_work_are_told(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("業者さんから見積もりが届いたら、課内で確認してから発注します", "secret-quotation"),
    ("指定管理者の事業報告、今期の赤字額は約800万円と公表されています", "secret-business-finances"),
    ("田中さんとの旅行、いま1泊9,800円の宿で調整中です", "secret-negotiation-figures"),
])
def test_published_or_private_figures_are_clean(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, told", [
    ("さっき期日前に来た人、同級生の松尾さくらちゃんやった！今は来民の県営住宅の3号棟に住んどって、旦那さんと別居中って本人が言いよった", True),
    ("期日前で中村さんが来たけど、また誰に入れるか迷っとらした", True),
    ("期日前投票に来られた皆さま、ありがとうございました", False),
    ("投票所に来た人の名前は、誰にも話しません", False),
])
def test_a_voter_named_by_the_clerk_who_saw_them(engine, flagged, text, told):
    assert bool(flagged(engine, text, rule="secret-voter-seen-at-polls")) is told
