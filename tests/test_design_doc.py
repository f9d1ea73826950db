"""docs/design.md tells a newcomer where the detector of each checklist item
lives; the table must say what the rules really use."""

from __future__ import annotations

import re
from pathlib import Path

from yamaga_desk.ruleset.loader import load_checklist, load_ruleset
from yamaga_desk.validators import VALIDATORS

DESIGN = Path(__file__).resolve().parents[1] / "docs" / "design.md"


def _table() -> dict[str, tuple[str, set[str]]]:
    """item -> (rules file, validator modules) from the design table."""
    rows = {}
    for line in DESIGN.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (\d(?:\.\d)+) \| [^|]+ \| (rules/\S+\.toml) \| ([^|]+) \|$", line)
        if m:
            modules = {name.strip().removesuffix(".py") for name in m.group(3).split(",")} - {"—"}
            rows[m.group(1)] = (m.group(2), modules)
    return rows


def test_the_design_table_names_every_items_rules_file_and_validator_modules():
    table = _table()
    assert sorted(table) == sorted(i.id for i in load_checklist())
    used: dict[str, set[str]] = {item: set() for item in table}
    files: dict[str, set[str]] = {item: set() for item in table}
    for rule in load_ruleset().rules:
        if rule.id.startswith("learned-"):
            continue  # the sentence model, named once below the table
        files[rule.item].add(Path(rule.source.split(":", 1)[1].rsplit(":", 1)[0]).name)
        if rule.validator:
            used[rule.item].add(VALIDATORS[rule.validator].__module__.rsplit(".", 1)[-1])
    for item, (rules_file, modules) in table.items():
        assert files[item] == {Path(rules_file).name}, item
        assert used[item] == modules, item
