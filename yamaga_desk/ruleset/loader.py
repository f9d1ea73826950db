"""Read rule files (TOML) from every layer, validate them, report problems.

A rule file holds any of:

    disable = ["rule-id", ...]          # switch off rules of lower layers
    [allow]
    words = ["山鹿太郎", ...]             # never flagged, in any rule
    [shared_exception_patterns]         # exceptions several rules of the file share,
    quoted-mention = ["「…」という", ...]  # named once: shared_exceptions = ["quoted-mention"]
    [[rule]]                            # a rule (see docs/rules.md)

Layers, lowest first: built-in ``rules/`` < site < user.  A rule whose id
already exists in a lower layer replaces it.  A file that cannot be read or
parsed is skipped as a whole; a rule with a problem is skipped alone; every
problem is reported with file and line, and the rest keeps working.
"""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields, replace
from pathlib import Path

from .. import paths
from ..validators import VALIDATORS
from ..startup_cache import cache, content_hash
from .model import SCOPES, SEVERITIES, UNDERLINES, ChecklistItem, Problem, Rule, RuleSet
from .regex_guard import UnsafePattern, compile_safe

_LIST_FIELDS = (
    "words", "pos", "phrases", "patterns", "requires", "requires_patterns",
    "exceptions", "exception_patterns", "platforms", "suggestions",
)
_PATTERN_FIELDS = ("patterns", "requires_patterns", "exception_patterns")
_KNOWN = set(_LIST_FIELDS) | {
    "id", "item", "severity", "message", "validator", "scope", "examples", "matches_like", "underline",
    "fallback", "shared_exceptions",
}
# What a rule reacts to: taken from the other rule by `matches_like`.
_MATCHING_FIELDS = ("words", "pos", "phrases", "patterns", "validator")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
PLATFORMS = ("x", "facebook", "instagram", "line", "blog")
_RULE_FIELDS = dataclass_fields(Rule)


def load_checklist(path: Path | None = None) -> list[ChecklistItem]:
    path = path or paths.builtin_rules_dir() / "checklist.toml"
    cache().load()
    data = _parse_toml(path.read_text(encoding="utf-8"), kind="checklist")
    return [
        ChecklistItem(
            id=i["id"], clause=i["clause"], text=i["text"], title=i["title"],
            kind=i["kind"], group=i["id"].split(".")[0],
            underline=i.get("underline", "words"),
        )
        for i in data["item"]
    ]


def _passes_guard(pattern: str) -> bool:
    compile_safe(pattern)
    return True


def check_pattern(pattern: str) -> None:
    """Raise UnsafePattern / re.error when `pattern` may not be used.  A
    pattern that passed before (same guard, same Python) is not parsed and
    compiled again: that was most of the start-up time."""
    cache().get("safe", pattern, _passes_guard)


def _tomllib():
    # Imported when a file is not in the start-up cache: importing it cost
    # ~5 ms of every start, which reads every file from the cache.
    import tomllib

    return tomllib


def _parse_toml(source: str, kind: str = "toml") -> dict:
    """tomllib.loads, remembered on disk by the text's hash (plain data only:
    a file with dates or times in it is parsed every time) under the start-up
    cache's `kind`."""
    key = content_hash(source.encode("utf-8", "surrogatepass")).hexdigest()
    found = cache().peek(kind, key)
    if found is not None:
        return found
    data = _tomllib().loads(source)  # errors are not remembered
    cache().put(kind, key, data)
    return data


def _rule_lines(source: str) -> list[int]:
    """1-based line numbers of each [[rule]] header, in order."""
    return [n for n, line in enumerate(source.splitlines(), 1)
            if line.strip().startswith("[[rule]]")]


def _key_line(source: str, start_line: int, key: str) -> int:
    lines = source.splitlines()
    for n in range(start_line, len(lines) + 1):
        text = lines[n - 1].strip()
        if n > start_line and text.startswith("[[rule]]"):
            break
        if re.match(rf"{re.escape(key)}\s*=", text):
            return n
    return start_line


def _str_list(value, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"「{key}」は文字列のリストにしてください")
    return tuple(value)


