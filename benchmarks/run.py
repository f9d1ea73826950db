"""Speed and memory figures of Yamaga Desk, each against its target.

    python benchmarks/run.py [--quick] [--only throughput,incremental,start,gui]

Prints a table, writes benchmarks/results.json and exits 1 when a figure
misses its target (2 when a part could not run at all).  Every ratio is taken
in the same run on the same machine, measurements interleaved, median quoted.

- throughput: checking >= 1 MB of unique drafts built from the shapes of
  ../shared/corpus/dev.jsonl vs SudachiPy tokenizing the same drafts (mode C,
  one tokenize() call per draft, the morphemes' surfaces read) in this process.
- incremental: re-checking a 20,000-character draft after a one-character
  edit vs checking it fresh (a new engine, empty caches).
- start: `yamaga-desk check` on a one-line draft vs `python -c` that loads
  the SudachiPy dictionary and tokenizes one line (whole processes, both
  from compiled bytecode, as installed).
- gui: only when yamaga_desk.gui exists (see gui_bench.py).

Every figure runs in a data folder of its own, prepared as the installer
prepares the installing user's (`yamaga-desk prepare`: the rules' and
patterns' compiled form in the start-up cache).  The gui part also measures, without a
target, a first start in a data folder nothing prepared (an install whose
prepare step failed, a developer's checkout).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

TARGETS = {
    "throughput_ratio": 1.5,
    "incremental_ratio": 0.10,
    "start_ratio": 1.3,
    "gui_window_s": 2.0,
    "gui_max_block_ms": 50.0,
    "gui_underlines_s": 1.0,
    "gui_peak_rss_mb": 350.0,
}


# How the figures' data folders are set up (results.json says it).
PREPARED_DATA = "own data folder, prepared as the installer does (yamaga-desk prepare)"


def _fresh_engine(ruleset=None):
    from yamaga_desk.analysis import tokenizer
    from yamaga_desk.engine import Engine

    tokenizer.analyse_line.cache_clear()
    return Engine.build(ruleset)


def throughput(min_chars: int, rounds: int) -> dict:
    from sudachipy import Dictionary, SplitMode

    # Every round checks drafts of its own: some caches live in modules (a
    # line's answer remembered by a validator) and would answer a second
    # round over the same drafts from memory, which no user ever gets.
    every = corpus.build(min_chars * rounds)
    slices, current, size = [], [], 0
    for draft in every:
        current.append(draft)
        size += len(draft[1])
        if size >= min_chars and len(slices) < rounds - 1:
            slices.append(current)
            current, size = [], 0
    slices.append(current)
    tok = Dictionary(dict="core").tokenizer(SplitMode.C)
    ratios, checks, bases = [], [], []
    for drafts in slices:
        engine = _fresh_engine()  # empty engine caches each round
        base, check = _timed_against_sudachi(engine, drafts, tok)
        bases.append(base)
        checks.append(check)
        ratios.append(check / base)
    drafts = slices[0]
    total = sum(len(t) for _, t in drafts)
    return {
        "drafts": len(drafts), "chars": total, "bytes_utf8": sum(len(t.encode()) for _, t in drafts),
        "sudachi_s": statistics.median(bases), "check_s": statistics.median(checks),
        "chars_per_s": total / statistics.median(checks),
        "throughput_ratio": statistics.median(ratios), "ratios": ratios,
        "layers": _layers(drafts, tok),
    }


def _layers(drafts: list, tok) -> dict:
    """What the throughput figure is made of (no target): the same drafts
    checked by an engine built with no rule at all (normalize, Sudachi,
    lines and sentences, the checklist) and by one built with only the
    learned model's rules (rules/learned.toml), each against SudachiPy
    measured just before it.  The first is a floor under any check; the
    difference between the two is what the model alone costs."""
    import dataclasses

    from yamaga_desk.ruleset.loader import load_ruleset

    everything = load_ruleset()
    layers = {}
    for name, keep in (("no_rules", lambda rule_id: False),
                       ("learned_model_only", lambda rule_id: rule_id.startswith("learned-"))):
        rules = [rule for rule in everything.rules if keep(rule.id)]
        engine = _fresh_engine(dataclasses.replace(everything, rules=rules, origin=None))
        base, check = _timed_against_sudachi(engine, drafts, tok)
        layers[name + "_ratio"] = check / base
    return layers


def _timed_against_sudachi(engine, drafts: list, tok) -> tuple[float, float]:
    """(seconds SudachiPy takes to tokenize the drafts, seconds `engine`
    takes to check them), measured one right after the other."""
    engine.check("準備")
    t0 = time.perf_counter()
    for _, text in drafts:
        [m.surface() for m in tok.tokenize(text)]
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    for platform_, text in drafts:
        engine.check(text, platform_)
    return base, time.perf_counter() - t0


def incremental(chars: int, rounds: int) -> dict:
    import random

    draft = corpus.long_draft(chars)
    rnd = random.Random(1)
    fresh, again, same = [], [], True
    for _ in range(rounds):
        engine = _fresh_engine()
        engine.check("準備")
        t0 = time.perf_counter()
        engine.check(draft, "blog")
        fresh.append(time.perf_counter() - t0)
        # One character typed somewhere inside (not on a blank line).
        pos = rnd.randrange(len(draft) // 4, 3 * len(draft) // 4)
        while draft[pos] == "\n":
            pos += 1
        edited = draft[:pos] + "あ" + draft[pos:]
        t0 = time.perf_counter()
        report = engine.check(edited, "blog")
        again.append(time.perf_counter() - t0)
        same = same and report == _fresh_engine().check(edited, "blog")
        draft = edited
    ratio = statistics.median(a / f for a, f in zip(again, fresh))
    return {"chars": len(draft), "full_s": statistics.median(fresh), "recheck_s": statistics.median(again),
            "incremental_ratio": ratio, "recheck_equals_fresh": same}


def _time_command(cmd: list[str], runs: int, env: dict | None = None) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        out.append(time.perf_counter() - t0)
    return out


def start(runs: int) -> dict:
    exe = Path(sys.executable).with_name("yamaga-desk")
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        draft.write_text("本日の山鹿灯籠まつりは予定どおり開催します。\n", encoding="utf-8")
        env_note = {}
        check_cmd = [str(exe), "check", str(draft)] if exe.exists() else [sys.executable, "-m", "yamaga_desk", "check", str(draft)]
        bare_cmd = [sys.executable, "-c",
                    "from sudachipy import Dictionary, SplitMode;"
                    "t = Dictionary(dict='core').tokenizer(SplitMode.C);"
                    "[m.surface() for m in t.tokenize('本日の山鹿灯籠まつりは予定どおり開催します。')]"]
        # Both sides start as an installed program does, from compiled
        # bytecode (pip compiles a wheel's modules when it installs them; an
        # editable install writes __pycache__ on its first run).  Where
        # PYTHONDONTWRITEBYTECODE is set (as on the build machine) the
        # checkout's ~70 modules were compiled from source at every start
        # (~60 ms) while SudachiPy's came precompiled from site-packages.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env_note["bytecode"] = "cached (PYTHONPYCACHEPREFIX in a temporary folder)"
        # A data folder of its own, prepared as the installer does, so every
        # timed run reads the start-up cache a user has (another program
        # editing rules or checking meanwhile would otherwise replace it).
        env["YAMAGA_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        env["YAMAGA_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        env_note["data"] = PREPARED_DATA
        _prepare(env)
        _time_command(check_cmd, 1, env)  # (settles the file cache)
        _time_command(bare_cmd, 1, env)  # warm the file cache (and write the bytecode) for both
        checks, bares, ratios = [], [], []
        for _ in range(runs):  # interleaved, so drift hits both alike
            c = _time_command(check_cmd, 1, env)[0]
            b = _time_command(bare_cmd, 1, env)[0]
            checks.append(c)
            bares.append(b)
            ratios.append(c / b)
    return {"check_s": statistics.median(checks), "bare_sudachi_s": statistics.median(bares),
            "start_ratio": statistics.median(ratios), **env_note}


def _prepare(env: dict) -> None:
    """`yamaga-desk prepare` in env's data folder, as the installer runs it."""
    subprocess.run([sys.executable, "-m", "yamaga_desk", "prepare"], stdout=subprocess.DEVNULL,
                   check=True, env=env, timeout=600)


