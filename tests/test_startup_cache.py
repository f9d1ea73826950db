"""The start-up cache (startup_cache.py): a second start reuses what
the first computed, and a changed rule file, a foreign or broken cache file
never change what is found or refused."""

from __future__ import annotations

import marshal

import pytest

from yamaga_desk import paths, startup_cache
from yamaga_desk.engine import Engine
from yamaga_desk.ruleset import loader
from yamaga_desk.ruleset.loader import load_ruleset


@pytest.fixture
def guard_calls(monkeypatch):
    calls: list[str] = []
    real = loader.compile_safe

    def counting(pattern):
        calls.append(pattern)
        return real(pattern)
    monkeypatch.setattr(loader, "compile_safe", counting)
    return calls


def test_every_source_the_fingerprint_reads_exists():
    # A moved or renamed module would silently drop out of the fingerprint:
    # edits to it would no longer start the cache afresh.
    missing = [str(p) for p in startup_cache.FINGERPRINT_SOURCES if not p.is_file()]
    assert not missing


def site_excerpts(text: str) -> list[str]:
    engine = Engine.build(load_ruleset())
    return [f.excerpt for f in engine.check(text).findings if f.rule == "site-nickname"]


def test_second_start_reuses_the_cache_and_finds_the_same(new_process, guard_calls, write_rule):
    write_rule("ポンコツ課長")
    first = site_excerpts("またポンコツ課長が来た。課長代理どもめ")
    assert (paths.user_data_dir() / startup_cache.FILE_NAME).is_file()
    assert guard_calls  # the first start checked every pattern
    new_process()
    guard_calls.clear()
    second = site_excerpts("またポンコツ課長が来た。課長代理どもめ")
    assert guard_calls == []  # ... the second one remembered the verdicts
    assert first == second == ["ポンコツ課長", "課長代理ども"]


def test_edited_rule_file_is_compiled_afresh(new_process, write_rule):
    write_rule("ポンコツ課長")
    assert site_excerpts("またポンコツ課長が来た") == ["ポンコツ課長"]
    new_process()
    write_rule("ダメ部長", "部長代理ども")
    assert site_excerpts("またポンコツ課長が来た") == []
    assert site_excerpts("またダメ部長が来た。部長代理どもめ") == ["ダメ部長", "部長代理ども"]
    # A pattern edited into one that could hang the checker is refused,
    # however many safe patterns the cache remembers.
    new_process()
    write_rule("ダメ部長", "(a+)+$")
    engine = Engine.build(load_ruleset())
    assert "site-nickname" not in {r.id for r in engine.ruleset.rules}
    assert any("正規表現" in p.message and "city.toml" in p.path for p in engine.ruleset.problems)


def test_foreign_or_broken_cache_file_is_ignored_and_replaced(new_process, write_rule):
    cache_file = paths.user_data_dir() / startup_cache.FILE_NAME
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    # Written by another version (another fingerprint), claiming an unsafe
    # pattern is safe and a word splits the wrong way: none of it is believed.
    cache_file.write_bytes(marshal.dumps({"fingerprint": "another version", "safe": {"(a+)+$": True},
                                          "words": {"ポンコツ課長": (("ポ", "ポ", "ポ"), ("ン", "ン", "ン"))}}))
    write_rule("ポンコツ課長", "(a+)+$")
    engine = Engine.build(load_ruleset())
    assert "site-nickname" not in {r.id for r in engine.ruleset.rules}
    new_process()
    cache_file.write_bytes(b"\x00not marshal at all")
    write_rule("ポンコツ課長")
    assert site_excerpts("またポンコツ課長が来た") == ["ポンコツ課長"]
    data = startup_cache.file_answers(cache_file)  # replaced by a good one
    assert "課長代理ども" in data["safe"]


def test_rule_set_from_the_cache_equals_the_one_read_from_the_files(new_process, write_rule):
    write_rule("ポンコツ課長")
    bad = paths.site_config_dir() / "rules" / "broken.toml"
    bad.write_text('[[rule]]\nid = "x"\nitem = "5.6.1"\nseverity = "fatal"\n', encoding="utf-8")
    first = load_ruleset()
    startup_cache.cache().save()
    new_process()
    startup_cache.cache().load()
    assert startup_cache.cache().answers["ruleset"]  # the next start reads the rules from the cache...
    second = load_ruleset()
    assert second.rules == first.rules and len(second.rules) > 200  # ...every field of every rule
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert any(f"{bad}:4:" in str(p) for p in second.problems)  # problems keep file and line
    assert (second.allow, second.disabled, second.files) == (first.allow, first.disabled, first.files)
    # An edit in any layer is read afresh.
    bad.write_text('[[rule]]\nid = "x"\nitem = "5.6.1"\nseverity = "error"\n', encoding="utf-8")
    third = load_ruleset()
    assert not any(f"{bad}:4:" in str(p) for p in third.problems)
    assert any(str(bad) in str(p) and "message" in str(p) for p in third.problems)