def parse_rule(raw: dict, *, path: str, line: int, layer: str, item_ids: set[str], source: str,
               shared: dict[str, tuple[str, ...]] | None = None) -> tuple[Rule | None, list[Problem]]:
    """One [[rule]] table as a Rule, or None and what is wrong with it.
    `shared` is the file's [shared_exception_patterns]: a rule's
    shared_exceptions names are added to its exception_patterns."""
    problems: list[Problem] = []

    def bad(key: str, message: str) -> None:
        problems.append(Problem(path, _key_line(source, line, key) if key else line, message))

    for key in raw:
        if key not in _KNOWN:
            bad(key, f"知らない項目「{key}」があります")
    rid = raw.get("id")
    if not isinstance(rid, str) or not _ID_RE.match(rid):
        bad("id", "id がないか、使えない文字を含みます（英数字・-・_・. のみ）")
        rid = "?"
    item = raw.get("item")
    if item not in item_ids:
        bad("item", f"item「{item}」はチェックリストにありません（{', '.join(sorted(item_ids))}）")
    severity = raw.get("severity")
    if severity not in SEVERITIES:
        bad("severity", "severity は error / warning / info のどれかにしてください")
    message = raw.get("message")
    if not isinstance(message, str) or not message.strip():
        bad("message", "message（なぜ問題かの説明）がありません")
    fields: dict[str, tuple[str, ...]] = {}
    for key in _LIST_FIELDS:
        if key in raw:
            try:
                fields[key] = _str_list(raw[key], key)
            except ValueError as exc:
                bad(key, str(exc))
    if "shared_exceptions" in raw:
        try:
            names = _str_list(raw["shared_exceptions"], "shared_exceptions")
        except ValueError as exc:
            bad("shared_exceptions", str(exc))
            names = ()
        for name in names:
            if name in (shared or {}):
                fields["exception_patterns"] = fields.get("exception_patterns", ()) + shared[name]
            else:
                bad("shared_exceptions", f"共有の例外「{name}」は、このファイルの [shared_exception_patterns] にありません")
    for key in _PATTERN_FIELDS:
        for pattern in fields.get(key, ()):
            try:
                check_pattern(pattern)
            except (re.error, UnsafePattern) as exc:
                bad(key, f"正規表現 {pattern!r} を使えません: {exc}")
    validator = raw.get("validator", "")
    if validator and validator not in VALIDATORS:
        bad("validator", f"validator「{validator}」はありません（{', '.join(sorted(VALIDATORS))}）")
    matches_like = raw.get("matches_like", "")
    if matches_like:
        if not isinstance(matches_like, str) or not _ID_RE.match(matches_like):
            bad("matches_like", "matches_like には、同じものに反応させたい規則の id を書いてください")
        elif validator or any(fields.get(k) for k in _MATCHING_FIELDS if k != "validator"):
            bad("matches_like", "matches_like と words・pos・phrases・patterns・validator は一緒に書けません"
                                "（反応するものは matches_like の規則から受け継ぎます）")
    elif not (fields.get("words") or fields.get("phrases") or fields.get("patterns") or validator):
        bad("", "words・phrases・patterns・validator・matches_like のどれかで、何に反応するかを書いてください")
    scope = raw.get("scope", "sentence")
    if scope not in SCOPES:
        bad("scope", "scope は sentence か text にしてください")
    underline = raw.get("underline", "")
    if underline and underline not in UNDERLINES:
        bad("underline", "underline は words（一致した語）か sentence（その文全体）にしてください")
    fallback = raw.get("fallback", False)
    if not isinstance(fallback, bool):
        bad("fallback", "fallback は true か false にしてください")
    for p in fields.get("platforms", ()):
        if p not in PLATFORMS:
            bad("platforms", f"platform「{p}」はありません（{', '.join(PLATFORMS)}）")
    examples = raw.get("examples", {})
    try:
        if not isinstance(examples, dict):
            raise ValueError("examples は match と no_match を持つ表にしてください")
        ex_match = _str_list(examples.get("match", []), "examples.match")
        ex_no = _str_list(examples.get("no_match", []), "examples.no_match")
    except ValueError as exc:
        bad("examples", str(exc))
        ex_match, ex_no = (), ()
    if not ex_match or not ex_no:
        bad("examples", "examples には反応すべき文（match）と反応してはいけない文（no_match）を1つ以上書いてください")
    if problems:
        return None, problems
    return Rule(
        id=rid, item=item, severity=severity, message=message.strip(),
        source=f"{layer}:{path}:{line}", layer=layer, validator=validator, scope=scope,
        matches_like=matches_like if isinstance(matches_like, str) else "", underline=underline,
        fallback=fallback is True, examples_match=ex_match, examples_no_match=ex_no,
        **fields,
    ), problems


