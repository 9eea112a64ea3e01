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
    """Writes records; ``resume`` continues an interrupted crawl's records instead of starting anew.

    The file is always a new one (a new inode), never truncated or appended to in place: a
    published report set links to the records it was made from (see outdir), and a crawl
    that starts or resumes must not change them. A resumed crawl copies the records so far,
    leaving out those whose parsing was lost (``lost``: the crawl fetches them again) and
    lines cut short by a kill.
    """

    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lost: list[PageRecord] = []
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as out:
            if resume and self.path.exists():
                with open(self.path, encoding="utf-8", errors="replace") as src:
                    for line in src:
                        try:
                            record: PageRecord = json.loads(line)
                        except json.JSONDecodeError:
                            continue       # a record cut short by a kill, or a blank line
                        if not isinstance(record, dict) or not line.endswith("\n"):
                            continue
                        if record.get("job_lost"):
                            self.lost.append(record)
                        else:
                            out.write(line)
        os.replace(tmp, self.path)
        self._fh = open(self.path, "a", encoding="utf-8")

    def write(self, record: PageRecord) -> None:
        self._fh.write(_line(record))
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


def _line(record: PageRecord) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


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
