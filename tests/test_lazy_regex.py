"""Regexes compiled on first use, from compiled code the start-up cache
remembers (lazy_regex.py): the pattern a check runs must be exactly the one
re.compile would give, in the process that compiled it and in the next one."""

from __future__ import annotations

import re

import pytest

from yamaga_desk import lazy_regex, paths
from yamaga_desk.engine import Engine
from yamaga_desk import startup_cache
from yamaga_desk.ruleset.loader import load_ruleset



def cache_file_data() -> dict:
    """The cache file's answers by kind."""
    return startup_cache.file_answers(paths.user_data_dir() / startup_cache.FILE_NAME)


def test_every_pattern_of_rules_and_validators_compiles_equal_to_re_compile(new_process):
    Engine.build(load_ruleset())  # every rule's pattern, besides the validators'
    sources = {(p.pattern, p.flags) for p in lazy_regex._ALL}
    assert len(sources) > 1000
    for pattern, flags in sources:  # computed here, and remembered
        assert lazy_regex.compile_remembered(pattern, flags) == re.compile(pattern, flags), pattern
    startup_cache.cache().save()
    new_process()
    startup_cache.cache().load()
    assert len(startup_cache.cache().answers["sre"]) >= len(sources)
    for pattern, flags in sources:  # read from the file (pattern objects compare by their code)
        assert lazy_regex.compile_remembered(pattern, flags) == re.compile(pattern, flags), pattern


def test_groups_flags_and_matches_survive_the_cache(new_process):
    source = r"(?P<year>\d{4})年(?:(\d{1,2})月)?"
    lazy_regex.compile_remembered(source, re.IGNORECASE)
    startup_cache.cache().save()
    new_process()
    startup_cache.cache().load()
    pattern = lazy_regex.compile_remembered(source, re.IGNORECASE)
    m = pattern.search("令和は2026年11月です")
    assert (m.group("year"), m.group(2), m.span()) == ("2026", "11", (3, 11))
    assert pattern.groupindex == {"year": 1} and pattern.groups == 2
    assert pattern.flags == re.compile(source, re.IGNORECASE).flags


def test_broken_remembered_code_falls_back_to_compiling(new_process):
    source = "灯籠(?:まつり|祭り)"
    cache = startup_cache.cache()
    key = lazy_regex._key(source, 0)
    flags, code, groups, groupindex, indexgroup = lazy_regex._sre_arguments(key)
    cache.answers["sre"][key] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    pattern = lazy_regex.compile_remembered(source)
    assert pattern == re.compile(source)
    assert pattern.search("山鹿灯籠まつり").group() == "灯籠まつり"


def test_a_bad_pattern_still_raises_its_error():
    with pytest.raises(re.error):
        lazy_regex.compile("(未完").search("未完")


def test_a_run_keeps_what_an_earlier_run_compiled(new_process):
    first = lazy_regex.compile("一回目の(?:下書き|投稿)")
    first.search("")
    startup_cache.cache().save()
    new_process()
    startup_cache.cache().load()
    lazy_regex.compile("二回目の(?:下書き|投稿)").search("")
    startup_cache.cache().save()
    remembered = cache_file_data()["sre"]
    assert lazy_regex._key("一回目の(?:下書き|投稿)", 0) in remembered
    assert lazy_regex._key("二回目の(?:下書き|投稿)", 0) in remembered


def test_closing_the_app_keeps_the_regexes_its_checks_compiled(new_process):
    """The window's checks compile patterns too: leaving the app writes them
    down, so the next start of the app or the command line skips compiling."""
    from yamaga_desk.gui.app import _remember_compiled_rules

    lazy_regex.compile("窓口で(?:見た|聞いた)話").search("")
    _remember_compiled_rules()
    assert lazy_regex._key("窓口で(?:見た|聞いた)話", 0) in cache_file_data()["sre"]


def test_remember_code_works_out_what_the_cache_lacks_in_batches(new_process):
    Engine.build(load_ruleset())
    first = lazy_regex.remember_code(limit=10)
    assert first > 1000  # a new data folder: most of the ~3,000 patterns were never compiled
    assert lazy_regex.remember_code(limit=10) == first - 10
    assert lazy_regex.remember_code() == 0
    startup_cache.cache().save()
    lacking = lazy_regex.known_keys() - cache_file_data()["sre"].keys()
    for key in lacking:  # only what cannot compile (an earlier test's "(未完")
        with pytest.raises(re.error):
            re.compile(key.split("/", 1)[1])


def test_checks_make_no_new_lazy_patterns():
    """Every LazyPattern exists before the first check: `prepare` can then
    remember them all, and the program's memory does not grow with the words
    of the drafts it checks (a pattern made from a draft's word belongs to
    re.compile and its bounded cache).  Drafts with らしい after many nouns
    made two patterns each."""
    from yamaga_desk.engine import get_engine

    engine = get_engine()
    engine.check("準備")
    before = len(lazy_regex._ALL)
    for noun in ("寸前", "不登校", "公務員", "山鹿"):
        engine.check(f"あの人は{noun}らしいといえば{noun}らしい。{noun}らしいっちゃ{noun}らしいね。")
    assert lazy_regex._ALL[before:] == []


def test_a_pattern_that_cannot_compile_is_not_left_to_prepare_for_ever(new_process):
    """The window prepares until nothing is left (checker_worker.py): a bad
    pattern counted as left kept it working every 20 ms for the session."""
    bad = [lazy_regex.compile("(準備できない"), lazy_regex.compile("[準備できない")]
    Engine.build(load_ruleset())
    lazy_regex.remember_code()
    left = [lazy_regex.remember_code(limit=1) for _ in range(3)]  # as the window's batches
    assert left[-1] == 0
    for pattern in bad:
        with pytest.raises(re.error):
            pattern.search("準備")
