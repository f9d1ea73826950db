"""Privacy (5.3) and adult links (5.6.5) of round 48 (a dental hygienist, a
人事課 recruiter in 熊本弁, a 空き家バンク officer, an animal-welfare officer,
a 道の駅 manager, an archaeologist): a child named by a kanji surname and a
hiragana given name, the year at school or the hometown in brackets, a
pupil's school beside their photo, an applicant's score, a parent not asked
in dialect (言うとらん), a queue snapped, a customer posted face and all;
links to girls at night and an age gate worn as a wink.  And the look-alikes
that were flagged: a resident written to about her own affairs, a cure
claimed, 一本分くんで (汲んで) read as a name.  Each asserts the hand rule by
rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("さっきの3年生の田上りこちゃん、お母さんが去年離婚したらしい", "privacy-person-details"),
    ("岳間に越してきた佐藤さんちの長男くん（小3、鹿北小）、人懐っこくてかわいか", "privacy-person-details"),
    ("説明会に来てくれた熊本県立大3年の松尾彩花さん（山鹿市鍋田出身）、熱心で嬉しかった", "privacy-person-details"),
    ("見学に来てくれた中学生たち📸 来民北中学校の田上ゆいさん（2年）は考古学者志望だそう！", "privacy-person-details"),
    ("受験番号2031の坂本くん、教養32点で足切りやった", "privacy-person-details"),
    ("泣きよる蓮くんの写真、インスタに載せちゃった😂 お母さんには言うとらんけど顔出しでもよかよね？", "privacy-photo-not-asked"),
    ("今日の一次試験、会場前で並んどった受験生の写真📷 青いリュックの子、気合い入っとった！", "privacy-photo-not-asked"),
    ("今日のお客さん、栗のかぶりもんして来てくれた😂 あんまり可愛かけん顔出しで載せちゃう！", "privacy-stranger-face-posted"),
    ("大人のお楽しみはこちら💋 https://joshi-live-xx.example/free", "obscene-link-url"),
    ("仕事終わりの癒やしはここ https://midnight-girls.example/ranking 無料で見放題", "obscene-link-url"),
    ("二次会の定番はここ → http://yamaga-yoru-club.example （18歳未満は閲覧禁止、内容はかなり過激です）", "obscene-link-url"),
])
def test_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("トシ子さん、相続のことでご心配なさっとったでしょう。無料相談会がありますけん、行かるっなら言うてくださいね",
     "privacy-person-details"),
    ("湧き水を飲むとがんが消えるという話を教えてもらいました", "privacy-person-details"),
    ("湧き水をペットボトル一本分くんで帰りました。母が入院しとるけん持っていきます", "privacy-person-details"),
    ("町内会のおじいちゃん達の口出しが多すぎて、正直給料に入ってないと思う", "privacy-person-details"),
    ("鹿本中学2年の田中さんが、県の作文コンクールで入賞しました", "privacy-person-details"),
    ("表紙の写真は山本さん（令和2年入庁）が撮影しました", "privacy-person-details"),
    ("受付で並んどった受験生に声かけて、写真撮ってもらいました📷", "privacy-photo-not-asked"),
    ("参加者の皆さんは顔出しなしで載せています", "privacy-stranger-face-posted"),
    ("今日のお客さん、顔出しOKとのことなので載せちゃいます！", "privacy-stranger-face-posted"),
    ("女子サッカーのライブ配信はこちら https://joshi-soccer-live.example/ 無料で見放題", "obscene-link-url"),
    ("大人のお楽しみ、ワインの夕べはこちら https://wine-night.example/", "obscene-link-url"),
])
def test_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_someone_else_named_to_the_person_written_to_is_still_told(engine, flagged):
    """Speaking to 田中さん does not make 佐藤さん's stay in hospital theirs to tell."""
    assert flagged(engine, "田中さん、隣の佐藤さん入院したらしいですよ。お大事にとお伝えください",
                   rule="privacy-person-details")


