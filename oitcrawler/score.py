"""Estimated OIT score by the NACC roll-up: item 100/0 → sub-indicator mean → indicator mean → OIT."""
from __future__ import annotations

from statistics import mean

from .checklist import Checklist


def grade(checklist: Checklist, score: float) -> str:
    for name, minimum in checklist.grade_bands:
        if score >= minimum:
            return name
    return checklist.grade_bands[-1][0]


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


def estimate(checklist: Checklist, statuses: dict[str, str]) -> dict:
    """Score with items that could not be assessed counted as 0, plus the best case."""
    worst = _rollup(checklist, {i: 100.0 if s == "pass" else 0.0 for i, s in statuses.items()})
    best = _rollup(checklist, {i: 100.0 if s in ("pass", "not_assessed") else 0.0
                               for i, s in statuses.items()})
    return {
        **worst,
        "range": [worst["oit"], best["oit"]],
        "grade": grade(checklist, worst["oit"]),
        "pass_mark": checklist.pass_mark,
        "passed": sum(1 for s in statuses.values() if s == "pass"),
        "items": len(statuses),
        "estimate": True,
        "note_th": "คะแนนประมาณการจากการตรวจเว็บไซต์อัตโนมัติ ไม่ใช่ผลการประเมินของสำนักงาน ป.ป.ช.",
        "note_en": "Estimated from an automated website check; not the NACC's assessment.",
    }
