"""Named validators: detectors written in code for things a word list cannot
catch (phone numbers, dates and weekdays, URLs, passwords...).

A rule names one with ``validator = "phone_number"``.  A validator takes the
Document and yields (start, end) spans of the normalized text; the rule around
it supplies item, severity, message, exceptions and examples.

Where a validator runs (``scope``), so that re-checking after an edit redoes
as little as possible:

- "paragraph": its spans in a paragraph depend on that paragraph alone; the
  engine runs it per paragraph and keeps the result while the paragraph is
  unchanged.
- "paragraph" with ``facts``: its spans in a paragraph depend on the
  paragraph and on a few things about the rest of the draft ("the draft
  warns against the act somewhere", "the 40 characters before the
  paragraph").  ``facts(draft, start, end)`` returns those things as a
  hashable value for the paragraph draft.text[start:end]; the validator is
  called as ``func(paragraph_doc, facts)`` and its result is kept while the
  paragraph and its facts are unchanged.  Facts must be cheap: they are
  computed for every paragraph at every check.
- "text" (the default): it may look anywhere in the draft and runs on the
  whole draft at every check.
"""

from __future__ import annotations

from typing import Callable, Iterable

Span = tuple[int, int]
Validator = Callable[["Document"], Iterable[Span]]  # noqa: F821

VALIDATORS: dict[str, Validator] = {}
VALIDATOR_SCOPES: dict[str, str] = {}  # "paragraph" | "text" (see above)
# name -> facts(draft_doc, start, end) for paragraph validators that need them
VALIDATOR_FACTS: dict[str, Callable] = {}
# Patterns every span of the validator depends on: when one of them provably
# cannot match a text (none of its required literals occurs: one scan for all
# validators, prefilter.py), the engine does not call the validator
# on that text.  Most drafts hold the trigger words of few validators.
VALIDATOR_NEEDS: dict[str, tuple] = {}


def any_of(*patterns):
    """One `needs` entry met where ANY of `patterns` may match (each entry of
    `needs` must be met): for a validator whose spans each come from one of
    several patterns.  Only its literals are used (prefilter.py), so
    the patterns are joined as alternatives, never run."""
    from ..lazy_regex import compile as lazy_compile

    flags = {p.flags for p in patterns}
    if len(flags) != 1:
        raise ValueError("any_of: the patterns must have the same flags")
    return lazy_compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())


def declare_needs(name: str, *needs) -> None:
    """`needs` of the registered validator `name`, for patterns defined below
    the validator in its module."""
    if name not in VALIDATORS:
        raise ValueError(f"no validator {name!r}")
    VALIDATOR_NEEDS[name] = tuple(needs)


def validator(name: str, scope: str = "text", needs: tuple = (), facts: Callable | None = None):
    if scope not in ("text", "paragraph"):
        raise ValueError(f"validator scope must be 'text' or 'paragraph', not {scope!r}")
    if facts is not None and scope != "paragraph":
        raise ValueError("facts are for validators with scope='paragraph'")

    def register(func: Validator) -> Validator:
        VALIDATORS[name] = func
        VALIDATOR_SCOPES[name] = scope
        VALIDATOR_NEEDS[name] = tuple(needs)
        if facts is not None:
            VALIDATOR_FACTS[name] = facts
        else:
            VALIDATOR_FACTS.pop(name, None)
        return func
    return register


# Importing the modules registers their validators.
from . import conduct, confidential, contact, contempt, dates, deliberation, hearsay_clause_final, hearsay_rashii, hearsay_reported, hearsay_rumour_words, hearsay_sou, illegal_acts, insider_guess, learned, network, persons, public_order, rights, spelled_out, urls  # noqa: E402,F401
# 5.4's checks on figures, one module per way figures contradict each other
# (their shared reading of a figure is figures_common.py).
from . import (  # noqa: E402,F401
    figures_amounts,
    figures_averages,
    figures_hundred_percent,
    figures_listed_count,
    figures_part_of_whole,
    figures_places_left,
    figures_ratios,
    figures_records,
    figures_shares,
    figures_thresholds,
    figures_told_twice,
    figures_totals,
    figures_trends,
)
