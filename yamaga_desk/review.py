"""The record of one self-review: what was copied out after 確認してコピー.

Plain data, no Qt.  The GUI builds a ReviewRecord and hands it to a
ReviewRecorder; the SQLite store (yamaga_desk/store) is the real recorder,
MemoryRecorder keeps records in memory (tests, or when the store is down).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class ItemReview:
    item: str  # "5.6.1"
    status: str  # flagged | review | clear, as the checker saw it
    ticked: bool
    reason: str = ""  # why the author ticked a flagged item


@dataclass(frozen=True)
class DismissedFinding:
    rule: str
    item: str
    excerpt: str
    reason: str = ""


@dataclass(frozen=True)
class ReviewRecord:
    text: str  # exactly what was put on the clipboard
    platform: str | None
    items: tuple[ItemReview, ...]
    dismissed: tuple[DismissedFinding, ...] = ()
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    app_version: str = ""
    rules_version: str = ""
    user: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class ReviewRecorder(Protocol):
    def record(self, review: ReviewRecord) -> None: ...


class MemoryRecorder:
    """Keeps records in a list; the interface the GUI talks to."""

    def __init__(self) -> None:
        self.records: list[ReviewRecord] = []

    def record(self, review: ReviewRecord) -> None:
        self.records.append(review)
