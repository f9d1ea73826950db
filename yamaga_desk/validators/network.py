"""Security data: IP addresses, host names, passwords, IDs and PINs."""

from __future__ import annotations

import ipaddress
import re

from . import validator

_IPV4 = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9.])")


@validator("ip_address", scope="paragraph")
def ip_addresses(doc):
    for m in _IPV4.finditer(doc.text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        yield m.span()


# A secret given after a label: パスワード: xxx / PW xxx / 暗証番号は1234.
_SECRET_LABEL = re.compile(
    r"(?:パスワード|パスワ|pass(?:word)?|PW|pw|パス|暗証番号|PIN|pin|ID|id|ログインID|ユーザー?ID|アカウント)"
    r"(?:[はがも]|って)?[\s:=：「『\"']*"
    r"(?:「|『)?(?P<secret>[A-Za-z0-9!#$%&*+\-./@_]{4,})"
)


@validator("credential")
def credentials(doc):
    for m in _SECRET_LABEL.finditer(doc.text):
        yield m.span("secret")
