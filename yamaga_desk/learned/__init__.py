"""A learned detector next to the rules: one logistic regression per
checklist item over the words of each sentence (features.py), trained on
the labelled drafts (train.py, needs the `train` extra), shipped as data in
rules/learned/ and scored in pure Python (sentence_model.py).  Rules name it
through the validators in validators/learned.py."""

# The checklist items the model ships for: one rule each in rules/learned.toml
# and one validator each in validators/learned.py, and what train.py learns
# by default.  Why these and not the others: docs/design.md ("The learned
# sentence model").  Kept here so the app reads it without importing train
# (which needs scikit-learn).
SHIPPED_ITEMS = ("5.1", "5.2", "5.5", "5.6.1", "5.6.2", "5.6.3", "5.6.6", "6.1", "6.3.1", "6.3.2", "6.3.3")
