"""Security data found by yamaga_desk/validators/network.py: the span is the
secret itself (what the author must delete), never the label in front."""

from __future__ import annotations

import pytest

from yamaga_desk.validators import VALIDATOR_FACTS, VALIDATORS


def found(engine, name: str, text: str) -> list[str]:
    """The validator's spans in a one-paragraph draft (with the facts the
    engine would give it)."""
    doc = engine.document(text)
    facts = VALIDATOR_FACTS.get(name)
    spans = VALIDATORS[name](doc, facts(doc, 0, len(doc.text))) if facts else VALIDATORS[name](doc)
    return [doc.text[s:e] for s, e in spans]


@pytest.mark.parametrize("text,secret", [
    ("職員用は pass: yamaga2026! でつながるよ", "yamaga2026!"),
    ("VPNの共通ﾊﾟｽﾜｰﾄﾞが「yamaga1234」って", "yamaga1234"),
    ("入退室カードの暗証番号、今月から５８２９に変わった", "5829"),  # full-width digits
    ("職員ポータル ID:yg-tanaka PW:Kumamoto#88", "Kumamoto#88"),
    ("職員ポータル ID:yg-tanaka PW:Kumamoto#88", "yg-tanaka"),
    ("基幹システムの管理者アカウント、admin/admin のまま", "admin/admin"),
    ("倉庫のキーボックスの番号は0415です", "0415"),
    ("通用口のオートロックの番号、2468に変わりました", "2468"),
    ("倉庫の番号は7531、みんな覚えといて", "7531"),
    ("共有アカウントは soumu01 で入れるよ", "soumu01"),
    # a default login pair with no label, next to the device it opens
    ("防犯レコーダーの管理画面、いまだに admin/kamera2020 のままやけん", "admin/kamera2020"),
    ("支所のルーター、root:toor1234 で誰でも入れるっちゃけど", "root:toor1234"),
    ("印刷室の複合機は初期設定の user/user1234 のままです", "user/user1234"),
    # a chatty gap before an arrow or colon, with a zero-width space in the label
    ("新しい端末のパ\u200bスワード、みんな忘れるけん書いとくね→ Yamaga#2026", "Yamaga#2026"),
    ("会議室PCのログインID、毎回聞かれるので貼っときます：kaigi-pc07", "kaigi-pc07"),
])
def test_credential_value_is_the_span(engine, text, secret):
    assert secret in found(engine, "credential", text)


@pytest.mark.parametrize("text", [
    "パスワードは英大文字・小文字・数字・記号を組み合わせた12文字以上がおすすめです",
    "暗証番号は4桁の数字です",
    "パスワードは90日ごとに変更してください",
    "LINE公式アカウント（ID：@yamaga_city）を友だち追加してください",
    "LINE公式アカウントのID: yamaga_city を検索してください",
    "詳しくは https://www.city.yamaga.kumamoto.jp/page?id=1234 をご覧ください",
    "パスポートの申請は本庁舎2階で",
    "管理画面の操作説明は https://example.jp/admin/manual をご覧ください",
    "会議は10:30から。staff/保護者の皆さんは体育館にお集まりください",
    "フリーパス2000円券を販売しています",
    "ログインIDとパスワードは、4月1日に配布した通知をご覧ください",
    # the sentence goes on to name a thing, not a value (round 13)
    "パスワードがかかってないWi-Fi、カフェで見つけた",
    "パスワードを変えたらiPhoneが開かなくなった",
    # an arrow pointing at where to read, not at a value
    "パスワードの決め方は、情報政策課の資料を見てね→ 12文字以上",
])
def test_counts_dates_and_public_ids_are_not_credentials(engine, text):
    assert found(engine, "credential", text) == []


def test_ip_address_after_an_ellipsis(engine):
    # "…" becomes "..." after NFKC; the address right after it was missed.
    assert found(engine, "ip_address", "また落ちてる…192.168.10.5 に繋がらん") == ["192.168.10.5"]


@pytest.mark.parametrize("text", ["バージョン1.2.3.4に更新", "参加者は1,234人", "999.1.1.1 は不正な番号"])
def test_versions_and_impossible_addresses_are_not_ip(engine, text):
    assert found(engine, "ip_address", text) == []


