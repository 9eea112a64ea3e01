"""Scrapy settings for oitcrawler: polite by default, every value overridable with -s."""
from . import __version__

BOT_NAME = "oitcrawler"
SPIDER_MODULES = ["oitcrawler.spiders"]
NEWSPIDER_MODULE = "oitcrawler.spiders"

USER_AGENT = (f"oitcrawler/{__version__} (+https://github.com/oitcrawler/oitcrawler; "
              "ITA/OIT website self-check)")
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 10
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
COOKIES_ENABLED = True
HTTPERROR_ALLOW_ALL = True
REDIRECT_MAX_TIMES = 10
# Before RetryMiddleware (550) sees the response: a 429 is retried after the wait asked for.
DOWNLOADER_MIDDLEWARES = {"oitcrawler.spiders.middlewares.RetryAfterMiddleware": 560}
# Ours, each off unless its setting is on (see spiders/extensions.py).
EXTENSIONS = {"oitcrawler.spiders.extensions.Progress": 500,
              "oitcrawler.spiders.extensions.StateSnapshots": 500,
              "oitcrawler.spiders.extensions.EvidenceArchive": 500,
              "oitcrawler.spiders.extensions.ReportOnClose": 500}
OITCRAWLER_REPORT = True
OITCRAWLER_MAX_RETRY_AFTER = 120
OITCRAWLER_RETRY_AFTER_TIMES = 3
# Best-first: the spider gives every request a priority tier (oitcrawler.frontier) less its click
# depth, so within a tier the crawl is breadth-first; FIFO queues keep that order per priority.
# (DepthMiddleware applies this to what callbacks yield: robots.txt's sitemaps.)
DEPTH_PRIORITY = 1
# With JOBDIR (every CLI crawl), a queue that survives kills; without, Scrapy's own.
SCHEDULER = "oitcrawler.spiders.queues.JournalScheduler"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
DEPTH_LIMIT = 0  # the spider enforces --max-depth itself so the value can come from arguments
# Scrapy applies these to the decompressed body too, so a gzip bomb stops here. Documents are
# cut at --max-doc-mb by the spider itself (it records what it cut); the spider raises this cap
# to --max-doc-mb when that is larger. A response over the cap is recorded as too_large.
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
