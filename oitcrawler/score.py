"""Estimated OIT score by the NACC roll-up: item 100/0 → sub-indicator mean → indicator mean → OIT.

A list whose roll-up is unknown (``scoring: {method: none}``) gets no number at all, and a list
without confirmed grade bands gets a number without a grade: a made-up score would be read as
the assessor's.
"""
from __future__ import annotations

from collections import Counter
from statistics import mean

from .checklist import Checklist

NOTE_TH = "คะแนนประมาณการจากการตรวจเว็บไซต์อัตโนมัติ ไม่ใช่ผลการประเมินของสำนักงาน ป.ป.ช."
NOTE_EN = "Estimated from an automated website check; not the NACC's assessment."


def grade(checklist: Checklist, score: float) -> str | None:
    for name, minimum in checklist.grade_bands:
        if score >= minimum:
            return name
    return checklist.grade_bands[-1][0] if checklist.grade_bands else None


def _rollup(checklist: Checklist, points: dict[str, float]) -> dict:
    subs = {}
    for ind in checklist.indicators:
        for sub in ind.sub_indicators:
            members = [points[i.id] for i in checklist.items if i.sub_indicator == sub.id]
            subs[sub.id] = round(mean(members), 2)
    indicators = {ind.id: round(mean(subs[s.id] for s in ind.sub_indicators), 2)
                  for ind in checklist.indicators}
    return {"oit": round(mean(indicators.values()), 2), "indicators": indicators,
            "sub_indicators": subs}


def item_weights(checklist: Checklist) -> dict[str, float]:
    """Points of the OIT score (out of 100) each item is worth in the NACC roll-up:
    1 / items in its sub-indicator / sub-indicators in its indicator / indicators."""
    subs_of = {sub.id: ind for ind in checklist.indicators for sub in ind.sub_indicators}
    sizes = Counter(i.sub_indicator for i in checklist.items)
    return {i.id: round(100 / sizes[i.sub_indicator] / len(subs_of[i.sub_indicator].sub_indicators)
                        / len(checklist.indicators), 4) for i in checklist.items}


def estimate(checklist: Checklist, statuses: dict[str, str]) -> dict:
    """Score with items that could not be assessed counted as 0, plus the best case."""
    counts = {"passed": sum(1 for s in statuses.values() if s == "pass"), "items": len(statuses)}
    if checklist.scoring_method == "none":
        return {
            "oit": None, "indicators": {}, "sub_indicators": {}, "range": None, "grade": None,
            "pass_mark": None, **counts, "estimate": False, "method": "none",
            "note_th": (f"ไม่ประมาณคะแนน: ไม่ทราบวิธีคิดคะแนนรวมของแบบตรวจ {checklist.id} "
                        "จึงแสดงเฉพาะผลรายข้อ " + checklist.scoring_note_th).strip(),
            "note_en": (f"No estimated score: how {checklist.id} rolls item results up into a score is "
                        "not known, so only the per-item results are shown. " + checklist.scoring_note_en).strip(),
        }
    worst = _rollup(checklist, {i: 100.0 if s == "pass" else 0.0 for i, s in statuses.items()})
    best = _rollup(checklist, {i: 100.0 if s in ("pass", "not_assessed") else 0.0
                               for i, s in statuses.items()})
    note_th, note_en = NOTE_TH, NOTE_EN
    if not checklist.grade_bands:
        note_th += " ไม่แสดงระดับคะแนน (AA–F) เพราะยังไม่ยืนยันช่วงคะแนนของปีนี้"
        note_en += " No grade is shown: this year's grade bands are not confirmed."
    if checklist.scoring_note_th:
        note_th, note_en = f"{note_th} {checklist.scoring_note_th}", f"{note_en} {checklist.scoring_note_en}"
    return {
        **worst,
        "range": [worst["oit"], best["oit"]],
        "grade": grade(checklist, worst["oit"]),
        "pass_mark": checklist.pass_mark,
        **counts,
        "estimate": True,
        "method": checklist.scoring_method,
        "weights": item_weights(checklist),
        "note_th": note_th,
        "note_en": note_en,
    }
