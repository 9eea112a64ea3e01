"""scrapy-redis scheduler with acknowledged requests, for distributed crawling.

scrapy-redis pops a request from Redis for good: when the worker holding it dies, the
request is lost, and since its fingerprint is already in the shared dupefilter no other
worker will ever fetch that page. This queue keeps each popped request in an in-flight
hash until the spider has recorded its response (``spider.acknowledge``); the worker that
takes over an agency puts the unacknowledged requests back before crawling on.

    -s SCHEDULER=oitcrawler.spiders.redisqueue.AckScheduler -s REDIS_URL=redis://host:6379/0
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


# Mark a request seen and queue it in one step: scrapy-redis does it in two calls, and a
# worker killed between them leaves a URL every worker takes for done that nobody fetches.
_PUSH_NEW = """
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
"""


class AckPriorityQueue(PriorityQueue):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inflight_key = self.key + ":inflight"
        self._pop = self.server.register_script(_POP)
        self._push_new = self.server.register_script(_PUSH_NEW)

    def push_new(self, request, seen_key: str, fingerprint: str) -> bool:
        """Queue the request unless its fingerprint is in ``seen_key``; False when it was."""
        return bool(self._push_new(keys=[self.key, seen_key],
                                   args=[fingerprint, -request.priority, self._encode_request(request)]))

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
        kwargs["queue_cls"] = "oitcrawler.spiders.redisqueue.AckPriorityQueue"
        kwargs["persist"] = True
        super().__init__(*args, **kwargs)

    def enqueue_request(self, request):
        if request.dont_filter:
            self.queue.push(request)
        elif not self.queue.push_new(request, self.df.key, self.df.request_fingerprint(request)):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def open(self, spider):
        super().open(spider)
        requeued = self.queue.requeue_inflight()
        if requeued:
            spider.logger.info("put back %d requests a stopped worker had in flight", requeued)
        spider.acknowledge = self.queue.ack
