"""What changed between two runs of a site: regressions, improvements, and what could not be compared.

Both sides are report-shaped dicts, so a fresh report.json and a run loaded from the history
(``history.load_run``) compare alike. The point is the monthly cron mail: tell the agency what
broke since last month before an assessor finds it. Two rules keep that mail trustworthy:

* an item not assessed in either run is listed under ``not_compared``, never as a
  regression: "could not see it" is not "it broke";
* item numbers mean different things in different checklist years, so runs of different
  checklists are not compared item by item at all.
"""
from __future__ import annotations

from typing import Any

from .vocabulary import STATUS_TH

_RANK = {"missing": 0, "incomplete": 1, "pass": 2}


def compare(old: dict, new: dict) -> dict:
    """Regressions and improvements from ``old`` to ``new`` (JSON-serialisable, stable keys)."""
    changes: dict[str, Any] = {"old": _run_summary(old), "new": _run_summary(new), "comparable": True, "note": "",
               "regressions": [], "improvements": [], "unchanged": [], "not_compared": []}
    old_list, new_list = changes["old"]["checklist"], changes["new"]["checklist"]
    if old_list != new_list:
        changes["comparable"] = False
        changes["note"] = (f"Different checklists ({old_list} and {new_list}): item numbers mean different "
                           "things in different years, so items were not compared.")
        return changes
    old_items = {item["id"]: item for item in old.get("items") or []}
    new_items = {item["id"]: item for item in new.get("items") or []}
    for item_id, after in new_items.items():
        before = old_items.get(item_id)
        if before is None:
            continue
        if "not_assessed" in (before.get("status"), after.get("status")):
            changes["not_compared"].append(_not_compared(before, after))
            continue
        regressions, improvements = _compare_item(before, after)
        changes["regressions"] += regressions
        changes["improvements"] += improvements
        if not regressions and not improvements:
            changes["unchanged"].append(item_id)
    changes["note"] = " ".join(_notes(changes, old_items, new_items))
    return changes


def has_regressions(changes: dict) -> bool:
    return bool(changes["regressions"])


def summary_lines(changes: dict) -> list[str]:
    """A few terminal lines: English, with the Thai item titles the agency knows its items by."""
    since = _since(changes["old"])
    if not changes["comparable"]:
        return [f"Not compared with {since}: {changes['note']}"]
    regressions, improvements = changes["regressions"], changes["improvements"]
    head = (f"{_plural(len(regressions), 'regression')}, {_plural(len(improvements), 'improvement')} "
            f"since {since}")
    old_score, new_score = changes["old"]["score"], changes["new"]["score"]
    if old_score is not None and new_score is not None:
        head += f"; estimated OIT {old_score} → {new_score}"
    lines = [head]
    lines += [f"  - {_describe(entry)}" for entry in regressions]
    lines += [f"  + {_describe(entry)}" for entry in improvements]
    if changes["not_compared"]:
        ids = ", ".join(entry["item"] for entry in changes["not_compared"])
        lines.append(f"  ? could not compare {_plural(len(changes['not_compared']), 'item')} "
                     f"(not assessed): {ids}")
    if changes["note"]:
        lines.append(f"  note: {changes['note']}")
    return lines


def _run_summary(report: dict) -> dict:
    score = report.get("score") or {}
    return {"run_id": report.get("run_id"), "site": report.get("site"),
            "checklist": (report.get("checklist") or {}).get("id"), "as_of": report.get("as_of"),
            "generated_at": report.get("generated_at"), "status": report.get("status"),
            "score": score.get("oit"), "grade": score.get("grade")}


def _notes(changes: dict, old_items: dict, new_items: dict) -> list[str]:
    notes = []
    only_old = [i for i in old_items if i not in new_items]
    only_new = [i for i in new_items if i not in old_items]
    if only_old or only_new:
        notes.append(f"Items in one run only were not compared: {', '.join(only_old + only_new)}.")
    for side in ("old", "new"):
        status = changes[side]["status"]
        if status == "partial":
            notes.append(f"The {side} run is partial (part of the site could not be fetched), so a change "
                         "may be a page the crawler could not reach.")
        elif status in ("unreachable", "blocked"):
            notes.append(f"The {side} run is {status}, so its items could not be compared.")
    return notes


def _entry(item: dict, kind: str, detail_th: str, detail_en: str, url: str = "") -> dict:
    return {"item": item["id"], "title": item.get("title", ""), "kind": kind,
            "detail_th": detail_th, "detail_en": detail_en, "url": url}


def _not_compared(before: dict, after: dict) -> dict:
    old_status, new_status = before.get("status", ""), after.get("status", "")
    old_th, new_th = STATUS_TH.get(old_status, old_status), STATUS_TH.get(new_status, new_status)
    return _entry(after, "not_assessed", f"เปรียบเทียบไม่ได้: {old_th} → {new_th}",
                  f"could not compare: {old_status} → {new_status}")


def _compare_item(before: dict, after: dict) -> tuple[list[dict], list[dict]]:
    regressions, improvements = _status_change(before, after)
    dead, restored = _evidence_liveness(before, after)
    regressions += dead + _moved_off_site(before, after) + _content_changed(before, after)
    improvements += restored
    added, resolved = _finding_changes(before, after)
    return regressions + added, improvements + resolved