@pytest.mark.parametrize("text", [
    "ping 127.0.0.1 で自分のパソコンに届くか確かめられます",  # loopback: this very PC
    "0.0.0.0 は「どのアドレスでも」という意味です",
    "マニュアルでは 198.51.100.7 のような説明用のアドレスを使います",  # documentation range
    "ケーブルが抜けると 169.254.10.3 みたいな自動の番号になる",  # link-local
    "IPアドレスとは、たとえば 192.168.1.1 のような数字の並びのことです",  # a tutorial's example
])
def test_addresses_that_are_no_city_network_detail(engine, text):
    assert found(engine, "ip_address", text) == []


@pytest.mark.parametrize("text,address", [
    ("例えば庁内のファイルサーバー 10.20.3.15 が止まると全課に影響します", "10.20.3.15"),
    ("ジョークじゃなくて、課のNASは192.168.3.20やけん", "192.168.3.20"),
    ("基幹系のDBは172.16.40.8、覚えといて", "172.16.40.8"),
])
def test_the_citys_own_addresses_stay_flagged_even_beside_example_words(engine, text, address):
    assert found(engine, "ip_address", text) == [address]


@pytest.mark.parametrize("text,names", [
    ("また基幹系サーバー（YMG-CORE01）落ちてる", ["YMG-CORE01"]),
    ("住民情報システムのサーバー、DB01とDB02の2台で回してる", ["DB01", "DB02"]),
    ("YMG-FS02サーバーが満杯", ["YMG-FS02"]),
    ("intranet.yamaga.local が開かない", ["intranet.yamaga.local"]),
    ("在宅勤務は vpn.yamaga-city.jp につないでね", ["vpn.yamaga-city.jp"]),
    # Named by office and role, no digit at the end.
    ("税務のサーバー ymg-zeimu-db がまた重い", ["ymg-zeimu-db"]),
    ("YMG-KYUYO-APサーバーの再起動待ち", ["YMG-KYUYO-AP"]),
    # A share path without its leading \\ or with the yen sign Windows shows.
    ("名簿は yg-nas3\\jinji に置きました", ["yg-nas3\\jinji"]),
    ("議事録は ¥¥ymgfs01¥soumu にあります", ["¥¥ymgfs01¥soumu"]),
    # a back-office management system by its coined name
    ("文書管理システム「DocuYama2」、また固まった", ["DocuYama2"]),
])
def test_host_names(engine, text, names):
    assert found(engine, "host_name", text) == names


@pytest.mark.parametrize("text", [
    "COVID-19のワクチン予約システムは明日から",
    "新しいPCはWindows11です",
    "詳しくは https://www.city.yamaga.kumamoto.jp/ をご覧ください",
    "確定申告はシステム e-Tax からもできます",
    "保存先は C:\\Users\\Public のフォルダです",
    "フォルダ Documents\\2026 に入れてね",
    # a public booking service named without Latin letters or digits
    "施設予約管理システム「やまがよやく」で24時間申し込めます",
])
def test_public_names_are_not_hosts(engine, text):
    assert found(engine, "host_name", text) == []


def test_wifi_key_without_the_word_password(engine):
    assert found(engine, "wifi_key", "職員用のWiFiは ymg2026staff で繋がるよ") == ["ymg2026staff"]
    assert found(engine, "wifi_key", "無料Wi-Fi「YAMAGA_FREE_WiFi」が使えます") == []


@pytest.mark.parametrize("text,code", [
    ("書類倉庫の電子錠は 9431# で開きます", "9431#"),
    ("更衣室のロッカー、全部0000で開くよ", "0000"),
    ("宿直室のドアは＊２４６８で開錠", "*2468"),  # full-width star and digits
    ("資料室の電子錠、4つ数字入れて最後に#押せば開く。番号は2580#", "2580#"),
    ("車庫のシャッター、横のパネルに8080入れたら開く", "8080"),
    # digits spaced out to dodge a filter are the same code
    ("倉庫の金庫、暗証番号は 7 3 0 2 ね", "7 3 0 2"),
    # a key's number (a combination or key-box key), not a room's
    ("倉庫の鍵の番号は 2 0 5 やけん", "2 0 5"),
    ("体育倉庫のカギの番号は4821です", "4821"),
])
def test_door_code_is_the_span(engine, text, code):
    assert code in found(engine, "door_code", text)


@pytest.mark.parametrize("text", [
    "会議は302号室で行います",
    "ロッカーの番号は123です",
    "会議室の番号は302です。鍵は受付で開けてもらってください",
    "会議室の番号は 3 0 2 です",
    "「1234」で開くような番号は避けましょう",
    "図書館は9時30分に開館します",
])
def test_room_numbers_and_advice_are_not_door_codes(engine, text):
    assert found(engine, "door_code", text) == []


