"""Personal contact data: phone numbers, e-mail addresses, street addresses,
My Number.  Public numbers of the city are removed by the allow-list, not here."""

from __future__ import annotations

import re

from . import validator

_SEP = r"[-‐‑‒–−ー―ｰ\s]?"
# Japanese numbers: 10 digits for landlines (0X..), 11 for mobiles / IP phones.
_PHONE = re.compile(
    rf"(?<![0-9])(?:"
    rf"0[5789]0{_SEP}[0-9]{{4}}{_SEP}[0-9]{{4}}"  # mobile / IP phone
    rf"|0[1-9][0-9]{{0,3}}{_SEP}[0-9]{{1,4}}{_SEP}[0-9]{{4}}"  # landline
    rf"|\(0[1-9][0-9]{{0,3}}\)[0-9]{{1,4}}{_SEP}[0-9]{{4}}"
    rf")(?![0-9])"
)


@validator("phone_number", scope="paragraph")
def phone_numbers(doc):
    for m in _PHONE.finditer(doc.text):
        digits = re.sub(r"[^0-9]", "", m.group())
        if len(digits) in (10, 11):
            yield m.span()


_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


@validator("email_address", scope="paragraph")
def email_addresses(doc):
    for m in _EMAIL.finditer(doc.text):
        yield m.span()


# A street address with block numbers: (県)(市町村)(町名)1234-5 / 1丁目2-3 / 1番地.
_ADDRESS = re.compile(
    r"(?:[一-龥]{2,3}[都道府県])?[一-龥ぁ-んァ-ヶ]{1,6}[市町村区](?:[一-龥ぁ-んァ-ヶ]{1,8}?)"
    r"(?:[0-9一二三四五六七八九十]+丁目)?[0-9]+(?:番地?|-)[0-9]+(?:(?:号|-)[0-9]+)?号?"
)


@validator("postal_address", scope="paragraph")
def postal_addresses(doc):
    for m in _ADDRESS.finditer(doc.text):
        yield m.span()


_TWELVE_DIGITS = re.compile(r"(?<![0-9])[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]{4}(?![0-9])")


def my_number_check_digit_ok(digits: str) -> bool:
    """The check digit of an individual number (行政手続における特定の個人を
    識別するための番号の利用等に関する法律施行令 第8条)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(c) for c in digits[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return check == int(digits[11])


@validator("my_number", scope="paragraph")
def my_numbers(doc):
    for m in _TWELVE_DIGITS.finditer(doc.text):
        if my_number_check_digit_ok(re.sub(r"[^0-9]", "", m.group())):
            yield m.span()
