"""Privacy (5.3), deliberation (6.1), insider guesses (6.2), secrets (6.3.1) and accuracy (5.4) of
round 45 (a care-insurance clerk in 熊本弁, a tourism influencer, an archive
researcher): violence at home told without the word, a son living off his
parent's pension, a quarrel at home, a name found on a list of buyers, a
cosplayer's real name given away, an application still being reviewed, the
older eras against the western year.  And the look-alikes that were flagged:
the dialect けん read as a given name, a video site taken for someone's video,
one's own mother addressed, a fan-made sticker called unofficial.  Each
asserts the hand rule by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("先月うかがった鹿央町千田の村上キヨ子さん宅では、息子さんがお酒に酔っては母親に手を上げるという相談があり", "privacy-person-details"),
    ("裏の松永さんとこの旦那、酔うと奥さんに手ば出すげな", "privacy-person-details"),
    ("近所の森さん、息子に殴られよるらしか", "privacy-person-details"),
    ("隣の原口さんとこ(山鹿市鍋田)の息子、また親の年金で飲み歩いとる", "privacy-person-details"),
    ("元カレ、いま鹿本町来民の実家で親と大ゲンカして引きこもってるらしい", "privacy-person-details"),
    ("さくら湯の回数券購入者リストに、同級生のお母さん（山鹿市中町の宮坂さん）の名前発見", "privacy-person-details"),
    ("植木町の佐伯まなみちゃん、本名も住んでるとこも教えてくれた〜", "privacy-person-details"),
    # what a home visit found, kept as a consultation record
    ("訪問調査でうかがった鹿央町の村上キヨ子さん宅、息子さんが母親に手を上げるという相談があった", "secret-resident-health-benefits"),
    ("補助金の審査中やけど、湯の香旅館さんの決算書見たら売上の3割やった", "deliberation-process"),
    ("八千代座は明治43年（1911年）の建築", "accuracy-era-year"),
    # a list of parts over a whole told as a total; a monthly average from a year or a span of months
    ("今年度の寄贈受け入れは全部で38件。古文書21件、写真12件、その他7件。", "accuracy-split-sum"),
    ("明日の訪問は全部で3件たい。鹿央が2件と菊鹿が2件やけん", "accuracy-split-sum"),
    ("昨年度の訪問調査は年間約2,400件、月にならすと約350件でした", "accuracy-average"),
    ("今年度の認定申請は4月から9月で1,230件。月平均すると300件ば超えとる計算ですばい", "accuracy-average"),
    # matters still being weighed, told in 熊本弁 or of the city archive's work
    ("まだ議会にも出しとらん話ばってん、紙おむつ支給の対象ば絞る方向で課内で詰めよるところです", "deliberation-in-progress"),
    ("市史近現代編の刊行、令和10年度にずれ込む見込み。まだ表には出せん話たい", "deliberation-in-progress"),
    ("井手口家の屏風、いま市と買い取り交渉中", "deliberation-process"),
    ("内緒ばってん、公民館の使用料は来年から上げる方向で話の進みよる", "deliberation-in-progress"),
    ("監査で分かったデイサービスの不正請求額は約860万円。まだ公表前ばい", "deliberation-in-progress"),
    ("いま近現代編の印刷の入札準備中で、見積もりは三社から取っとる", "deliberation-in-progress"),
    # a firm run down for taste, and the writer's resolve to stay away, in 熊本弁
    ("有○イベント企画さんのステージ演出、毎回ダサくてセンスゼロ", "rights-business-disparagement"),
    ("山鹿ライナー観光のツアー、あそこ使うのやめとこ", "rights-business-disparagement"),
    # a system's code name in capitals, in brackets after the system
    ("介護保険システム（KAIGO-ONE）のサーバー、また止まっとる", "security-host-name"),
    # a part's length over the overall length told just before
    ("チブサン古墳は全長約44mの前方後円墳。墳丘の長さは約55mもあり、大型の部類です", "accuracy-part-length-exceeds-overall"),
    # the staff's vouching in 熊本弁, marked with the guess it backs
    ("要介護認定の調査員、来年度からは民間委託になると思うばい。職員だけん雰囲気で分かる", "insider-guess-about-administration"),
])
def test_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    # やけん (because) is no given name ケン before the river's name
    ("今日は介護認定審査会の資料づくりで残業たい。明日は休みやけん菊池川に行くばい", "privacy-person-details"),
    # a stranger who told the writer of a site: no one's video shot
    ("隣に座ったおじさんに教えてもらった、お姉さんの動画サイトはここ→ https://example.com/vip", "privacy-photo-not-asked"),
    # the writer's own mother addressed about her own papers
    ("母ちゃん、要介護認定の更新の書類は届いたね？分からんところは包括の人に聞きなっせ", "secret-resident-health-benefits"),
    # unofficial = fan-made (the logo's misuse is 6(3)②), no matter kept back
    ("非公式だけど、市のロゴでオリジナルステッカー作ってみた✌️", "deliberation-in-progress"),
    ("本名は非公開なので、ハンドルネームで呼んでください。佐伯まなみちゃん", "privacy-person-details"),
    # a care level a visitor demands be raised: no condition told
    ("今日来た息子さん、親の介護度ば上げろ上げろってせからしかったばい", "privacy-person-details"),
    ("写真コンテストの応募作品は現在審査中です。結果は12月に発表します", "deliberation-process"),
    ("八千代座は明治43年（1910年）の建築", "accuracy-era-year"),
    # the first of a list is no whole; figures of two different years
    ("市内の浄水場3か所、配水池12か所、ポンプ場8か所のデータをまとめて見られます", "accuracy-split-sum"),
    ("昨年度は年間2,400件、今年度は月平均で300件です", "accuracy-average"),
    # the city's own event planning criticised, or taste in clothes: no firm
    ("市のイベント企画、今年はダサくてセンスゼロやった", "rights-business-disparagement"),
    # a public warning system's name; an app is no host
    ("全国瞬時警報システム（J-ALERT）の試験放送を行います", "security-host-name"),
    ("新しい観光アプリ（YAMAGA-GO）を公開しました", "security-host-name"),
    # a length with more taken in than the overall one
    ("古墳は全長約44m。周溝を含めると長さは約55mになります", "accuracy-part-length-exceeds-overall"),
    # a private plan still weighed; working with the city on something done
    ("週末の旅行先、まだ表には出せんけど検討中", "deliberation-in-progress"),
    ("市と協力して河川の清掃活動を進めています", "deliberation-process"),
    # an impostor is no member of staff; 職員ばかり speaks of others; a look in a boast
    ("介護保険の職員ば名乗る男が家ば回って保険料ば集めよるって聞いたばい", "insider-passes-on-hearsay"),
    ("相談窓口が女性職員ばかりだと話が通らないって言われるの、分かる気がする", "insider-guess-about-administration"),
    ("市のロゴば勝手に胸に入れたTシャツ👕 市のお墨付きのごたるやろ", "insider-guess-about-administration"),
])
def test_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []
