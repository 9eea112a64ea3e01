"""Thai text normalisation shared by extraction, matching and date reading.

Everything that compares Thai text goes through :func:`norm` so that a label typed
with Thai digits, zero-width spaces, a decomposed SARA AM or a doubled SARA E still
matches the checklist.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from pythainlp.util import normalize as _pythainlp_normalize

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_TABLE = str.maketrans(THAI_DIGITS, "0123456789")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACE = re.compile(r"\s+")


def thai_digits_to_arabic(text: str) -> str:
    return text.translate(_DIGIT_TABLE)


def clean(text: str) -> str:
    """Readable cleanup that keeps case and Thai spelling: for display and snippets."""
    text = html.unescape(text).translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", text).strip()


_MARK_RUN = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]{4,}")


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CACHED_LEN = 300


def norm(text: str) -> str:
    """Comparison form: digits folded, dashes unified, SARA AM and SARA AE unified, lower case."""
    if not text:
        return ""
    # Menu entries, anchor texts and URLs repeat on every page of a site; normalising them
    # once, not once per page, is most of the matching time on a large crawl.
    return _norm_short(text) if len(text) <= _CACHED_LEN else _norm(text)


def _norm(text: str) -> str:
    text = clean(text)
    text = thai_digits_to_arabic(text)
    # NIKHAHIT + SARA AA is how some fonts and keyboards produce SARA AM.
    text = text.replace("\u0e4d\u0e32", "\u0e33").replace("เเ", "แ")
    text = _DASHES.sub("-", text)
    # pythainlp's normaliser is quadratic on a long run of one mark; no word has two in a row.
    text = _MARK_RUN.sub(lambda m: m.group(0)[:3], text)
    if _THAI.search(text):   # pythainlp's rules only touch Thai characters (and spaces, below)
        text = _pythainlp_normalize(text)
    return _SPACE.sub(" ", text).strip().lower()


_norm_short = lru_cache(maxsize=50_000)(_norm)


def squash(text: str) -> str:
    """Normalised text with every space removed.

    Thai writes no spaces between words but agencies put them in unpredictably
    ("แผน ปฏิบัติการ", "ข้อมูล ผู้บริหาร"), so labels are compared space-free.
    """
    return norm(text).replace(" ", "")


def display_width(text: str) -> int:
    """Columns a terminal gives the text: Thai vowel and tone marks above and below take none."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns (str.ljust counts Thai marks as columns)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Rows lined up in columns by display width (the columns in ``right`` right-aligned)."""
    widths = [max(display_width(row[n]) for row in rows if n < len(row)) for n in range(max(map(len, rows)))]
    return ["  ".join(pad(cell, widths[n], right=n in right) for n, cell in enumerate(row)).rstrip() for row in rows]

