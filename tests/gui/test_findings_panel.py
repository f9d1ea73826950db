"""The findings list tells the author where each finding is: line and column."""

from hypothesis import given
from hypothesis import strategies as st

from yamaga_desk.gui.findings_panel import LineColumns


def test_line_and_column_of_a_finding_on_the_third_line():
    text = "一行目\n二行目\n\nあいつはバカだ"
    assert LineColumns(text).at(text.index("バカ")) == (4, 5)
    assert LineColumns(text).at(0) == (1, 1)


@given(st.text(alphabet="あ\n😡\r", max_size=40), st.data())
def test_line_and_column_count_newlines_and_code_points(text, data):
    offset = data.draw(st.integers(0, len(text)))
    before = text[:offset]
    expected = (before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)
    assert LineColumns(text).at(offset) == expected