def load_file(path: Path, layer: str, item_ids: set[str], into: RuleSet, data: bytes | None = None) -> None:
    """Read the rules of one file (its bytes `data`, when already read)."""
    shown = str(path)
    try:
        source = (path.read_bytes() if data is None else data).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        into.problems.append(Problem(shown, 1, f"ファイルを読めません: {exc}"))
        return
    try:
        data = _parse_toml(source)
    except ValueError as exc:  # tomllib.TOMLDecodeError is one
        if not isinstance(exc, _tomllib().TOMLDecodeError):
            raise
        m = re.search(r"line (\d+)", str(exc))
        into.problems.append(Problem(shown, int(m.group(1)) if m else 1,
                                     f"TOML の書き方に誤りがあります: {exc}"))
        return
    into.files.append(shown)
    for key in data:
        if key not in ("rule", "allow", "disable", "shared_exception_patterns"):
            into.problems.append(Problem(shown, _key_line(source, 1, key), f"知らない項目「{key}」があります"))
    shared = _shared_exception_patterns(data.get("shared_exception_patterns", {}), shown, source, into.problems)
    try:
        into.disabled.update(_str_list(data.get("disable", []), "disable"))
        allow = data.get("allow", {})
        into.allow.extend(_str_list(allow.get("words", []) if isinstance(allow, dict) else allow,
                                    "allow.words"))
    except ValueError as exc:
        into.problems.append(Problem(shown, 1, str(exc)))
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        into.problems.append(Problem(shown, 1, "rule は [[rule]] の表の並びにしてください"))
        return
    header_lines = _rule_lines(source)
    for index, raw in enumerate(raw_rules):
        line = header_lines[index] if index < len(header_lines) else 1
        rule, problems = parse_rule(raw, path=shown, line=line, layer=layer,
                                    item_ids=item_ids, source=source, shared=shared)
        into.problems.extend(problems)
        if rule is not None:
            into.rules.append(rule)


