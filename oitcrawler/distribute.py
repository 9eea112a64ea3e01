"""Crawl workers on several machines, coordinated through Redis (scrapy-redis).

``enqueue`` pushes agencies to a Redis list; each ``worker`` leases one agency at a time
and crawls it with scrapy-redis's scheduler, whose request queue and dupefilter for that
agency live in Redis (see spiders/redisqueue.py). A lease is a Redis key with a short
expiry that the worker keeps renewing; when a worker dies, its lease lapses and another
worker takes the agency over, continuing from the requests left in Redis (and the
agency's folder, which workers share, e.g. over NFS). Reporting is exactly once: the
first worker to add the agency to the ``done`` set records its result.

One agency is crawled by one worker at a time on purpose: per-site politeness (a few
concurrent requests per agency server) is then enforced where the requests are made.

Keys, under a prefix (default ``oit``): ``jobs`` (list of agencies to crawl), ``job:<a>``
(agency spec), ``running`` (set), ``lease:<a>`` (worker id, expiring), ``done`` (set),
``results`` (hash agency → JSON summary), ``workers`` (hash worker → last heartbeat),
and scrapy-redis's ``<a>:requests``, ``<a>:requests:inflight``, ``<a>:dupefilter``.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .batch import Agency, crawl_agency
from .options import OptionError
from .outdir import job_dir

MAX_ATTEMPTS = 3

_CLAIM = """
local slug = redis.call('LPOP', KEYS[1])
if not slug then return false end
redis.call('SADD', KEYS[2], slug)
redis.call('SET', ARGV[3] .. slug, ARGV[1], 'EX', tonumber(ARGV[2]))
return slug
"""
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2])) end
return 0
"""
_FINISH = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[1])
redis.call('DEL', KEYS[4])
return 1
"""


class Coordinator:
    """The shared state of a distributed batch in Redis."""

    def __init__(self, url: str, prefix: str = "oit"):
        import redis

        self.url, self.prefix = url, prefix
        try:
            # Strings in, strings out (decode_responses); the stubs cannot say so.
            self.redis: Any = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10,
                                              decode_responses=True)
            self.redis.ping()
        except (redis.RedisError, ValueError) as exc:
            raise OptionError(f"cannot reach Redis at {url}: {exc}") from None
        self._claim = self.redis.register_script(_CLAIM)
        self._renew = self.redis.register_script(_RENEW)
        self._finish = self.redis.register_script(_FINISH)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def enqueue(self, agencies: list[Agency], crawl_args: list[str], force: bool = False) -> tuple[int, int]:
        """Queue the agencies not done yet (all with ``force``); returns (queued, skipped)."""
        queued = skipped = 0
        queued_now = {s for s in self.redis.lrange(self.key("jobs"), 0, -1)}
        for agency in agencies:
            slug = agency.slug
            if not force and (self.redis.sismember(self.key("done"), slug) or slug in queued_now
                              or self.redis.sismember(self.key("running"), slug)):
                skipped += 1
                continue
            if force:
                self.forget(slug)
            spec = {"agency": asdict(agency), "crawl_args": crawl_args}
            self.redis.set(self.key("job", slug), json.dumps(spec, ensure_ascii=False))
            self.redis.rpush(self.key("jobs"), slug)
            queued += 1
        return queued, skipped

    def forget(self, slug: str) -> None:
        """Drop an agency's result and crawl state so it is crawled afresh."""
        pipe = self.redis.pipeline()
        pipe.srem(self.key("done"), slug)
        pipe.hdel(self.key("results"), slug)
        for suffix in ("requests", "requests:inflight", "dupefilter"):
            pipe.delete(self.key(slug, suffix))
        pipe.execute()

    def claim(self, worker: str, ttl: int) -> tuple[str, dict, bool] | None:
        """Lease an agency: one whose worker died (its lease lapsed), else the next queued one."""
        for raw in self.redis.smembers(self.key("running")):
            slug = raw
            if self.redis.set(self.key("lease", slug), worker, nx=True, ex=ttl):
                if self.redis.sismember(self.key("done"), slug):
                    self.redis.delete(self.key("lease", slug))
                    continue
                return slug, self.spec(slug), True
        slug = self._claim(keys=[self.key("jobs"), self.key("running")],
                           args=[worker, ttl, self.key("lease", "")])
        if not slug:
            return None
        return slug, self.spec(slug), False

    def spec(self, slug: str) -> dict:
        return json.loads(self.redis.get(self.key("job", slug)) or "{}")

    def renew(self, slug: str, worker: str, ttl: int) -> bool:
        self.redis.hset(self.key("workers"), worker, time.time())
        return bool(self._renew(keys=[self.key("lease", slug)], args=[worker, ttl]))

    def release(self, slug: str, worker: str) -> None:
        if self.redis.get(self.key("lease", slug)) == worker:
            self.redis.delete(self.key("lease", slug))

    def finish(self, slug: str, result: dict) -> bool:
        """Record an agency's result; False when another worker already did (reported once)."""
        done = self._finish(keys=[self.key("done"), self.key("results"), self.key("running"),
                                  self.key("lease", slug)],
                            args=[slug, json.dumps(result, ensure_ascii=False)])
        if done:
            for suffix in ("requests", "requests:inflight", "dupefilter"):
                self.redis.delete(self.key(slug, suffix))
        return bool(done)

    def status(self) -> dict:
        running = sorted(self.redis.smembers(self.key("running")))
        return {
            "queued": self.redis.llen(self.key("jobs")),
            "running": [{"agency": s, "worker": self.redis.get(self.key("lease", s)) or None,
                         "pending_requests": self.redis.zcard(self.key(s, "requests"))} for s in running],
            "done": self.redis.scard(self.key("done")),
            "results": {k: json.loads(v) for k, v in self.redis.hgetall(self.key("results")).items()},
            "workers": {k: float(v) for k, v in self.redis.hgetall(self.key("workers")).items()},
        }

    def idle(self) -> bool:
        return not self.redis.llen(self.key("jobs")) and not self.redis.scard(self.key("running"))


