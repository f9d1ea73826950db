"""Score the checker on a labelled corpus (shared/corpus/dev.jsonl format).

Document level: a draft counts as flagged for an item when it has an error or
warning finding of that item.  Span level: an evidence quote counts as found
when a finding of the same item overlaps it (`--errors` lists as SPAN the
quotes of flagged items that no finding covers).  Clean drafts give the
false-positive rate (any error or warning finding at all).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .engine import Engine, get_engine


@dataclass
class ItemScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    items: dict[str, ItemScore]
    kinds: dict[str, str]
    spans_total: int = 0
    spans_found: int = 0
    clean_total: int = 0
    clean_flagged: int = 0
    errors: list[str] = field(default_factory=list)
    # Rules the engine skipped because their validator raised (id: notice):
    # a skipped rule silently loses its findings, so evaluate says so.
    failures: list[str] = field(default_factory=list)

    @property
    def span_recall(self) -> float:
        return self.spans_found / self.spans_total if self.spans_total else 1.0

    @property
    def clean_fp_rate(self) -> float:
        return self.clean_flagged / self.clean_total if self.clean_total else 0.0

    def to_json(self) -> dict:
        return {
            "items": {k: {"kind": self.kinds[k], "tp": v.tp, "fp": v.fp, "fn": v.fn,
                          "precision": round(v.precision, 4), "recall": round(v.recall, 4),
                          "f1": round(v.f1, 4)} for k, v in self.items.items()},
            "span_recall": round(self.span_recall, 4),
            "spans_found": self.spans_found, "spans_total": self.spans_total,
            "clean_false_positive_rate": round(self.clean_fp_rate, 4),
            "clean_flagged": self.clean_flagged, "clean_total": self.clean_total,
            "rule_failures": self.failures,
        }

    def table(self) -> str:
        lines = [f"{'item':7} {'kind':6} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn"]
        for item, s in self.items.items():
            lines.append(f"{item:7} {self.kinds[item]:6} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} "
                         f"{s.tp:3} {s.fp:2} {s.fn:2}")
        macro = sum(s.f1 for s in self.items.values()) / len(self.items)
        lines.append(f"macro F1 {macro:.3f}")
        lines.append(f"span recall {self.span_recall:.3f} ({self.spans_found}/{self.spans_total})")
        lines.append(f"clean drafts with a finding {self.clean_fp_rate:.3f} "
                     f"({self.clean_flagged}/{self.clean_total})")
        if self.failures:
            lines.append(f"rules skipped after an error: {len(self.failures)} (first: {self.failures[0]})")
        return "\n".join(lines)


def _short(text: str, start: int, end: int, width: int = 20) -> str:
    s = max(0, start - width)
    return (text[s:start] + "【" + text[start:end] + "】" + text[end:end + width]).replace("\n", "⏎")


def evaluate(drafts: list[dict], engine: Engine | None = None) -> Evaluation:
    engine = engine or get_engine()
    kinds = {i.id: i.kind for i in engine.checklist}
    ev = Evaluation(items={i: ItemScore() for i in kinds}, kinds=kinds)
    for d in drafts:
        text = d["text"]
        report = engine.check(text, d.get("platform"))
        ev.failures.extend(f"{d['id']}: {notice}" for notice in report.notices)
        strong = [f for f in report.findings if f.severity in ("error", "warning")]
        flagged = {f.item for f in strong}
        gold = set(d.get("items", []))
        for item, score in ev.items.items():
            if item in flagged and item in gold:
                score.tp += 1
            elif item in flagged:
                score.fp += 1
                for f in strong:
                    if f.item == item:
                        ev.errors.append(f"FP {d['id']} {item} {f.rule}: {_short(text, f.start, f.end)}")
            elif item in gold:
                score.fn += 1
                quotes = [e["quote"] for e in d.get("evidence", []) if e["item"] == item]
                ev.errors.append(f"FN {d['id']} {item}: {' / '.join(quotes)} ({d.get('note', '')})")
        if not gold:
            ev.clean_total += 1
            ev.clean_flagged += bool(strong)
        for e in d.get("evidence", []):
            start = text.find(e["quote"])
            if start < 0:
                continue
            end = start + len(e["quote"])
            ev.spans_total += 1
            if any(f.item == e["item"] and f.start < end and f.end > start for f in report.findings):
                ev.spans_found += 1
            elif e["item"] in flagged:
                # The draft is flagged for the item, but elsewhere: the user
                # sees no underline on the words that actually break it.
                ev.errors.append(f"SPAN {d['id']} {e['item']}: {e['quote']} (flagged elsewhere: "
                                 + " / ".join(_short(text, f.start, f.end, 8) for f in strong
                                              if f.item == e["item"]) + ")")
    ev.errors.sort(key=lambda line: (line.split()[2], line))
    return ev


def load_corpus(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
