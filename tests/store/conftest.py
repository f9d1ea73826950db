from __future__ import annotations

import pytest

from yamaga_desk.review import DismissedFinding, ItemReview, ReviewRecord
from yamaga_desk.ruleset.loader import load_checklist
from yamaga_desk.store import open_store


@pytest.fixture
def store():
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def make_review():
    """make_review(text, platform, **ReviewRecord fields) -> a 16-item ReviewRecord."""
    return build_review


def build_review(text: str = "山鹿灯籠まつりは8月15日です。", platform: str | None = "x", **kw) -> ReviewRecord:
    items = tuple(
        ItemReview(i.id, "flagged" if i.id == "5.4" else "clear", True,
                   "日付と曜日は広報課で確認済み" if i.id == "5.4" else "")
        for i in load_checklist()
    )
    dismissed = (DismissedFinding("5.4-weekday", "5.4", "8月15日", "曜日は正しい"),)
    return ReviewRecord(text=text, platform=platform, items=items, dismissed=dismissed, **kw)
