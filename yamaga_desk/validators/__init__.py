"""Named validators: detectors written in code for things a word list cannot
catch (phone numbers, dates and weekdays, URLs, passwords...).

A rule names one with ``validator = "phone_number"``.  A validator takes the
Document and yields (start, end) spans of the normalized text; the rule around
it supplies item, severity, message, exceptions and examples.
"""

from __future__ import annotations

from typing import Callable, Iterable

Span = tuple[int, int]
Validator = Callable[["Document"], Iterable[Span]]  # noqa: F821

VALIDATORS: dict[str, Validator] = {}
# "paragraph": the validator's spans in a paragraph depend on that paragraph
# alone (plus the platform and today), so the engine runs it per paragraph
# and reuses the result while the paragraph is unchanged.  "text" (the
# default): it may look anywhere in the draft and runs on every check.
VALIDATOR_SCOPES: dict[str, str] = {}
# Patterns every span of the validator depends on: when one of them provably
# cannot match a text (none of its required literals occurs: one scan for all
# validators, ruleset/prefilter.py), the engine does not call the validator
# on that text.  Most drafts hold the trigger words of few validators.
VALIDATOR_NEEDS: dict[str, tuple] = {}


def validator(name: str, scope: str = "text", needs: tuple = ()):
    if scope not in ("text", "paragraph"):
        raise ValueError(f"validator scope must be 'text' or 'paragraph', not {scope!r}")

    def register(func: Validator) -> Validator:
        VALIDATORS[name] = func
        VALIDATOR_SCOPES[name] = scope
        VALIDATOR_NEEDS[name] = tuple(needs)
        return func
    return register


# Importing the modules registers their validators.
from . import conduct, confidential, contact, contempt, dates, deliberation, figures, hearsay, illegal_acts, network, persons, public_order, rights, urls  # noqa: E402,F401
