"""scrapy-redis scheduler with acknowledged requests, for distributed crawling.

scrapy-redis pops a request from Redis for good: when the worker holding it dies, the
request is lost, and since its fingerprint is already in the shared dupefilter no other
worker will ever fetch that page. This queue keeps each popped request in an in-flight
hash until the spider has recorded its response (``spider.acknowledge``); the worker that
takes over an agency puts the unacknowledged requests back before crawling on.

    -s SCHEDULER=spiders.redisqueue.AckScheduler -s REDIS_URL=redis://host:6379/0
    -s SCHEDULER_QUEUE_KEY=oit:<agency>:requests -s SCHEDULER_DUPEFILTER_KEY=oit:<agency>:dupefilter
"""
from __future__ import annotations

from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

# Pop the best request and remember it as in flight, atomically: a kill between the two
# steps must not lose it.
_POP = """
local found = redis.call('ZRANGE', KEYS[1], 0, 0)
if #found == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local token = redis.sha1hex(found[1])
redis.call('HSET', KEYS[2], token, found[1])
return {token, found[1]}
"""


class AckPriorityQueue(PriorityQueue):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inflight_key = self.key + ":inflight"
        self._pop = self.server.register_script(_POP)

    def pop(self, timeout=0):
        found = self._pop(keys=[self.key, self.inflight_key])
        if not found:
            return None
        token, data = found
        request = self._decode_request(data)
        request.meta["inflight_token"] = token.decode() if isinstance(token, bytes) else token
        return request

    def ack(self, request) -> None:
        token = request.meta.get("inflight_token")
        if token:
            self.server.hdel(self.inflight_key, token)

    def requeue_inflight(self) -> int:
        """Put back what a dead worker had popped but not recorded; returns how many."""
        entries = self.server.hgetall(self.inflight_key)
        for token, data in entries.items():
            request = self._decode_request(data)
            request.meta.pop("inflight_token", None)
            self.push(request)
            self.server.hdel(self.inflight_key, token)
        return len(entries)


class AckScheduler(Scheduler):
    """scrapy-redis's scheduler with :class:`AckPriorityQueue` (only one crawler per agency at a time)."""

    def __init__(self, *args, **kwargs):
        kwargs["queue_cls"] = "spiders.redisqueue.AckPriorityQueue"
        kwargs["persist"] = True
        super().__init__(*args, **kwargs)

    def open(self, spider):
        super().open(spider)
        requeued = self.queue.requeue_inflight()
        if requeued:
            spider.logger.info("put back %d requests a stopped worker had in flight", requeued)
        spider.acknowledge = self.queue.ack
