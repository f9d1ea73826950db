"""The registry of named validators: the decorator a detector module
registers with (``@validator("phone_number", scope="paragraph")``) and the
tables the rule set and the engine read (VALIDATORS, VALIDATOR_SCOPES,
VALIDATOR_FACTS, VALIDATOR_NEEDS, VALIDATOR_NOTES).

It is a module of its own, below every detector, so that a detector module
imports only what it needs from below it; the package's __init__.py imports
every detector module once, which fills the tables (see its docstring for
what a validator is and what its scope means).
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
# name -> note(paragraph_doc, start, end): what the validator can say about
# one of its findings beyond its rule's message (the learned model names the
# words that weighed most), or None.  Asked only for the findings a check
# reports, with offsets into the paragraph's normalized text.
VALIDATOR_NOTES: dict[str, Callable] = {}


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


def validator(name: str, scope: str = "text", needs: tuple = (), facts: Callable | None = None,
              notes: Callable | None = None):
    if scope not in ("text", "paragraph"):
        raise ValueError(f"validator scope must be 'text' or 'paragraph', not {scope!r}")
    if facts is not None and scope != "paragraph":
        raise ValueError("facts are for validators with scope='paragraph'")
    if notes is not None and scope != "paragraph":
        raise ValueError("notes are for validators with scope='paragraph'")

    def register(func: Validator) -> Validator:
        VALIDATORS[name] = func
        VALIDATOR_SCOPES[name] = scope
        VALIDATOR_NEEDS[name] = tuple(needs)
        if facts is not None:
            VALIDATOR_FACTS[name] = facts
        else:
            VALIDATOR_FACTS.pop(name, None)
        if notes is not None:
            VALIDATOR_NOTES[name] = notes
        else:
            VALIDATOR_NOTES.pop(name, None)
        return func
    return register
