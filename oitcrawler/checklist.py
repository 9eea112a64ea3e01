"""Load and validate checklist YAML files (see checklists/FORMAT.md).

The checklist is data: item lists, labels, windows and elements live in YAML, one
file per assessment year. This module only reads and checks them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from .dates import english_date, thai_date
from .thai import squash

WINDOWS = ("current", "fiscal_year", "first_half", "previous_fiscal_year", "previous_ita", "rounds")
EVIDENCE_KINDS = ("page", "document", "external_channel", "home_page")
SOURCES = ("sourced", "partly_sourced", "unconfirmed")
# Content checks that need logic, not just patterns (oitcrawler.checks).
CHECK_NAMES = ("executives", "contact", "monthly_summary", "corruption_channel", "two_way_qa")
# How item results roll up into a score: ``nacc`` (item 100/0 → sub-indicator mean → indicator
# mean → OIT) or ``none`` for a scheme whose roll-up is not known: no number is made up.
SCORING_METHODS = ("nacc", "none")
# Hostile or mistaken input: the bundled lists are under 150 KB with at most 43 items.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ITEMS = 500


def bundled_dir() -> Path:
    """The checklists shipped with oitcrawler (a source checkout or an installed package)."""
    beside = Path(__file__).resolve().parent.parent / "checklists"
    if beside.is_dir():
        return beside
    from importlib.resources import files

    return Path(str(files("oitcrawler") / "checklists"))


class ChecklistError(ValueError):
    """A checklist file that cannot be used; the message names file, item and field."""


def item_code(code: int, prefix: str = "O") -> str:
    """How people write an item's code: ``O21``, or ``MOIT 5`` with the prefix ``"MOIT "``."""
    return f"{prefix}{code}"


def display_code(item: dict, prefix: str = "O") -> str:
    """The code of an item of a report (or of a recorded run) as people write it ("O21", "MOIT 5").

    Reports keep the stable id ("o21", "moit5") for programs; people read this. A run
    recorded before codes were kept has only the id, upper-cased here.
    """
    code = item.get("code")
    return item_code(code, prefix) if isinstance(code, int) else str(item.get("id", "")).upper()


@dataclass(frozen=True)
class Element:
    id: str
    th: str
    en: str
    provisional: bool = False
    patterns: tuple[str, ...] = ()    # any one present in the evidence text shows the element


@dataclass(frozen=True)
class Item:
    id: str
    code: int
    title_th: str
    title_en: str
    indicator: str
    sub_indicator: str
    window: str
    labels: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    url_tokens: tuple[re.Pattern, ...] = ()
    evidence_kinds: tuple[str, ...] = ("page", "document")
    external_ok: bool = False
    elements: tuple[Element, ...] = ()
    group_th: str = ""
    window_note: str = ""
    remediation_th: str = ""
    remediation_en: str = ""
    source: str = "unconfirmed"
    provisional: bool = False
    checks: tuple[str, ...] = ()
    dated_by: str = "period"          # period: the period it covers; activity: when it happened
    previous: tuple[str, ...] | None = None   # same-topic items of the previous checklist; None = not mapped
    rounds: tuple[int, ...] = ()      # window ``rounds``: the quarters of the fiscal year that are reported
    display: str = ""                 # the code as people write it ("O21", "MOIT 5"); see item_code()


@dataclass(frozen=True)
class SubIndicator:
    id: str
    title_th: str
    title_en: str


