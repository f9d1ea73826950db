"""What a rule and a checklist item are, as plain data read from rules/*.toml."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")  # most severe first
# Rule layers, lowest precedence first (paths.rule_layers gives their
# folders): a city's or a user's own rule is more specific than a built-in.
LAYERS = ("builtin", "site", "user")
SCOPES = ("sentence", "text")
# What a finding underlines: the words the rule matched, or the whole
# sentence they sit in (see ruleset/underline.py).
UNDERLINES = ("words", "sentence")


@dataclass(frozen=True)
class Rule:
    id: str
    item: str
    severity: str
    message: str
    source: str  # "builtin:rules/5.6.1-insults.toml:12" — layer, file and line
    layer: str = "builtin"
    # What it matches; a rule needs at least one of these.
    words: tuple[str, ...] = ()  # tokens by lemma / normalized form / reading (kana)
    pos: tuple[str, ...] = ()  # optional part-of-speech prefixes for `words`
    phrases: tuple[str, ...] = ()  # token sequences, tokenized once at load
    patterns: tuple[str, ...] = ()  # regular expressions over normalized text
    validator: str = ""  # named validator implemented in yamaga_desk/validators
    # Match what another rule (by id) matches: its words, pos, phrases,
    # patterns and validator, resolved when the layers are loaded.  One list
    # kept once when the same wording breaks two items (a slur: 5.6.1 and 5.6.2).
    matches_like: str = ""
    # Context around the match.
    requires: tuple[str, ...] = ()  # one of these words must be in scope
    requires_patterns: tuple[str, ...] = ()  # or one of these regexes
    exceptions: tuple[str, ...] = ()  # any of these words in scope cancels
    exception_patterns: tuple[str, ...] = ()  # a match overlapping the finding cancels
    scope: str = "sentence"  # where `requires` and `exceptions` look
    platforms: tuple[str, ...] = ()  # empty: every platform
    underline: str = ""  # "words" | "sentence"; "" (in a file): the item's underline
    # A fallback rule backs the hand rules up and never doubles them: its
    # finding is left out where a finding of the same item by another rule
    # overlaps it (the learned sentence model, rules/learned.toml: the author
    # dismisses one finding per problem, the hand rule's precise words win).
    fallback: bool = False
    suggestions: tuple[str, ...] = ()
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    id: str  # "5.6.1"
    clause: str  # "5(6)①"
    text: str  # the clause, verbatim from the guideline
    title: str  # short Japanese title for the checklist
    kind: str  # "auto" or "review"
    group: str  # "5" or "6"
    # What a finding of this item underlines unless its rule says otherwise:
    # "words", or "sentence" where the sentence is what breaks the item (a
    # disclosure, a brush-off, a boast) and what the author must rewrite.
    underline: str = "words"


@dataclass(frozen=True)
class Problem:
    """A problem in a rule file, reported with file and line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    disabled: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # Set by the loader: (hash of what the rule set was read from, its rules
    # and allow-list as read).  The Matcher's tables are remembered under
    # that hash while the rule set still holds exactly those (compiled.py).
    origin: tuple | None = field(default=None, compare=False, repr=False)
