"""Year-independent word lists about Thai agency sites, read once from lexicon.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .thai import norm


class Lexicon:
    def __init__(self, data: dict):
        self.generic_anchors = frozenset(norm(w) for w in data["generic_anchors"])
        self.placeholders = frozenset(norm(w) for w in data["placeholders"])
        self.hub_markers = tuple(norm(w) for w in data["hub_markers"])
        self.group_markers = tuple(norm(w) for w in data["group_markers"])
        self.news_markers = tuple(norm(w) for w in data["news_markers"])
        self.social_hosts = tuple(data["social_hosts"])
        self.staging_labels = frozenset(data["staging_labels"])
        self.document_extensions = frozenset(data["document_extensions"])
        archive = data["archive"]
        self.pager_params = frozenset(archive["pager_params"])
        self.pager_segments = frozenset(archive["pager_segments"])
        self.pager_words = frozenset(norm(w) for w in archive["pager_words"])
        self.print_words = frozenset(archive["print_words"])
        self.tag_words = frozenset(archive["tag_words"])
        self.gallery_words = frozenset(archive["gallery_words"])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    path = Path(__file__).with_name("lexicon.yaml")
    return Lexicon(yaml.safe_load(path.read_text(encoding="utf-8")))
