"""Fixtures of the rule-set tests."""

from __future__ import annotations

import textwrap

import pytest

from yamaga_desk import paths

# A site rule (the city's own layer) whose word and pattern a test varies:
# editing it must give a start-up cache of its own.
SITE_RULE = """
[[rule]]
id = "site-nickname"
item = "5.6.1"
severity = "error"
message = "職場で禁止されているあだ名です（ガイドライン5(6)①）。"
words = ["{word}"]
patterns = ['{pattern}']
[rule.examples]
match = ["また{word}が来た"]
no_match = ["課長が来た"]
"""


@pytest.fixture
def write_rule():
    """write_rule(word, pattern="課長代理ども"): (re)write the site layer's rule file."""
    def write(word: str, pattern: str = "課長代理ども") -> None:
        folder = paths.site_config_dir() / "rules"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "city.toml").write_text(textwrap.dedent(SITE_RULE.format(word=word, pattern=pattern)),
                                          encoding="utf-8")
    return write
