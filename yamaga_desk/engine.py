"""check(text, platform) -> Report: the one pipeline every surface calls.

    text → normalize (offset map) → tokens → rules → findings → checklist

The rule set and the dictionary are built once per process and shared.
A draft is checked paragraph by paragraph (paragraphs are separated by blank
lines): each paragraph's normalized text, tokens and raw matches are kept in
a small cache keyed by its content, so re-checking a long draft after an edit
redoes only the paragraph that changed.  A paragraph also keeps the verdicts
on its matches (their sentence's context, the allow-list) while the text
around it that they read is the same, and the spans of its validators with
facts while those facts are the same.  What needs the whole draft (context
with scope = "text", validators that look across paragraphs, merging) runs on
every check.  The cache is guarded by a lock, so check() is safe from any
thread.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
from itertools import islice
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from .analysis.document import Document
from .analysis.tokenizer import Line, analyse, preload, tokenize
from .report import ChecklistEntry, Finding, Report
from .startup_cache import cache as startup_cache
from .ruleset.compiled import Matcher
from .ruleset.loader import load_checklist, load_ruleset
from .ruleset.model import ChecklistItem, RuleSet
from .text.normalize import Joined, Normalized, from_original, normalize, paragraphs

# Paragraphs remembered per engine: enough for a few long drafts open at once.
PARAGRAPH_CACHE_SIZE = 4096
# Spans of validators with facts, by (validator, paragraph, facts).
FACTS_CACHE_SIZE = 65536
# Verdicts a paragraph keeps, one per kind of surroundings (see _paragraph_verdicts).
DECIDED_PER_PARAGRAPH = 16


@dataclass(frozen=True)
class Paragraph:
    """What one paragraph yields on its own, in its own coordinates."""

    norm: Normalized
    lines: list[tuple[int, Line]]
    raw: list  # (CompiledRule, start, end) in the paragraph's normalized text
    notices: list[str]
    needs_present: frozenset[str]  # validators' needed literals it holds
    # Matcher.decide's verdicts on `raw` (original offsets relative to the
    # paragraph), by Matcher.decisions_key of the text around it.
    decided: dict = field(default_factory=dict, compare=False)
    # Validators' notes on findings in it (Engine._with_notes), by (rule id,
    # start, end in its normalized text): a note reads the paragraph alone.
    notes: dict = field(default_factory=dict, compare=False)


@dataclass
class Engine:
    checklist: list[ChecklistItem]
    ruleset: RuleSet
    matcher: Matcher
    _paragraphs: OrderedDict = field(default_factory=OrderedDict, repr=False)
    # A plain dict, oldest first: an OrderedDict's links cost ~2.7 MB more
    # for the ~50,000 spans a 100,000-character draft leaves here.
    _facts_results: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(cls, ruleset: RuleSet | None = None) -> "Engine":
        # The dictionary loads on its own thread while the rules are read and
        # compiled.  SudachiPy 0.7.0 holds the GIL for nearly all of its
        # ~34 ms load, so today this overlaps little (serial and threaded
        # starts measured the same); a SudachiPy that releases it would.
        loading = threading.Thread(target=preload, name="sudachi-dictionary", daemon=True)
        loading.start()
        checklist = load_checklist()
        if ruleset is None:
            ruleset = load_ruleset(item_ids={i.id for i in checklist}, checklist=checklist)
        matcher = Matcher(ruleset, tokenize)
        startup_cache().save()
        # Rule patterns not in the start-up cache were compiled by re.compile
        # to be judged (regex_guard) and reduced to literals (prefilter); re
        # keeps the last 512 it compiled (~1.8 MB on a first start) though
        # the Matcher compiles its own, lazily.
        re.purge()
        loading.join()
        return cls(checklist, ruleset, matcher)

    def document(self, text: str, platform: str | None = None, today: dt.date | None = None) -> Document:
        norm = normalize(text)
        return Document(norm, None, platform, today or dt.date.today())

    def check(self, text: str, platform: str | None = None, *, today: dt.date | None = None,
              only: list[str] | None = None) -> Report:
        today = today or dt.date.today()
        matcher = self.matcher
        active = matcher.active(platform, only)
        pieces, lines, notices, parts, paras = [], [], [], [], []
        norm_offset = 0
        for offset, text_of_paragraph in paragraphs(text):
            if only is None:
                para, pdoc = self._paragraph(text_of_paragraph, platform, today)
            else:  # a few rules (rule examples): no need to run, or keep, the rest
                para, pdoc = self._analyse(text_of_paragraph, platform, today, active)
            pieces.append((offset, norm_offset, para.norm))
            lines.extend((norm_offset + o, line) for o, line in para.lines)
            notices.extend(para.notices)
            parts.append((norm_offset, (text_of_paragraph, platform, today), pdoc or self._document_of(para, platform, today), para.needs_present))
            paras.append(para)
            norm_offset += len(para.norm.text)
        norm = pieces[0][2] if len(pieces) == 1 else Joined(text, pieces)
        doc = Document(norm, None, platform, today, lines=lines)
        wanted = None
        if len(active) != len(matcher.rules):  # platform or `only` leaves some out
            wanted = {id(cr) for cr in active}
        raw, decided = self._paragraph_verdicts(doc, pieces, paras, wanted, keep=only is None)
        # Shared by every check (single dict operations are atomic; a result
        # computed twice by two threads is the same result).
        remembered = self._facts_results if only is None else {}
        by_facts, facts_notices = matcher.facts_matches(doc, parts, active, remembered)
        if only is None and len(remembered) > FACTS_CACHE_SIZE:
            with self._lock:
                _drop_oldest(remembered, FACTS_CACHE_SIZE)
        present = matcher.needs_present_in_draft(doc.text, [(p[2].text, part[3]) for p, part in zip(pieces, parts)])
        more, more_notices = matcher.text_matches(doc, active, present)
        findings = matcher.findings(doc, raw + by_facts + more, decided)
        if matcher.notes:
            findings = self._with_notes(findings, pieces, parts, paras)
        notices = list(dict.fromkeys(notices + facts_notices + more_notices))
        return Report(text, tuple(findings), self.statuses(findings), tuple(notices))

    def _with_notes(self, findings: list[Finding], pieces, parts, paras: list[Paragraph]) -> list[Finding]:
        """Findings whose rule's validator can say more about one of them
        (registry.VALIDATOR_NOTES) with that said after their message.  The
        note reads the paragraph the finding starts in, the same Document
        its validator read, and is kept with the paragraph.  (Offsets are
        mapped through the paragraph's own normalization: the whole draft's
        character map would cost ~7 MB for 100,000 characters.)"""
        notes = self.matcher.notes
        offsets = [offset for offset, _, _ in pieces]
        out = list(findings)
        for n, f in enumerate(findings):
            note_of = notes.get(f.rule)
            if note_of is None:
                continue
            j = max(bisect.bisect_right(offsets, f.start) - 1, 0)
            offset, _, para_norm = pieces[j]
            lo, hi = from_original(para_norm, f.start - offset, f.end - offset)
            key = (f.rule, lo, hi)
            kept = paras[j].notes
            if key not in kept:
                try:
                    kept[key] = note_of(parts[j][2], lo, hi)
                except Exception:  # a note is a courtesy: the finding stands without it
                    kept[key] = None
            if kept[key]:
                out[n] = replace(f, message=f.message + kept[key])
        return out

    def _paragraph_verdicts(self, doc: Document, pieces, paras: list[Paragraph], wanted: set[int] | None,
                            keep: bool) -> tuple[list, list]:
        """The paragraphs' raw matches, in the draft's coordinates: those
        whose verdict (context of their sentence, allow-list) a paragraph
        keeps from an earlier check, already decided (Matcher.decide), and
        the rest still raw.  Testing context made Token objects for every
        sentence holding a match of the draft at every check.

        A verdict is kept when the paragraph starts and ends at a sentence
        end of the draft (it follows a line break and the next paragraph
        starts with none, so the draft's sentences in it are its own) and
        the characters around it that the tests may read are the same."""
        raw: list = []
        decided: list = []
        matcher = self.matcher
        texts = [p.norm.text for p in paras]
        last = len(paras) - 1
        for i, ((offset, norm_offset, _), para) in enumerate(zip(pieces, paras)):
            mine = [(cr, s + norm_offset, e + norm_offset) for cr, s, e in para.raw
                    if wanted is None or id(cr) in wanted]
            own_sentences = ((i == 0 or texts[i - 1].endswith("\n")) and not texts[i].startswith("\n")
                             and (i == last or (texts[i].endswith("\n") and not texts[i + 1].startswith("\n"))))
            key = None
            if keep and own_sentences and mine:
                key = matcher.decisions_key(doc.text, norm_offset, norm_offset + len(texts[i]))
            if key is None:
                raw.extend(mine)
                continue
            verdicts = para.decided.get(key)
            if verdicts is None:
                if len(para.decided) >= DECIDED_PER_PARAGRAPH:  # a paragraph met in very many places
                    para.decided.clear()
                verdicts = para.decided[key] = [(cr, s - offset, e - offset, wide)
                                                for cr, s, e, wide in matcher.decide(doc, mine)]
            decided.extend([(cr, s + offset, e + offset, wide) for cr, s, e, wide in verdicts] if offset else verdicts)
        return raw, decided

    def _analyse(self, text: str, platform: str | None, today: dt.date, rules=None) -> tuple[Paragraph, Document]:
        """The paragraph's analysis, and its Document (which the validators
        with facts reuse in this check; the cache keeps only the Paragraph)."""
        norm = normalize(text)
        lines = analyse(norm.text)
        doc = Document(norm, None, platform, today, lines=lines)
        present = self.matcher.needs_present(norm.text)
        raw, notices = self.matcher.paragraph_matches(doc, rules, present)
        return Paragraph(norm, lines, raw, notices, present), doc

    @staticmethod
    def _document_of(para: Paragraph, platform: str | None, today: dt.date) -> Document:
        return Document(para.norm, None, platform, today, lines=para.lines)

    def _paragraph(self, text: str, platform: str | None, today: dt.date) -> tuple[Paragraph, Document | None]:
        key = (text, platform, today)
        with self._lock:
            para = self._paragraphs.get(key)
            if para is not None:
                self._paragraphs.move_to_end(key)
                return para, None
        para, doc = self._analyse(text, platform, today)
        with self._lock:
            self._paragraphs[key] = para
            while len(self._paragraphs) > PARAGRAPH_CACHE_SIZE:
                self._paragraphs.popitem(last=False)
        return para, doc

    def statuses(self, findings: list[Finding]) -> tuple[ChecklistEntry, ...]:
        counts: dict[str, int] = {}
        flagged: set[str] = set()
        for f in findings:
            counts[f.item] = counts.get(f.item, 0) + 1
            if f.severity in ("error", "warning"):
                flagged.add(f.item)
        entries = []
        for item in self.checklist:
            if item.id in flagged:
                status = "flagged"
            elif item.kind == "review" or item.id in counts:
                status = "review"
            else:
                status = "clear"
            entries.append(ChecklistEntry(item.id, item.title, status, counts.get(item.id, 0)))
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


def _drop_oldest(remembered: dict, keep: int) -> None:
    """Drop the oldest entries of an insertion-ordered dict down to `keep`,
    in one pass (another thread's check may add entries meanwhile: a list of
    keys taken while it does is taken again)."""
    while len(remembered) > keep:
        try:
            oldest = list(islice(remembered, len(remembered) - keep))
        except RuntimeError:  # changed size while the keys were taken
            continue
        for key in oldest:
            remembered.pop(key, None)
