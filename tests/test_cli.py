"""The command line through a real subprocess: the exact contract other
tools rely on (formats, offsets, encodings, exit status, messages)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

INSULT = "今日の窓口の人、マジでﾊﾞｶなの？😡"


def run(*args, stdin: bytes | None = None, env_extra=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    proc = subprocess.run(
        [sys.executable, "-m", "yamaga_desk", *args],
        input=stdin, capture_output=True, env=env, timeout=120,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def draft(tmp_path):
    def make(content: bytes | str, name="draft.txt"):
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)
    return make


def test_text_format_one_line_per_finding_with_line_and_column(draft):
    code, out, err = run("check", draft("一行目です。\r\n" + INSULT))
    assert code == 1  # an error finding
    line = [l for l in out.splitlines() if "5.6.1" in l][0]
    assert line.startswith("2:12 5.6.1 error 「ﾊﾞｶ」 ")
    assert "5(6)①" in line


def test_json_offsets_are_code_points_into_the_decoded_text(draft):
    text = "😡😡" + INSULT
    code, out, _ = run("check", "--format", "json", draft(text))
    data = json.loads(out)
    assert data["version"] == 1
    assert set(data) == {"version", "findings", "checklist"}
    [f] = [f for f in data["findings"] if f["item"] == "5.6.1"]
    assert set(f) == {"rule", "item", "severity", "start", "end", "excerpt", "message", "suggestions"}
    assert text[f["start"]:f["end"]] == f["excerpt"] == "ﾊﾞｶ"
    assert [c["item"] for c in data["checklist"]][:3] == ["5.1", "5.2", "5.3"]
    assert len(data["checklist"]) == 16
    entry = {c["item"]: c for c in data["checklist"]}["5.6.1"]
    assert entry["status"] == "flagged" and entry["count"] == 1 and entry["title"]


def test_findings_sorted_by_start(draft):
    _, out, _ = run("check", "--format", "json", draft("死ね。" + INSULT + " 192.168.1.10"))
    starts = [f["start"] for f in json.loads(out)["findings"]]
    assert starts == sorted(starts) and len(starts) >= 3


def test_clean_draft_exits_zero(draft):
    code, out, err = run("check", draft("夏はバカンスで山鹿温泉へ。素晴らしい景色でした。"))
    assert (code, out, err) == (0, "", "")


def test_stdin_and_platform(draft):
    code, out, _ = run("check", "--platform", "x", "--format", "json", "-", stdin=INSULT.encode())
    assert code == 1 and json.loads(out)["findings"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_encodings_detected_and_crlf_kept(draft, encoding):
    text = "お知らせ\r\n窓口の人、マジでバカなの？"
    path = draft(text.encode(encoding))
    _, out, _ = run("check", "--format", "json", path)
    [f] = [f for f in json.loads(out)["findings"] if f["item"] == "5.6.1"]
    assert text[f["start"]:f["end"]] == "バカ"  # offsets count the \r


def test_missing_file_directory_binary_and_undecodable(draft, tmp_path):
    cases = {
        str(tmp_path / "nope.txt"): "見つかりません",
        str(tmp_path): "フォルダー",
        draft(b"\x00\x01\x02\x03" * 50, "a.bin"): "テキストファイルではありません",
        draft(b"\x81\x39\xff\xfe\x80" * 10, "b.txt"): "文字コード",
    }
    for path, words in cases.items():
        code, out, err = run("check", path)
        assert code == 2, path
        assert out == ""
        assert path in err and words in err
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_usage_error_exits_two():
    code, _, err = run("check", "--platform", "myspace", "-")
    assert code == 2 and "Traceback" not in err


def test_jsonl_checks_every_line_and_reports_bad_ones(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": INSULT}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "text": "素晴らしい一日でした", "platform": "instagram"}, ensure_ascii=False),
        json.dumps({"id": "c"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("check", "--jsonl", str(path))
    outputs = [json.loads(l) for l in out.splitlines()]
    assert [o["id"] for o in outputs] == ["a", "b"]
    assert outputs[0]["findings"] and outputs[1]["findings"] == []
    assert f"{path}:2:" in err and f"{path}:4:" in err
    assert code == 2


def test_jsonl_from_stdin_many_drafts():
    drafts = "".join(json.dumps({"id": str(i), "text": f"第{i}回 灯籠まつり"}, ensure_ascii=False) + "\n"
                     for i in range(300))
    code, out, _ = run("check", "--jsonl", "-", stdin=drafts.encode())
    assert code == 0 and len(out.splitlines()) == 300


def test_output_is_utf8_even_when_piped_with_another_locale(draft):
    code, out, _ = run("check", draft(INSULT), env_extra={"PYTHONIOENCODING": "latin-1", "LANG": "C"})
    assert "ﾊﾞｶ" in out


def test_rules_validate_and_list(tmp_path):
    code, out, _ = run("rules", "validate")
    assert code == 0 and "OK" in out
    code, out, _ = run("rules", "list")
    rows = [l.split("\t") for l in out.splitlines()]
    assert code == 0 and {r[0] for r in rows} >= {"5.6.1", "6.3.3"}
    assert all(r[2] in ("error", "warning", "info") and r[3].startswith("builtin:") for r in rows)


def test_rules_validate_reports_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "x"\nitem = "5.6.1"\nseverity = "fatal"\n', encoding="utf-8")
    code, out, _ = run("rules", "validate", str(bad))
    assert code == 2
    assert f"{bad}:4:" in out  # the severity line


CITY_RULES = """
[[rule]]
id = "city-insult-at-the-counter"
item = "5.1"
severity = "warning"
message = "窓口の市民をおとしめる書き方です（ガイドライン5(1)）。"
matches_like = "insult-word"
requires = ["窓口"]
[rule.examples]
match = ["窓口に来た人、ほんとバカ"]
no_match = ["窓口は9時からです", "バカンスの相談に窓口へ"]
"""


def test_rules_validate_reads_a_city_file_on_top_of_the_installed_rules(tmp_path):
    """An administrator checks the city's own file alone, as docs/rules.md
    shows: a rule of it that borrows a built-in rule's words (matches_like)
    works, and only that file's rules and problems are reported."""
    city = tmp_path / "city.toml"
    city.write_text(CITY_RULES, encoding="utf-8")
    code, out, _ = run("rules", "validate", str(city))
    assert code == 0 and "OK: 規則 1 件、ファイル 1 件" in out
    city.write_text(CITY_RULES.replace('"insult-word"', '"no-such-rule"'), encoding="utf-8")
    code, out, _ = run("rules", "validate", str(city))
    assert code == 2 and f"{city}:2: matches_like の規則「no-such-rule」がありません" in out
    assert "rules/" not in out  # (the installed files' own state is not this file's)


