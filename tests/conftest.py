"""Shared fixtures.  Every test runs with its own empty config and data
folders, so a developer's own rules or the machine's site rules never leak
into a result."""

from __future__ import annotations

import os

import pytest

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
    from yamaga_desk import paths
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.loader import load_ruleset

    return Engine.build(load_ruleset([("builtin", paths.builtin_rules_dir())]))


@pytest.fixture
def new_process(monkeypatch):
    """Forget what this process remembered in its start-up cache
    (ruleset/build_cache.py), as a new start of the app would."""
    from yamaga_desk.ruleset import build_cache

    def restart():
        monkeypatch.setattr(build_cache, "_cache", None)
    restart()
    return restart
