"""The city's own name and the prefecture's hold an animal's kanji: 山鹿 a
deer (鹿), 熊本 a bear (熊).  Lists of animals in the validators must not read
them as one, or every post about 山鹿 or 熊本 is a post about wildlife: a
hazard warning that spares contempt beside it, an animal suffering."""

from __future__ import annotations

import pytest

from yamaga_desk.validators import conduct, contempt, illegal_acts, public_order


@pytest.mark.parametrize("pattern, animal, place", [
    (conduct._ANIMAL, "罠にかかった鹿を突いた", "山鹿の人を笑いものにした"),
    (contempt._HAZARD, "熊が出ました、ご注意を", "熊本の人はみんなそう"),
    (illegal_acts._WILD_PEST, "鹿よけに毒を撒いた", "山鹿で毒を撒いた"),
    (public_order._SUFFERING_ANIMAL, "罠の鹿を子どもに叩かせた", "山鹿の子どもに叩かせた"),
])
def test_an_animal_list_finds_the_animal_and_not_the_place(pattern, animal, place):
    assert pattern.search(animal) is not None
    assert pattern.search(place) is None
