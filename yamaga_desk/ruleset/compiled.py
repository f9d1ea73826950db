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

import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..analysis.document import Document
from ..analysis import tokenizer as _tokenizer
from ..analysis.tokenizer import WORDS, Line, Token
from ..lazy_regex import LazyPattern
from ..report import Finding
from ..text.normalize import normalize
from ..validators import VALIDATOR_FACTS, VALIDATOR_NEEDS, VALIDATOR_NOTES, VALIDATOR_SCOPES, VALIDATORS
from ..validators.gate import ALL_GATES, PREPARED
from ..startup_cache import cache, content_hash
from .model import LAYERS, SEVERITIES, Rule, RuleSet
from ..prefilter import LiteralScanner, literals_of
from .underline import sentence_around

# Kanji digits, so an allow-listed number matches however it is spelled.
_KANJI_DIGITS = str.maketrans("〇零○一二三四五六七八九", "0001234567" "89")

Tokenize = Callable[[str], list[Token]]
# Shortest reading (in kana) by which a kanji entry matches a kana spelling.
KANA_SPELLING_MIN = 3
FormsOf = Callable[[str], tuple]


def _real_forms(text: str) -> tuple:
    return tuple(_forms(t) for t in _tokenizer.tokenize(text))


def _real_reading(text: str) -> str:
    tokens = _tokenizer.tokenize(text)
    return tokens[0].reading if len(tokens) == 1 else ""


def _normalized(text: str) -> str:
    return normalize(text).text


def normalized(text: str) -> str:
    """normalize(text).text of a rule's text, remembered on disk."""
    return cache().get("norm", text, _normalized)


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if 0x3041 <= ord(c) <= 0x3096 else c for c in text)


def _is_kana(text: str) -> bool:
    return bool(text) and all(0x3041 <= ord(c) <= 0x30FF for c in text)


def _forms(token: Token) -> tuple[str, str, str]:
    return token.surface, token.lemma, token.normalized


class WordSet:
    """Words looked for in a context: single tokens by form, longer entries
    as substrings of the normalized context."""

    def __init__(self, entries: Iterable[str], forms_of: FormsOf):
        self.forms: set[str] = set()
        self.substrings: list[str] = []
        for entry in entries:
            norm = normalized(entry)
            if len(forms_of(norm)) == 1:
                self.forms.add(norm)
            else:
                self.substrings.append(norm)

    @classmethod
    def of(cls, forms: set[str], substrings: list[str]) -> "WordSet":
        """The WordSet with these forms and substrings (start-up cache)."""
        words = cls.__new__(cls)
        words.forms, words.substrings = forms, substrings
        return words

    def __bool__(self) -> bool:
        return bool(self.forms or self.substrings)

    def found_in_forms(self, forms: frozenset[str], text: str) -> bool:
        """Is one of the words in `text`, whose tokens have these forms
        (Document.forms, SentenceReader.forms)?"""
        return not self.forms.isdisjoint(forms) or any(s in text for s in self.substrings)


@dataclass
class CompiledRule:
    rule: Rule
    patterns: list[LazyPattern]
    phrases: list[list[set[str]]]
    requires: WordSet
    requires_patterns: list[LazyPattern]
    exceptions: WordSet
    exception_patterns: list[LazyPattern]
    pos: tuple[str, ...] = field(default=())

    def pos_ok(self, token: Token) -> bool:
        if not self.pos:
            return True
        joined = "-".join(p for p in token.pos if p != "*")
        return any(joined.startswith(p) for p in self.pos)


