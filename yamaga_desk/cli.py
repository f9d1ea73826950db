"""The command line: the same engine as the app, for scripts, tests and CI.

    yamaga-desk check [--platform P] [--format text|json] FILE|-
    yamaga-desk check --jsonl INPUT|-
    yamaga-desk rules validate [PATH ...]
    yamaga-desk rules list
    yamaga-desk evaluate CORPUS.jsonl [--errors] [--json OUT]
    yamaga-desk prepare               (the installer runs it: see cmd_prepare; exit 1: not saved)
    yamaga-desk gui [FILE]            (also: no arguments)
    yamaga-desk records list|export   (see records_cli.py)

Exit status: 0 no error finding, 1 at least one error finding, 2 usage or
input error.  Messages about bad input go to stderr, one line, naming the
file (and line); never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path

from . import __version__
from .text.encoding import DecodeError, decode

# (The engine and the rules are imported by the commands that use them, once
# console_main has turned the collector off: see there.)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """Bad input: the message is shown to the user as is."""


def _utf8_streams() -> None:
    """Write UTF-8 everywhere, also to a pipe on Windows (which would otherwise
    get the ANSI code page and mangle Japanese), with "\n" line ends so the
    output is the same bytes on every platform."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace", newline="\n")


def _read_input(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        shown = "標準入力"
    else:
        path = Path(name)
        shown = name
        if path.is_dir():
            raise InputError(f"{name}: フォルダーです。チェックする下書きのファイルを指定してください")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: ファイルが見つかりません") from None
        except OSError as exc:
            raise InputError(f"{name}: ファイルを読めません（{exc.strerror}）") from None
    try:
        return decode(data)[0]
    except DecodeError as exc:
        raise InputError(f"{shown}: {exc}") from None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_text(report) -> str:
    out = []
    for f in report.findings:
        line, col = _line_col(report.text, f.start)
        excerpt = f.excerpt.replace("\r", "").replace("\n", "⏎")
        out.append(f"{line}:{col} {f.item} {f.severity} 「{excerpt}」 {f.message}")
    return "\n".join(out)


def cmd_check(args) -> int:
    from .engine import get_engine
    from .startup_cache import cache as startup_cache

    if args.jsonl is not None:
        return _check_jsonl(args)
    if args.file is None:
        raise InputError("チェックするファイル（標準入力なら -）を指定してください")
    text = _read_input(args.file)
    report = get_engine().check(text, args.platform)
    for notice in report.notices:
        print(notice, file=sys.stderr)
    if args.format == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        shown = format_text(report)
        if shown:
            print(shown)
    # The regexes this check compiled are remembered for the next start
    # (lazy_regex.py); written only when there was something new.
    startup_cache().save()
    return EXIT_FINDINGS if report.has_error else EXIT_OK


def cmd_prepare(args) -> int:
    """Compile the rules and remember everything a check would otherwise
    compute on first use (start-up cache), so that the first start after an
    install or an update is as quick as any other.  The installer runs it
    as the user who installs (the cache lives in that user's data folder)."""
    from . import lazy_regex
    from .engine import get_engine
    from .startup_cache import cache as startup_cache

    engine = get_engine()
    engine.check("準備")  # (the learned model's tables, too)
    lazy_regex.remember_code()
    if not startup_cache().save():
        print(f"yamaga-desk: 準備した内容を {startup_cache().path()} に保存できませんでした"
              "（チェックはできますが、起動が遅くなります）", file=sys.stderr)
        return 1  # (prepare's exit status: 0 prepared, 1 not saved)
    print(f"準備ができました（規則 {len(engine.ruleset.rules)} 件、正規表現 {len(lazy_regex.known_keys())} 件）。")
    return EXIT_OK


def _check_jsonl(args) -> int:
    from .engine import get_engine
    from .ruleset.loader import PLATFORMS

    engine = get_engine()
    shown = "標準入力" if args.jsonl == "-" else args.jsonl
    text_lines = _read_input(args.jsonl).splitlines()
    status = EXIT_OK
    bad = False
    for n, raw in enumerate(text_lines, 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('"text"（文字列）がありません')
            platform = item.get("platform")
            if platform is not None and platform not in PLATFORMS:
                raise ValueError(f"platform「{platform}」はありません（{', '.join(PLATFORMS)}）")
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            print(f"{shown}:{n}: この行を読めません: {exc}", file=sys.stderr)
            bad = True
            continue
        report = engine.check(item["text"], platform)
        out = {"id": item.get("id"), **report.to_json()}
        print(json.dumps(out, ensure_ascii=False), flush=False)
        if report.has_error:
            status = EXIT_FINDINGS
    sys.stdout.flush()
    return EXIT_USAGE if bad else status


def cmd_rules_validate(args) -> int:
    from .engine import Engine
    from .ruleset.examples import check_examples
    from .ruleset.loader import GIVEN_LAYER, load_ruleset, load_with_given, rule_files_of
    from .ruleset.model import RuleSet

    if args.paths:
        given = [Path(p) for p in args.paths]
        for path in given:
            if not path.exists():
                print(f"{path}: ファイルが見つかりません", file=sys.stderr)
                return EXIT_USAGE
        # The files are read on top of the installed rules, as the program
        # will use them (a matches_like or a disable names installed rules);
        # only their own problems and examples are reported.
        ruleset = load_with_given(given)
        engine = Engine.build(ruleset)
        files = [str(f) for f in rule_files_of(given)]
        ruleset = RuleSet(rules=[r for r in ruleset.rules if r.layer == GIVEN_LAYER],
                          problems=[p for p in ruleset.problems if p.path in files], files=files)
    else:
        ruleset = load_ruleset()  # (every layer, paths.rule_layers())
        engine = Engine.build(ruleset)
    problems = list(ruleset.problems) + check_examples(ruleset, engine)
    for problem in problems:
        print(problem)
    n_rules = len(ruleset.rules)
    if problems:
        print(f"{len(problems)} 件の問題があります（規則 {n_rules} 件、ファイル {len(ruleset.files)} 件）", file=sys.stderr)
        return EXIT_USAGE
    print(f"OK: 規則 {n_rules} 件、ファイル {len(ruleset.files)} 件に問題はありません")
    return EXIT_OK


def cmd_rules_list(args) -> int:
    from .engine import get_engine

    engine = get_engine()
    for rule in sorted(engine.ruleset.rules, key=lambda r: (r.item, r.id)):
        print(f"{rule.item}\t{rule.id}\t{rule.severity}\t{rule.source}")
    for problem in engine.ruleset.problems:
        print(problem, file=sys.stderr)
    return EXIT_OK


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate, load_corpus

    try:
        drafts = load_corpus(args.corpus)
    except FileNotFoundError:
        raise InputError(f"{args.corpus}: ファイルが見つかりません") from None
    except (ValueError, KeyError) as exc:
        raise InputError(f"{args.corpus}: コーパスを読めません（{exc}）") from None
    ev = evaluate(drafts)
    if args.errors:
        for line in ev.errors:
            print(line)
        print()
    print(ev.table())
    if args.json:
        Path(args.json).write_text(json.dumps(ev.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    return EXIT_OK


def cmd_gui(args) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:
        print(f"デスクトップ画面を起動できません: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run(args)


def build_parser() -> argparse.ArgumentParser:
    from .ruleset.loader import PLATFORMS

    parser = argparse.ArgumentParser(
        prog="yamaga-desk",
        description="山鹿市 SNS投稿チェッカー — 投稿の下書きをガイドラインに照らして確認します。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser("check", help="下書きをチェックする")
    check.add_argument("file", nargs="?", help="下書きのファイル（- で標準入力）")
    check.add_argument("--platform", choices=PLATFORMS)
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--jsonl", metavar="INPUT", help='1行1件の {"id","text"[,"platform"]} をまとめてチェック')
    # quick_exit: nothing is left to finish once the findings are printed (console_main)
    check.set_defaults(func=cmd_check, quick_exit=True)

    rules = sub.add_parser("rules", help="規則ファイルの確認・一覧")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    validate = rules_sub.add_parser("validate", help="規則ファイルを検査する（例文も実行）")
    validate.add_argument("paths", nargs="*")
    validate.set_defaults(func=cmd_rules_validate)
    listing = rules_sub.add_parser("list", help="読み込まれた規則の一覧")
    listing.set_defaults(func=cmd_rules_list)

    ev = sub.add_parser("evaluate", help="ラベル付きコーパスで精度を測る")
    ev.add_argument("corpus")
    ev.add_argument("--errors", action="store_true", help="誤検出と見逃しをすべて表示")
    ev.add_argument("--json", metavar="OUT")
    ev.set_defaults(func=cmd_evaluate)

    prepare = sub.add_parser("prepare", help="起動を速くする準備（規則のコンパイル結果を保存。インストール時に実行）")
    prepare.set_defaults(func=cmd_prepare)

    gui = sub.add_parser("gui", help="デスクトップ画面を開く")
    gui.add_argument("file", nargs="?")
    gui.add_argument("--open", dest="open_file", metavar="FILE")
    gui.add_argument("--screenshot", metavar="OUT.png")
    gui.set_defaults(func=cmd_gui)

    from .records_cli import add_parser as add_records_parser  # records list / export

    add_records_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    return _run(argv)[0]


def _run(argv: list[str] | None, before=None) -> tuple[int, argparse.Namespace | None]:
    """(exit status, parsed arguments) of one command; `before(args)` is
    called once the command is known, before it runs."""
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    if before is not None:
        before(args)
    try:
        return args.func(args), args
    except InputError as exc:
        print(f"yamaga-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE, args
    except KeyboardInterrupt:
        return 130, args
    except BrokenPipeError:
        return EXIT_OK, args


def console_main() -> None:
    """The `yamaga-desk` program (and `python -m yamaga_desk`).

    After `check` the process has nothing left to do but free the engine's
    hundreds of thousands of objects one by one, which took ~25 ms of a
    ~200 ms run: it leaves at once instead, after flushing what it printed
    (the build cache was written by the command itself).  Every other
    command (the app above all: autosave, the record store) exits the
    ordinary way.  Tests and scripts calling main() are not affected.

    The cyclic garbage collector is off until the command is known, and
    stays off for the check of one draft: the modules it imports and the
    engine it builds are ~50,000 objects that live until the process
    leaves, which the collector walked about a hundred times during the
    start (~5-10 ms) and never freed.  Every other command (the app,
    evaluate, a --jsonl batch) runs long and gets it back before it starts."""
    gc.disable()
    status, args = _run(None, before=_collect_unless_one_draft)
    if getattr(args, "quick_exit", False):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # reader gone or stream closed: nothing more to deliver
                pass
        os._exit(status)
    sys.exit(status)


def _collect_unless_one_draft(args: argparse.Namespace) -> None:
    if not (getattr(args, "quick_exit", False) and getattr(args, "jsonl", None) is None):
        gc.enable()


if __name__ == "__main__":
    console_main()
