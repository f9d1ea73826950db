"""The Matcher's tables kept in the start-up cache (ruleset/compiled.py):
a second start takes them from the cache instead of building them, finds
exactly what a built Matcher finds, and never uses tables of other rules."""

from __future__ import annotations

import dataclasses

import pytest

from yamaga_desk.engine import Engine
from yamaga_desk import startup_cache
from yamaga_desk.ruleset.compiled import Matcher
from yamaga_desk.ruleset.loader import load_ruleset


@pytest.fixture
def no_building(monkeypatch):
    """Makes building the tables fail, to prove a start took them from the cache."""
    def refuse():
        monkeypatch.setattr(Matcher, "_build", lambda self, ruleset: pytest.fail("the tables were built"))
    return refuse


def site_excerpts(text: str) -> list[str]:
    engine = Engine.build(load_ruleset())
    return [f.excerpt for f in engine.check(text).findings if f.rule == "site-nickname"]


def test_tables_from_the_cache_find_what_built_tables_find(new_process, no_building):
    built = Engine.build(load_ruleset())
    startup_cache.cache().save()
    new_process()
    no_building()
    cached = Engine.build(load_ruleset())
    assert cached.matcher._tables() == built.matcher._tables()
    drafts = [(text, platform) for cr in built.matcher.rules
              for text in cr.rule.examples_match + cr.rule.examples_no_match
              for platform in (cr.rule.platforms[:1] or (None,))]
    assert len(drafts) > 1000
    for text, platform in drafts:
        assert cached.check(text, platform) == built.check(text, platform), text


def test_an_edited_rule_file_gets_tables_of_its_own(new_process, write_rule):
    write_rule("ポンコツ課長", "課長代理ども")
    assert site_excerpts("またポンコツ課長が来た。課長代理どもめ") == ["ポンコツ課長", "課長代理ども"]
    startup_cache.cache().save()
    new_process()
    write_rule("ダメ部長", "部長代理ども")
    assert site_excerpts("またポンコツ課長が来た。課長代理どもめ") == []
    assert site_excerpts("またダメ部長が来た。部長代理どもめ") == ["ダメ部長", "部長代理ども"]


def test_a_rule_set_changed_after_loading_is_built_afresh(new_process, write_rule):
    write_rule("ポンコツ課長", "課長代理ども")
    Engine.build(load_ruleset())
    startup_cache.cache().save()
    new_process()
    ruleset = load_ruleset()
    # As tests/validators/conftest.py does: every rule replaced after loading.
    ruleset.rules = [dataclasses.replace(r, words=("ヘボ係長",)) if r.id == "site-nickname" else r
                     for r in ruleset.rules]
    found = Engine.build(ruleset).check("またヘボ係長が来た。ポンコツ課長も").findings
    assert [f.excerpt for f in found if f.rule == "site-nickname"] == ["ヘボ係長"]


def test_unreadable_tables_are_built_again(new_process, write_rule):
    write_rule("ポンコツ課長", "課長代理ども")
    Engine.build(load_ruleset())
    startup_cache.cache().save()
    new_process()
    startup_cache.cache().load()
    tables = startup_cache.cache().answers["matcher"]
    assert tables
    for key in tables:
        tables[key] = ("tables", "of", "another", "layout")
    assert site_excerpts("またポンコツ課長が来た。課長代理どもめ") == ["ポンコツ課長", "課長代理ども"]


def test_unreadable_tables_are_replaced_so_the_next_start_need_not_build(new_process, no_building, write_rule):
    write_rule("ポンコツ課長", "課長代理ども")
    Engine.build(load_ruleset())
    startup_cache.cache().save()
    new_process()
    store = startup_cache.cache()
    store.load()
    for key in list(store.answers["matcher"]):
        store.put("matcher", key, ("tables", "of", "another", "layout"))
    store.save()  # unreadable tables on disk
    new_process()
    Engine.build(load_ruleset())  # builds, and remembers good tables in their place
    startup_cache.cache().save()
    new_process()
    no_building()
    assert site_excerpts("またポンコツ課長が来た。課長代理どもめ") == ["ポンコツ課長", "課長代理ども"]


def test_a_cached_start_keeps_what_building_the_tables_needs(new_process, monkeypatch, write_rule):
    """A start with cached tables asks no rule word how it splits; when it
    saves (a regex its check compiled), the words' answers are kept, so the
    first start after a rule edit asks Sudachi about the edited words only."""
    write_rule("ポンコツ課長", "課長代理ども")
    Engine.build(load_ruleset())
    startup_cache.cache().save()
    new_process()
    Engine.build(load_ruleset())
    startup_cache.cache().answers["words"]  # asked for something else (say, a gate's literals)
    startup_cache.cache()._dirty = True  # as after a check that compiled a new regex
    startup_cache.cache().save()
    new_process()
    write_rule("ダメ部長", "部長代理ども")
    from yamaga_desk.ruleset import compiled

    asked: list[str] = []
    real = compiled._real_forms
    monkeypatch.setattr(compiled, "_real_forms", lambda text: asked.append(text) or real(text))
    assert site_excerpts("またダメ部長が来た") == ["ダメ部長"]
    assert asked and set(asked) <= {"ダメ部長", "部長代理ども"}
