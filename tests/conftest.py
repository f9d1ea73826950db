"""Shared fixtures.  Every test runs with its own empty config and data
folders, so a developer's own rules or the machine's site rules never leak
into a result."""

from __future__ import annotations

import os
import textwrap

import pytest

from yamaga_desk import paths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("YAMAGA_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("YAMAGA_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("YAMAGA_DESK_SITE_DIR", raising=False)
    yield tmp_path


@pytest.fixture(scope="session")
def engine():
    """The engine with the built-in rules only."""
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.loader import load_ruleset

    return Engine.build(load_ruleset([("builtin", paths.builtin_rules_dir())]))


@pytest.fixture(scope="session")
def joined_draft():
    """joined_draft(text): the draft's Document as Engine.check builds it,
    paragraphs normalized one by one and joined (what the validators that
    read the whole draft see)."""
    from yamaga_desk.analysis.document import Document
    from yamaga_desk.text.normalize import Joined, normalize, paragraphs

    def build(text: str) -> Document:
        pieces, at = [], 0
        for offset, paragraph in paragraphs(text):
            norm = normalize(paragraph)
            pieces.append((offset, at, norm))
            at += len(norm.text)
        return Document(pieces[0][2] if len(pieces) == 1 else Joined(text, pieces), None)
    return build


@pytest.fixture
def new_process(monkeypatch):
    """Forget what this process remembered in its start-up cache
    (ruleset/startup_cache.py), as a new start of the app would."""
    from yamaga_desk import startup_cache

    def restart():
        monkeypatch.setattr(startup_cache, "_cache", None)
    restart()
    return restart


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
