"""Crawl records on disk: one JSON object per line, appended as the crawl goes.

Records are streamed so a crawl of tens of thousands of pages never holds its HTML in
memory, and whatever was fetched before an interruption stays usable.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from .schema import PageRecord

RECORDS_FILE = "records.jsonl"


class RecordWriter:
    """Writes records; ``resume`` continues an interrupted crawl's file instead of starting anew."""

    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        cut_short = False
        if resume and self.path.exists() and self.path.stat().st_size:
            with open(self.path, "rb") as fh:
                fh.seek(-1, os.SEEK_END)
                cut_short = fh.read(1) != b"\n"
        self._fh = open(self.path, "a" if resume else "w", encoding="utf-8")
        if cut_short:
            # A kill mid-line left a partial record; end it so the next record stays readable.
            self._fh.write("\n")

    def write(self, record: PageRecord) -> None:
        self._fh.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


def read_records(path: Path) -> Iterator[PageRecord]:
    """Yield records; a line cut short by a killed crawl is skipped, not fatal."""
    path = Path(path)
    if not path.exists():
        return
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue
