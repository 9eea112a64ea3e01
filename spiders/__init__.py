"""Scrapy spiders of oitcrawler (see scrapy.cfg)."""
