"""Fixture worlds for the tests, the benchmarks and the demo: not used by a crawl.

``fixtureserver`` serves a folder of web hosts on 127.0.0.1 (also as an HTTP proxy, so
realistic host names work) and builds the Thai documents it serves; it needs the
``demo`` extra (fpdf2).
"""
