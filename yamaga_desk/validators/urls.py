"""Links, including the forms people use to slip past filters: full-width
letters (normalized away by NFKC), hxxp, scheme-less www., 「ドット」."""

from __future__ import annotations

import re

from . import validator

URL = re.compile(
    r"(?:(?:h[tx]{2}ps?|ttps?)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|[A-Za-z0-9-]+(?:\.|ドット|\(dot\)|\[\.\])[A-Za-z0-9-]+(?:\.[A-Za-z]{2,})*\.(?:com|net|jp|org|xyz|tv|info|example|biz|club|io|me|to)\b[^\s]*",
    re.IGNORECASE,
)

_ADULT_WORDS = re.compile(
    r"xxx|porn|sex|nude|adult|hentai|jukujo|hitozuma|ero|av[-_.]|[-_./]av|gazou|fuzoku|deai|live-?cam|cam",
    re.IGNORECASE,
)


def find_urls(text: str):
    for m in URL.finditer(text):
        yield m.start(), m.end() - len(m.group()) + len(m.group().rstrip(".,)）」"))


@validator("adult_url", scope="paragraph")
def adult_urls(doc):
    """A link whose domain or path carries adult words."""
    for start, end in find_urls(doc.text):
        if _ADULT_WORDS.search(doc.text[start:end]):
            yield start, end