def gui(quick: bool) -> dict:
    import importlib.util

    if importlib.util.find_spec("yamaga_desk.gui") is None:
        return {"skipped": "yamaga_desk.gui がまだありません（GUI が入ったら測れます）"}
    result = _gui_run(quick, prepared=True)
    if "error" not in result:
        first = _gui_run(quick, prepared=False)
        result["unprepared_first_start"] = {k: first.get(k) for k in ("window_s", "max_block_ms", "underlines_s", "checked_s")}
    return result


def _gui_run(quick: bool, prepared: bool) -> dict:
    cmd = [sys.executable, str(HERE / "gui_bench.py")] + (["--quick"] if quick else [])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        # Data and settings folders of their own: a data folder an earlier
        # run used holds that run's autosaved 100,000-character draft, which
        # the window restores, so the paste figures measured two drafts
        # (seen: peak RSS 354 MB, a 51 ms block).
        env["YAMAGA_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        env["YAMAGA_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        if prepared:
            _prepare(env)
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": (proc.stderr or proc.stdout)[-2000:]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller corpus and fewer runs (a smoke test, not figures)")
    ap.add_argument("--only", default="throughput,incremental,start,gui")
    args = ap.parse_args(argv)
    parts = set(args.only.split(","))
    results: dict = {"machine": {"python": platform.python_version(), "system": platform.platform(),
                                 "cpus": os.cpu_count()},
                     "date": time.strftime("%Y-%m-%d %H:%M:%S"), "targets": TARGETS}
    # Throughput and incremental run in this process, in a data folder of
    # their own prepared as the installer does: a user's checks read every
    # pattern's compiled code from the start-up cache, and compiling ~3,200
    # patterns on the way (~1.5 s per 300,000 characters) is no part of the
    # check a user waits for.
    # (The engine keeps the start-up cache file open: where that stops the
    # folder from being removed, as on Windows, it is left behind.)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as own_data:
        if parts & {"throughput", "incremental"}:
            os.environ["YAMAGA_DESK_DATA_DIR"] = str(Path(own_data) / "data")
            os.environ["YAMAGA_DESK_CONFIG_DIR"] = str(Path(own_data) / "config")
            _prepare(dict(os.environ))
        if "throughput" in parts:
            results["throughput"] = throughput(200_000 if args.quick else 1_000_000, 1 if args.quick else 3)
            results["throughput"]["data"] = PREPARED_DATA
        if "incremental" in parts:
            results["incremental"] = incremental(20_000, 3 if args.quick else 9)
    if "start" in parts:
        results["start"] = start(3 if args.quick else 11)
    if "gui" in parts:
        results["gui"] = gui(args.quick)

    rows, missed, broken = [], [], False
    def row(name, value, target, unit, better="lower"):
        ok = value <= target if better == "lower" else value >= target
        rows.append((name, value, target, unit, "ok" if ok else "MISSED"))
        if not ok:
            missed.append(name)

    if "throughput" in results:
        t = results["throughput"]
        row(f"throughput: check / SudachiPy ({t['chars']:,} chars)", t["throughput_ratio"], TARGETS["throughput_ratio"], "x")
    if "incremental" in results:
        t = results["incremental"]
        row(f"incremental: recheck / full ({t['chars']:,} chars)", t["incremental_ratio"], TARGETS["incremental_ratio"], "x")
        if not t["recheck_equals_fresh"]:
            rows.append(("incremental: recheck == fresh check", 0, 1, "", "MISSED"))
            missed.append("recheck_equals_fresh")
    if "start" in results:
        t = results["start"]
        row("start: yamaga-desk check / python+SudachiPy", t["start_ratio"], TARGETS["start_ratio"], "x")
    if "gui" in results:
        g = results["gui"]
        if "skipped" in g:
            rows.append(("gui", float("nan"), float("nan"), "", "skipped: " + g["skipped"]))
        elif "error" in g:
            rows.append(("gui", float("nan"), float("nan"), "", "ERROR (see results.json)"))
            broken = True
        else:
            row("gui: main window usable", g["window_s"], TARGETS["gui_window_s"], "s")
            row("gui: longest event-loop block, 100k paste", g["max_block_ms"], TARGETS["gui_max_block_ms"], "ms")
            row("gui: underlines after paste", g["underlines_s"], TARGETS["gui_underlines_s"], "s")
            row("gui: peak RSS with 100k draft", g["peak_rss_mb"], TARGETS["gui_peak_rss_mb"], "MB")

    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"{'figure':{width}}  {'value':>9}  {'target':>7}  result")
    for name, value, target, unit, verdict in rows:
        print(f"{name:{width}}  {value:>8.3f}{unit:1}  {target:>6.2f}{unit:1}  {verdict}")
    if "throughput" in results:
        t = results["throughput"]
        print(f"  (check {t['check_s']:.2f} s, SudachiPy {t['sudachi_s']:.2f} s, {t['chars_per_s']:,.0f} chars/s)")
        layers = t.get("layers", {})
        if layers:
            print(f"  (no target: an engine with no rule {layers['no_rules_ratio']:.2f}x SudachiPy, "
                  f"with the learned model's rules only {layers['learned_model_only_ratio']:.2f}x)")
    if "incremental" in results:
        t = results["incremental"]
        print(f"  (full {t['full_s']*1000:.1f} ms, recheck {t['recheck_s']*1000:.2f} ms)")
    if "start" in results:
        t = results["start"]
        print(f"  (check {t['check_s']:.2f} s, bare SudachiPy {t['bare_sudachi_s']:.2f} s)")
    first = results.get("gui", {}).get("unprepared_first_start")
    if first:
        print(f"  (gui, a first start nothing prepared, no target: window {first['window_s']} s, longest block "
              f"{first['max_block_ms']} ms, underlines {first['underlines_s']} s)")
    results["missed"] = missed
    (HERE / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if broken:
        return 2
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
