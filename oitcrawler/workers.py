"""Parse pages and read documents in worker processes, each job bounded in time and memory.

The crawler's own thread then only downloads and schedules, as a bare Scrapy spider
does, while parsing runs on the machine's other cores. A hostile page or file that
makes a parser spin, crash or swell costs one record with an error, never the crawl:
a job still busy after ``HARD_SECONDS`` has its worker killed, and each worker's
address space is capped at ``WORKER_MEMORY``.

Workers are child processes (``python -m oitcrawler.workers``) spoken to over their
stdin and stdout from the event loop itself, one job at a time each. They leave stopping
to the crawler: in a session of their own, deaf to SIGINT and SIGTERM, they never see the
Ctrl-C meant for the crawl (which finishes the pages they hold), and they die with it
(stdin closed, or the parent's death). A job they lose (the worker stopped, crashed or
killed for taking too long) is marked ``job_lost`` in its record, so a resumed crawl
fetches that page again. A pool that
hands jobs over on helper threads (pebble, concurrent.futures) made the crawl slower,
not faster: at a few hundred pages a second those threads fight the crawler's thread
for the GIL.
"""
from __future__ import annotations

import asyncio
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import cast

from .checklist import load_checklist
from .documents import MAX_SECONDS, DocumentText, extract_document
from .extract import page_fields, parse_html
from .match import Matcher
from .pagematch import page_matches
from .schema import PageRecord

HARD_SECONDS = MAX_SECONDS + 10        # a job still busy then has its worker killed
WORKER_MEMORY = 1024 * 1024 * 1024     # address space of a worker process
# A worker is replaced after this many jobs, so memory a parser leaks or fragments is given back.
JOBS_PER_WORKER = 2000
_HEADER = 4


def default_workers() -> int:
    return max(2, min(os.cpu_count() or 2, 8))


class _Worker(asyncio.SubprocessProtocol):
    """One worker process: a job's frame goes to its stdin, the answer's comes from its stdout."""

    def __init__(self):
        self.transport: asyncio.SubprocessTransport | None = None
        self.jobs = 0
        self._buffer = bytearray()
        self._answer: asyncio.Future | None = None
        self.exited = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self._buffer += data
        if len(self._buffer) < _HEADER:
            return
        size = int.from_bytes(self._buffer[:_HEADER], "big")
        if len(self._buffer) >= _HEADER + size and self._answer is not None and not self._answer.done():
            self._answer.set_result(bytes(self._buffer[_HEADER:_HEADER + size]))
            del self._buffer[:_HEADER + size]

    def pipe_connection_lost(self, fd, exc):
        # The worker's end of its answers closed: it died, whether or not its exit is reported yet.
        if fd == 1:
            self._fail("its output closed")

    def process_exited(self):
        self._fail(f"exit code {self.transport.get_returncode()}")
        if not self.exited.done():
            self.exited.set_result(self.transport.get_returncode())

    def _fail(self, why: str) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_exception(ConnectionError(why))

    async def call(self, payload: bytes) -> bytes:
        self.jobs += 1
        self._answer = asyncio.get_running_loop().create_future()
        assert self.transport is not None, "called once the process has started"
        stdin = self.transport.get_pipe_transport(0)
        assert isinstance(stdin, asyncio.WriteTransport)
        stdin.write(len(payload).to_bytes(_HEADER, "big") + payload)
        return await self._answer

    async def stop(self) -> None:
        if self.transport is not None:
            self.transport.close()   # kills the process if it still runs
        await self.exited        # and reaps it while the event loop runs


class Lost:
    """Why a job has no result: ``kind`` is stopped, crashed or timeout (the worker's fault,
    worth another try), or error (the job raised: the content's fault)."""

    def __init__(self, kind: str, reason: str):
        self.kind, self.reason = kind, reason

    @property
    def job_lost(self) -> str:
        """The kind, for a record, when another try could succeed; else ""."""
        return "" if self.kind == "error" else self.kind


