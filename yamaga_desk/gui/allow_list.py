"""The user's own allow-list (「この語を許可リストに追加」), written as TOML
to paths.user_allow_file():

    [allow]
    words = ["山鹿太郎", ...]

Existing entries are kept; the file is rewritten whole through a temporary
file so a crash never leaves half a file.  A file someone edited by hand to
hold more than the word list is never rewritten (that would lose their
rules): the author gets a message saying so instead.  No Qt here.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from pathlib import Path

from .. import paths

HEADER = (
    "# 許可リスト（利用者）: 山鹿市 SNS投稿チェッカーの「この語を許可リストに追加」で追加した語。\n"
    "# ここにある語は、どの規則でも指摘されません。行を消せば元に戻ります。\n"
)


# Longest excerpt offered as an allow-list word.  The entries are words and
# short names (バカ, 山鹿太郎, a phone number, 2026年9月19日(日): 13 at most in
# the corpus); a clause this long is what a sentence finding underlines.
MAX_ALLOW_WORD_CHARS = 16

# A sentence ends at 。｡！？ (full-width, always), or at ASCII ! ? right after
# Japanese (決まったよ!); an ASCII ! ? after ASCII is part of a token
# (yamaga2026!, a URL's ?q=).
_SENTENCE_END = re.compile(r"[。｡！？]|(?<=[^\x00-\x7f])[!?]")

# One ASCII token without spaces (a URL, a mail address, an account name) is
# never a sentence, whatever its length.
_ASCII_TOKEN = re.compile(r"[\x21-\x7e]+")


def is_allow_listable(excerpt: str) -> bool:
    """Whether a finding's excerpt may go on the allow-list as a word.

    Many findings underline a whole sentence (items whose sentence is the
    problem, the learned sentence model): the allow-list matches its entries
    as words anywhere, so adding such a sentence would be meaningless at best
    and silence a clause at worst, and the author meant to ignore this one
    finding (「この指摘を無視…」).  Only a word or short phrase qualifies: no
    sentence end, no line break, and at most MAX_ALLOW_WORD_CHARS characters
    unless it is a single ASCII token such as a URL."""
    word = excerpt.strip()
    if not word or "\n" in word or "\r" in word or _SENTENCE_END.search(word):
        return False
    return len(word) <= MAX_ALLOW_WORD_CHARS or _ASCII_TOKEN.fullmatch(word) is not None


class AllowListError(Exception):
    """The message says in Japanese what is wrong and where."""


def read_words(path: Path | None = None) -> list[str]:
    path = path or paths.user_allow_file()
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AllowListError(f"{path} を読めません（{exc}）") from None
    except tomllib.TOMLDecodeError as exc:
        raise AllowListError(f"{path} の書き方に誤りがあるため追加できません（{exc}）") from None
    if set(data) - {"allow"} or not isinstance(data.get("allow", {}), dict) \
            or set(data.get("allow", {})) - {"words"}:
        raise AllowListError(
            f"{path} には語のリスト以外（規則など）が書かれているため、自動では追加できません。"
            "管理者に相談するか、ファイルに直接追加してください。")
    words = data.get("allow", {}).get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise AllowListError(f"{path} の words が文字列のリストではありません")
    return list(words)


def add_word(word: str, path: Path | None = None) -> bool:
    """Add `word`; False when it was already there."""
    word = word.strip()
    if not word:
        raise AllowListError("空の語は追加できません")
    path = path or paths.user_allow_file()
    words = read_words(path)
    if word in words:
        return False
    words.append(word)
    body = HEADER + "[allow]\nwords = [\n" + "".join(
        f"  {json.dumps(w, ensure_ascii=False)},\n" for w in words) + "]\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".allow-", suffix=".toml", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        raise AllowListError(f"{path} に書き込めません（{exc.strerror or exc}）") from None
    return True
