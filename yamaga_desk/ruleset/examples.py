"""Run every rule's own examples (LanguageTool style): each `match` sentence
must produce a finding of that rule, each `no_match` sentence must not."""

from __future__ import annotations

import datetime as dt

from .model import Problem, Rule, RuleSet

# Examples without a year in sight are judged against this date, so a rule's
# examples give the same answer whatever day the suite runs.
EXAMPLE_TODAY = dt.date(2026, 6, 1)


def example_failures(rule: Rule, engine) -> list[str]:
    failures = []
    for sentence in rule.examples_match:
        report = engine.check(sentence, today=EXAMPLE_TODAY, only=[rule.id])
        if not report.findings:
            # A rule skipped with a notice (its validator failed, its model
            # file is missing) says why here, not just that nothing matched.
            why = "".join(f" — {notice}" for notice in report.notices)
            failures.append(f"例文に反応しません（match）: {sentence}{why}")
    for sentence in rule.examples_no_match:
        report = engine.check(sentence, today=EXAMPLE_TODAY, only=[rule.id])
        if report.findings:
            hit = "、".join(f"「{f.excerpt}」" for f in report.findings)
            failures.append(f"反応してはいけない例文に反応します（no_match）: {sentence} → {hit}")
    return failures


def check_examples(ruleset: RuleSet, engine) -> list[Problem]:
    """Every rule's example failures, as problems at the rule's file:line;
    `engine` is built from `ruleset` (Engine.build)."""
    problems = []
    for rule in ruleset.rules:
        _, path, line = rule.source.rsplit(":", 2) if rule.source.count(":") >= 2 else ("", rule.source, "1")
        for failure in example_failures(rule, engine):
            problems.append(Problem(path, int(line), f"{rule.id}: {failure}"))
    return problems
