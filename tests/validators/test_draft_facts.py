"""Building blocks of the validators' facts (validators/draft_facts.py)."""

from __future__ import annotations

from yamaga_desk.validators.draft_facts import remembered_in


def test_a_full_memo_drops_its_older_half_and_keeps_what_was_just_computed():
    # A check that crosses the memo's bound must keep the answers it has just
    # computed: the re-check after an edit asks for the same lines again.
    computed: list[str] = []

    def compute(key: str) -> str:
        computed.append(key)
        return key.upper()

    memo: dict[str, str] = {}
    for k in range(10):
        remembered_in(memo, f"old{k}", compute, size=10)
    assert remembered_in(memo, "new", compute, size=10) == "NEW"
    assert "old0" not in memo and "old9" in memo and "new" in memo
    computed.clear()
    for key in ("old9", "new"):
        remembered_in(memo, key, compute, size=10)
    assert computed == []  # answered from the memo