@pytest.mark.parametrize("text, rule", [
    # a colleague named by the desk they work at: no resident's record
    ("ねえ、受付の岩下さん、乳がんの手術で来月から休職されるよ。本人まだみんなには言うとらんけん内緒ね",
     "secret-resident-health-benefits"),
    # the secrecy label denied: everyday advice
    ("ここだけの話…うがいは少量の水で1回が正解！意外と知らんとよね（極秘情報でもなんでもない笑）", "secret-internal-document"),
])
def test_no_secret_of_the_city(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_a_resident_at_the_counter_is_still_a_record(engine, flagged):
    assert flagged(engine, "窓口に来た近所のおばあさん、要介護3の認定が出てた", rule="secret-resident-health-benefits")


@pytest.mark.parametrize("text, rule, quote", [
    # a shared account's ID, its password right after it
    ("健診システムのログイン、共通アカウントに変わったよ！ID: hoken01 / PW: Yamaga8020!", "security-credential", "hoken01"),
    # a Wi-Fi name and key run together after a slash: each its own value
    ("職員用のWi-Fi、SSID:yamaga-hoken/PASS:ha8020migaki", "security-credential", "ha8020migaki"),
    ("職員用のWi-Fi、SSID:yamaga-hoken/PASS:ha8020migaki", "security-credential", "yamaga-hoken"),
    ("事務所PCのぱすわーどは nyan♡0731 ね", "security-credential", "nyan♡0731"),
    ("サーバーまた落ちた。jinji-web02（10.24.8.13）再起動待ち", "security-ip-address", "jinji-web02"),
])
def test_the_whole_secret_is_underlined(engine, flagged, text, rule, quote):
    assert quote in flagged(engine, text, rule=rule)


def test_the_next_label_is_no_value(engine, flagged):
    assert "PASS" not in flagged(engine, "職員用のWi-Fi、SSID:yamaga-hoken/PASS:ha8020migaki", rule="security-credential")


def test_a_patrol_called_together_tells_no_gap(engine, flagged):
    assert flagged(engine, "明日の夜間パトロール、集合は21時に鹿本の公民館ね。懐中電灯忘れんごと！",
                   rule="security-patrol-times") == []


def test_a_pirated_book_passed_on_is_a_repost(engine, flagged):
    assert flagged(engine, "試験対策の参考書、ネットに落ちとったPDFで全部済ませた。3,000円浮いたけん後輩にもLINEで回しとく",
                   rule="copyright-repost")


def test_a_warning_about_pirated_books_is_none(engine, flagged):
    assert flagged(engine, "参考書がネットに落ちとる海賊版は違法です。買った本を使いましょう", rule="copyright-repost") == []


def test_a_store_room_empty_at_weekends(engine, flagged):
    assert flagged(engine, "収蔵庫の暗証番号0815、土日は誰もおらんけん", rule="security-unattended-building")


@pytest.mark.parametrize("text, rule", [
    ("今日から私が山鹿市保健センター公式として情報発信します🦷（課には言うとらんけど）", "rights-official-without-leave"),
    ("このアカウントは山鹿市人事課の公式アカウントです（運用は私個人）", "rights-official-without-leave"),
    ("くまモンの絵ば自分で描いて、栗ようかんのパッケージにしてみた🐻 許可とか取っとらんけどバレんやろ",
     "rights-trademark-character"),
])
def test_the_city_or_a_brand_used_without_leave(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


def test_the_real_official_account_introducing_itself(engine, flagged):
    assert flagged(engine, "このアカウントは山鹿市人事課の公式アカウントです。採用情報を発信します",
                   rule="rights-official-without-leave") == []


@pytest.mark.parametrize("text", [
    "しらさぎ歯科の院長、ほんと無能。もう患者さん紹介せんとこ",
    "清掃頼んだ「クリーン山鹿サービス」、全然掃除できとらん",
    "ひのくに急便は毎回配達遅れるし、箱は潰すし最悪",
    "市内の有明リゾート開発は、遺跡があっても届出せず平気で壊す会社です",
])
def test_a_named_firm_run_down(engine, flagged, text):
    assert flagged(engine, text, rule="rights-business-disparagement")


@pytest.mark.parametrize("text", [
    "ひのくに急便さん、毎回丁寧に配達してくださってありがとうございます",
    "お塩は適当な量で大丈夫です。ひまわり食堂の店長に教わりました",
])
def test_a_named_firm_thanked_or_quoted(engine, flagged, text):
    assert flagged(engine, text, rule="rights-business-disparagement") == []


@pytest.mark.parametrize("text", [
    "例の土地の件、地権者と交渉中。向こうは坪3万って言ってて、市は2万5千までなら出すって。まだ絶対言わんでね",
    "開発業者との協議、向こうが出してきた調査費の負担上限は1,280万円。こっちの積算は1,650万",
    "スーパーまるみつと交渉中でね、栗を1kg1,350円で卸す条件で詰めよる",
])
def test_terms_of_a_negotiation_under_way(engine, flagged, text):
    assert flagged(engine, text, rule="secret-negotiation-figures")


def test_a_price_on_sale_is_no_term(engine, flagged):
    assert flagged(engine, "栗は1kg1,350円で販売しています。道の駅の売り場へどうぞ", rule="secret-negotiation-figures") == []
