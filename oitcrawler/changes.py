"""What changed between two runs of a site: regressions, improvements, and what could not be compared.

Both sides are report-shaped dicts, so a fresh report.json and a run loaded from the history
(``history.load_run``) compare alike. The point is the monthly cron mail: tell the agency what
broke since last month before an assessor finds it. Three rules keep that mail trustworthy:

* an item not assessed in either run is listed under ``not_compared``, never as a
  regression: "could not see it" is not "it broke";
* item numbers mean different things in different checklist years, so runs of different
  checklists are not compared item by item at all;
* each change is listed once: a status that moved carries its causes (the link that broke,
  the finding that appeared), and a finding that restates an evidence change is that change.
  An item missing in both runs has nothing left to lose, so a more specific finding for it
  ("a label without a link" where there was "not found") is neither a regression nor a fix.

Every text is Thai first with the English beside it (``detail_th``/``detail_en``,
``note_th``/``note_en``); entries name the item by its stable ``item`` id and by ``code`` as
the list writes it ("O4", "MOIT 5").
"""
from __future__ import annotations

from typing import Any

from .checklist import display_code
from .dates import human_date
from .vocabulary import SITE_STATUS_TH, STATUS_TH, text

_RANK = {"missing": 0, "incomplete": 1, "pass": 2}
# Findings that restate an evidence change of the same URL.
_RESTATES = {"broken_link": "evidence_dead", "off_site": "moved_off_site"}


def compare(old: dict, new: dict) -> dict:
    """Regressions and improvements from ``old`` to ``new`` (JSON-serialisable, stable keys)."""
    changes: dict[str, Any] = {"old": _run_summary(old), "new": _run_summary(new), "comparable": True,
                               "note_th": "", "note_en": "", "regressions": [], "improvements": [],
                               "unchanged": [], "not_compared": []}
    old_list, new_list = changes["old"]["checklist"], changes["new"]["checklist"]
    if old_list != new_list:
        changes["comparable"] = False
        changes["note_th"], changes["note_en"] = text("changes.different_lists", old=old_list, new=new_list)
        return changes
    prefix = (new.get("checklist") or {}).get("code_prefix", "O")
    old_items = {item["id"]: item for item in old.get("items") or []}
    new_items = {item["id"]: item for item in new.get("items") or []}
    for item_id, after in new_items.items():
        before = old_items.get(item_id)
        if before is None:
            continue
        if "not_assessed" in (before.get("status"), after.get("status")):
            changes["not_compared"].append(_not_compared(before, after, prefix))
            continue
        regressions, improvements = _compare_item(before, after, prefix)
        changes["regressions"] += regressions
        changes["improvements"] += improvements
        if not regressions and not improvements:
            changes["unchanged"].append(item_id)
    notes = _notes(changes, old_items, new_items, prefix)
    changes["note_th"] = " ".join(th for th, _ in notes)
    changes["note_en"] = " ".join(en for _, en in notes)
    return changes


def has_regressions(changes: dict) -> bool:
    return bool(changes["regressions"])


def summary_pairs(changes: dict) -> list[tuple[str, str, str]]:
    """The changes as (indent, Thai, English) lines: a heading, then one line per change."""
    since = _since(changes["old"])
    if not changes["comparable"]:
        return [("", *text("changes.not_compared_runs", since=since, note=(changes["note_th"], changes["note_en"])))]
    regressions, improvements = changes["regressions"], changes["improvements"]
    head = text("changes.head", regressions=_count(len(regressions), "regression"),
                improvements=_count(len(improvements), "improvement"), since=since)
    old_score, new_score = changes["old"]["score"], changes["new"]["score"]
    if old_score is not None and new_score is not None:
        score = text("changes.score", old=str(old_score), new=str(new_score))
        head = (head[0] + score[0], head[1] + score[1])
    lines = [("", *head)]
    lines += [("  - ", *_describe(entry)) for entry in regressions]
    lines += [("  + ", *_describe(entry)) for entry in improvements]
    if changes["not_compared"]:
        codes = ", ".join(entry["code"] for entry in changes["not_compared"])
        lines.append(("  ? ", *text("changes.could_not_compare", count=_count(len(changes["not_compared"]), "item"),
                                     codes=codes)))
    if changes["note_th"]:
        lines.append(("  ", *text("changes.note", note=(changes["note_th"], changes["note_en"]))))
    return lines


