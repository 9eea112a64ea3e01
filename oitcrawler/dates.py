"""Years as Thai agencies write them, and which years an item's window asks for.

Thai government text uses Buddhist-era years (B.E. = A.D. + 543), in Thai or Arabic
digits, four digits ("พ.ศ. ๒๕๖๖") or two after a marker ("ต.ค.65", "ITA66").
Fiscal year N runs 1 October N-1 to 30 September N.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from .thai import norm

MIN_BE, MAX_BE = 2540, 2600
_MONTH_ABBR = r"(?:ม\.?ค|ก\.?พ|มี\.?ค|เม\.?ย|พ\.?ค|มิ\.?ย|ก\.?ค|ส\.?ค|ก\.?ย|ต\.?ค|พ\.?ย|ธ\.?ค)\.?"
_MONTH_FULL = (r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|"
               r"กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)")
_BE4 = re.compile(r"(?<!\d)(25[4-9]\d)(?!\d)")
# "2565-2569", "๒๕๖๖–๗๐", "2566 ถึง พ.ศ. 2570": a multi-year period (norm() has unified the dashes).
_RANGE = re.compile(r"(?<!\d)(25[4-9]\d)\s*(?:-|ถึง|to)\s*(?:(?:พ\.?\s?ศ\.?|ปีงบประมาณ|ปี)\s*)?(25[4-9]\d|\d{2})(?!\d)",
                    re.I)
_SHORT = re.compile(r"(?:พ\.?\s?ศ\.?|ปีงบประมาณ|ปีงบ|ปี|ita|oit|" + _MONTH_ABBR + "|" + _MONTH_FULL +
                    r")\s*[-_]?\s*(\d{2})(?!\d)", re.I)
_AD = re.compile(r"(?:ค\.?\s?ศ\.?|(?:ita|oit)[-_]?)\s*(20[0-5]\d)(?!\d)", re.I)


def years_in(text: str) -> set[int]:
    """B.E. years a text refers to (ranges expanded, at most 10 years each)."""
    if not text:
        return set()
    t = norm(text)
    years = {int(y) for y in _BE4.findall(t)} | _ranges(t)
    for y in _SHORT.findall(t):
        be = 2500 + int(y)
        if 2540 <= be <= MAX_BE:
            years.add(be)
    years.update(int(y) + 543 for y in _AD.findall(t))
    return {y for y in years if MIN_BE <= y <= MAX_BE}


def _ranges(t: str, starting: set[int] | None = None) -> set[int]:
    """Every year of the multi-year periods a normalised text names (at most 10 years each)."""
    years: set[int] = set()
    for a, b in _RANGE.findall(t):
        start, end = int(a), (int(b) if len(b) == 4 else 2500 + int(b))
        if start < end <= start + 10 and (starting is None or start in starting):
            years.update(range(start, end + 1))
    return years


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


# --- months and fiscal years ----------------------------------------------------------

_MONTHS = [
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
]
MONTH_NAMES_TH = [full for full, _ in _MONTHS]
MONTH_ABBR_TH = [abbr for _, abbr in _MONTHS]
MONTH_ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _month_alternatives() -> dict[str, int]:
    table = {}
    for number, (full, abbr) in enumerate(_MONTHS, 1):
        table[full] = number
        bare = abbr.replace(".", "")
        table[abbr] = table[abbr[:-1]] = table[bare + "."] = table[bare] = number
    table["กรกฏาคม"] = 7  # a common misspelling
    return table


_MONTH_TABLE = _month_alternatives()
# Full names stand anywhere ("เดือนมีนาคม"); abbreviations only where no Thai letter precedes.
_FULL = set(MONTH_NAMES_TH) | {"กรกฏาคม"}
_MONTH_RE = "(?:" + "|".join(re.escape(k) for k in sorted(_FULL, key=len, reverse=True)) + \
    "|(?<![ก-ฮ])(?:" + "|".join(re.escape(k) for k in sorted(set(_MONTH_TABLE) - _FULL, key=len,
                                                          reverse=True)) + "))"
_YEAR_RE = r"(?:พ\.?\s?ศ\.?\s*)?(25[4-9]\d|\d{2})(?!\d)"
_MONTH_YEAR = re.compile(rf"({_MONTH_RE})\s*{_YEAR_RE}")
_MONTH_RANGE = re.compile(rf"({_MONTH_RE})\s*(?:{_YEAR_RE})?\s*(?:-|ถึง)\s*(?:\d{{1,2}}\s*)?({_MONTH_RE})\s*{_YEAR_RE}")
_FISCAL = re.compile(r"ปีงบประมาณ\s*(?:พ\.?\s?ศ\.?)?\s*(25[4-9]\d|\d{2})(?!\d)")


def _be(year: str) -> int:
    value = int(year)
    return value if value > 100 else 2500 + value


def fiscal_year_of(be_year: int, month: int) -> int:
    return be_year + 1 if month >= 10 else be_year


def _months_between(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    y, m = start
    while (y, m) <= end and len(out) < 24:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_ranges(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, end) month ranges a text names ("1 ตุลาคม 2568 - 31 มีนาคม 2569"), as (B.E. year, month)."""
    if not text:
        return []
    found = []
    for m1, y1, m2, y2 in _MONTH_RANGE.findall(norm(text)):
        end = (_be(y2), _MONTH_TABLE[m2])
        start_month = _MONTH_TABLE[m1]
        start_year = _be(y1) if y1 else (end[0] if start_month <= end[1] else end[0] - 1)
        if MIN_BE <= start_year <= MAX_BE and MIN_BE <= end[0] <= MAX_BE:
            found.append(((start_year, start_month), end))
    return found