def test_public_hotspot_name_is_no_secret_but_a_staff_network_name_is(engine):
    assert found(engine, "credential", "無料Wi-Fiが使えます。SSIDはYamaga_Free_WiFiです") == []
    assert found(engine, "credential", "職員用Wi-Fi、SSIDは YMG-OFFICE-2G だよ") == ["YMG-OFFICE-2G"]


# --- per paragraph, with what they read next door (facts) ----------------------

def _excerpts(engine, text: str, rule: str) -> list[str]:
    return [text[f.start:f.end] for f in engine.check(text).findings if f.rule == rule]


def test_a_labelled_code_after_a_lock_named_a_paragraph_earlier():
    """A line without 。 takes the blank line into its sentence: the lock
    named there is still "the sentence before" the code, also after the
    code's paragraph was checked on its own (a fresh engine each time would
    hide a stale cached answer, so one engine sees both drafts)."""
    from yamaga_desk.engine import Engine

    engine = Engine.build()
    assert _excerpts(engine, "入口の花壇\n\n番号は2580#", "security-door-code") == []
    assert _excerpts(engine, "入口はテンキー錠\n\n番号は2580#", "security-door-code") == ["2580#"]
    assert _excerpts(engine, "入口の花壇\n\n番号は2580#", "security-door-code") == []


def test_a_host_name_opening_a_paragraph_after_its_context_word():
    from yamaga_desk.engine import Engine

    engine = Engine.build()
    assert _excerpts(engine, "ファイル\n\nYMG-FS01に保存して", "security-host-name") == []
    assert _excerpts(engine, "ファイルサーバー\n\nYMG-FS01に保存して", "security-host-name") == ["YMG-FS01"]


def test_a_public_account_named_just_before_the_paragraph_is_no_login():
    from yamaga_desk.engine import Engine

    engine = Engine.build()
    assert _excerpts(engine, "会議\n\nID: yamaga2026", "security-credential") == ["yamaga2026"]
    assert _excerpts(engine, "公式\n\nID: yamaga2026", "security-credential") == []


def test_a_free_hotspot_in_another_paragraph_makes_the_network_name_public():
    from yamaga_desk.engine import Engine

    engine = Engine.build()
    key = "職員用Wi-Fi「YAMAGA-STAFF」のパスワードは内緒"
    assert _excerpts(engine, "ロビーのご案内\n\n" + key, "security-network-name") == ["YAMAGA-STAFF"]
    # 職員用 keeps it a staff network even beside a free hotspot
    assert _excerpts(engine, "フリーWi-Fiもあります\n\n" + key, "security-network-name") == ["YAMAGA-STAFF"]
    branch = "支所の無線LANは ymg-shisho5 で、パスは掲示板の裏に貼ってある"
    assert _excerpts(engine, "ロビーのご案内\n\n" + branch, "security-network-name") == ["ymg-shisho5"]
    assert _excerpts(engine, "観光客の方は無料です\n\n" + branch, "security-network-name") == []
    assert _excerpts(engine, "ロビーのご案内\n\n" + branch, "security-network-name") == ["ymg-shisho5"]


@pytest.mark.parametrize("text,secret", [
    # the label in hiragana, broken by a line break or a space
    ("図書館の管理画面のぱす\nわーど、メモ見たら→ tosho_2026 やった", "tosho_2026"),
    ("支所のPCのパス ワードは shisho77 です", "shisho77"),
    # the second half of a labelled ID / password pair
    ("管理者ID kanri_03 / Yamaga!2026 って貼ってあった", "Yamaga!2026"),
    # an unlabelled pair where a login was just spoken of
    ("給与システムのログイン、初期設定のまま。私のは kyuyo205 / kyuyo205 で入れた", "kyuyo205 / kyuyo205"),
])
def test_credentials_in_kana_or_as_pairs(engine, text, secret):
    assert secret in found(engine, "credential", text)


@pytest.mark.parametrize("text", [
    "ログイン画面で TCP/IP の設定を on/off に切り替えます",
    "ログインしたら A4/A3 の用紙サイズを選んでください",
    "パスワードは2026/04/01から変更が必要です",
])
def test_slashes_in_settings_and_dates_are_no_pairs(engine, text):
    assert found(engine, "credential", text) == []


