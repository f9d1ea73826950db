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


def validator(name: str):
    def register(func: Validator) -> Validator:
        VALIDATORS[name] = func
        return func
    return register


# Importing the modules registers their validators.
from . import confidential, contact, contempt, dates, deliberation, figures, hearsay, illegal_acts, network, persons, rights, urls  # noqa: E402,F401
