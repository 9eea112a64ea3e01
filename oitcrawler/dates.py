"""Years as Thai agencies write them, and which years an item's window asks for.

Thai government text uses Buddhist-era years (B.E. = A.D. + 543), in Thai or Arabic
digits, four digits ("พ.ศ. ๒๕๖๖") or two after a marker ("ต.ค.65", "ITA66").
Fiscal year N runs 1 October N-1 to 30 September N.
"""
from __future__ import annotations

import re

from .thai import norm

MIN_BE, MAX_BE = 2540, 2600
_MONTH_ABBR = r"(?:ม\.?ค|ก\.?พ|มี\.?ค|เม\.?ย|พ\.?ค|มิ\.?ย|ก\.?ค|ส\.?ค|ก\.?ย|ต\.?ค|พ\.?ย|ธ\.?ค)\.?"
_MONTH_FULL = (r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|"
               r"กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)")
_BE4 = re.compile(r"(?<!\d)(25[4-9]\d)(?!\d)")
_RANGE4 = re.compile(r"(?<!\d)(25[4-9]\d)\s*[-–]\s*(25[4-9]\d)(?!\d)")
_SHORT = re.compile(r"(?:พ\.?\s?ศ\.?|ปีงบประมาณ|ปีงบ|ปี|ita|oit|" + _MONTH_ABBR + "|" + _MONTH_FULL +
                    r")\s*[-_]?\s*(\d{2})(?!\d)", re.I)
_AD = re.compile(r"(?:ค\.?\s?ศ\.?|(?:ita|oit)[-_]?)\s*(20[0-5]\d)(?!\d)", re.I)


def years_in(text: str) -> set[int]:
    """B.E. years a text refers to (ranges expanded, at most 10 years each)."""
    if not text:
        return set()
    t = norm(text)
    years = {int(y) for y in _BE4.findall(t)}
    for a, b in _RANGE4.findall(t):
        a, b = int(a), int(b)
        if a < b <= a + 10:
            years.update(range(a, b + 1))
    for y in _SHORT.findall(t):
        be = 2500 + int(y)
        if 2540 <= be <= MAX_BE:
            years.add(be)
    years.update(int(y) + 543 for y in _AD.findall(t))
    return {y for y in years if MIN_BE <= y <= MAX_BE}


def window_years(window: str, fiscal_year: int) -> set[int]:
    """The B.E. years whose mention makes evidence fit the window (empty: any year fits).

    A fiscal-year document is often labelled with the calendar year in which most of it
    falls, so both readings are accepted where the reference leaves it open.
    """
    if window == "current":
        return set()
    if window == "previous_fiscal_year":
        return {fiscal_year - 1}
    if window == "previous_ita":
        return {fiscal_year - 1, fiscal_year}
    return {fiscal_year}


def year_fit(years: set[int], window: str, fiscal_year: int) -> str:
    """``fits``, ``older``, ``newer`` or ``undated`` for the years found on a piece of evidence."""
    wanted = window_years(window, fiscal_year)
    if not wanted:
        return "fits"
    if not years:
        return "undated"
    if years & wanted:
        return "fits"
    return "older" if max(years) < min(wanted) else "newer"