def scheduler_args(coordinator: Coordinator, slug: str) -> list[str]:
    """Scrapy settings that put this agency's request queue and dupefilter in Redis."""
    settings = {"SCHEDULER": "oitcrawler.spiders.redisqueue.AckScheduler",
                "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
                "REDIS_URL": coordinator.url,
                "SCHEDULER_QUEUE_KEY": coordinator.key(slug, "requests"),
                "SCHEDULER_DUPEFILTER_KEY": coordinator.key(slug, "dupefilter")}
    return [arg for name, value in settings.items() for arg in ("-s", f"{name}={value}")]


def result_of(folder: Path, code: int, worker: str) -> dict:
    try:
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"status": "error", "exit_code": code, "worker": worker, "folder": str(folder)}
    return {"status": report["status"], "score": report["score"]["oit"], "grade": report["score"]["grade"],
            "passed": report["score"]["passed"], "items": len(report["items"]),
            "pages": report["pages_crawled"], "exit_code": code, "worker": worker, "folder": str(folder),
            "problem": (report.get("site_problem") or {}).get("code", "")}


def run_worker(coordinator: Coordinator, out: Path, ttl: int = 30, poll: float = 2.0, keep_waiting: bool = False,
               timeout: float = 6 * 3600, db: str = "", progress=print) -> int:
    """Crawl agencies until the batch is done (or for ever with ``keep_waiting``); returns how many."""
    worker = f"{socket.gethostname()}:{os.getpid()}"
    crawled = 0
    progress(f"worker {worker} on {coordinator.url} (prefix {coordinator.prefix})")
    while True:
        claimed = coordinator.claim(worker, ttl)
        if claimed is None:
            if coordinator.idle() and not keep_waiting:
                return crawled
            time.sleep(poll)   # others are crawling: take over if one of them dies
            continue
        slug, spec, takeover = claimed
        agency = Agency(**spec["agency"])
        folder = out / slug
        progress(f"{'taking over' if takeover else 'crawling'} {agency.name} ({agency.url})")
        stop = threading.Event()

        def heartbeat(slug: str, stop: threading.Event) -> None:
            while not stop.wait(ttl / 3):
                if not coordinator.renew(slug, worker, ttl):
                    progress(f"lost the lease on {slug}")

        beat = threading.Thread(target=heartbeat, args=(slug, stop), daemon=True)
        beat.start()
        try:
            args = [*spec.get("crawl_args", []), "--no-history", *scheduler_args(coordinator, slug)]
            code = crawl_agency(agency, folder, args, timeout, resume=job_dir(folder).exists())
        finally:
            stop.set()
            beat.join()
        result = result_of(folder, code, worker)
        if result["status"] == "error" or job_dir(folder).exists():
            attempts = coordinator.redis.hincrby(coordinator.key("attempts"), slug, 1)
            if attempts < MAX_ATTEMPTS:
                # Crashed or stopped midway: leave it to the next claim (this worker or another).
                coordinator.release(slug, worker)
                progress(f"{slug}: crawl ended without a finished report (exit {code}); released")
                continue
            result["status"] = "error"
        if coordinator.finish(slug, result):
            crawled += 1
            if db:
                _record(db, folder)
            progress(f"reported {agency.name}: {result['status']}"
                     + (f", score {result['score']:.2f}" if result.get("score") is not None else ""))
        else:
            progress(f"{agency.name} was already reported by another worker")


def _record(db: str, folder: Path) -> None:
    from .finish import record_history

    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    record_history(db, report, folder)
