"""Clause splitting and span trimming used by the 6(1)/6(3) validators."""

from yamaga_desk.validators.spans import clauses, paragraph_at, trim


def test_clauses_split_at_commas_ellipses_and_line_breaks():
    text = "中身ちょっとだけ...来年度の採用は15人、まだ内緒\n次の行"
    parts = [text[a:b] for a, b in clauses(text, 0, len(text))]
    assert parts == ["中身ちょっとだけ", "来年度の採用は15人", "まだ内緒", "次の行"]


def test_clauses_keep_dotted_numbers_whole():
    text = "アドレスは192.168.10.5、覚えて"
    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == ["アドレスは192.168.10.5", "覚えて"]


def test_trim_drops_emoji_brackets_and_trailing_laugh_but_not_leading_w():
    text = "「採用は15人に絞る予定👀w"
    a, b = trim(text, 0, len(text))
    assert text[a:b] == "採用は15人に絞る予定"
    assert trim("wifi", 0, 4) == (0, 4)


def test_paragraph_is_text_between_blank_lines():
    text = "一段落目。\n\n二段落目の文。続き。\n\n三段落目"
    a, b = paragraph_at(text, text.index("続き"))
    assert text[a:b] == "二段落目の文。続き。"


def test_clauses_do_not_split_thousands():
    text = "業者は年間9,500万円を要求,市は8,800万"
    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == ["業者は年間9,500万円を要求", "市は8,800万"]


def test_trim_keeps_marks_that_stand_for_a_name():
    text = "△△タクシーは運転が荒い🚕"
    a, b = trim(text, 0, len(text))
    assert text[a:b] == "△△タクシーは運転が荒い"


def test_trim_drops_a_bracket_left_open_at_the_end():
    text = "削減案って資料が回ってきた（部外秘"
    cut = text.index("（部外秘") + 1
    a, b = trim(text, 0, cut)
    assert text[a:b] == "削減案って資料が回ってきた"


def test_trim_keeps_a_bracket_opened_inside_the_span():
    text = "「削減案って資料が回ってきた（部外秘）"
    a, b = trim(text, 0, len(text))
    assert text[a:b] == "削減案って資料が回ってきた（部外秘）"
