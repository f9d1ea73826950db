"""Rule layers: built-in < site < user.  A layer adds rules, disables rules
by id and adds allow-list words; a broken file is skipped with file:line and
everything else keeps working."""

from __future__ import annotations

import textwrap

import pytest

from yamaga_desk import paths
from yamaga_desk.engine import Engine
from yamaga_desk.ruleset.loader import load_ruleset

RULE = """
[[rule]]
id = "site-nickname"
item = "5.6.1"
severity = "error"
message = "職場で禁止されているあだ名です（ガイドライン5(6)①）。"
words = ["ポンコツ課長"]
[rule.examples]
match = ["またポンコツ課長が来た"]
no_match = ["課長が来た"]
"""


def write(folder, name, body):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")


def engine_now() -> Engine:
    return Engine.build(load_ruleset())


def excerpts(engine, text):
    return [(f.rule, f.excerpt) for f in engine.check(text).findings]


def test_site_layer_adds_a_rule():
    write(paths.site_config_dir() / "rules", "city.toml", RULE)
    # A built-in 5.6.1 rule flags the same words as severely: the one finding
    # shown is the city's own, with its message.
    assert ("site-nickname", "ポンコツ課長") in excerpts(engine_now(), "またポンコツ課長が来た")


def test_layer_precedence_is_the_order_of_the_layer_folders():
    from yamaga_desk.ruleset.model import LAYERS

    assert tuple(name for name, _ in paths.rule_layers()) == LAYERS


def test_user_layer_disables_a_rule_by_id():
    text = "マジでバカなの？"
    assert any(r == "insult-word" for r, _ in excerpts(engine_now(), text))
    write(paths.user_config_dir() / "rules", "mine.toml", 'disable = ["insult-word"]\n')
    assert not any(r == "insult-word" for r, _ in excerpts(engine_now(), text))


def test_allow_list_word_is_never_flagged_but_the_same_word_elsewhere_is():
    # A colleague's surname that contains a word a rule flags.
    write(paths.site_config_dir() / "rules", "allow.toml", '[allow]\nwords = ["馬鹿山"]\n')
    found = excerpts(engine_now(), "馬鹿山さんと会議。あいつは馬鹿だ")
    assert [e for _, e in found if "馬鹿" in e] == ["馬鹿"]
    assert all(not e.startswith("馬鹿山") for _, e in found)


def test_user_rule_with_same_id_replaces_the_site_rule():
    write(paths.site_config_dir() / "rules", "city.toml", RULE)
    write(paths.user_config_dir() / "rules", "mine.toml", RULE.replace("error", "info"))
    engine = engine_now()
    [rule] = [r for r in engine.ruleset.rules if r.id == "site-nickname"]
    assert rule.severity == "info" and rule.layer == "user"


def test_broken_toml_is_skipped_with_file_and_line_and_other_rules_work():
    write(paths.user_config_dir() / "rules", "broken.toml", 'disable = ["x"\n[[rule]]\nid = 3\n')
    engine = engine_now()
    [problem] = [p for p in engine.ruleset.problems if p.path.endswith("broken.toml")]
    assert problem.line >= 1 and "TOML" in problem.message
    assert engine.check("マジでバカなの？").findings  # built-in rules unaffected


def test_bad_rule_is_skipped_alone_with_its_line():
    body = RULE + RULE.replace("site-nickname", "bad-one").replace('item = "5.6.1"', 'item = "9.9"')
    write(paths.site_config_dir() / "rules", "city.toml", body)
    engine = engine_now()
    ids = {r.id for r in engine.ruleset.rules}
    assert "site-nickname" in ids and "bad-one" not in ids
    [problem] = engine.ruleset.problems
    assert problem.path.endswith("city.toml")
    assert problem.line == body.count("\n", 0, body.index('item = "9.9"')) + 1 - 0  # the item line
    assert "9.9" in problem.message


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)+$", "(x*)*y", "(a)\\1"])
def test_backtracking_regex_in_a_site_file_is_refused(pattern):
    rule = RULE.replace('words = ["ポンコツ課長"]', f"patterns = ['{pattern}']")
    write(paths.site_config_dir() / "rules", "city.toml", rule)
    engine = engine_now()
    assert "site-nickname" not in {r.id for r in engine.ruleset.rules}
    assert any("正規表現" in p.message for p in engine.ruleset.problems)
    # and the checker still answers promptly on the text that would hang it
    engine.check("a" * 5000 + "!")


def test_rule_without_examples_does_not_load():
    body = RULE.split("[rule.examples]")[0]
    write(paths.site_config_dir() / "rules", "city.toml", body)
    engine = engine_now()
    assert "site-nickname" not in {r.id for r in engine.ruleset.rules}
    assert any("examples" in p.message for p in engine.ruleset.problems)


def test_unknown_validator_and_field_are_reported():
    body = RULE.replace('words = ["ポンコツ課長"]', 'validator = "nope"\ncolour = "red"')
    write(paths.site_config_dir() / "rules", "city.toml", body)
    messages = " ".join(p.message for p in engine_now().ruleset.problems)
    assert "nope" in messages and "colour" in messages


FOLLOWER = """
[[rule]]
id = "site-nickname-as-harassment"
item = "5.1"
severity = "warning"
message = "同僚をあだ名でからかうのは職員としての品位に反します（ガイドライン5(1)）。"
matches_like = "{target}"
[rule.examples]
match = ["またポンコツ課長が来た"]
no_match = ["課長が来た"]
"""


def test_a_rule_can_react_to_what_another_rule_reacts_to():
    """matches_like: one word list, two checklist items (and two messages)."""
    write(paths.site_config_dir() / "rules", "city.toml", RULE + FOLLOWER.format(target="site-nickname"))
    found = {(f.rule, f.item, f.excerpt) for f in engine_now().check("またポンコツ課長が来た").findings}
    # (5.1 findings underline their sentence: see rules/checklist.toml)
    assert {("site-nickname", "5.6.1", "ポンコツ課長"), ("site-nickname-as-harassment", "5.1", "またポンコツ課長が来た")} <= found


def test_matches_like_an_unknown_rule_is_reported_with_its_line():
    write(paths.site_config_dir() / "rules", "city.toml", FOLLOWER.format(target="no-such-rule"))
    ruleset = load_ruleset()
    assert "site-nickname-as-harassment" not in {r.id for r in ruleset.rules}
    assert any("city.toml:2" in str(p) and "no-such-rule" in str(p) for p in ruleset.problems)


def test_matches_like_with_words_of_its_own_is_refused():
    body = FOLLOWER.format(target="site-nickname").replace('matches_like', 'words = ["課長"]\nmatches_like')
    write(paths.site_config_dir() / "rules", "city.toml", RULE + body)
    ruleset = load_ruleset()
    assert "site-nickname-as-harassment" not in {r.id for r in ruleset.rules}
    assert any("matches_like" in str(p) for p in ruleset.problems)
