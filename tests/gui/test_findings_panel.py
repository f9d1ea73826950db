"""The findings list tells the author where each finding is: line and column."""

from hypothesis import given
from PySide6.QtCore import Qt
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


def test_every_finding_of_a_long_draft_is_listed_with_its_line(qtbot):
    # The list is a model (rows made as they are painted), so a long draft's
    # thousands of findings are all listed; a QTreeWidget stopped at 1,000.
    from yamaga_desk.gui.findings_panel import FindingsPanel
    from yamaga_desk.report import Finding

    text = "".join(f"{n}行目のあいつはバカだ。\n" for n in range(1, 3001))
    findings = []
    at = 0
    for _ in range(3000):
        at = text.index("バカ", at)
        findings.append(Finding(start=at, end=at + 2, rule="insult-word", item="5.6.1", severity="error",
                                excerpt="バカ", message="人をおとしめる語です。", suggestions=("別の言い方",)))
        at += 2
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_findings(findings, text, {"5.6.1": "5(6)①"})
    model = panel.view.model()
    assert model.rowCount() == 3000
    assert panel.title.text() == "指摘の一覧（3,000 件）"
    last = model.index(2999, 0)
    assert model.data(last) == "3000行12字"
    assert model.data(model.index(2999, 1)) == "5(6)①"
    assert "候補: 別の言い方" in model.data(last, Qt.ItemDataRole.ToolTipRole)
    chosen = []
    panel.findingSelected.connect(chosen.append)
    panel.view.setCurrentIndex(last)
    assert chosen == [findings[2999]]
    panel.select_finding(findings[5])  # from the editor: the row follows, no echo
    assert panel.view.currentIndex().row() == 5 and chosen == [findings[2999]]
    panel.set_findings([], "", {})
    assert model.rowCount() == 0 and panel.title.text() == "指摘の一覧（指摘はありません）"
