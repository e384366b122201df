"""End to end: every case's simulated answers, replayed to Chromium (issue 4).

For each conformance case and ``fixtures/`` project (see ``browser.replay``):

1. Chromium's verdict on every replayable exchange is corslint's, message and all;
2. every exchange Chromium blocks is covered by a browser-level finding;
3. every browser-level finding matches an exchange Chromium blocks;
4. the covering finding's rule is about the reason Chromium gives.

Rule gaps found on the way are listed in ``KNOWN_RULE_GAPS``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from browser.harness import Chromium, Observed, corslint_verdict, run_rows
from browser.replay import CaseReplay, Replay, case_dirs, replay_case
from corslint.findings import Finding
from corslint.rules import REGISTRY
from corslint.simulate import GATEWAY, HANDLER_ERROR, PREFLIGHT, SUCCESS

pytestmark = pytest.mark.browser

Replayed = list[tuple[CaseReplay, dict[str, Observed]]]

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "conformance" / "cases"
BROWSER_RULES = frozenset(
    {"CORS001", "CORS002", "CORS003", "CORS004", "CORS005", "CORS006", "CORS010", "CORS011",
     "CORS012", "CORS013", "CORS014", "CORS020", "CORS030", "CORS032", "CORS033", "CORS035",
     "CORS039", "CORS053"}
)  # fmt: skip
DEPLOY_RULES = frozenset({"CORS013", "CORS014"})  # AWS refuses the config: no browser block
# Rules about the one preflight answer of a path: they may name any route of it.
PREFLIGHT_RULES = frozenset({"CORS001", "CORS002", "CORS003", "CORS004", "CORS005", "CORS006"})
# Handler rules that cover handler answers, once registered (handler analysis lands them).
HANDLER_RULES = {SUCCESS: "CORS010", HANDLER_ERROR: "CORS011"}
REGISTERED = frozenset(rule.ID for rule in REGISTRY)
_ANY = (PREFLIGHT, SUCCESS, HANDLER_ERROR, GATEWAY)
# The (stage, Chromium reason) a rule speaks of; absent: any blocked exchange.
RULE_REASONS: dict[str, frozenset[tuple[str, str]]] = {
    "CORS003": frozenset({(PREFLIGHT, "header-not-allowed")}),
    "CORS004": frozenset({(PREFLIGHT, "method-not-allowed")}),
    "CORS006": frozenset({(PREFLIGHT, "missing-allow-origin")}),
    "CORS010": frozenset({(SUCCESS, "missing-allow-origin")}),
    "CORS011": frozenset({(HANDLER_ERROR, "missing-allow-origin")}),
    "CORS012": frozenset((k, "missing-allow-origin") for k in (SUCCESS, HANDLER_ERROR)),
    "CORS020": frozenset(
        (GATEWAY, r)
        for r in ("missing-allow-origin", "allow-origin-mismatch", "invalid-allow-credentials")
    ),
    # an error only when a route's preflight and responses allow no origin in common
    "CORS053": frozenset(
        (k, r) for k in (PREFLIGHT, SUCCESS) for r in ("allow-origin-mismatch", "missing-allow-origin")
    ),
    "CORS030": frozenset((k, "wildcard-with-credentials") for k in _ANY),
    "CORS032": frozenset((k, "multiple-allow-origin") for k in _ANY),
    "CORS033": frozenset(
        (k, r) for k in _ANY for r in ("invalid-allow-origin", "allow-origin-mismatch")
    ),
    "CORS035": frozenset((k, "invalid-allow-credentials") for k in _ANY),
}  # fmt: skip

# Rule gaps found by the replay, for the rules' owner: blocked exchanges that no finding
# reports, or only a finding about another problem. (case, stage, Chromium reason) -> why.
KNOWN_RULE_GAPS: dict[tuple[str, str, str], str] = {}


@pytest.fixture(scope="module")
def replayed(chromium: Chromium) -> Replayed:
    """Every case's rows, run once in Chromium; prints the per-case table."""
    if not SHARED.is_dir():
        print(f"\nconformance cases skipped: {SHARED} is missing")
    start = time.monotonic()
    dirs = case_dirs(SHARED, ROOT / "fixtures")
    cases = [replay_case(label, d, f"c{i}") for i, (label, d) in enumerate(dirs)]
    rows = [r.row for case in cases for r in case.replays]
    observed = {o.id: o for o in run_rows(chromium, rows)}
    print(f"\n{chromium.version}: {len(rows)} rows in {time.monotonic() - start:.1f}s")
    print(f"{'case':<40} {'routes':>6} {'rows':>5} {'blocked':>7} {'unchecked':>9} {'other':>5}")
    for case in cases:
        own = [r for r in case.replays if not r.extra]
        blocked = sum(not observed[r.row.id].allowed for r in own)
        print(
            f"{case.name:<40} {len(case.routes):>6} {len(own):>5} {blocked:>7} "
            f"{len(case.unchecked):>9} {len(case.replays) - len(own):>5}"
        )
    print("(other: rows from the API's other origins and a foreign one, verdict checked only)")
    return [(case, observed) for case in cases]


def _blocked(replayed: Replayed) -> list[tuple[CaseReplay, Replay]]:
    """The exchanges Chromium blocked, from each route's own origin."""
    return [
        (case, r)
        for case, observed in replayed
        for r in case.replays
        if not r.extra and not observed[r.row.id].allowed
    ]