class Workers:
    """A pool of worker processes, started on the first job."""

    def __init__(self, workers: int | None = None, timeout: float = HARD_SECONDS):
        self.size = workers or default_workers()
        self.timeout = timeout
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._free: asyncio.Semaphore | None = None
        self._closed = False

    async def _start(self) -> _Worker:
        env = dict(os.environ)
        # The workers import this package from where the crawler did, installed or not.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                          env.get("PYTHONPATH")]))
        # A session of its own: the terminal's Ctrl-C goes to the crawler, which stops the workers.
        _, worker = await asyncio.get_running_loop().subprocess_exec(
            _Worker, sys.executable, "-m", "oitcrawler.workers", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=None, env=env, start_new_session=True)
        self._all.add(worker)
        return worker

    async def _run(self, job: str, *args):
        """The job's result, or why it has none (a Lost)."""
        if self._closed:
            return Lost("stopped", "the crawl is stopping")
        if self._free is None:
            self._free = asyncio.Semaphore(self.size)
        async with self._free:
            worker = self._idle.pop() if self._idle else await self._start()
            try:
                answer = await asyncio.wait_for(worker.call(pickle.dumps((job, args), protocol=5)), self.timeout)
            except asyncio.TimeoutError:
                await self._retire(worker)
                return Lost("timeout", f"took longer than {self.timeout:.0f} s")
            except ConnectionError as exc:
                await self._retire(worker)
                if self._closed:
                    return Lost("stopped", "the crawl stopped its worker")
                return Lost("crashed", f"the worker process crashed ({exc})")
            if worker.jobs >= JOBS_PER_WORKER or self._closed:
                await self._retire(worker)
            else:
                self._idle.append(worker)
        ok, value = pickle.loads(answer)
        return value if ok else Lost("error", value or "failed")

    async def _retire(self, worker: _Worker) -> None:
        self._all.discard(worker)
        await worker.stop()

    async def document(self, data: bytes, doc_type: str) -> DocumentText:
        result = await self._run("document", data, doc_type)
        if isinstance(result, Lost):
            return DocumentText(status="error", detail=f"reading the document failed: {result.reason}",
                                lost=result.job_lost)
        return result

    async def page(self, body: bytes, content_type: str, url: str, status: int, match: tuple | None = None) -> dict:
        """``extract.page_fields``, and with ``match`` the page's matches (see ``page_job``).

        A page that could not be parsed has no content and a ``parse_error`` (and ``job_lost``
        when another try could succeed).
        """
        result = await self._run("page", body, content_type, url, status, match)
        if isinstance(result, Lost):
            # The fields of an empty page, so the record has the shape of every other.
            lost = {"job_lost": result.job_lost} if result.job_lost else {}
            return {**parse_html("", url), "size": len(body), "parse_error": result.reason, **lost, "blocked": "",
                    "render_reason": "", "seconds": 0.0}
        return result

    async def close(self) -> None:
        self._closed = True
        self._idle.clear()
        for worker in list(self._all):
            await self._retire(worker)


# the worker process --------------------------------------------------------------------
@lru_cache(maxsize=4)
def _matcher(checklist: str):
    return Matcher(load_checklist(checklist))


def page_job(body: bytes, content_type: str, url: str, status: int, match: tuple | None) -> dict:
    """A page's fields and, for a page that can be evidence, its matches (``matches``).

    ``match`` is (checklist, fiscal year, home URLs, site name so far, the record's URL,
    its referrer): everything ``assess.page_matches`` depends on, so the crawler need not
    match its pages again once the crawl is over.
    """
    fields = page_fields(body, content_type, url, status)
    if match is not None and status < 400 and not fields["blocked"]:
        started = time.perf_counter()
        checklist, year, home, site_name, record_url, referrer = match
        record = cast(PageRecord, dict(fields, kind="page", url=record_url, referrer=referrer))
        fields["matches"] = page_matches(record, _matcher(checklist), set(home), year, site_name)
        fields["match_seconds"] = time.perf_counter() - started
    return fields


def _die_with_parent() -> None:
    """Be killed when the crawler dies, even by SIGKILL (Linux), instead of parsing on for nobody."""
    import ctypes

    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:     # it died before the call
        os._exit(0)


def _serve() -> None:
    import resource

    # Stopping is the crawler's word (stdin closed), not a signal sent to the whole group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _die_with_parent()
    # A decompression bomb that slips past the zip check hits MemoryError here, not the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
    jobs: dict[str, Callable] = {"page": page_job, "document": extract_document}
    source = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb")
    # Anything a library prints must not land in the answers.
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    while True:
        header = source.read(_HEADER)
        if len(header) < _HEADER:
            return    # the crawler closed the pipe or died
        job, args = pickle.loads(source.read(int.from_bytes(header, "big")))
        try:
            answer = (True, jobs[job](*args))
        except Exception as exc:   # MemoryError included: the job fails, the worker carries on
            answer = (False, f"{type(exc).__name__}: {str(exc)[:200]}")
        data = pickle.dumps(answer, protocol=5)
        answers.write(len(data).to_bytes(_HEADER, "big") + data)
        answers.flush()


if __name__ == "__main__":
    _serve()
