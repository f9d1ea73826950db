"""Privacy (5.3), adult links (5.6.5) and security (6.3.3) of round 41:
a neighbour pinned down by a street address (丁目, 番地) and held up for
noise at night or called rubbish; a work found on the net and used further
on in the sentence; an age rating given as the reason to take care beside a
link; a PIN or password written as a sentence of its own after the label.
And their look-alikes: a slacker called 給料泥棒, a key lent in 図書館, a
night out shared, a warning about adult sites, a next sentence that is no
value.  Each asserts the hand rule (not the learned model) by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote", [
    ("隣に越してきた山鹿市中央通り4丁目の平田ってやつ、夜中まで騒いでほんとゴ ミ人間。誰か注意してくれんかな",
     "山鹿市中央通り4丁目の平田"),
    ("来民2丁目の吉田さんとこ、深夜にどんちゃん騒ぎしよる", "来民2丁目の吉田さん"),
    ("山鹿市山鹿3丁目の森田さん、あれは人間のクズですね", "山鹿市山鹿3丁目の森田さん"),
])
def test_neighbour_with_street_address_blamed(engine, flagged, text, quote):
    assert any(quote in q for q in flagged(engine, text, rule="privacy-person-details"))


@pytest.mark.parametrize("text", [
    # the pay word inside an epithet is no salary disclosed
    "同期のAくん、仕事遅すぎてほんまに使えん。給料泥棒とはあいつのこと",
    "係のBさん、給料分も働いとらんよね",
    # a night out shared with the named people
    "鹿本町の田中さんたちと夜中まで祭りで騒いで楽しかった！",
    # a shop on the block, thanked
    "中央通り4丁目の平田さんのお店、夜中まで開いとって助かる",
])
def test_no_private_detail(engine, flagged, text):
    assert flagged(engine, text, rule="privacy-person-details") == []


@pytest.mark.parametrize("text", [
    "ネットで拾ったプロのカメラマンさんの灯籠まつりの写真、あまりにきれいなので職場の掲示物に使わせてもらいました",
    "Googleで見つけた菊池川の画像、雰囲気がぴったりだったのでそのまま広報のチラシに載せました",
    "インスタで見かけた誰かのイラスト、めっちゃかわいいから保存してサークルのアイコンにして使ってる",
])
def test_net_find_used(engine, flagged, text):
    assert flagged(engine, text, rule="copyright-others-work")


@pytest.mark.parametrize("text", [
    # a key lent in a library: 図書館 holds no figure
    "今日は課長おらんけん、昼から図書館の閲覧室で昼寝してくる😪 書庫の鍵は机の右の引き出しに入れとくけん勝手に使ってよかよ",
    "ネットで見つけた写真を参考にして、自分で灯籠の絵を描いてみました",
    "ネットで拾った画像、使っていいか作者さんに問い合わせ中です",
])
def test_net_find_not_used(engine, flagged, text):
    assert flagged(engine, text, rule="copyright-others-work") == []


@pytest.mark.parametrize("text, quote", [
    ("プロフのリンク先でセクシー自撮り公開中💋 １８禁なので注意してね https://naisho-room.example/me", "１８禁"),
    ("秘密の動画あげた、R18やけん注意な https://himitsu.example/v", "R18"),
    ("こちらの頁はR18ですので、ご注意のうえご覧ください https://page.example/", "R18"),
])
def test_age_rating_as_reason_to_take_care(engine, flagged, text, quote):
    assert quote in flagged(engine, text, rule="obscene-link-words")


@pytest.mark.parametrize("text", [
    "アダルトサイトは詐欺が多いので注意 https://warn.example/",
    "アダルトサイトの架空請求に注意してください https://warn.example/",
])
def test_warning_about_adult_sites_stays_clean(engine, flagged, text):
    assert flagged(engine, text, "5.6.5") == []


@pytest.mark.parametrize("text, value", [
    ("課の金庫の暗証番号、覚えられんから付箋に書いてモニターに貼ってる。０５１８。", "０５１８"),
    ("ロッカーの暗証番号、みんな忘れるけん書いとく。4721ね", "4721"),
    ("共有PCのパスワード、忘れそうなのでここにメモ。Yamaga2026です", "Yamaga2026"),
])
def test_value_as_next_sentence(engine, flagged, text, value):
    assert flagged(engine, text, rule="security-credential") == [value]


@pytest.mark.parametrize("text", [
    "パスワード変えた。Good!",
    "暗証番号を3回間違えてロックされた。2026年は厄年かも",
    "パスワードの変更をお願いします。10月1日から新しい規則です",
])
def test_next_sentence_without_value(engine, flagged, text):
    assert flagged(engine, text, rule="security-credential") == []


@pytest.mark.parametrize("text, quote", [
    ("例のやつ共有しとく😏 e r o 画像まとめ https://moe-nude.example/gallery", "e r o"),
    ("例の E.R.O 動画 https://v.example/a", "E.R.O"),
    ("出張先のホテルで見つけた“大人の”サイト、男性陣は要チェックです😏 https://night-club-av.example/top", "“大人の”サイト"),
])
def test_spelled_out_and_scare_quoted_adult_words(engine, flagged, text, quote):
    assert quote in flagged(engine, text, rule="obscene-link-words")


@pytest.mark.parametrize("text", [
    "the e r o s statue https://art.example/",
    "a e r o plane https://art.example/",
    "“大人の”遠足、申込はこちら https://tour.example/",
])
def test_letters_of_other_words_and_quoted_tours_stay_clean(engine, flagged, text):
    assert flagged(engine, text, "5.6.5") == []


def test_night_road_is_no_empty_building(engine, flagged):
    text = "宿まで車で戻った。温泉センターからの夜道は誰もおらんし、まあ大丈夫でしょう"
    assert flagged(engine, text, rule="security-unattended-building") == []
