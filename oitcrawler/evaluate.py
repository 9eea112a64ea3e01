"""Compare a report with a site's ground truth (``_expected.yaml``) and measure detection.

Used by the tests and by benchmarks/detection.py. ``level="link"`` judges the
first-level checks only (a content defect such as a missing month still counts as
found); ``level="content"`` judges the final status.
"""
from __future__ import annotations

from urllib.parse import unquote

FOUND = ("pass", "incomplete")
TOP_N = 3
DEFECT_CODES = {"stale": "stale", "missing_months": "missing_months", "missing_elements": "missing_elements",
                "unreadable": "unreadable_document"}
CONTENT_CODES = {"stale", "undated", "missing_months", "missing_round", "missing_elements", "unreadable_document"}


def expected_status(spec: dict, level: str) -> str:
    # A defect only the document's content shows (stale, missing month, misfiled) passes
    # the link-level checks.
    if level == "link" and spec.get("content_defect"):
        return "pass"
    return spec["status"]


def _same_url(a: str, b: str) -> bool:
    return unquote(a).rstrip("/") == unquote(b).rstrip("/")


def compare(report: dict, expected: dict, level: str = "link") -> dict:
    specs = expected.get("items") or {}
    rows, tp, fp, fn, tn = [], 0, 0, 0, 0
    status_ok = evidence_ok = evidence_total = 0
    finding_hits = finding_total = 0
    raised_total = raised_expected = 0
    for item in report["items"]:
        spec = specs.get(item["id"], {"status": "missing"})
        want = expected_status(spec, level)
        got = item["status"]
        found, should = got in FOUND, want in FOUND
        tp += found and should
        fp += found and not should
        fn += should and not found
        tn += not found and not should
        status_ok += got == want
        problems = []
        if got != want:
            problems.append(f"status {got} != {want}")
        if want == "pass" and spec.get("evidence"):
            evidence_total += 1
            # Both a page dedicated to the item and the document on it are acceptable; what
            # matters is that the expected URL is among the first URLs offered for ITAS.
            top = [e["url"] for e in item["evidence"] if e["accepted"]][:TOP_N]
            if any(_same_url(t, u) for t in top for u in spec["evidence"]):
                evidence_ok += 1
            else:
                problems.append(f"expected evidence {spec['evidence']} not in top {TOP_N}: {top}")
        codes = {f["code"] for f in item["findings"]}
        # Finding precision: the blocking findings raised on an item the ground truth says fails
        # for that reason (advisories and the generic not_found are not counted).
        blocking = {f["code"] for f in item["findings"] if not f["advisory"] and f["code"] != "not_found"}
        expected_codes = set(spec.get("findings") or [])
        defect = DEFECT_CODES.get(spec.get("content_defect", ""))
        if defect:
            expected_codes.add(defect)
        if level == "link":
            blocking -= CONTENT_CODES
            expected_codes -= CONTENT_CODES
        raised_total += len(blocking)
        raised_expected += len(blocking & expected_codes)
        for code in spec.get("findings") or []:
            if level == "link" and code in CONTENT_CODES:
                continue
            finding_total += 1
            if code in codes:
                finding_hits += 1
            else:
                problems.append(f"finding {code} not raised")
        rows.append({"id": item["id"], "expected": want, "got": got, "problems": problems})
    return {
        "items": len(rows),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "status_accuracy": status_ok / len(rows) if rows else 1.0,
        "evidence_accuracy": evidence_ok / evidence_total if evidence_total else 1.0,
        "finding_recall": finding_hits / finding_total if finding_total else 1.0,
        "finding_precision": raised_expected / raised_total if raised_total else 1.0,
        "findings_raised": raised_total,
        "counts": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "finding_counts": {"expected": finding_total, "expected_raised": finding_hits,
                           "raised": raised_total, "raised_expected": raised_expected},
        "mismatches": [r for r in rows if r["problems"]],
    }