def summary_lines(changes: dict) -> list[str]:
    """A few terminal lines: each change in Thai, with its English on the line below."""
    lines = []
    for indent, th, en in summary_pairs(changes):
        lines += [f"{indent}{th}", f"{' ' * len(indent)}    {en}"]
    return lines


def summary_texts(changes: dict) -> tuple[str, str]:
    """(Thai, English) of the whole summary, one change a line: for a webhook's message."""
    pairs = summary_pairs(changes)
    return "\n".join(f"{i}{th}" for i, th, _ in pairs), "\n".join(f"{i}{en}" for i, _, en in pairs)


def _run_summary(report: dict) -> dict:
    score = report.get("score") or {}
    return {"run_id": report.get("run_id"), "site": report.get("site"),
            "checklist": (report.get("checklist") or {}).get("id"), "as_of": report.get("as_of"),
            "generated_at": report.get("generated_at"), "status": report.get("status"),
            "score": score.get("oit"), "grade": score.get("grade")}


def _notes(changes: dict, old_items: dict, new_items: dict, prefix: str) -> list[tuple[str, str]]:
    notes = []
    one_run = [old_items[i] for i in old_items if i not in new_items] + \
        [new_items[i] for i in new_items if i not in old_items]
    if one_run:
        notes.append(text("changes.one_run_only", codes=", ".join(display_code(i, prefix) for i in one_run)))
    for side, side_th in (("old", "ครั้งก่อน"), ("new", "ครั้งนี้")):
        status = changes[side]["status"]
        if status == "partial":
            notes.append(text("changes.partial_run", side=(side_th, side)))
        elif status in ("unreachable", "blocked"):
            notes.append(text("changes.unassessed_run", side=(side_th, side),
                              status=(SITE_STATUS_TH.get(status, status), status)))
    return notes


def _entry(item: dict, prefix: str, kind: str, detail: tuple[str, str], url: str = "") -> dict:
    return {"item": item["id"], "code": display_code(item, prefix), "title": item.get("title", ""), "kind": kind,
            "detail_th": detail[0], "detail_en": detail[1], "url": url}


def _not_compared(before: dict, after: dict, prefix: str) -> dict:
    old_status, new_status = before.get("status", ""), after.get("status", "")
    return _entry(after, prefix, "not_assessed",
                  text("changes.status_not_compared", old=(STATUS_TH.get(old_status, old_status), old_status),
                       new=(STATUS_TH.get(new_status, new_status), new_status)))


# One change of an item: its kind, (Thai, English) and the URL it concerns.
Change = tuple[str, tuple[str, str], str]


def _compare_item(before: dict, after: dict, prefix: str) -> tuple[list[dict], list[dict]]:
    old_status, new_status = before.get("status"), after.get("status")
    if old_status == new_status == "missing":
        return [], []
    dead, restored = _evidence_liveness(before, after)
    moved = _moved_off_site(before, after)
    added, resolved = _finding_changes(before, after)
    evidence_urls = {(kind, url) for kind, _, url in dead + moved}
    # "not found" says no more than a status that fell to missing does.
    found = [("new_findings", (f.get("message_th", ""), f.get("message_en", "")), f.get("url") or "")
             for code, f in added if (_RESTATES.get(code, ""), f.get("url") or "") not in evidence_urls
             and code != "not_found"]
    worse = dead + moved + _content_changed(before, after)
    better = restored + resolved
    if old_status in _RANK and new_status in _RANK and old_status != new_status:
        status = text("changes.status", old=(STATUS_TH[old_status], old_status),
                      new=(STATUS_TH[new_status], new_status))
        down = _RANK[new_status] < _RANK[old_status]
        causes = worse + found if down else better
        entry = _entry(after, prefix, "status_down" if down else "status_up", _because(status, causes),
                       causes[0][2] if causes else "")
        return ([entry], []) if down else ([], [entry])
    found = [(kind, text("changes.new_finding", message=detail), url) for kind, detail, url in found]
    return ([_entry(after, prefix, kind, detail, url) for kind, detail, url in worse + found],
            [_entry(after, prefix, kind, detail, url) for kind, detail, url in better])