def test_rules_validate_checks_a_built_in_file_alone():
    """A built-in file whose rules borrow from another built-in file."""
    from yamaga_desk import paths

    code, out, _ = run("rules", "validate", str(paths.builtin_rules_dir() / "5.1-conduct.toml"))
    assert code == 0, out
    assert "ファイル 1 件に問題はありません" in out


def test_installed_program_runs_console_main():
    """The `yamaga-desk` program leaves quickly after `check` (console_main);
    main() stays the plain function tests and scripts call."""
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["scripts"]["yamaga-desk"] == "yamaga_desk.cli:console_main"


def test_check_delivers_every_line_through_a_pipe_before_leaving(tmp_path):
    # ~1 MB of JSON, far more than a pipe holds: the quick exit after `check`
    # must flush all of it and keep the exit status (1: error findings).
    drafts = "".join(json.dumps({"id": str(i), "text": f"{i}回目。{INSULT}"}, ensure_ascii=False) + "\n"
                     for i in range(400))
    code, out, err = run("check", "--jsonl", "-", stdin=drafts.encode())
    lines = out.splitlines()
    assert code == 1, err
    assert len(out.encode()) > 200_000
    assert [json.loads(line)["id"] for line in lines] == [str(i) for i in range(400)]
    assert all(any(f["item"] == "5.6.1" for f in json.loads(line)["findings"]) for line in lines)


def test_check_writes_the_start_up_cache_before_leaving(tmp_path, draft):
    data = tmp_path / "data-of-this-run"
    code, _, _ = run("check", draft("本日の灯籠まつりは予定どおり開催します。"),
                     env_extra={"YAMAGA_DESK_DATA_DIR": str(data)})
    assert code == 0
    assert (data / "rule-cache.bin").stat().st_size > 10_000


def test_only_the_check_of_one_draft_runs_without_the_garbage_collector(monkeypatch, draft):
    """console_main turns the cyclic collector off for a one-draft check
    (start-up time); the app, a --jsonl batch and every other command run
    long and must get it back before they start."""
    import gc

    from yamaga_desk import cli

    seen: dict[str, bool] = {}

    def recording(name):
        def command(args):
            seen[name] = gc.isenabled()
            return 0
        return command

    monkeypatch.setattr(cli, "cmd_check", recording("check"))
    monkeypatch.setattr(cli, "cmd_rules_list", recording("rules list"))
    monkeypatch.setattr(cli, "cmd_evaluate", recording("evaluate"))
    monkeypatch.setattr(cli, "cmd_gui", recording("gui"))
    was_enabled = gc.isenabled()
    try:
        for argv, name in ((["check", draft("灯籠まつり")], "check"), (["check", "--jsonl", "-"], "jsonl"),
                           (["rules", "list"], "rules list"), (["evaluate", "x.jsonl"], "evaluate"), ([], "gui")):
            if name == "jsonl":
                monkeypatch.setattr(cli, "cmd_check", recording("jsonl"))
            gc.disable()
            cli._run(argv, before=cli._collect_unless_one_draft)
    finally:
        (gc.enable if was_enabled else gc.disable)()
    assert seen == {"check": False, "jsonl": True, "rules list": True, "evaluate": True, "gui": True}


def test_prepare_leaves_nothing_for_the_first_check_to_compile(tmp_path):
    """The installer runs `yamaga-desk prepare`; the first check after it, of
    a long draft of many kinds of wording, finds everything it needs in the
    start-up cache: it writes nothing new there (it computed nothing)."""
    env = {"YAMAGA_DESK_DATA_DIR": str(tmp_path / "data")}
    code, out, err = run("prepare", env_extra=env)
    assert code == 0 and "準備ができました" in out, err
    cache_file = tmp_path / "data" / "rule-cache.bin"
    before = cache_file.stat().st_mtime_ns, cache_file.stat().st_size
    corpus = os.path.join(os.path.dirname(__file__), "data", "corpora", "independent-a.jsonl")
    with open(corpus, encoding="utf-8") as f:
        long_draft = "\n\n".join(json.loads(line)["text"] for line in f if line.strip())
    draft = tmp_path / "long.txt"
    draft.write_text(long_draft, encoding="utf-8")
    code, out, err = run("check", str(draft), env_extra=env)
    assert code == 1 and out.count("\n") > 50, err  # (a draft full of findings)
    assert (cache_file.stat().st_mtime_ns, cache_file.stat().st_size) == before


def test_prepare_says_so_when_it_cannot_save(tmp_path):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("", encoding="utf-8")
    code, out, err = run("prepare", env_extra={"YAMAGA_DESK_DATA_DIR": str(blocker / "data")})
    assert code == 1 and "準備ができました" not in out
    assert "保存できませんでした" in err and "a file, not a folder" in err and "Traceback" not in err
