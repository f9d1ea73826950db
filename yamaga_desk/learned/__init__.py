"""A learned detector next to the rules: one logistic regression per
checklist item over the words of each sentence (features.py), trained on
the labelled drafts (train.py, needs the `train` extra), shipped as data in
rules/learned/ and scored in pure Python (sentence_model.py).  Rules name it
through the validators in validators/learned.py."""