class SentenceReader:
    """What the context tests read of a sentence, remembered for one pass
    over a draft's matches (Matcher.decide): the forms of its tokens and a
    pattern's matches in it.  A pasted text with no 。 is one long sentence
    holding hundreds of matches, and each would otherwise rebuild its tokens
    and rescan it (a 7,000-character paste took ~5 s).  Kept only for the
    pass: a paragraph's Document lives on in the engine's cache."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._forms: dict[tuple[int, int], frozenset[str]] = {}
        # (keyed by id(pattern): the rule set's patterns, alive as long as it)
        self._spans: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}
        self._found: dict[tuple[int, int, int], bool] = {}

    def forms(self, start: int, end: int) -> frozenset[str]:
        """Surface, lemma and normalized form of the tokens that start in [start, end)."""
        forms = self._forms.get((start, end))
        if forms is None:
            forms = self._forms[(start, end)] = frozenset(
                f for t in self.doc.tokens_between(start, end) for f in _forms(t))
        return forms

    def spans(self, pattern, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """(start, end) of each match of pattern.finditer(text, start, end)."""
        key = (id(pattern), start, end)
        spans = self._spans.get(key)
        if spans is None:
            spans = self._spans[key] = tuple(m.span() for m in pattern.finditer(self.doc.text, start, end))
        return spans

    def found(self, pattern, start: int, end: int) -> bool:
        """pattern.search(text[start:end]): on the slice, whose edges ^ and
        lookbehinds see as the text's."""
        key = (id(pattern), start, end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = pattern.search(self.doc.text[start:end]) is not None
        return found


class Matcher:
    """All rules of a rule set, compiled once.

    Raw matches (before context and allow-list) depend only on a paragraph,
    so `paragraph_matches` can be cached by the caller per paragraph;
    `find` then applies the context tests over the whole draft.
    """

    def __init__(self, ruleset: RuleSet, tokenize: Tokenize):
        self.tokenize = tokenize
        # Filled as drafts are checked.
        self._hot: dict[int, bool] = {}
        self._hot_ids: set[int] = set()
        # Which facts validators run on a paragraph, by its needs_present
        # (the same frozenset object while the paragraph is cached).
        self._facts_to_run: dict[frozenset[str], tuple] = {}
        # One (name, rules) pair per facts validator, shared by those lists.
        self._facts_pairs: dict[str, tuple] = {}
        self._active: dict[str | None, list[CompiledRule]] = {}
        # Building the tables below took ~17 ms of every start (and decoding
        # four kinds of answers from the start-up cache to do it); they
        # depend only on the rule set and the validators' declarations, so
        # they are remembered as plain data keyed by both (_tables).
        key = self._tables_key(ruleset)
        tables = None if key is None else cache().peek("matcher", key)
        if tables is not None:
            try:
                self._restore(ruleset.rules, tables)
            except Exception:  # tables this code cannot read: build them (and replace them)
                tables = None
            else:
                # This process asks for few of the other answers: the rest
                # are still what the rules need, kept when the cache is saved.
                cache().keep_unused = True
        if tables is None:
            self._build(ruleset)
            if key is not None:
                cache().put("matcher", key, self._tables())
        # rule id -> what its validator can say about one finding (registry.VALIDATOR_NOTES)
        self.notes = {cr.rule.id: VALIDATOR_NOTES[cr.rule.validator] for cr in self.rules
                      if cr.rule.validator in VALIDATOR_NOTES}
        for gate in ALL_GATES:  # validators' own gates, while the build cache is open
            gate.prepare()

    def _build(self, ruleset: RuleSet) -> None:
        self._patterns: dict[str, LazyPattern] = {}
        self._pattern_list: list[LazyPattern] = []  # (by index: _by_literal, _always)
        self._pattern_index: dict[str, int] = {}
        self.rules: list[CompiledRule] = []
        self.by_form: dict[str, list[CompiledRule]] = {}
        self.by_reading: dict[str, list[CompiledRule]] = {}
        # Entries written in kanji by their reading, for tokens spelt in kana
        # (無能 -> ムノウ, むのう): writing a word in kana is a common way
        # round a word list.  Short readings are left out: くず (葛) or かす
        # (酒かす) are ordinary words that share a reading with an insult.
        self.by_kana_spelling: dict[str, list[CompiledRule]] = {}
        self.by_first: dict[str, list[tuple[CompiledRule, list[set[str]]]]] = {}
        for rule in ruleset.rules:
            self.add(rule)
        self.allow = sorted({normalized(w) for w in ruleset.allow if w.strip()}, key=len, reverse=True)
        self.allow_digits = {re.sub(r"[^0-9]", "", w) for w in self.allow}
        self.allow_digits = {d for d in self.allow_digits if len(d) >= 6}
        # Allow-list words by each character they contain: a finding can only
        # be covered by a word that contains its first character.
        self._allow_by_char: dict[str, list[str]] = {}
        for word in self.allow:
            for ch in set(word):
                self._allow_by_char.setdefault(ch, []).append(word)
        self._allow_holds_line_breaks = any("\n" in w for w in self.allow)
        self._index()
        # (parsed only when it has a look-behind: start-up time)
        self._exception_lookbehind = max(
            (_lookbehind_width(p.pattern, p.flags) for cr in self.rules for p in cr.exception_patterns
             if "(?<" in p.pattern), default=0)

    # -- the tables as plain data (start-up cache) ---------------------------

    def _tables_key(self, ruleset: RuleSet) -> str | None:
        """What the tables depend on beyond the code (whose source is in the
        start-up cache's fingerprint): the rule set as the loader read it
        (its key covers every rule file of every layer) and each validator's
        scope, facts and needs.  None (build, remember nothing) for a rule
        set made or changed by hand, or another tokenizer."""
        origin = ruleset.origin
        if origin is None or self.tokenize is not _tokenizer.tokenize:
            return None
        loaded_key, rules, allow = origin
        if (len(rules) != len(ruleset.rules) or any(a is not b for a, b in zip(rules, ruleset.rules))
                or tuple(ruleset.allow) != allow):
            return None
        h = content_hash(loaded_key.encode())
        h.update(_TABLES_CODE)
        for name in sorted(VALIDATORS):
            needs = [f"{int(p.flags):x}/{p.pattern}" for p in VALIDATOR_NEEDS.get(name, ())]
            h.update(repr((name, VALIDATOR_SCOPES.get(name), name in VALIDATOR_FACTS, needs)).encode())
        return h.hexdigest()

    def _tables(self) -> tuple:
        """Everything _build made, as plain data: rules by their index in the
        rule set, patterns by their index in _pattern_list."""
        index = {id(cr): r for r, cr in enumerate(self.rules)}
        pattern_index = self._pattern_index

        def wordset(words: WordSet) -> tuple:
            return words.forms, words.substrings

        rules = tuple((tuple(pattern_index[p.pattern] for p in cr.patterns), cr.phrases,
                       wordset(cr.requires), tuple(pattern_index[p.pattern] for p in cr.requires_patterns),
                       wordset(cr.exceptions), tuple(pattern_index[p.pattern] for p in cr.exception_patterns))
                      for cr in self.rules)
        first = {form: [(index[id(cr)], next(j for j, s in enumerate(cr.phrases) if s is seq))
                        for cr, seq in entries] for form, entries in self.by_first.items()}
        validators = tuple((where, name, needs, [index[id(cr)] for cr in crs])
                           for where, table in enumerate((self._paragraph_validators, self._facts_validators,
                                                          self._text_validators))
                           for name, needs, crs in table)
        return (
            tuple(p.pattern for p in self._pattern_list), rules,
            tuple({form: [index[id(cr)] for cr in crs] for form, crs in table.items()}
                  for table in (self.by_form, self.by_reading, self.by_kana_spelling)),
            first, self.allow, self.allow_digits, self._allow_by_char, self._allow_holds_line_breaks,
            self._lower_forms, self._always, self._by_literal, self._max_phrase, self._scanner.state(),
            validators, self._need_scanner.state(), self._needs_hold_line_breaks, self._exception_lookbehind,
            {gate.key: gate.state() for gate in ALL_GATES},
        )

    def _restore(self, rule_list: list[Rule], tables: tuple) -> None:
        """The tables _tables described, for the rules `rule_list`."""
        (texts, rules, (by_form, by_reading, by_kana), first, self.allow, self.allow_digits,
         self._allow_by_char, self._allow_holds_line_breaks, self._lower_forms, self._always,
         self._by_literal, self._max_phrase, scanner, validators, need_scanner,
         self._needs_hold_line_breaks, self._exception_lookbehind, gates) = tables
        if len(rules) != len(rule_list) or any(key not in gates for key in (g.key for g in ALL_GATES)):
            raise ValueError("the tables are not those of these rules and gates")
        patterns = [LazyPattern(text) for text in texts]
        self._pattern_list = patterns
        self._patterns = dict(zip(texts, patterns))
        self._pattern_index = {text: i for i, text in enumerate(texts)}
        self.rules = [
            CompiledRule(rule=rule, patterns=[patterns[i] for i in own], phrases=phrases,
                         requires=WordSet.of(*requires), requires_patterns=[patterns[i] for i in required],
                         exceptions=WordSet.of(*exceptions),
                         exception_patterns=[patterns[i] for i in excepted], pos=rule.pos)
            for rule, (own, phrases, requires, required, exceptions, excepted) in zip(rule_list, rules)]
        compiled = self.rules
        self.by_form, self.by_reading, self.by_kana_spelling = (
            {form: [compiled[r] for r in rs] for form, rs in table.items()}
            for table in (by_form, by_reading, by_kana))
        self.by_first = {form: [(compiled[r], compiled[r].phrases[j]) for r, j in entries]
                         for form, entries in first.items()}
        self._scanner = LiteralScanner.from_state(scanner)
        self._need_scanner = LiteralScanner.from_state(need_scanner)
        self._paragraph_validators, self._facts_validators, self._text_validators = [], [], []
        tables_by_where = (self._paragraph_validators, self._facts_validators, self._text_validators)
        for where, name, needs, rs in validators:
            tables_by_where[where].append((name, needs, [compiled[r] for r in rs]))
        PREPARED.update(gates)

    def forms_of(self, text: str) -> tuple:
        """(surface, lemma, normalized) of each token of `text`; Sudachi's
        answers are remembered on disk (startup_cache.py)."""
        if self.tokenize is _tokenizer.tokenize:
            return cache().get("words", text, _real_forms)
        return tuple(_forms(t) for t in self.tokenize(text))

    def reading_of(self, text: str) -> str:
        """Katakana reading of a one-word entry ("" for more than one word)."""
        if self.tokenize is _tokenizer.tokenize:
            return cache().get("reading", text, _real_reading)
        tokens = self.tokenize(text)
        return tokens[0].reading if len(tokens) == 1 else ""

    def pattern(self, text: str) -> LazyPattern:
        """One LazyPattern per pattern string, refused here if unsafe."""
        found = self._patterns.get(text)
        if found is None:
            from .loader import check_pattern  # the guard, remembered on disk

            check_pattern(text)
            found = self._patterns[text] = LazyPattern(text)
            self._pattern_index[text] = len(self._pattern_list)
            self._pattern_list.append(found)
        return found

    def add(self, rule: Rule) -> None:
        # A `words` entry that Sudachi splits (税金泥棒 = 税金 + 泥棒) is matched
        # as a phrase; single-token entries go to the per-token tables.
        single_words = []
        phrase_texts = list(rule.phrases)
        for word in rule.words:
            norm = normalized(word)
            if len(self.forms_of(norm)) > 1:
                phrase_texts.append(norm)
            else:
                single_words.append(norm)
        phrases = []
        for phrase in phrase_texts:
            seq = [set(forms) for forms in self.forms_of(normalized(phrase))]
            if seq:
                phrases.append(seq)
        cr = CompiledRule(
            rule=rule,
            patterns=[self.pattern(p) for p in rule.patterns],
            phrases=phrases,
            requires=WordSet(rule.requires, self.forms_of),
            requires_patterns=[self.pattern(p) for p in rule.requires_patterns],
            exceptions=WordSet(rule.exceptions, self.forms_of),
            exception_patterns=[self.pattern(p) for p in rule.exception_patterns],
            pos=rule.pos,
        )
        self.rules.append(cr)
        for norm in single_words:
            self.by_form.setdefault(norm, []).append(cr)
            if _is_kana(norm):
                self.by_reading.setdefault(to_katakana(norm), []).append(cr)
            else:
                reading = self.reading_of(norm)
                if len(reading) >= KANA_SPELLING_MIN and _is_kana(reading):
                    self.by_kana_spelling.setdefault(reading, []).append(cr)
        for seq in phrases:
            for form in seq[0]:
                self.by_first.setdefault(form, []).append((cr, seq))

    def _index(self) -> None:
        """Tables that let a paragraph skip what cannot match in it."""
        # Tokens: a word id is worth a closer look only when one of its forms
        # (compared without case: Sudachi folds case) or its reading is listed.
        self._lower_forms = {f.lower() for f in self.by_form} | {f.lower() for f in self.by_first}
        # Patterns: one scan for the literals they require.  Each pattern of
        # a rule as (index in self.rules, index in self._pattern_list).
        literals: dict[str, list[tuple[int, int]]] = {}
        self._always: list[tuple[int, int]] = []
        for r, cr in enumerate(self.rules):
            for pattern in cr.patterns:
                required = literals_of(pattern)
                key = (r, self._pattern_index[pattern.pattern])
                if required is None:
                    self._always.append(key)
                else:
                    for lit in required:
                        literals.setdefault(lit, []).append(key)
        self._by_literal = literals
        self._max_phrase = max((len(seq) for cr in self.rules for seq in cr.phrases), default=1)
        self._scanner = LiteralScanner(literals)
        # Validators by where they run (paragraph: cached with the paragraph),
        # each with the rules that name it and the literal sets it needs
        # (validator(needs=...)), all of which one scan finds.
        by_name: dict[str, list[CompiledRule]] = {}
        for cr in self.rules:
            if cr.rule.validator:
                by_name.setdefault(cr.rule.validator, []).append(cr)
        self._paragraph_validators: list[tuple[str, list[frozenset[str]], list[CompiledRule]]] = []
        self._facts_validators: list[tuple[str, list[frozenset[str]], list[CompiledRule]]] = []
        self._text_validators: list[tuple[str, list[frozenset[str]], list[CompiledRule]]] = []
        every_need: set[str] = set()
        for name, crs in by_name.items():
            needs = [lits for p in VALIDATOR_NEEDS.get(name, ()) if (lits := literals_of(p))]
            every_need.update(*needs)
            if VALIDATOR_SCOPES.get(name) != "paragraph":
                where = self._text_validators
            elif name in VALIDATOR_FACTS:
                where = self._facts_validators
            else:
                where = self._paragraph_validators
            where.append((name, needs, crs))
        self._need_scanner = LiteralScanner(every_need)
        # A needed literal with a line break in it could straddle two
        # paragraphs (each ends with its blank line): then the draft's own
        # text must be scanned (needs_present_in_draft).
        self._needs_hold_line_breaks = any("\n" in lit for lit in every_need)

    # -- raw matches -------------------------------------------------------

    def _is_hot(self, line: Line, word_id: int) -> bool:
        if WORDS.get(word_id) is None:  # unknown word: its forms depend on its surface
            return bool(self._lower_forms or self.by_reading or self.by_kana_spelling)
        i = line.word_ids.index(word_id)
        info = line.infos[i]
        forms = (line.surface(i), info[0], info[1])
        return (any(f.lower() in self._lower_forms for f in forms) or info[2] in self.by_reading
                or self._kana_spelt(line.surface(i), info[2])) and not info[4]

    def _kana_spelt(self, surface: str, reading: str) -> bool:
        """A kana spelling of a kanji entry (ムノウ for 無能)?"""
        return reading in self.by_kana_spelling and _is_kana(surface)

    def _token_matches(self, doc: Document, wanted: set[int] | None):
        hot, hot_ids = self._hot, self._hot_ids
        lines = doc.lines
        for n, (offset, line) in enumerate(lines):
            ids = line.word_ids
            for w in set(ids).difference(hot):
                hot[w] = flag = self._is_hot(line, w)
                if flag:
                    hot_ids.add(w)
            if hot_ids.isdisjoint(ids):
                continue
            for i, w in enumerate(ids):
                if w in hot_ids and (WORDS.get(w) is not None or self._unknown_word_is_hot(line, i)):
                    yield from self._token_hits(doc, n, i, wanted)

    def _unknown_word_is_hot(self, line: Line, i: int) -> bool:
        """An out-of-vocabulary morpheme, whose forms are its own: a cheap
        look before making a Token of it."""
        info = line.infos[i]
        lower = self._lower_forms
        return (line.surface(i).lower() in lower or info[0].lower() in lower
                or info[1].lower() in lower or info[2] in self.by_reading
                or self._kana_spelt(line.surface(i), info[2]))

    def _following(self, doc: Document, n: int, i: int):
        """Tokens after morpheme i of line n, across lines, blanks skipped."""
        lines = doc.lines
        offset, line = lines[n]
        for k in line.kept:
            if k > i:
                yield line.token(k, offset)
        for offset, line in lines[n + 1:]:
            for k in line.kept:
                yield line.token(k, offset)

    def _token_hits(self, doc: Document, n: int, i: int, wanted: set[int] | None):
        offset, line = doc.lines[n]
        token = line.token(i, offset)
        if not token.surface.strip():
            return
        hits: dict[int, CompiledRule] = {}
        for form in _forms(token):
            for cr in self.by_form.get(form, ()):
                hits[id(cr)] = cr
        for cr in self.by_reading.get(token.reading, ()):
            hits[id(cr)] = cr
        if self._kana_spelt(token.surface, token.reading):
            for cr in self.by_kana_spelling[token.reading]:
                hits[id(cr)] = cr
        for cr in hits.values():
            if (wanted is None or id(cr) in wanted) and cr.pos_ok(token):
                yield cr, token.start, token.end
        seen = set()
        following: list[Token] | None = None
        for form in _forms(token):
            for cr, seq in self.by_first.get(form, ()):
                key = (id(cr), id(seq))
                if key in seen or (wanted is not None and id(cr) not in wanted):
                    continue
                seen.add(key)
                if following is None:
                    following = list(itertools.islice(self._following(doc, n, i), self._max_phrase))
                rest = following[: len(seq) - 1]
                if len(rest) == len(seq) - 1 and all(
                    any(f in seq[k + 1] for f in _forms(t)) for k, t in enumerate(rest)
                ):
                    yield cr, token.start, (rest[-1].end if rest else token.end)

    def _pattern_matches(self, doc: Document, wanted: set[int] | None):
        text = doc.text
        rules, patterns = self.rules, self._pattern_list
        todo = list(self._always)
        for lit in self._scanner.present(text):
            todo.extend(self._by_literal[lit])
        done = set()
        for key in todo:
            # Two rules may share a pattern string (one LazyPattern for
            # both): each rule still gets its own matches.
            if key in done:
                continue
            r, p = key
            cr = rules[r]
            if wanted is not None and id(cr) not in wanted:
                continue
            done.add(key)
            for m in patterns[p].finditer(text):
                if m.end() > m.start():
                    yield cr, m.start(), m.end()

    def needs_present(self, text: str) -> frozenset[str]:
        """Which of the validators' needed literals `text` holds (one scan)."""
        return frozenset(self._need_scanner.present(text))

    def needs_present_in_draft(self, text: str, paragraphs: list[tuple[str, frozenset[str]]]) -> frozenset[str]:
        """needs_present(text) of a draft made of `paragraphs` (each one's
        normalized text and needs_present): the union of theirs when no
        literal can straddle two of them (no literal holds a line break and
        every paragraph but the last ends with one), which spares a scan of
        the whole draft at every check."""
        if self._needs_hold_line_breaks or not all(t.endswith("\n") for t, _ in paragraphs[:-1]):
            return self.needs_present(text)
        return frozenset().union(*(present for _, present in paragraphs))

    def paragraph_matches(self, doc: Document, rules: list[CompiledRule] | None = None,
                          present: frozenset[str] | None = None):
        """Raw matches in one paragraph (or a whole draft) of every rule, or of
        `rules`: words, phrases, patterns and paragraph validators.  `present`:
        needs_present(doc.text), when the caller has it.  Returns (matches,
        notices)."""
        wanted = None if rules is None else {id(cr) for cr in rules}
        raw = list(self._token_matches(doc, wanted))
        raw.extend(self._pattern_matches(doc, wanted))
        notices: list[str] = []
        self._run_validators(self._paragraph_validators, doc, wanted, raw, notices, present)
        return raw, notices

    def text_matches(self, doc: Document, rules: list[CompiledRule], present: frozenset[str] | None = None):
        """Raw matches of validators that need the whole draft.  `present`:
        needs_present of the draft, when the caller has it."""
        raw: list = []
        notices: list[str] = []
        wanted = {id(cr) for cr in rules} if len(rules) != len(self.rules) else None
        self._run_validators(self._text_validators, doc, wanted, raw, notices, present)
        return raw, notices

    def facts_matches(self, draft: Document, paragraphs, rules: list[CompiledRule], remembered):
        """Raw matches of the paragraph validators that take facts about the
        rest of the draft (validator(facts=...)).  `paragraphs`: (start in
        draft.text, key, document of the paragraph, its needs_present) for
        each paragraph, where `key` names the paragraph's content;
        `remembered` maps (validator, key, facts) to spans and is filled here
        (the caller bounds it).  Returns (matches, notices)."""
        raw: list = []
        notices: list[str] = []
        if not self._facts_validators:
            return raw, notices
        wanted = {id(cr) for cr in rules} if len(rules) != len(self.rules) else None
        # This loop runs (paragraphs x validators) times at every check, most
        # of it for paragraphs whose spans are remembered: keep it lean.
        for start, key, pdoc, present in paragraphs:
            end = start + len(pdoc.text)
            for name, crs in self._facts_validators_for(present, wanted):
                try:
                    facts = VALIDATOR_FACTS[name](draft, start, end)
                    found = remembered.get((name, key, facts))
                    if found is None:
                        # A tuple: most are empty (one shared object) and a
                        # tuple of int pairs drops out of the GC's walk; tens
                        # of thousands of remembered lists made every full
                        # collection slower.
                        found = remembered[(name, key, facts)] = tuple(VALIDATORS[name](pdoc, facts))
                except Exception as exc:  # one broken rule never stops the check
                    notices.extend(_skipped(crs, exc))
                    continue
                if found:
                    for cr in crs:
                        raw.extend([(cr, s + start, e + start) for s, e in found])
        return raw, notices

    def _facts_validators_for(self, present: frozenset[str], wanted: set[int] | None) -> list:
        """(name, rules) of each facts validator that runs on a paragraph
        holding the needed literals `present`; remembered by `present` in the
        usual case (all rules wanted)."""
        if wanted is None:
            found = self._facts_to_run.get(present)
            if found is not None:
                return found
        found = list(_to_run(self._facts_validators, wanted, present))
        if wanted is None:
            if len(self._facts_to_run) > 4096:  # distinct sets seen: bounded, like every cache here
                self._facts_to_run.clear()
            # A tuple of shared pairs: a long draft's paragraphs bring
            # thousands of distinct sets, and a list of fresh pairs for each
            # held ~1.4 MB for 100,000 characters.
            found = self._facts_to_run[present] = tuple(
                self._facts_pairs.setdefault(name, (name, crs)) for name, crs in found)
        return found

    def _run_validators(self, validators, doc: Document, wanted: set[int] | None,
                        raw: list, notices: list[str], present: frozenset[str] | None = None) -> None:
        """Run each validator once for all the rules that name it, unless the
        text lacks a literal it needs."""
        if not validators:
            return
        if present is None:
            present = self._need_scanner.present(doc.text)
        for name, crs in _to_run(validators, wanted, present):
            try:
                spans = list(VALIDATORS[name](doc))
            except Exception as exc:  # one broken rule never stops the check
                notices.extend(_skipped(crs, exc))
                continue
            if spans:
                for cr in crs:
                    raw.extend([(cr, s, e) for s, e in spans])

    # -- context -----------------------------------------------------------

    def _sentence_context_ok(self, cr: CompiledRule, sentences: SentenceReader, start: int, end: int) -> bool:
        """The context tests that look at the match's own sentence (and one
        character either side): exception_patterns, and requires/exceptions
        of a rule with scope = "sentence"."""
        doc = sentences.doc
        lo, hi = doc.sentence_at(start)
        hi = max(hi, end)
        if cr.exception_patterns:
            around_lo, around_hi = max(0, lo - 1), min(len(doc.text), hi + 1)
            for pattern in cr.exception_patterns:
                for s, e in sentences.spans(pattern, around_lo, around_hi):
                    if s < end and e > start:
                        return False
        if not (cr.requires or cr.requires_patterns or cr.exceptions) or cr.rule.scope == "text":
            return True
        scope_text = doc.text[lo:hi]
        if cr.exceptions and cr.exceptions.found_in_forms(sentences.forms(lo, hi), scope_text):
            return False
        if cr.requires or cr.requires_patterns:
            return (bool(cr.requires) and cr.requires.found_in_forms(sentences.forms(lo, hi), scope_text)) or any(
                sentences.found(p, lo, hi) for p in cr.requires_patterns
            )
        return True

    def _whole_draft_ok(self, cr: CompiledRule, doc: Document, whole_draft: dict[int, bool]) -> bool:
        ok = whole_draft.get(id(cr))
        if ok is None:
            ok = whole_draft[id(cr)] = self._draft_context_ok(cr, doc)
        return ok

    def _draft_context_ok(self, cr: CompiledRule, doc: Document) -> bool:
        text, forms = doc.text, doc.forms
        if cr.exceptions and cr.exceptions.found_in_forms(forms, text):
            return False
        if cr.requires or cr.requires_patterns:
            return cr.requires.found_in_forms(forms, text) or any(p.search(text) for p in cr.requires_patterns)
        return True

    def _allowed(self, doc: Document, start: int, end: int) -> bool:
        text = doc.text
        if start < len(text):
            for word in self._allow_by_char.get(text[start], ()):
                i = text.find(word, max(0, end - len(word)), start + len(word))
                if i != -1:
                    return True
        if self.allow_digits:
            # 〇九六八－四三－一一一一 is the same public number in kanji
            digits = re.sub(r"[^0-9]", "", text[start:end].translate(_KANJI_DIGITS))
            if len(digits) >= 6 and digits in self.allow_digits:
                return True
        return False

    # -- findings ----------------------------------------------------------

    def active(self, platform: str | None, only: Iterable[str] | None = None) -> list[CompiledRule]:
        if only is None:  # the usual case, asked at every check: remembered
            found = self._active.get(platform)
            if found is None:
                found = self._active[platform] = self._active_rules(platform, None)
            return found
        return self._active_rules(platform, only)

    def _active_rules(self, platform: str | None, only: Iterable[str] | None) -> list[CompiledRule]:
        only_ids = set(only) if only is not None else None
        return [cr for cr in self.rules
                if (only_ids is None or cr.rule.id in only_ids)
                and (not cr.rule.platforms or platform is None or platform in cr.rule.platforms)]

    def findings(self, doc: Document, raw, decided=()) -> list[Finding]:
        """Raw matches that pass their context and the allow-list, as findings
        with offsets into the original text.  `decided`: matches already
        through `decide` (whose draft-wide context is decided here)."""
        spans: dict[tuple[str, int, int], tuple[CompiledRule, int, int]] = {}
        whole_draft: dict[int, bool] = {}
        for cr, start, end, draft_wide in itertools.chain(decided, self.decide(doc, raw)):
            if not draft_wide or self._whole_draft_ok(cr, doc, whole_draft):
                spans[(cr.rule.id, start, end)] = (cr, start, end)
        return _merge_overlaps(spans.values(), doc.norm.original)

    def decide(self, doc: Document, raw) -> list[tuple[CompiledRule, int, int, bool]]:
        """The raw matches that pass the tests of their sentence and the
        allow-list, with offsets into the original text, each with whether
        its rule's context is decided by the whole draft (scope = "text")
        still to come.  Everything decided here depends only on the match's
        paragraph and the characters around it, so the engine keeps a
        paragraph's decisions with it."""
        out = []
        text = doc.text
        sentences = SentenceReader(doc)
        for cr, s, e in raw:
            if not self._sentence_context_ok(cr, sentences, s, e) or self._allowed(doc, s, e):
                continue
            # An elongation mark (collapsed from ーーー) belongs to the word it stretches.
            if e < len(text) and text[e] == "ー" and e > s and _is_kana(text[e - 1]):
                e += 1
            start, end = doc.norm.to_original(s, e)
            out.append((cr, start, end, _draft_wide(cr)))
        return out

    def decisions_key(self, text: str, start: int, end: int):
        """What `decide` may read of the draft `text` outside the paragraph
        text[start:end], which starts and ends at a sentence end of the draft
        (see Engine): a paragraph's verdicts hold while the paragraph and
        this key are the same.  None when the rules may read farther (then
        verdicts are not kept)."""
        if self._allow_holds_line_breaks:  # could cover a match from across a paragraph's end
            return None
        # An exception pattern is searched from one character before the
        # match's sentence to one after it; \b there reads one more, and its
        # look-behinds see a few more.
        return text[max(0, start - 2 - self._exception_lookbehind):start], text[end:end + 1]


def _code_of_tables() -> bytes:
    """The source of what builds the tables (not in the start-up cache's
    fingerprint, which keeps every other answer across edits of this file)."""
    here = Path(__file__).resolve().parent
    h = content_hash()
    for source in (here / "compiled.py", here.parent / "validators" / "gate.py",
                   here.parent / "validators" / "triggers.py"):
        try:
            h.update(source.read_bytes())
        except OSError:  # pragma: no cover - run from a zip: the name only
            h.update(source.name.encode())
    return h.digest()


_TABLES_CODE = _code_of_tables()


def _lookbehind_width(pattern: str, flags: int = 0) -> int:
    """How far back of where it starts a pattern's look-behinds may see."""
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    widest = 0

    def walk(items, back: int) -> None:
        # back: how far before the match's start `items` may begin
        nonlocal widest
        for op, av in items:
            if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
                direction, sub = av
                if direction < 0:
                    reach = back + min(sub.getwidth()[1], 1 << 16)
                    widest = max(widest, reach)
                    walk(sub, reach)
                else:
                    walk(sub, back)
            elif op is sre_parse.BRANCH:
                for branch in av[1]:
                    walk(branch, back)
            elif op is sre_parse.SUBPATTERN:
                walk(av[-1], back)
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
                walk(av[2], back)
            elif op is sre_parse.ATOMIC_GROUP:
                walk(av, back)
            elif op is sre_parse.GROUPREF_EXISTS:
                walk(av[1], back)
                if av[2] is not None:
                    walk(av[2], back)

    walk(sre_parse.parse(pattern, flags), 0)
    return widest


def _draft_wide(cr: CompiledRule) -> bool:
    """Is the rule's context decided by the whole draft (scope = "text")?"""
    return cr.rule.scope == "text" and bool(cr.requires or cr.requires_patterns or cr.exceptions)


def _to_run(validators, wanted: set[int] | None, present):
    """(name, wanted rules naming it) of each validator whose needed literals
    are all present."""
    for name, needs, crs in validators:
        if wanted is not None:
            crs = [cr for cr in crs if id(cr) in wanted]
            if not crs:
                continue
        if needs and any(present.isdisjoint(lits) for lits in needs):
            continue
        yield name, crs


def _skipped(crs, exc: Exception) -> list[str]:
    """The notice for each rule whose validator failed (the check goes on)."""
    return [f"規則「{cr.rule.id}」の処理中にエラーが起きたため、この規則を飛ばしました（{type(exc).__name__}: {exc}）"
            for cr in crs]


def _merge_overlaps(matches, original: str) -> list[Finding]:
    """One finding per rule per stretch of text: overlapping matches of the
    same rule are joined (after widening to the sentence where the rule
    underlines sentences)."""
    by_rule: dict[str, list[tuple[int, int, CompiledRule]]] = {}
    for cr, s, e in matches:
        if cr.rule.underline == "sentence":
            s, e = sentence_around(original, s, e)
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
            findings.append((Finding(s, e, r.id, r.item, r.severity, original[s:e], r.message, r.suggestions), r))
    findings = _one_per_item_and_span(_without_doubled_fallbacks(findings))
    findings.sort(key=lambda f: (f.start, f.end, f.item, f.rule))
    return findings


_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
_LAYER_RANK = {layer: -rank for rank, layer in enumerate(LAYERS)}  # (highest layer first)


def _one_per_item_and_span(findings: list[tuple[Finding, Rule]]) -> list[Finding]:
    """One finding per checklist item per stretch of text: where several
    rules of an item flag exactly the same words (three 6.1 rules underlining
    the same sentence: 検討中, 内示前, what is being decided), the author
    sees one problem, not three rows saying it thrice.  The most severe
    finding stays, then the one of the highest layer (a city's own rule says
    more than a built-in one), then the first rule by id, with every rule's
    better wordings; the item's count on the checklist counts it once.
    `findings`: each finding with the rule that made it."""
    def precedence(pair: tuple[Finding, Rule]) -> tuple:
        f, rule = pair
        return (_SEVERITY_RANK.get(f.severity, len(SEVERITIES)), _LAYER_RANK.get(rule.layer, 0), f.rule)

    kept: dict[tuple[str, int, int], Finding] = {}
    for f, _ in sorted(findings, key=precedence):
        key = (f.item, f.start, f.end)
        first = kept.get(key)
        if first is None:
            kept[key] = f
        elif f.suggestions:
            more = tuple(s for s in f.suggestions if s not in first.suggestions)
            if more:
                kept[key] = dataclasses.replace(first, suggestions=first.suggestions + more)
    return list(kept.values())


def _without_doubled_fallbacks(findings: list[tuple[Finding, Rule]]) -> list[tuple[Finding, Rule]]:
    """(finding, its rule) pairs, less each fallback rule's finding that a
    finding of the same item by another rule overlaps (rule field `fallback`)."""
    firm: dict[str, list[Finding]] = {}
    for f, rule in findings:
        if not rule.fallback:
            firm.setdefault(f.item, []).append(f)
    return [(f, rule) for f, rule in findings
            if not rule.fallback or not any(g.start < f.end and f.start < g.end for g in firm.get(f.item, ()))]
