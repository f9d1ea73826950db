"""What a check returns: findings and the checklist, plain data and JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

JSON_VERSION = 1


@dataclass(frozen=True, order=True)
class Finding:
    start: int  # Python code-point offsets into the ORIGINAL text
    end: int
    rule: str
    item: str
    severity: str  # error | warning | info
    excerpt: str  # == original_text[start:end]
    message: str
    suggestions: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "rule": self.rule, "item": self.item, "severity": self.severity,
            "start": self.start, "end": self.end, "excerpt": self.excerpt,
            "message": self.message, "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class ChecklistEntry:
    item: str
    title: str
    status: str  # flagged | review | clear
    count: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    text: str
    findings: tuple[Finding, ...]
    checklist: tuple[ChecklistEntry, ...]
    # Rules that failed on this text and were skipped (shown, never fatal).
    notices: tuple[str, ...] = field(default=())

    @property
    def has_error(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def findings_for(self, item: str) -> list[Finding]:
        return [f for f in self.findings if f.item == item]

    def to_json(self) -> dict:
        return {
            "version": JSON_VERSION,
            "findings": [f.to_json() for f in self.findings],
            "checklist": [c.to_json() for c in self.checklist],
        }
