"""The report folder (``--out DIR``): the crawl in progress, and the report set on show.

    DIR/report.html, report.json, …   links to .report/<name>, made once, never changed
    DIR/.report                       link to .sets/<id>: the one pointer, switched by one rename
    DIR/.sets/<id>/                   one complete report set: the report files, crawl.json,
                                      records.jsonl (and verify.*, evidence.warc.gz)
    DIR/.crawl/                       the crawl in progress: records.jsonl, Scrapy's job/ state,
                                      the evidence archive's working file
    DIR/.lock                         held by the crawl writing into DIR

A report set is written whole into a folder of its own and only then put on show, so a
crawl killed at any moment leaves DIR showing the earlier set or the new one, never
files of two runs; and a new crawl works in ``.crawl/`` without touching the records of
the set on show (the set holds its own link to them). Pure file handling: no network.
"""
from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
from datetime import datetime
from pathlib import Path

SETS, POINTER, CRAWL, LOCK = ".sets", ".report", ".crawl", ".lock"
JOB = "job"


class FolderBusy(RuntimeError):
    """Another crawl is writing into the folder."""


def crawl_dir(out: str | Path) -> Path:
    """Where the crawl in progress keeps its records and job state."""
    return Path(out) / CRAWL


def job_dir(out: str | Path) -> Path:
    """Scrapy's JOBDIR of the crawl in progress: there while the crawl can still be resumed."""
    return crawl_dir(out) / JOB


_held: list[int] = []


def lock(out: str | Path) -> None:
    """Take the folder for this process until it exits (a process runs one crawl: Twisted's
    reactor does not restart), or raise FolderBusy when another crawl holds it."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            raise FolderBusy(f"another crawl is writing into {out}") from None
        raise
    _held.append(fd)


def write_file(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist) with ``data``, on disk, with the umask's permissions."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _symlink(target: str, path: Path) -> None:
    """Make ``path`` a link to ``target`` in one step, whatever was there (a link or a file)."""
    if os.path.islink(path) and os.readlink(path) == target:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    os.symlink(target, tmp)
    try:
        os.replace(tmp, path)
    except OSError:
        os.unlink(tmp)
        raise


def publish(out: str | Path, files: dict[str, bytes | Path]) -> Path:
    """Write a report set (name → bytes, or a file to link) and put it on show; returns its folder."""
    out = Path(out)
    sets = out / SETS
    sets.mkdir(parents=True, exist_ok=True)
    folder = sets / f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"
    folder.mkdir(0o777)
    for name, content in files.items():
        target = folder / name
        if isinstance(content, Path):
            try:
                os.link(content, target)
            except OSError:          # a file system without hard links
                shutil.copyfile(content, target)
        else:
            write_file(target, content)
    _fsync_dir(folder)
    _symlink(f"{SETS}/{folder.name}", out / POINTER)      # the switch
    _fsync_dir(out)
    for name in files:
        _symlink(f"{POINTER}/{name}", out / name)
    for entry in out.iterdir():
        # A file the earlier set had and this one has not (evidence.warc.gz of an --archive run).
        if entry.is_symlink() and os.readlink(entry).startswith(POINTER + "/") and not entry.exists():
            entry.unlink()
    for old in sets.iterdir():
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return folder


def current_set(out: str | Path) -> dict[str, Path]:
    """The files of the set on show (name → path), or {} when there is none."""
    pointer = Path(out) / POINTER
    if not pointer.is_dir():
        return {}
    return {p.name: p for p in sorted(pointer.iterdir()) if p.is_file()}


def add_to_set(out: str | Path, files: dict[str, bytes]) -> Path:
    """Put on show the current set with ``files`` added (or replaced)."""
    return publish(out, {**current_set(out), **files})
