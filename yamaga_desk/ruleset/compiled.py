"""Rules compiled once into lookup tables, then matched against a Document.

- `words`: one dictionary from token form (surface, lemma, Sudachi's
  normalized form) and one from katakana reading to the rules that list it,
  so each token costs a couple of dictionary look-ups however many rules
  there are;
- `phrases`: token sequences indexed by their first token;
- `patterns`: regular expressions over the normalized text (checked safe);
- `validator`: a named function in yamaga_desk/validators.

Every raw match then passes the rule's context tests (requires, exceptions,
exception_patterns) and the allow-list before it becomes a Finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..analysis.document import Document
from ..analysis.tokenizer import Token
from ..report import Finding
from ..text.normalize import normalize
from ..validators import VALIDATORS
from .model import Rule, RuleSet
from .regex_guard import compile_safe

Tokenize = Callable[[str], list[Token]]


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if 0x3041 <= ord(c) <= 0x3096 else c for c in text)


def _is_kana(text: str) -> bool:
    return bool(text) and all(0x3041 <= ord(c) <= 0x30FF for c in text)


def _forms(token: Token) -> tuple[str, str, str]:
    return token.surface, token.lemma, token.normalized


class WordSet:
    """Words looked for in a context: single tokens by form, longer entries
    as substrings of the normalized context."""

    def __init__(self, entries: Iterable[str], tokenize: Tokenize):
        self.forms: set[str] = set()
        self.substrings: list[str] = []
        for entry in entries:
            norm = normalize(entry).text
            tokens = tokenize(norm)
            if len(tokens) == 1:
                self.forms.add(norm)
            else:
                self.substrings.append(norm)

    def __bool__(self) -> bool:
        return bool(self.forms or self.substrings)

    def found_in(self, tokens: list[Token], text: str) -> bool:
        if self.forms and any(f in self.forms for t in tokens for f in _forms(t)):
            return True
        return any(s in text for s in self.substrings)


@dataclass
class CompiledRule:
    rule: Rule
    patterns: list[re.Pattern]
    phrases: list[list[set[str]]]
    requires: WordSet
    requires_patterns: list[re.Pattern]
    exceptions: WordSet
    exception_patterns: list[re.Pattern]
    pos: tuple[str, ...] = field(default=())

    def pos_ok(self, token: Token) -> bool:
        if not self.pos:
            return True
        joined = "-".join(p for p in token.pos if p != "*")
        return any(joined.startswith(p) for p in self.pos)


class Matcher:
    def __init__(self, ruleset: RuleSet, tokenize: Tokenize):
        self.tokenize = tokenize
        self.rules: list[CompiledRule] = []
        self.by_form: dict[str, list[CompiledRule]] = {}
        self.by_reading: dict[str, list[CompiledRule]] = {}
        self.by_first: dict[str, list[tuple[CompiledRule, list[set[str]]]]] = {}
        for rule in ruleset.rules:
            self.add(rule)
        self.allow = sorted({normalize(w).text for w in ruleset.allow if w.strip()}, key=len, reverse=True)
        self.allow_digits = {re.sub(r"[^0-9]", "", w) for w in self.allow}
        self.allow_digits = {d for d in self.allow_digits if len(d) >= 6}

    def add(self, rule: Rule) -> None:
        # A `words` entry that Sudachi splits (税金泥棒 = 税金 + 泥棒) is matched
        # as a phrase; single-token entries go to the per-token tables.
        single_words = []
        phrase_texts = list(rule.phrases)
        for word in rule.words:
            norm = normalize(word).text
            if len(self.tokenize(norm)) > 1:
                phrase_texts.append(norm)
            else:
                single_words.append(norm)
        phrases = []
        for phrase in phrase_texts:
            seq = [set(_forms(t)) for t in self.tokenize(normalize(phrase).text)]
            if seq:
                phrases.append(seq)
        cr = CompiledRule(
            rule=rule,
            patterns=[compile_safe(p) for p in rule.patterns],
            phrases=phrases,
            requires=WordSet(rule.requires, self.tokenize),
            requires_patterns=[compile_safe(p) for p in rule.requires_patterns],
            exceptions=WordSet(rule.exceptions, self.tokenize),
            exception_patterns=[compile_safe(p) for p in rule.exception_patterns],
            pos=rule.pos,
        )
        self.rules.append(cr)
        for norm in single_words:
            self.by_form.setdefault(norm, []).append(cr)
            if _is_kana(norm):
                self.by_reading.setdefault(to_katakana(norm), []).append(cr)
        for seq in phrases:
            for form in seq[0]:
                self.by_first.setdefault(form, []).append((cr, seq))

    # -- raw matches -------------------------------------------------------

    def _token_matches(self, doc: Document, wanted: set[int] | None):
        tokens = doc.tokens
        for i, token in enumerate(tokens):
            hits: dict[int, CompiledRule] = {}
            for form in _forms(token):
                for cr in self.by_form.get(form, ()):
                    hits[id(cr)] = cr
            for cr in self.by_reading.get(token.reading, ()):
                hits[id(cr)] = cr
            for cr in hits.values():
                if (wanted is None or id(cr) in wanted) and cr.pos_ok(token):
                    yield cr, token.start, token.end
            seen = set()
            for form in _forms(token):
                for cr, seq in self.by_first.get(form, ()):
                    key = (id(cr), id(seq))
                    if key in seen or (wanted is not None and id(cr) not in wanted):
                        continue
                    seen.add(key)
                    if i + len(seq) <= len(tokens) and all(
                        any(f in seq[k] for f in _forms(tokens[i + k])) for k in range(1, len(seq))
                    ):
                        yield cr, token.start, tokens[i + len(seq) - 1].end

    def _rule_matches(self, cr: CompiledRule, doc: Document):
        for pattern in cr.patterns:
            for m in pattern.finditer(doc.text):
                if m.end() > m.start():
                    yield m.start(), m.end()
        if cr.rule.validator:
            yield from VALIDATORS[cr.rule.validator](doc)

    # -- context -----------------------------------------------------------

    def _context_ok(self, cr: CompiledRule, doc: Document, start: int, end: int) -> bool:
        for pattern in cr.exception_patterns:
            lo, hi = doc.sentence_at(start)
            lo, hi = max(0, lo - 1), min(len(doc.text), max(hi, end) + 1)
            for m in pattern.finditer(doc.text, lo, hi):
                if m.start() < end and m.end() > start:
                    return False
        if not (cr.requires or cr.requires_patterns or cr.exceptions):
            return True
        if cr.rule.scope == "text":
            lo, hi = 0, len(doc.text)
        else:
            lo, hi = doc.sentence_at(start)
            hi = max(hi, end)
        scope_text = doc.text[lo:hi]
        scope_tokens = doc.tokens_between(lo, hi)
        if cr.exceptions and cr.exceptions.found_in(scope_tokens, scope_text):
            return False
        if cr.requires or cr.requires_patterns:
            return cr.requires.found_in(scope_tokens, scope_text) or any(
                p.search(scope_text) for p in cr.requires_patterns
            )
        return True

    def _allowed(self, doc: Document, start: int, end: int) -> bool:
        text = doc.text
        for word in self.allow:
            i = text.find(word, max(0, end - len(word)))
            while i != -1 and i <= start:
                if i + len(word) >= end:
                    return True
                i = text.find(word, i + 1)
        if self.allow_digits:
            digits = re.sub(r"[^0-9]", "", text[start:end])
            if len(digits) >= 6 and digits in self.allow_digits:
                return True
        return False

    # -- findings ----------------------------------------------------------

    def find(self, doc: Document, only: Iterable[str] | None = None) -> tuple[list[Finding], list[str]]:
        """Findings for `doc` (optionally only the rules with these ids) and
        notices about rules that failed and were skipped."""
        only_ids = set(only) if only is not None else None
        active = [cr for cr in self.rules
                  if (only_ids is None or cr.rule.id in only_ids)
                  and (not cr.rule.platforms or doc.platform is None or doc.platform in cr.rule.platforms)]
        wanted = {id(cr) for cr in active}
        raw: list[tuple[CompiledRule, int, int]] = list(self._token_matches(doc, wanted))
        notices: list[str] = []
        for cr in active:
            if not (cr.patterns or cr.rule.validator):
                continue
            try:
                raw.extend((cr, s, e) for s, e in self._rule_matches(cr, doc))
            except Exception as exc:  # one broken rule never stops the check
                notices.append(f"規則「{cr.rule.id}」の処理中にエラーが起きたため、この規則を飛ばしました（{type(exc).__name__}: {exc}）")
        spans: dict[tuple[str, int, int], tuple[CompiledRule, int, int]] = {}
        for cr, s, e in raw:
            if not self._context_ok(cr, doc, s, e) or self._allowed(doc, s, e):
                continue
            # An elongation mark (collapsed from ーーー) belongs to the word it stretches.
            if e < len(doc.text) and doc.text[e] == "ー" and e > s and _is_kana(doc.text[e - 1]):
                e += 1
            start, end = doc.norm.to_original(s, e)
            spans[(cr.rule.id, start, end)] = (cr, start, end)
        findings = _merge_overlaps(spans.values(), doc.norm.original)
        return findings, notices


def _merge_overlaps(matches, original: str) -> list[Finding]:
    """One finding per rule per stretch of text: overlapping matches of the
    same rule are joined."""
    by_rule: dict[str, list[tuple[int, int, CompiledRule]]] = {}
    for cr, s, e in matches:
        by_rule.setdefault(cr.rule.id, []).append((s, e, cr))
    findings = []
    for spans in by_rule.values():
        spans.sort(key=lambda x: (x[0], x[1]))
        merged: list[list] = []
        for s, e, cr in spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, cr])
        for s, e, cr in merged:
            # Trim whitespace a pattern may have swallowed at either end.
            while s < e and original[s].isspace():
                s += 1
            while e > s and original[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            r = cr.rule
            findings.append(Finding(s, e, r.id, r.item, r.severity, original[s:e], r.message, r.suggestions))
    findings.sort(key=lambda f: (f.start, f.end, f.item, f.rule))
    return findings