def _status_change(before: dict, after: dict) -> tuple[list[dict], list[dict]]:
    old_status, new_status = before.get("status"), after.get("status")
    if old_status not in _RANK or new_status not in _RANK or old_status == new_status:
        return [], []
    kind = "status_down" if _RANK[new_status] < _RANK[old_status] else "status_up"
    entry = _entry(after, kind, f"สถานะเปลี่ยนจาก {STATUS_TH[old_status]} เป็น {STATUS_TH[new_status]}",
                   f"{old_status} → {new_status}")
    return ([entry], []) if kind == "status_down" else ([], [entry])


def _is_2xx(status: object) -> bool:
    return isinstance(status, int) and 200 <= status < 300


def _live(item: dict) -> dict[str, dict]:
    return {ev["url"]: ev for ev in item.get("evidence") or [] if _is_2xx(ev.get("http_status"))}


def _broken(item: dict) -> dict[str, str]:
    """URL → why it does not open. The report lists only live evidence, so a link that broke
    usually shows up as a broken_link finding rather than as evidence with a 404."""
    broken = {ev["url"]: f"HTTP {ev['http_status']}" for ev in item.get("evidence") or []
              if isinstance(ev.get("http_status"), int) and not _is_2xx(ev["http_status"])}
    for finding in item.get("findings") or []:
        if finding.get("code") == "broken_link" and finding.get("url"):
            broken.setdefault(finding["url"], "broken link")
    return broken


def _evidence_liveness(before: dict, after: dict) -> tuple[list[dict], list[dict]]:
    old_live, new_broken = _live(before), _broken(after)
    dead = [_entry(after, "evidence_dead", f"หลักฐาน {url} เปิดไม่ได้แล้ว ({why})",
                   f"evidence {url} no longer opens ({why})", url)
            for url, why in new_broken.items() if url in old_live]
    old_broken = _broken(before)
    restored = [_entry(after, "evidence_restored", f"หลักฐาน {url} กลับมาเปิดได้แล้ว",
                       f"evidence {url} opens again", url)
                for url in _live(after) if url in old_broken]
    return dead, restored


def _moved_off_site(before: dict, after: dict) -> list[dict]:
    """Evidence that was on the agency's own site (main or subdomain) and now is not."""
    old_evidence, new_evidence = before.get("evidence") or [], after.get("evidence") or []
    on_site = [ev for ev in old_evidence if ev.get("placement") != "external"]
    by_url = {ev["url"]: ev for ev in on_site}
    by_label = {ev["label"]: ev for ev in on_site if ev.get("label")}
    moved: dict[str, dict] = {}
    for ev in new_evidence:
        if ev.get("placement") == "external":
            was = by_url.get(ev["url"]) or by_label.get(ev.get("label") or "")
            if was:
                moved.setdefault(ev["url"], was)
    # Under another address and label too: the best evidence was on the site and is not any more.
    if (old_evidence and old_evidence[0].get("placement") != "external"
            and new_evidence and new_evidence[0].get("placement") == "external"):
        moved.setdefault(new_evidence[0]["url"], old_evidence[0])
    return [_entry(after, "moved_off_site", f"หลักฐานย้ายออกนอกเว็บไซต์หลัก: {was['url']} → {url}",
                   f"evidence moved off the agency's website: {was['url']} → {url}", url)
            for url, was in moved.items()]


def _content_changed(before: dict, after: dict) -> list[dict]:
    """Documents at the same address with different bytes: an assessor may now see another file.

    HTML pages are left out: counters, dates and session tokens change their bytes on every
    visit, and a change reported every month would bury the real regressions.
    """
    old_live, changed = _live(before), []
    for url, ev in _live(after).items():
        was = old_live.get(url)
        if (was and was.get("sha256") and ev.get("sha256") and was["sha256"] != ev["sha256"]
                and not (ev.get("content_type") or "").startswith("text/html")):
            changed.append(_entry(after, "content_changed", f"ไฟล์ที่ {url} ถูกเปลี่ยนเนื้อหา",
                                  f"the file at {url} has different content", url))
    return changed


def _finding_changes(before: dict, after: dict) -> tuple[list[dict], list[dict]]:
    # Advisory findings never change a status on their own, so their coming and going is noise here.
    old_codes, new_codes = _codes(before), _codes(after)
    added = [_entry(after, "new_findings", f"พบปัญหาใหม่: {finding.get('message_th', '')}",
                    f"new finding: {finding.get('message_en', '')}", finding.get("url") or "")
             for code, finding in new_codes.items() if code not in old_codes]
    resolved = [_entry(after, "findings_resolved", f"แก้ไขแล้ว: {finding.get('message_th', '')}",
                       f"resolved: {finding.get('message_en', '')}", finding.get("url") or "")
                for code, finding in old_codes.items() if code not in new_codes]
    return added, resolved


def _codes(item: dict) -> dict[str, dict]:
    """The first non-advisory finding of each code."""
    codes: dict[str, dict] = {}
    for finding in item.get("findings") or []:
        if not finding.get("advisory"):
            codes.setdefault(finding["code"], finding)
    return codes


def _since(run: dict) -> str:
    date = (run["generated_at"] or "")[:10]
    if run["run_id"] is None:
        return f"the report of {date}" if date else "the earlier report"
    return f"run {run['run_id']} ({date})" if date else f"run {run['run_id']}"


def _describe(entry: dict) -> str:
    return f"{entry['item']} {entry['title']}: {entry['detail_en']}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