def _because(status: tuple[str, str], causes: list[Change]) -> tuple[str, str]:
    if not causes:
        return status
    return (f"{status[0]}: " + "; ".join(c[1][0] for c in causes[:3]),
            f"{status[1]}: " + "; ".join(c[1][1] for c in causes[:3]))


def _is_2xx(status: object) -> bool:
    return isinstance(status, int) and 200 <= status < 300


def _live(item: dict) -> dict[str, dict]:
    return {ev["url"]: ev for ev in item.get("evidence") or [] if _is_2xx(ev.get("http_status"))}


def _broken(item: dict) -> dict[str, tuple[str, str]]:
    """URL → why it does not open. The report lists only live evidence, so a link that broke
    usually shows up as a broken_link finding rather than as evidence with a 404."""
    broken = {ev["url"]: (f"HTTP {ev['http_status']}", f"HTTP {ev['http_status']}")
              for ev in item.get("evidence") or []
              if isinstance(ev.get("http_status"), int) and not _is_2xx(ev["http_status"])}
    for finding in item.get("findings") or []:
        if finding.get("code") == "broken_link" and finding.get("url"):
            broken.setdefault(finding["url"], text("changes.broken_link"))
    return broken


def _evidence_liveness(before: dict, after: dict) -> tuple[list[Change], list[Change]]:
    old_live, new_broken = _live(before), _broken(after)
    dead = [("evidence_dead", text("changes.evidence_dead", url=url, why=why), url)
            for url, why in new_broken.items() if url in old_live]
    old_broken = _broken(before)
    restored = [("evidence_restored", text("changes.evidence_restored", url=url), url)
                for url in _live(after) if url in old_broken]
    return dead, restored


def _moved_off_site(before: dict, after: dict) -> list[Change]:
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
    return [("moved_off_site", text("changes.moved_off_site", old=was["url"], new=url), url)
            for url, was in moved.items()]


def _content_changed(before: dict, after: dict) -> list[Change]:
    """Documents at the same address with different bytes: an assessor may now see another file.

    HTML pages are left out: counters, dates and session tokens change their bytes on every
    visit, and a change reported every month would bury the real regressions.
    """
    old_live, changed = _live(before), []
    for url, ev in _live(after).items():
        was = old_live.get(url)
        if (was and was.get("sha256") and ev.get("sha256") and was["sha256"] != ev["sha256"]
                and not (ev.get("content_type") or "").startswith("text/html")):
            changed.append(("content_changed", text("changes.content_changed", url=url), url))
    return changed


def _finding_changes(before: dict, after: dict) -> tuple[list[tuple[str, dict]], list[Change]]:
    """(code, finding) of the findings that appeared, and the changes of those that went away."""
    # Advisory findings never change a status on their own, so their coming and going is noise here.
    old_codes, new_codes = _codes(before), _codes(after)
    added = [(code, f) for code, f in new_codes.items() if code not in old_codes]
    resolved = [("findings_resolved", text("changes.resolved", message=(f.get("message_th", ""),
                                                                          f.get("message_en", ""))),
                 f.get("url") or "") for code, f in old_codes.items() if code not in new_codes and code != "not_found"]
    return added, resolved


def _codes(item: dict) -> dict[str, dict]:
    """The first non-advisory finding of each code."""
    codes: dict[str, dict] = {}
    for finding in item.get("findings") or []:
        if not finding.get("advisory"):
            codes.setdefault(finding["code"], finding)
    return codes


def _since(run: dict) -> tuple[str, str]:
    day = human_date(run["generated_at"], with_time=False) if run["generated_at"] else ("", "")
    if run["run_id"] is None:
        return text("changes.since_report", date=day) if day[0] else text("changes.since_earlier_report")
    return text("changes.since_run", run=str(run["run_id"]), date=day) if day[0] else \
        text("changes.since_run_undated", run=str(run["run_id"]))


def _describe(entry: dict) -> tuple[str, str]:
    return f"{entry['code']} {entry['title']}: {entry['detail_th']}", f"{entry['code']}: {entry['detail_en']}"


def _count(count: int, noun: str) -> tuple[str, str]:
    """(the number, the number with an English noun): Thai needs no plural."""
    return str(count), f"{count} {noun}" if count == 1 else f"{count} {noun}s"
