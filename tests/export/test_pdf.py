"""The PDF 確認記録票, read back with poppler (pdftotext, pdfinfo, pdffonts)."""

import re
import shutil
import subprocess
import sys
import unicodedata

import pytest


poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


# CJK Radicals Supplement code points Qt writes for some kanji, which NFKC
# does not fold (the Kangxi radicals like ⼭ for 山 it does).
RADICALS = str.maketrans("⻑⻄⻘⻝⻤⻩⻨⻭⻯⻲⺠⻆⻖", "長西青食鬼黄麦歯竜亀民角阝")


def _text(path, page=None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    # Qt's PDF text layer maps some kanji glyphs back to radical code points
    # (⼭ for 山, ⻑ for 長) because the font maps both to one glyph; the page
    # looks right.  Fold them so the test reads what the page shows.
    return unicodedata.normalize("NFKC", out).translate(RADICALS)


@poppler
def test_one_page_per_record_with_everything_on_it(store, add_record, dismissed, tmp_path, export_pdf):
    add_record("【お知らせ】山鹿灯籠まつりの交通規制\n8月15日18時から", "x", untick=("5.3", "6.2"),
               dismissed=dismissed)
    add_record("温泉のご案内です", "line")
    add_record("議会だより", "facebook")
    out = tmp_path / "records.pdf"
    done = export_pdf(out)
    assert done.returncode == 0 and "3 件、3 ページ" in done.stderr
    assert _pages(out) == 3

    first = _text(out, 1)
    for expected in ("確認記録票", "【お知らせ】山鹿灯籠まつりの交通規制", "8月15日18時から", "kouhou01",
                     "押印欄", "作成者", "所属長(確認者)", "確認 14 / 16 項目", "5(6)1", "誹謗中傷",
                     "指摘あり", "市長の発言の引用で問題なし", "5.6.1-insults", "方言の「ばかうまい」",
                     store.records.list()[0].sha256[:16]):
        assert expected in first, expected
    assert first.count("未確認") == 2
    assert "温泉のご案内です" in _text(out, 2) and "LINE" in _text(out, 2)
    assert "議会だより" in _text(out, 3)


@poppler
def test_japanese_fonts_are_embedded(store, add_record, tmp_path, export_pdf):
    add_record("日本語の本文")
    out = tmp_path / "r.pdf"
    assert export_pdf(out).returncode == 0
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("yes" == row[-5] for row in rows)  # emb column: every font embedded
    assert any(re.search(r"CJK|Gothic|Meiryo|JP", row[0]) for row in rows)


@poppler
def test_long_text_goes_to_an_annex_and_the_seal_page_stays_whole(store, add_record, tmp_path, export_pdf):
    long_text = "".join(f"{n}行目のブログ本文です。\n" for n in range(1, 151))
    add_record("短い投稿", "x")
    add_record(long_text, "blog")
    add_record("最後の投稿", "x")
    out = tmp_path / "records.pdf"
    assert export_pdf(out).returncode == 0
    pages = _pages(out)
    assert pages >= 4
    second = _text(out, 2)
    assert "押印欄" in second and "別紙" in second and "1行目のブログ本文" not in second
    annex = "".join(_text(out, p) for p in range(3, pages))
    assert "確認記録票 別紙" in annex
    for n in (1, 75, 150):  # every line of the text is in the annex, none cut off
        assert f"{n}行目のブログ本文です。" in annex
    assert "最後の投稿" in _text(out, pages)


@poppler
def test_no_records_is_a_page_saying_so(store, tmp_path, export_pdf):
    out = tmp_path / "none.pdf"
    assert export_pdf(out).returncode == 0
    assert _pages(out) == 1
    assert "該当する確認記録はありません" in _text(out)


def test_pdf_export_is_reached_only_from_records_export():
    # Importing the exporter is what loads Qt; the CLI must not do it for other commands.
    code = ("import sys, yamaga_desk.cli\n"
            "for argv in (['records', 'list'], ['rules', 'list']):\n"
            "    yamaga_desk.cli.main(argv)\n"
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_checking_engine_and_cli_do_not_load_qt():
    code = ("import sys, yamaga_desk.engine, yamaga_desk.cli\n"
            "yamaga_desk.cli.build_parser()\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6') or 'export' in m))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