def months_mentioned(text: str) -> set[tuple[int, int]]:
    """(B.E. year, month) pairs a text names, ranges expanded ("ต.ค.65 - มี.ค.66")."""
    if not text:
        return set()
    t = norm(text)
    found = set()
    for start, end in month_ranges(t):
        found.update(_months_between(start, end))
    for month, year in _MONTH_YEAR.findall(t):
        be = _be(year)
        if MIN_BE <= be <= MAX_BE:
            found.add((be, _MONTH_TABLE[month]))
    return found


def fiscal_years_in(text: str, prefer_stated: bool = True) -> set[int]:
    """Fiscal years a text refers to: "ปีงบประมาณ 2566" if stated, else dated months and years.

    A plain year ("ประจำปี พ.ศ. 2566") is read as that fiscal year, the reading agencies
    mean almost always; a dated month is placed in its fiscal year (ต.ค. 2565 is FY2566).
    For activities (``prefer_stated=False``) the date counts as much as a stated year: a
    hearing held in February 2566 about the 2567 plan is an FY2566 activity.
    """
    if not text:
        return set()
    t = norm(text)
    years = {_be(y) for y in _FISCAL.findall(t)}
    if years and prefer_stated:
        # A document that states its fiscal year means it (and the whole period, for a plan of
        # "ปีงบประมาณ 2565 - 2568"); its publication date and upload folder say nothing more.
        return {y for y in years | _ranges(t, starting=years) if MIN_BE <= y <= MAX_BE}
    years.update(fiscal_year_of(y, m) for y, m in months_mentioned(t))
    # Years already read as part of a dated month say nothing more on their own.
    years.update(years_in(_MONTH_YEAR.sub(" ", _MONTH_RANGE.sub(" ", t))))
    return {y for y in years if MIN_BE <= y <= MAX_BE}


def first_half_months(fiscal_year: int) -> list[tuple[int, int]]:
    """October to March of a fiscal year, as (B.E. year, month)."""
    return _months_between((fiscal_year - 1, 10), (fiscal_year, 3))


def fiscal_months_until(fiscal_year: int, as_of_be: tuple[int, int]) -> list[tuple[int, int]]:
    """Every month of the fiscal year up to and including the month before ``as_of``."""
    end = min((fiscal_year, 9), (as_of_be[0], as_of_be[1] - 1) if as_of_be[1] > 1 else (as_of_be[0] - 1, 12))
    return _months_between((fiscal_year - 1, 10), end)


def month_label(year_month: tuple[int, int]) -> str:
    year, month = year_month
    return f"{MONTH_ABBR_TH[month - 1]} {year % 100:02d}"


def month_label_en(year_month: tuple[int, int]) -> str:
    """"Feb 2023" for (2566, 2): the English beside month_label's "ก.พ. 66"."""
    year, month = year_month
    return f"{MONTH_ABBR_EN[month - 1]} {year - 543}"


# --- reporting rounds (quarters of the fiscal year) ---------------------------------------

