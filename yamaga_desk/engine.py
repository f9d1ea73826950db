"""check(text, platform) -> Report: the one pipeline every surface calls.

    text → normalize (offset map) → tokens → rules → findings → checklist

The rule set and the dictionary are built once per process and shared; the
engine holds no per-call state, so check() is safe from any thread.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from .analysis.document import Document
from .analysis.tokenizer import tokenize
from .report import ChecklistEntry, Finding, Report
from .ruleset.compiled import Matcher
from .ruleset.loader import load_checklist, load_ruleset
from .ruleset.model import ChecklistItem, RuleSet
from .text.normalize import normalize


@dataclass
class Engine:
    checklist: list[ChecklistItem]
    ruleset: RuleSet
    matcher: Matcher

    @classmethod
    def build(cls, ruleset: RuleSet | None = None) -> "Engine":
        checklist = load_checklist()
        if ruleset is None:
            ruleset = load_ruleset(item_ids={i.id for i in checklist})
        return cls(checklist, ruleset, Matcher(ruleset, tokenize))

    def document(self, text: str, platform: str | None = None, today: dt.date | None = None) -> Document:
        norm = normalize(text)
        return Document(norm, tokenize(norm.text), platform, today or dt.date.today())

    def check(self, text: str, platform: str | None = None, *, today: dt.date | None = None,
              only: list[str] | None = None) -> Report:
        doc = self.document(text, platform, today)
        findings, notices = self.matcher.find(doc, only)
        return Report(text, tuple(findings), self.statuses(findings), tuple(notices))

    def statuses(self, findings: list[Finding]) -> tuple[ChecklistEntry, ...]:
        entries = []
        for item in self.checklist:
            mine = [f for f in findings if f.item == item.id]
            if any(f.severity in ("error", "warning") for f in mine):
                status = "flagged"
            elif item.kind == "review" or mine:
                status = "review"
            else:
                status = "clear"
            entries.append(ChecklistEntry(item.id, item.title, status, len(mine)))
        return tuple(entries)


_engine: Engine | None = None
_lock = threading.Lock()


def get_engine() -> Engine:
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = Engine.build()
    return _engine


def reload_rules() -> Engine:
    """Re-read every rule layer (after the user edits an allow-list, say)."""
    global _engine
    engine = Engine.build()
    with _lock:
        _engine = engine
    return engine


def check(text: str, platform: str | None = None) -> Report:
    """Check a draft. Findings carry code-point offsets into `text`."""
    return get_engine().check(text, platform)
