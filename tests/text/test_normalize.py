"""normalize(): what rules see, and the map back to what the author typed."""

from __future__ import annotations

import unicodedata

import pytest

from yamaga_desk.text.normalize import normalize


@pytest.mark.parametrize(
    "typed,seen",
    [
        ("ﾊﾞｶ", "バカ"),  # half-width kana with a voicing mark
        ("ｶﾞｲｼﾞ", "ガイジ"),
        ("０９０", "090"),  # full-width digits
        ("ｈｔｔｐ", "http"),
        ("ば\u200bか", "ばか"),  # zero-width space inside a word
        ("バ😡カ", "バカ"),  # emoji inside a word
        ("バ😡🔥カ", "バカ"),  # two of them
        ("死 ね", "死ね"),  # space inside a word
        ("ク\u3000ズ", "クズ"),  # ideographic space
        ("頭\nおかしい", "頭おかしい"),  # a single line break inside a phrase
        ("しねーーー", "しねー"),  # elongation collapsed
        ("すごい～～～", "すごいー"),
        ("❤\ufe0f", "❤"),  # variation selector dropped
        ("4\ufe0f\u20e37\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e3", "4702"),  # a PIN typed as keycap emoji
        ("Y a m a g a _ 0 8 1 5", "Yamaga_0815"),  # a password spaced out letter by letter
        ("は p a s s です", "は pass です"),
    ],
)
def test_evasions_are_undone(typed, seen):
    assert normalize(typed).text == seen


@pytest.mark.parametrize(
    "typed",
    [
        "です。\n\nまた来週",  # a blank line is a paragraph break and stays
        "決まったよ😊\nあの課長は",  # a line ending in an emoji: two sentences, not a dodge
        "お知らせ♪\n明日は休館",  # the same after a symbol
        "嫌なら見るな👋 こっちは仕事",  # an emoji and a space end a phrase like a full stop
        "来るらしい😢 たぶん明日",  # (folding them ran らしい into たぶん: らしいたぶん)
        "参加無料 👶お気軽に",  # the same with the space first
        "8月15日〜16日",  # a range dash after a kanji is not elongation
        "Hello world",  # spaces between Latin words stay
        "A B C の順に",  # three spaced letters are a list, not a hidden word
        "I am a b c",
        "得点は 0 1 2 3 4 5 6 7 8 9 の十段階",  # digits alone: a scale, not a hidden word
        "h t t p s://example.jp",  # the run ends inside a word: left to the URL finder
    ],
)
def test_ordinary_text_is_left_alone(typed):
    assert normalize(typed).text == typed


def test_span_maps_back_over_the_whole_evaded_word():
    typed = "あの人バ😡カだよ"
    n = normalize(typed)
    i = n.text.index("バカ")
    start, end = n.to_original(i, i + 2)
    assert typed[start:end] == "バ😡カ"


def test_half_width_voicing_mark_belongs_to_its_kana():
    typed = "x ﾊﾞｶ y"
    n = normalize(typed)
    i = n.text.index("バカ")
    start, end = n.to_original(i, i + 2)
    assert typed[start:end] == "ﾊﾞｶ"


def test_crlf_kept_as_one_break_mapped_into_the_original():
    typed = "10:00 open!\r\n12:00 close"
    n = normalize(typed)
    assert n.text == "10:00 open!\n12:00 close"
    i = n.text.index("12:00")
    assert typed[slice(*n.to_original(i, i + 5))] == "12:00"


def test_crlf_inside_a_japanese_phrase_is_folded_and_covered():
    typed = "頭\r\nおかしい"
    n = normalize(typed)
    assert n.text == "頭おかしい"
    assert n.to_original(0, len(n.text)) == (0, len(typed))


def test_elongated_word_maps_to_every_mark():
    typed = "もうしねーーーって"
    n = normalize(typed)
    i = n.text.index("しねー")
    assert typed[slice(*n.to_original(i, i + 3))] == "しねーーー"


def test_empty_text():
    n = normalize("")
    assert n.text == "" and n.to_original(0, 0) == (0, 0)


def test_masking_marks_stay_so_the_masked_word_is_covered():
    # 伏字: ○ stands for a letter; folding it away like an emoji would leave
    # バ alone and the finding would miss the mark.
    assert normalize("あいつバ○すぎる").text == "あいつバ○すぎる"
    assert normalize("あいつ●ね").text == "あいつ●ね"
    assert normalize("隣の課の△△さん").text == "隣の課の△△さん"
    assert normalize("業者の□□設備").text == "業者の□□設備"


def test_a_keycap_pin_maps_back_over_every_keycap():
    """Selecting the finding selects the whole emoji, frame and all."""
    typed = "番号は4\ufe0f\u20e37\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e3です"
    n = normalize(typed)
    start = n.text.index("4702")
    s, e = n.to_original(start, start + 4)
    assert typed[s:e] == "4\ufe0f\u20e37\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e3"


def test_an_original_span_maps_to_the_normalized_characters_that_begin_in_it():
    from yamaga_desk.text.normalize import from_original

    typed = "😡ﾊﾞｶ\u200bと言う"
    n = normalize(typed)
    lo, hi = from_original(n, typed.index("ﾊ"), typed.index("と"))
    assert n.text[lo:hi] == "バカ"
    assert n.to_original(lo, hi) == (typed.index("ﾊ"), typed.index("\u200b"))
    assert from_original(n, 0, 0) == (0, 0)  # an empty span stays empty


@pytest.mark.parametrize(
    "typed,seen",
    [
        ("あの業者はむ・の・う", "あの業者はむのう"),  # one letter at a time, split by ・
        ("ﾑ･ﾉ･ｳ", "ムノウ"),  # half-width, the same
        ("ボ・ケ・ナ・ス", "ボケナス"),
        ("何様？ぶ・す", "何様?ぶす"),  # two kana standing alone
        ("まさに税.金.泥.棒", "まさに税金泥棒"),  # kanji split by full stops
        ("税．金．泥．棒だ", "税金泥棒だ"),  # full-width ones
    ],
)
def test_a_word_split_letter_by_letter_is_joined(typed, seen):
    assert normalize(typed).text == seen


@pytest.mark.parametrize(
    "typed",
    [
        "営業日は月・水・金です",  # kanji are listed with ・, never joined
        "土・日・祝は休み",
        "市・県・国の補助",
        "ジョン・スミスさん",  # a name: its pieces are longer than one letter
        "お申し込み・お問い合わせは市役所へ",  # two words, not two lone kana
        "A.B.C.の順",
        "ver.1.2.3 に更新",
        "頭お.かしい",  # one stop is not letters split one by one
        "です．次に．",
    ],
)
def test_lists_and_names_with_separators_stay(typed):
    assert normalize(typed).text == unicodedata.normalize("NFKC", typed)


def test_a_word_split_letter_by_letter_maps_back_over_its_separators():
    typed = "あいつはム・ノ・ウだ"
    n = normalize(typed)
    i = n.text.index("ムノウ")
    s, e = n.to_original(i, i + 3)
    assert typed[s:e] == "ム・ノ・ウ"


def test_two_lone_kana_split_by_a_dot_are_joined_before_a_particle():
    assert normalize("何様？ ぶ・すは黙ってて").text == "何様? ぶすは黙ってて"