# MOPH items are reported in rounds named after the quarter they fall in ("ไตรมาสที่ 2",
# "ไตรมาส ๔"), after the months they cover ("รอบ 6 เดือน", "รอบ 12 เดือน") or by order
# ("รอบแรก", "รอบที่ 2"). Thai digits are folded by norm() before these run.
_QUARTER_MARK = re.compile(r"ไตรมาส\s*(?:ที่\s*)?([1-4])(?!\d)|(?<![a-z0-9])q([1-4])(?![0-9])", re.I)
_MONTHS_MARK = re.compile(r"รอบ\s*(3|6|9|12)\s*เดือน|(?<!\d)(6)\s*เดือนแรก")
_ORDINAL_MARK = re.compile(r"รอบ\s*(?:ที่\s*)?(?:([1-4])(?!\s*\d)(?!\s*(?:เดือน|ครั้ง))|(แรก|หนึ่ง|สอง|สาม|สี่))")
_HALF_MARK = re.compile(r"ครึ่งปี\s*(แรก|หลัง)")
_ORDINALS = {"แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4}


def quarter_of(be_year: int, month: int) -> tuple[int, int]:
    """(fiscal year, quarter) of a month: October–December is quarter 1 of the next fiscal year."""
    quarter = (month - 10) // 3 + 1 if month >= 10 else (month - 1) // 3 + 2
    return fiscal_year_of(be_year, month), quarter


def quarter_months(fiscal_year: int, quarter: int) -> list[tuple[int, int]]:
    """The three months of a quarter of a fiscal year, as (B.E. year, month)."""
    first = (fiscal_year - 1, 10) if quarter == 1 else (fiscal_year, 3 * quarter - 5)
    return _months_between(first, (first[0], first[1] + 2))


def quarter_end(fiscal_year: int, quarter: int) -> date:
    """Last day (A.D. date) of a quarter of a B.E. fiscal year."""
    end_month = {1: 12, 2: 3, 3: 6, 4: 9}[quarter]
    year = fiscal_year - 543 - (1 if quarter == 1 else 0)
    following = date(year + 1, 1, 1) if end_month == 12 else date(year, end_month + 1, 1)
    return following - timedelta(days=1)


def rounds_named(text: str, rounds: tuple[int, ...] = (1, 2, 3, 4)) -> set[tuple[int | None, int]]:
    """(fiscal year or None, quarter) of the rounds a text says it reports on.

    ``rounds`` turns "รอบแรก"/"รอบที่ 2" into quarters. Markers carry no year (None: the
    text's fiscal year applies); a range of months counts for the quarter it ends in, with
    its year: a 6-month report "1 ต.ค. 2568 – 31 มี.ค. 2569" is round 2 of FY2569.
    """
    if not text:
        return set()
    t = norm(text)
    quarters = {int(a or b) for a, b in _QUARTER_MARK.findall(t)}
    quarters |= {{3: 1, 6: 2, 9: 3, 12: 4}[int(a or b)] for a, b in _MONTHS_MARK.findall(t)}
    quarters |= {2 if half == "แรก" else 4 for half in _HALF_MARK.findall(t)}
    for digit, word in _ORDINAL_MARK.findall(t):
        n = int(digit) if digit else _ORDINALS[word]
        if n <= len(rounds):
            quarters.add(rounds[n - 1])
    found: set[tuple[int | None, int]] = {(None, q) for q in quarters}
    found |= {quarter_of(*end) for _, end in month_ranges(t)}
    return found


def latest_due_round(rounds: tuple[int, ...], fiscal_year: int, as_of: date) -> tuple[int, int] | None:
    """The latest round (fiscal year, quarter) of ``fiscal_year`` that is due at ``as_of``.

    A round is due once its quarter has ended, with no grace: MOPH sets its deadlines
    inside the quarter (a hospital's 2567 hub quotes 28 March for the 6-month round and
    13 September for the 12-month round), so a round missing after its quarter is overdue.
    Before the first round of the year is due, the last round of the previous fiscal year
    is the one that must show.
    """
    candidates = [(fy, q) for fy in (fiscal_year - 1, fiscal_year) for q in rounds]
    due = [r for r in candidates if quarter_end(*r) < as_of]
    return max(due) if due else None


def thai_date(day: date) -> str:
    """"31 มี.ค. 2569": a date as Thai agencies write it (Buddhist era)."""
    return f"{day.day} {MONTH_ABBR_TH[day.month - 1]} {day.year + 543}"


def english_date(day: date) -> str:
    """"31 Mar 2026": the English beside thai_date."""
    return f"{day.day} {MONTH_ABBR_EN[day.month - 1]} {day.year}"


# Thailand keeps one offset all year, so no time-zone database is needed.
BANGKOK = timezone(timedelta(hours=7), "ICT")


def bangkok_time(value: str) -> datetime | None:
    """An ISO date or time from a report, in Bangkok time (a date alone stays midnight), or None."""
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.astimezone(BANGKOK) if when.tzinfo else when.replace(tzinfo=BANGKOK)


def human_date(value: str, with_time: bool = True) -> tuple[str, str]:
    """(Thai, English) of an ISO date or time for people: "15 พ.ค. 2566 09:30 น." in Bangkok time.

    A value that is not ISO is given back as it is, on both sides.
    """
    when = bangkok_time(value) if value else None
    if when is None:
        return str(value or ""), str(value or "")
    th, en = thai_date(when.date()), english_date(when.date())
    if with_time and "T" in str(value):
        th += f" {when:%H:%M} น."
        en += f" {when:%H:%M} (Bangkok)"
    return th, en