def _shared_exception_patterns(table, shown: str, source: str,
                               problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    """A file's named exception patterns ({name: patterns}); each is checked
    where a rule uses it, so a bad one is reported at that rule too."""
    if not isinstance(table, dict):
        problems.append(Problem(shown, _key_line(source, 1, "shared_exception_patterns"),
                                "shared_exception_patterns は「名前 = 正規表現のリスト」の表にしてください"))
        return {}
    shared = {}
    for name, value in table.items():
        try:
            shared[name] = _str_list(value, f"shared_exception_patterns.{name}")
        except ValueError as exc:
            problems.append(Problem(shown, _key_line(source, 1, name), str(exc)))
    return shared


def load_ruleset(layers: list[tuple[str, Path]] | None = None,
                 item_ids: set[str] | None = None,
                 checklist: list[ChecklistItem] | None = None) -> RuleSet:
    """Every rule of every layer, later layers replacing or disabling earlier
    ones.  `checklist` (read from rules/checklist.toml when not given) says
    which items exist and what their findings underline."""
    layers = paths.rule_layers() if layers is None else layers
    cache().load()
    checklist = load_checklist() if checklist is None else checklist
    if item_ids is None:
        item_ids = {i.id for i in checklist}
    files = layer_files(layers)
    try:
        contents = [path.read_bytes() for _, path in files]
    except OSError:  # reported by load_file, with its file
        return _load_files(files, None, item_ids, checklist)
    # Reading, validating and resolving ~300 rules took ~20 ms of every
    # start; the result depends only on what is hashed here, so it is
    # remembered in the start-up cache as plain data (see _snapshot).
    h = content_hash(repr((sorted(item_ids), [(i.id, i.underline) for i in checklist],
                             sorted(VALIDATORS))).encode())
    for (layer, path), data in zip(files, contents):
        h.update(f"\0{layer}\0{path}\0{len(data)}\0".encode("utf-8", "surrogatepass"))
        h.update(data)
    key = h.hexdigest()
    snapshot = cache().peek("ruleset", key)
    if snapshot is None:
        snapshot = _snapshot(_load_files(files, contents, item_ids, checklist))
        cache().put("ruleset", key, snapshot)  # (not when marshal cannot write it: never breaks the file)
    ruleset = _from_snapshot(snapshot)
    ruleset.origin = (key, tuple(ruleset.rules), tuple(ruleset.allow))
    return ruleset


def layer_files(layers: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """(layer, rule file) of each layer's folder, in the order they load."""
    files = []
    for layer, folder in layers:
        if folder.is_dir():
            files.extend((layer, path) for path in _rule_files(folder))
    return files


def _rule_files(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.glob("*.toml")) + sorted(folder.glob("*/*.toml"))
            if path.name != "checklist.toml"]


GIVEN_LAYER = "given"


def rule_files_of(given: list[Path]) -> list[Path]:
    """The rule files `given` names: each file, and those of each folder."""
    return [f for p in given for f in ([p] if p.is_file() else _rule_files(p))]


def load_with_given(given: list[Path], layers: list[tuple[str, Path]] | None = None) -> RuleSet:
    """The rule set the program would load with the rule files `given` (files,
    or folders of them) added as the highest layer, GIVEN_LAYER: a file is
    checked as it will be used, so its `matches_like` and `disable` find the
    rules of the installed layers (`layers`, default paths.rule_layers()).
    A given file that already sits in a layer is read once, as given."""
    layers = paths.rule_layers() if layers is None else layers
    checklist = load_checklist()
    given_files = rule_files_of(given)
    own = {f.resolve() for f in given_files}
    files = [(layer, path) for layer, path in layer_files(layers) if path.resolve() not in own]
    return _load_files(files + [(GIVEN_LAYER, f) for f in given_files], None, {i.id for i in checklist}, checklist)


def _snapshot(ruleset: RuleSet) -> tuple:
    """The rule set as plain data (marshal), field by field."""
    return (tuple(tuple(getattr(r, f.name) for f in _RULE_FIELDS) for r in ruleset.rules),
            tuple(ruleset.allow), tuple(sorted(ruleset.disabled)),
            tuple((p.path, p.line, p.message) for p in ruleset.problems), tuple(ruleset.files))


def _from_snapshot(snapshot: tuple) -> RuleSet:
    rules, allow, disabled, problems, files = snapshot
    return RuleSet(rules=[Rule(*values) for values in rules], allow=list(allow), disabled=set(disabled),
                   problems=[Problem(*p) for p in problems], files=list(files))


def _load_files(files: list[tuple[str, Path]], contents: list[bytes] | None, item_ids: set[str],
                 checklist: list[ChecklistItem]) -> RuleSet:
    ruleset = RuleSet()
    for n, (layer, path) in enumerate(files):
        load_file(path, layer, item_ids, ruleset, None if contents is None else contents[n])
    # Later layers win: keep the last rule of each id, in first-seen order.
    by_id: dict[str, Rule] = {}
    for rule in ruleset.rules:
        earlier = by_id.get(rule.id)
        if earlier is not None and earlier.layer == rule.layer:
            where = rule.source.split(":", 1)[1].rsplit(":", 1)
            ruleset.problems.append(Problem(where[0], int(where[1]),
                                            f"id「{rule.id}」が同じ層で重複しています（{earlier.source}）"))
        by_id[rule.id] = rule
    _resolve_matches_like(by_id, ruleset.problems)
    underline = {i.id: i.underline for i in checklist}
    ruleset.rules = [r if r.underline else replace(r, underline=underline.get(r.item, "words"))
                     for r in by_id.values() if r.id not in ruleset.disabled]
    return ruleset


def _resolve_matches_like(by_id: dict[str, Rule], problems: list[Problem]) -> None:
    """Give each rule with `matches_like` the matching fields of the rule it
    names (in any layer; also when that rule is disabled), or drop it with a
    problem at its file and line."""
    for rid, rule in list(by_id.items()):
        if not rule.matches_like:
            continue
        target = by_id.get(rule.matches_like)
        where = rule.source.split(":", 1)[1].rsplit(":", 1)
        if target is None or target.matches_like:
            why = "がありません" if target is None else "も matches_like を使っています（1段階だけにしてください）"
            problems.append(Problem(where[0], int(where[1]), f"matches_like の規則「{rule.matches_like}」{why}"))
            del by_id[rid]
            continue
        by_id[rid] = replace(rule, **{k: getattr(target, k) for k in _MATCHING_FIELDS})