def test_an_office_printer_named_by_floor_is_a_host(engine):
    assert "YMGPRN-3F" in found(engine, "host_name", "2階のネットワークプリンタ YMGPRN-3F の設定がおかしい")
    assert found(engine, "host_name", "3階のプリンター、紙詰まりで困った") == []


@pytest.mark.parametrize("text, secret", [
    # the change announced, then the value after the exclamation mark
    ("課のNASのパスワード変わりました！ Kanri-2026 です", "Kanri-2026"),
    # a value broken over two lines so that no one line holds it whole
    ("職員用Wi-FiのPW変わった！ Ymg_\nSoumu#41 ね（改行しとるけど続けて入れて）", "Ymg_\nSoumu#41"),
    ("書庫の暗証番号は 73\n15 ね、改行しとるけどつなげて押して", "73\n15"),
])
def test_a_value_after_its_change_or_split_over_lines_is_one_secret(engine, text, secret):
    assert secret in found(engine, "credential", text)


def test_a_new_line_after_a_whole_value_starts_a_new_sentence(engine):
    assert found(engine, "credential", "パスワードは Kikuchi2026\nMeeting は3時から") == ["Kikuchi2026"]
    assert found(engine, "credential", "パスワード変えた！iPhoneも替えたい") == []


def test_an_office_door_left_unlocked_is_told_but_a_home_door_is_not(engine, flagged):
    assert flagged(engine, "出張所の勝手口、カギしめ忘れたまま帰ってきたばい。朝イチで行けば大丈夫やろ", "6.3.3")
    assert flagged(engine, "自宅の玄関、鍵かけ忘れて出勤してしまった", "6.3.3") == []


@pytest.mark.parametrize("text, secret", [
    # 「ID：…／パスワード：…」: NFKC turns ／ into "/", which is no URL
    ("計量システムのメモ。ログインID：keiryo01／パスワード：Kumamoto#77", "Kumamoto#77"),
    ("ログインID:soumu03/暗証番号:4821 です", "4821"),
])
def test_a_password_after_a_slash_in_a_pair_is_underlined(engine, text, secret):
    assert secret in found(engine, "credential", text)


def test_an_id_inside_a_url_is_still_no_credential(engine):
    assert found(engine, "credential", "管理者の方は https://example.jp/admin/login?id=1234 からどうぞ") == []


def test_a_host_name_after_its_kind_and_no_is_found(engine):
    assert found(engine, "host_name", "ファイルサーバの ymg-fs07 が朝から落ちとる") == ["ymg-fs07"]
    assert found(engine, "host_name", "基幹系のサーバーのdb-honcho1、また再起動") == ["db-honcho1"]
    # a product name after の is no host
    assert found(engine, "host_name", "パソコンのWin10、サポートが切れます") == []


@pytest.mark.parametrize("text,secret", [
    # the value written on a note, the password or the safe spoken of in the sentence before
    ("建築確認システムのﾊﾟｽﾜｰﾄﾞ、また90日で変更かよ。覚えられんけん付箋に kakunin_0417 って書いてモニターに貼った", "kakunin_0417"),
    ("ログインのパスワードがまた変わった。付箋にKikuchi2026と書いて貼ってある", "Kikuchi2026"),
    ("新しいパスワード、付箋に sakurayu って書いてモニターに貼った", "sakurayu"),
    ("金庫の番号、覚えられんけんホワイトボードに 4819 って書いとる", "4819"),
    ("会計課の金庫、覚えられんけん付箋に 4819 って書いて貼っとる", "4819"),  # no label beside the digits
    ("育休明けで共有PCのﾊﾟｽﾜｰﾄﾞ忘れてた😂 モニターの付箋見たら kosodate2026! って書いてあった", "kosodate2026!"),
    ("パスワード変わった。覚えられんけん、ふせんに「Sakura_88」って書いて貼っとく", "Sakura_88"),
])
def test_a_value_written_on_a_note_is_a_credential(engine, text, secret):
    assert secret in found(engine, "credential", text)


@pytest.mark.parametrize("text", [
    # a note of something else; letters only where no password is spoken of; advice
    "会議室の予約、付箋に 3F-A と書いて貼っておきます",
    "システムの説明、付箋に TODO って書いて貼っとく",
    "年賀状の宛名、付箋に yamada と書いて貼っておきました",
    "パスワードは大切に。付箋に abc123 と書いて貼るのはやめましょう",
])
def test_a_note_of_no_password_is_no_credential(engine, text):
    assert found(engine, "credential", text) == []