def _in_harness(replay: Replay, chromium: Chromium, url: str) -> str | None:
    """corslint's simulated message, with the simulated URL and origin the harness's."""
    message = replay.verdict.message
    if message is None:
        return None
    return message.replace(replay.request.url, url).replace(replay.request.origin, chromium.origin)


def test_verdicts_match_chromium(chromium: Chromium, replayed: Replayed) -> None:
    """1. corslint's verdict on each replayed exchange is Chromium's, message and all."""
    mismatches = []
    for case, observed in replayed:
        for replay in case.replays:
            seen = observed[replay.row.id]
            chrome = (seen.allowed, seen.errors[0] if seen.errors else None)
            ours = (replay.verdict.allowed, _in_harness(replay, chromium, seen.url))
            harness = corslint_verdict(chromium, replay.row, seen.url)[1]
            preflighted = seen.preflight_sent == (replay.row.preflight is not None)
            if ours != chrome or (harness.allowed, harness.message) != chrome or not preflighted:
                mismatches.append(f"{case.name} {replay.row.note}: corslint {ours} chrome {chrome}")
    assert not mismatches, "\n".join(mismatches)


def _path(route_key: str | None) -> str | None:
    return route_key.split(" ", 1)[-1] if route_key else None


def _covers(finding: Finding, replay: Replay) -> bool:
    """Whether a browser-level finding reports this blocked exchange."""
    if finding.rule not in BROWSER_RULES or finding.api != replay.api:
        return False
    if finding.route == replay.route:
        return True
    if finding.rule == "CORS020":  # API-level, about gateway responses only
        return replay.kind == GATEWAY and finding.route is None
    if replay.kind == PREFLIGHT and finding.rule in PREFLIGHT_RULES:
        return finding.route in (None, replay.answerer) or _path(finding.route) == _path(
            replay.route
        )
    return finding.route is None  # an API-level finding (e.g. a malformed allowed origin)


def test_every_blocked_request_is_reported(replayed: Replayed) -> None:
    """2. No exchange Chromium blocks goes without a browser-level finding."""
    missing: list[str] = []
    notes: set[str] = set()
    for case, replay in _blocked(replayed):
        if any(_covers(f, replay) for f in case.findings):
            continue
        text = (
            f"{case.name} {replay.row.note}: blocked at {replay.kind} "
            f"({replay.producer}): {replay.verdict.reason}"
        )
        gap = KNOWN_RULE_GAPS.get((case.name, replay.kind, str(replay.verdict.reason)))
        pending = HANDLER_RULES.get(replay.kind)
        if gap is not None:
            notes.add(f"known rule gap: {case.name} {replay.kind} {replay.verdict.reason}: {gap}")
        elif replay.source_is_handler and pending not in REGISTERED:
            notes.add(f"not reported until {pending} is registered: {text}")
        else:
            missing.append(text)
    print("", *sorted(notes), sep="\n")
    assert not missing, "\n".join(missing)


def _expected_block(finding: Finding, case: CaseReplay) -> bool:
    """Whether a finding of this case should have a blocked exchange behind it."""
    if finding.rule not in BROWSER_RULES or finding.rule in DEPLOY_RULES:
        return False
    if finding.rule == "CORS053" and finding.severity != "error":
        return False  # routes that disagree with each other, not a block by itself
    return not (finding.rule == "CORS030" and finding.api in case.http_apis)


def _concerns(finding: Finding, replay: Replay) -> bool:
    """Whether a replayed exchange is one the finding is about (same API, same route)."""
    return finding.api == replay.api and finding.route in (None, replay.route, replay.answerer)


def test_every_finding_is_a_blocked_request(replayed: Replayed) -> None:
    """3. Every browser-level finding matches at least one exchange Chromium blocks."""
    unmatched: list[str] = []
    blocked = _blocked(replayed)
    for case, _ in replayed:
        for finding in case.findings:
            if not _expected_block(finding, case):
                continue
            where = f"{case.name} {finding.rule} {finding.api} {finding.route}"
            if not any(_concerns(finding, r) and not r.extra for r in case.replays):
                print(f"\nnothing replayable for {where}")
            elif not any(c is case and _covers(finding, r) for c, r in blocked):
                unmatched.append(f"{where}: {finding.message}")
    assert not unmatched, "\n".join(unmatched)


def test_findings_name_chromiums_reason(replayed: Replayed) -> None:
    """4. A blocked exchange is covered by a finding whose rule is about Chromium's reason."""
    wrong: list[str] = []
    notes: set[str] = set()
    for case, replay in _blocked(replayed):
        covering = [f for f in case.findings if _covers(f, replay)]
        reason = (replay.kind, str(replay.verdict.reason))
        if not covering or any(reason in RULE_REASONS.get(f.rule, {reason}) for f in covering):
            continue
        gap = KNOWN_RULE_GAPS.get((case.name, *reason))
        if gap is not None:
            notes.add(f"known rule gap: {case.name} {' '.join(reason)}: {gap}")
            continue
        rules = ", ".join(sorted({f.rule for f in covering}))
        wrong.append(f"{case.name} {replay.row.note}: {' '.join(reason)}, only {rules} cover it")
    print("", *sorted(notes), sep="\n")
    assert not wrong, "\n".join(wrong)