@dataclass(frozen=True)
class Indicator:
    id: str
    title_th: str
    title_en: str
    sub_indicators: tuple[SubIndicator, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    scheme: str
    ita_year: int
    title_th: str
    title_en: str
    items: tuple[Item, ...]
    indicators: tuple[Indicator, ...]
    grade_bands: tuple[tuple[str, float], ...]    # empty: no confirmed grades
    pass_mark: float | None
    provisional: bool = False
    notes: str = ""
    previous: str = ""               # id of the checklist that items' `previous` lists refer to
    path: str = ""
    code_prefix: str = "O"           # printed before an item's code: "O" (O21) or "MOIT " (MOIT 5)
    scoring_method: str = "nacc"     # see SCORING_METHODS
    scoring_note_th: str = ""        # why the score is (not) estimated the way it is
    scoring_note_en: str = ""
    by_id: dict = field(default_factory=dict, compare=False, repr=False)

    def item(self, item_id: str) -> Item:
        return self.by_id[item_id]

    def summary(self) -> dict:
        return {
            "id": self.id,
            "scheme": self.scheme,
            "ita_year": self.ita_year,
            "title_th": self.title_th,
            "title_en": self.title_en,
            "provisional": self.provisional,
            "items": len(self.items),
            "provisional_items": sum(1 for i in self.items if i.provisional),
            "code_prefix": self.code_prefix,
            "scoring_method": self.scoring_method,
            "path": self.path,
        }


class _Reader:
    """Pulls typed fields out of a mapping and names the place of any error."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, where: str, message: str):
        raise ChecklistError(f"{self.path}: {where}: {message}")

    def get(self, data, key, kind, where, required=True, default=None):
        if not isinstance(data, dict):
            self.fail(where, "expected a mapping")
        if key not in data or data[key] is None:
            if required:
                self.fail(where, f"field '{key}' is required")
            return default
        value = data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(where, f"field '{key}' must be {kind.__name__}, got {type(value).__name__}")
        return value

    def strings(self, data, key, where, required=False):
        values = self.get(data, key, list, where, required=required, default=[])
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v.strip():
                self.fail(where, f"field '{key}' entry {i + 1} must be a non-empty string")
        return tuple(values)


_TOP_FIELDS = {"id", "scheme", "ita_year", "title_th", "title_en", "provisional", "notes", "scoring",
               "items", "previous", "code_prefix"}
_SCORING_FIELDS = {"method", "pass_mark", "grade_bands", "indicators", "note_th", "note_en"}
_ITEM_FIELDS = {"id", "code", "title_th", "title_en", "indicator", "sub_indicator", "group_th",
                "window", "window_note", "evidence_kinds", "external_ok", "labels", "keywords",
                "exclude", "url_tokens", "elements", "remediation_th", "remediation_en", "source",
                "provisional", "checks", "dated_by", "previous", "rounds"}


def _choice(r: _Reader, raw: dict, key: str, allowed: tuple, where: str, default: str) -> str:
    value = r.get(raw, key, str, where, required=False, default=default)
    if value not in allowed:
        r.fail(where, f"field '{key}' must be one of {', '.join(allowed)}; got {value!r}")
    return value


def _rounds(r: _Reader, raw: dict, window: str, where: str) -> tuple[int, ...]:
    """Quarters of the Thai fiscal year (1 = October–December … 4 = July–September)."""
    if window != "rounds":
        if "rounds" in raw:
            r.fail(where, "field 'rounds' needs 'window: rounds'")
        return ()
    values = r.get(raw, "rounds", list, where)
    if not values or any(isinstance(q, bool) or not isinstance(q, int) or not 1 <= q <= 4 for q in values) \
            or list(values) != sorted(set(values)):
        r.fail(where, f"field 'rounds' must list quarters 1-4 in increasing order, e.g. [2, 4]; got {values!r}")
    return tuple(values)


def _parse_item(r: _Reader, raw, index: int, sub_ids: dict, has_previous: bool, code_prefix: str) -> Item:
    where = f"item {index + 1}"
    item_id = r.get(raw, "id", str, where)
    where = f"item {item_id}"
    if not re.fullmatch(r"[a-z][a-z0-9_]*\d+", item_id):
        r.fail(where, f"field 'id' must look like 'o1', got {item_id!r}")
    unknown = set(raw) - _ITEM_FIELDS
    if unknown:
        r.fail(where, f"unknown field '{sorted(unknown)[0]}'")
    window = r.get(raw, "window", str, where)
    if window not in WINDOWS:
        r.fail(where, f"field 'window' must be one of {', '.join(WINDOWS)}; got {window!r}")
    indicator = r.get(raw, "indicator", str, where)
    sub = r.get(raw, "sub_indicator", str, where, required=False, default=indicator)
    if sub_ids.get(sub) != indicator:
        r.fail(where, f"field 'sub_indicator' {sub!r} is not a sub-indicator of indicator {indicator!r}")
    kinds = r.strings(raw, "evidence_kinds", where) or ("page", "document")
    for k in kinds:
        if k not in EVIDENCE_KINDS:
            r.fail(where, f"field 'evidence_kinds' has {k!r}; allowed: {', '.join(EVIDENCE_KINDS)}")
    source = r.get(raw, "source", str, where, required=False, default="unconfirmed")
    if source not in SOURCES:
        r.fail(where, f"field 'source' must be one of {', '.join(SOURCES)}")
    tokens = []
    for t in r.strings(raw, "url_tokens", where):
        try:
            tokens.append(re.compile(t, re.IGNORECASE))
        except re.error as exc:
            r.fail(where, f"field 'url_tokens' has an invalid pattern {t!r}: {exc}")
    elements = []
    for j, e in enumerate(r.get(raw, "elements", list, where, required=False, default=[])):
        ew = f"{where} element {j + 1}"
        elements.append(Element(
            id=r.get(e, "id", str, ew), th=r.get(e, "th", str, ew), en=r.get(e, "en", str, ew),
            provisional=r.get(e, "provisional", bool, ew, required=False, default=False),
            patterns=tuple(squash(x) for x in r.strings(e, "patterns", ew))))
    checks = r.strings(raw, "checks", where)
    for name in checks:
        if name not in CHECK_NAMES:
            r.fail(where, f"field 'checks' has {name!r}; known checks: {', '.join(CHECK_NAMES)}")
    previous = None
    if has_previous:
        if "previous" not in raw:
            r.fail(where, "field 'previous' is required when the checklist names a previous checklist "
                          "(use [] for a new topic)")
        previous = r.strings(raw, "previous", where)
    elif "previous" in raw:
        r.fail(where, "field 'previous' needs a top-level 'previous: <checklist id>'")
    labels = r.strings(raw, "labels", where, required=True)
    if not labels:
        r.fail(where, "field 'labels' must list at least one label")
    code = r.get(raw, "code", int, where)
    return Item(
        id=item_id,
        code=code,
        title_th=r.get(raw, "title_th", str, where),
        title_en=r.get(raw, "title_en", str, where),
        indicator=indicator,
        sub_indicator=sub,
        window=window,
        labels=labels,
        keywords=r.strings(raw, "keywords", where),
        exclude=r.strings(raw, "exclude", where),
        url_tokens=tuple(tokens),
        evidence_kinds=kinds,
        external_ok=r.get(raw, "external_ok", bool, where, required=False, default=False),
        elements=tuple(elements),
        group_th=r.get(raw, "group_th", str, where, required=False, default=""),
        window_note=r.get(raw, "window_note", str, where, required=False, default=""),
        remediation_th=r.get(raw, "remediation_th", str, where, required=False, default=""),
        remediation_en=r.get(raw, "remediation_en", str, where, required=False, default=""),
        source=source,
        provisional=r.get(raw, "provisional", bool, where, required=False, default=False),
        checks=checks,
        dated_by=_choice(r, raw, "dated_by", ("period", "activity"), where, "period"),
        previous=previous,
        rounds=_rounds(r, raw, window, where),
        display=item_code(code, code_prefix),
    )


def parse_checklist(data, path: str) -> Checklist:
    r = _Reader(path)
    if not isinstance(data, dict):
        r.fail("top level", "expected a mapping with 'id', 'scoring' and 'items'")
    # "x-" keys are free: a place for YAML anchors that several items reuse.
    unknown = {k for k in set(data) - _TOP_FIELDS if not (isinstance(k, str) and k.startswith("x-"))}
    if unknown:
        r.fail("top level", f"unknown field '{sorted(map(str, unknown))[0]}'")
    code_prefix = r.get(data, "code_prefix", str, "top level", required=False, default="O")
    if not re.fullmatch(r"[A-Za-z][A-Za-z ]{0,9}", code_prefix):
        r.fail("top level", f"field 'code_prefix' must be 1-10 Latin letters (a trailing space allowed), "
                            f"e.g. 'O' or 'MOIT '; got {code_prefix!r}")
    scoring = r.get(data, "scoring", dict, "scoring")
    unknown = set(scoring) - _SCORING_FIELDS
    if unknown:
        r.fail("scoring", f"unknown field '{sorted(unknown)[0]}'")
    method = _choice(r, scoring, "method", SCORING_METHODS, "scoring", "nacc")
    indicators, sub_ids = [], {}
    for i, ind in enumerate(r.get(scoring, "indicators", list, "scoring")):
        iw = f"scoring indicator {i + 1}"
        ind_id = r.get(ind, "id", str, iw)
        subs = []
        raw_subs = r.get(ind, "sub_indicators", list, iw, required=False, default=None)
        if raw_subs is None:
            # A scheme without sub-indicators (MOPH MOIT): the indicator is its own only one.
            raw_subs = [{"id": ind_id, "title_th": r.get(ind, "title_th", str, iw),
                         "title_en": r.get(ind, "title_en", str, iw)}]
        for j, s in enumerate(raw_subs):
            sw = f"scoring indicator {ind_id} sub-indicator {j + 1}"
            sub = SubIndicator(r.get(s, "id", str, sw), r.get(s, "title_th", str, sw),
                               r.get(s, "title_en", str, sw))
            if sub.id in sub_ids:
                r.fail(sw, f"duplicate sub-indicator {sub.id!r}")
            sub_ids[sub.id] = ind_id
            subs.append(sub)
        indicators.append(Indicator(ind_id, r.get(ind, "title_th", str, iw),
                                    r.get(ind, "title_en", str, iw), tuple(subs)))
    # A list whose roll-up is unknown has no pass mark or grades to give; a NACC list may
    # leave out grades the NACC has not confirmed for its year (it then gets a score, no grade).
    bands = []
    for i, b in enumerate(r.get(scoring, "grade_bands", list, "scoring", required=False, default=[])):
        bw = f"scoring grade band {i + 1}"
        bands.append((r.get(b, "grade", str, bw), r.get(b, "min", float, bw)))
    if [m for _, m in bands] != sorted((m for _, m in bands), reverse=True):
        r.fail("scoring", "grade_bands must be listed from the highest 'min' down")
    if method == "none" and ("pass_mark" in scoring or bands):
        r.fail("scoring", "'method: none' means no score is estimated: leave out pass_mark and grade_bands")
    pass_mark = r.get(scoring, "pass_mark", float, "scoring", required=False,
                      default=None if method == "none" else 85.0)
    raw_items = r.get(data, "items", list, "items")
    if not raw_items:
        r.fail("items", "the checklist has no items")
    if len(raw_items) > MAX_ITEMS:
        r.fail("items", f"{len(raw_items)} items; a checklist may have at most {MAX_ITEMS}")
    previous = r.get(data, "previous", str, "top level", required=False, default="")
    items = [_parse_item(r, raw, i, sub_ids, bool(previous), code_prefix) for i, raw in enumerate(raw_items)]
    by_id: dict[str, Item] = {}
    for item in items:
        if item.id in by_id:
            r.fail(f"item {item.id}", "duplicate item id")
        by_id[item.id] = item
    used = {item.sub_indicator for item in items}
    for sub_id in sub_ids:
        if sub_id not in used:
            r.fail("scoring", f"sub-indicator {sub_id!r} has no items")
    return Checklist(
        id=r.get(data, "id", str, "top level"),
        scheme=r.get(data, "scheme", str, "top level", required=False, default="nacc"),
        ita_year=r.get(data, "ita_year", int, "top level"),
        title_th=r.get(data, "title_th", str, "top level"),
        title_en=r.get(data, "title_en", str, "top level"),
        items=tuple(items),
        indicators=tuple(indicators),
        grade_bands=tuple(bands),
        pass_mark=pass_mark,
        provisional=r.get(data, "provisional", bool, "top level", required=False, default=False),
        notes=r.get(data, "notes", str, "top level", required=False, default=""),
        previous=previous,
        path=path,
        code_prefix=code_prefix,
        scoring_method=method,
        scoring_note_th=r.get(scoring, "note_th", str, "scoring", required=False, default=""),
        scoring_note_en=r.get(scoring, "note_en", str, "scoring", required=False, default=""),
        by_id=by_id,
    )


def resolve_path(ref: str) -> Path:
    """A checklist id (``ita-2566``) names a bundled file; anything else is a path."""
    candidate = Path(ref)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return bundled_dir() / f"{ref}.yaml"


def load_checklist(ref: str) -> Checklist:
    path = resolve_path(ref)
    if not path.is_file():
        known = ", ".join(p.stem for p in bundled_checklists())
        raise ChecklistError(f"{ref}: no such checklist file or bundled checklist (bundled: {known})")
    stat = path.stat()
    # A crawl asks for its checklist several times; parsing the YAML took a second of a 2,000-page run.
    return _load(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _load(path: Path, mtime_ns: int, size: int) -> Checklist:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)     # never more than the limit, however big the file
        if len(raw) > MAX_FILE_BYTES:
            raise ChecklistError(f"{path}: more than {MAX_FILE_BYTES // (1024 * 1024)} MB; a checklist file may "
                                 f"be at most {MAX_FILE_BYTES // (1024 * 1024)} MB")
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ChecklistError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ChecklistError(f"{path}: not valid YAML: {exc}") from None
    return parse_checklist(data, str(path))


def bundled_checklists() -> list[Path]:
    """Every bundled list: the NACC years (ita-YYYY) and the sector schemes (moph-…, obec-…, vec-…)."""
    return sorted(bundled_dir().glob("*.yaml"))


def fiscal_year_of(day: date) -> int:
    """Thai fiscal year (B.E.) of a date: FY N runs 1 October N-1 to 30 September N."""
    return day.year + 543 + (1 if day.month >= 10 else 0)


@dataclass(frozen=True)
class Selection:
    ref: str            # what load_checklist() takes
    fiscal_year: int    # the as-of date's fiscal year
    exact: bool         # a checklist for that very year is bundled
    message: str


def select_checklist(as_of: date, scheme: str = "nacc") -> Selection:
    """The bundled checklist of ``scheme`` for the fiscal year of ``as_of``, or the nearest earlier one.

    The NACC publishes a year's list during that fiscal year, so an agency checking its site
    before the list is out is best served by the latest list it can get, which it is told, in
    Thai and English, together with whether that list is provisional. Lists of other schemes
    (MOPH, OBEC, vocational) are never picked for an agency that did not ask for them.
    """
    fy = fiscal_year_of(as_of)
    years = {}
    for path in bundled_checklists():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("scheme", "nacc") == scheme and isinstance(data.get("ita_year"), int):
            years[data["ita_year"]] = (path.stem, bool(data.get("provisional")))
    if not years:
        raise ChecklistError(f"no bundled checklist of scheme {scheme!r}")
    earlier = [y for y in years if y <= fy]
    year = max(earlier) if earlier else min(years)
    ref, provisional = years[year]
    day_th, day = thai_date(as_of), english_date(as_of)
    if year == fy:
        th = f"ใช้แบบตรวจ {ref} ของปีงบประมาณ {fy} (ตามวันที่ {day_th})"
        en = f"checklist {ref} picked for fiscal year {fy} (date {day})"
    else:
        which_th, which = (("ฉบับล่าสุดก่อนหน้า", "the latest earlier list") if year < fy
                           else ("ฉบับเก่าที่สุดที่มี", "the oldest bundled list"))
        th = f"ยังไม่มีแบบตรวจของ ITA {fy}: ใช้ {ref} ({which_th}) สำหรับวันที่ {day_th} (เลือกฉบับอื่นด้วย --checklist)"
        en = (f"no checklist for ITA {fy} is bundled; using {ref}, {which}, for date {day} "
              "(choose another with --checklist)")
    if provisional:
        th += f" — {ref} เป็นฉบับเบื้องต้น (provisional): รายการข้อยังไม่ยืนยันจากคู่มือของสำนักงาน ป.ป.ช."
        en += f"; {ref} is provisional: its items are not confirmed by the NACC manual"
    return Selection(ref, fy, year == fy, f"{th} / {en}")