def test_answers_a_start_did_not_ask_for_survive_its_save(new_process, guard_calls, write_rule):
    """A start that finds its rule set in the cache asks nothing about the
    rule files' TOML; when it saves (a regex it compiled, say), what the
    cache knew about them is kept, so editing one rule file afterwards
    re-reads only that file and re-checks no pattern."""
    write_rule("ポンコツ課長")
    load_ruleset()
    startup_cache.cache().save()
    new_process()
    load_ruleset()
    assert not dict.__contains__(startup_cache.cache().answers, "toml")  # never decoded
    startup_cache.cache()._dirty = True  # as after a check that compiled a new regex
    startup_cache.cache().save()
    new_process()
    (paths.site_config_dir() / "rules" / "more.toml").write_text(
        '[allow]\nwords = ["山鹿太郎"]\n', encoding="utf-8")
    guard_calls.clear()
    ruleset = load_ruleset()  # a new rule set: every file read again, from the cache
    assert "山鹿太郎" in ruleset.allow and "site-nickname" in {r.id for r in ruleset.rules}
    assert guard_calls == []


def test_one_answer_of_thousands_is_read_alone(new_process):
    """A start needs the code of ~100 of ~3,000 regexes: reading one answer
    decodes that one, not the kind (what made a full cache slow to start)."""
    cache = startup_cache.cache()
    for i in range(3000):
        cache.put("sre", f"0/pattern {i}", (0, b"code %d" % i, 0, {}, ()))
    cache.save()
    new_process()
    cache = startup_cache.cache()
    cache.load()
    assert cache.get("sre", "0/pattern 1234", lambda key: pytest.fail("recomputed")) == (0, b"code 1234", 0, {}, ())
    assert len(cache.answers["sre"].values) == 1 and len(cache.answers["sre"]) == 3000


def test_a_cache_file_cut_short_never_gives_a_wrong_answer(new_process):
    cache = startup_cache.cache()
    for i in range(200):
        cache.put("sre", f"0/p{i}", (0, b"x" * i, 0, {}, ()))
        cache.put("norm", f"text {i}", f"normalized {i}")
    cache.save()
    path = cache.path()
    whole = path.read_bytes()
    for cut in (10, len(whole) // 3, len(whole) // 2, len(whole) - 7):
        path.write_bytes(whole[:cut])
        new_process()
        cache = startup_cache.cache()
        cache.load()
        for i in range(0, 200, 7):
            assert cache.get("sre", f"0/p{i}", lambda key: "computed") in ((0, b"x" * i, 0, {}, ()), "computed")
            assert cache.get("norm", f"text {i}", lambda key: "computed") in (f"normalized {i}", "computed")


def test_a_cache_replaced_by_another_run_is_read_on_and_saved_over(new_process):
    """Two runs (the app and a command-line check) share the file: one's save
    does not break what the other reads from it, nor the other's next save."""
    first = startup_cache.cache()
    first.put("sre", "0/first", (0, b"1", 0, {}, ()))
    first.put("sre", "0/shared", (0, b"s", 0, {}, ()))
    first.save()
    new_process()
    second = startup_cache.cache()
    second.load()
    second.get("sre", "0/shared", lambda key: pytest.fail("recomputed"))
    second.put("sre", "0/second", (0, b"2", 0, {}, ()))
    second.save()  # replaces the file the first run still has open
    assert first.get("sre", "0/first", lambda key: pytest.fail("recomputed")) == (0, b"1", 0, {}, ())
    first.put("norm", "more", "more")
    first.save()
    stored = startup_cache.file_answers(first.path())
    assert {"0/first", "0/shared"} <= stored["sre"].keys() and stored["norm"] == {"more": "more"}


def test_asking_while_another_thread_saves_computes_afresh(new_process):
    """A save closes the file it read from before replacing it (Windows
    replaces no open file); a check on another thread asking meanwhile gets
    "not known" and computes the answer, never an error."""
    cache = startup_cache.cache()
    cache.put("sre", "0/kept", (0, b"k", 0, {}, ()))
    cache.put("norm", "text", "normalized")
    cache.save()
    new_process()
    cache = startup_cache.cache()
    cache.load()
    entries = cache.answers["sre"]  # (its index read, no answer yet)
    cache.answers.file.close()  # what save does first, seen from the other thread
    assert cache.get("sre", "0/kept", lambda key: "computed") == "computed"
    assert cache.get("norm", "text", lambda key: "computed") == "computed"
    assert entries["0/kept"] == "computed"
    cache.answers.attach(None)  # (and then no file at all, for a moment)
    assert cache.get("toml", "x", lambda key: "computed") == "computed"
