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

A paragraph validator may also have ``notes``: ``notes(paragraph_doc, start,
end)`` says more about one of its findings than its rule's message can (the
learned model's validators name the words that weighed most); the engine
asks it only for the findings a check reports, and adds what it says to the
finding's message.
"""

from __future__ import annotations

from .registry import (VALIDATOR_FACTS, VALIDATOR_NEEDS, VALIDATOR_NOTES, VALIDATOR_SCOPES, VALIDATORS,  # noqa: F401
                       Span, Validator, any_of, declare_needs, validator)

# Importing the detector modules registers their validators, grouped here by
# the checklist item they serve (docs/design.md has the same table; a module
# may serve more than one item).
from . import figures_breakdown  # noqa: E402,F401  5.4 a total against its 内訳 or うち list (any counter)
from . import (  # noqa: E402,F401
    conduct,  # 5.1 staff conduct, 5.2 law and side business, 5.5 replies to critics
    persons, contact,  # 5.3 private persons, phone numbers, addresses, e-mail
    dates,  # 5.4 dates, weekdays, holidays, times
    figures_amounts, figures_averages, figures_hundred_percent,  # 5.4 figures that contradict
    figures_listed_count, figures_part_of_whole, figures_places_left,  # each other
    figures_ratios, figures_records, figures_shares, figures_thresholds,  # (shared reading of a
    figures_told_twice, figures_totals, figures_trends, figures_units,  # figure: figures_common.py)
    contempt, spelled_out,  # 5.6.1 insults, 5.6.2 discrimination
    illegal_acts,  # 5.6.3 illegal acts (also 5.1, 5.2, 5.6.6)
    hearsay_clause_final, hearsay_rashii, hearsay_reported, hearsay_rumour_words, hearsay_sou,  # 5.6.4
    urls,  # 5.6.5 links
    public_order,  # 5.6.6 public order
    deliberation,  # 6.1 matters under deliberation
    insider_guess,  # 6.2 staff guesses about the city
    confidential,  # 6.3.1 secrets
    rights,  # 6.3.2 rights of the city and others
    network,  # 6.3.3 security
    learned,  # the learned sentence model, one validator per item it backs up
)
