"""Evidence archive (``--archive``): what the site served, in a WARC file beside the report.

During the crawl every page and document response goes into a working WARC file; when the
report is written the responses of the evidence URLs are copied into ``evidence.warc.gz``,
which an agency can keep to show what its site served on that date during the appeal
window. The working file is kept while a crawl can still be resumed.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .urls import canonical

WORK_FILE = ".responses.warc.gz"
EVIDENCE_FILE = "evidence.warc.gz"
# Scrapy hands over decoded bodies, so these headers would misdescribe the stored payload.
_DROP_HEADERS = {b"content-encoding", b"transfer-encoding", b"content-length"}


class ResponseArchive:
    def __init__(self, out_dir: Path, resume: bool = False):
        self.path = Path(out_dir) / WORK_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "ab" if resume else "wb")
        self._writer = WARCWriter(self._fh, gzip=True)

    def add(self, response) -> None:
        body = response.body
        headers = [(k.decode("latin-1"), b", ".join(v).decode("latin-1"))
                   for k, v in response.headers.items() if k.lower() not in _DROP_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        reason = response.headers.get("Reason", b"").decode("latin-1")
        http = StatusAndHeaders(f"{response.status} {reason}".strip(), headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            response.url, "response", payload=BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
        self._writer.write_record(record)
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


def write_evidence_archive(out_dir: Path, urls: set[str], keep_work_file: bool) -> Path | None:
    """Copy the responses of ``urls`` (and their redirect targets) into evidence.warc.gz."""
    work = Path(out_dir) / WORK_FILE
    if not work.exists():
        return None
    wanted = {canonical(u) for u in urls}
    target = Path(out_dir) / EVIDENCE_FILE
    tmp = target.with_name("." + target.name + ".tmp")
    seen = set()
    with open(work, "rb") as src, open(tmp, "wb") as dst:
        writer = WARCWriter(dst, gzip=True)
        try:
            for record in ArchiveIterator(src):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                key = canonical(uri)
                if record.rec_type == "response" and key in wanted and key not in seen:
                    seen.add(key)
                    writer.write_record(record)
        except Exception:  # noqa: BLE001 - a tail cut short by a kill ends the archive there
            pass
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, target)
    if not keep_work_file:
        work.unlink()
    return target
