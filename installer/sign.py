#!/usr/bin/env python3
"""Authenticode-sign one Windows executable in place with osslsigncode.

makensis calls this (via !finalize and !uninstfinalize) for the installer and
its uninstaller when build.py sees a certificate in the environment:

    YAMAGA_DESK_SIGN_PFX            the code-signing certificate with its key (.pfx / .p12)
    YAMAGA_DESK_SIGN_PASSWORD       its password, or
    YAMAGA_DESK_SIGN_PASSWORD_FILE  a file holding the password
    YAMAGA_DESK_SIGN_TIMESTAMP_URL  optional RFC 3161 timestamp server (keeps the
                                    signature valid after the certificate expires)

The password never appears on a command line (other users could read it from
the process list): it is handed to osslsigncode through a private file.

    python installer/sign.py FILE.exe
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PRODUCT = "Yamaga Desk（山鹿市 SNS投稿チェッカー）"
PRODUCT_URL = "https://www.city.yamaga.kumamoto.jp/"


def signing_requested() -> bool:
    return bool(os.environ.get("YAMAGA_DESK_SIGN_PFX"))


def _password_file(workdir: Path) -> Path:
    given = os.environ.get("YAMAGA_DESK_SIGN_PASSWORD_FILE")
    if given:
        return Path(given)
    secret = os.environ.get("YAMAGA_DESK_SIGN_PASSWORD")
    if secret is None:
        raise SystemExit("sign.py: YAMAGA_DESK_SIGN_PASSWORD か YAMAGA_DESK_SIGN_PASSWORD_FILE を設定してください")
    path = workdir / "pass"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret)
    return path


def sign(target: Path) -> None:
    pfx = Path(os.environ["YAMAGA_DESK_SIGN_PFX"])
    if not pfx.is_file():
        raise SystemExit(f"sign.py: 証明書ファイル {pfx} が見つかりません")
    if shutil.which("osslsigncode") is None:
        raise SystemExit("sign.py: osslsigncode がありません（apt-get install osslsigncode）")
    with tempfile.TemporaryDirectory(prefix="yamaga-sign-") as tmp:
        workdir = Path(tmp)
        signed = workdir / "signed.exe"
        cmd = ["osslsigncode", "sign", "-pkcs12", str(pfx), "-readpass", str(_password_file(workdir)),
               "-h", "sha256", "-n", PRODUCT, "-i", PRODUCT_URL, "-in", str(target), "-out", str(signed)]
        timestamp = os.environ.get("YAMAGA_DESK_SIGN_TIMESTAMP_URL")
        if timestamp:
            cmd[2:2] = ["-ts", timestamp]
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"sign.py: osslsigncode failed for {target.name}:\n{result.stdout}{result.stderr}")
        shutil.copyfile(signed, target)
    print(f"[sign] signed {target.name}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sign(Path(sys.argv[1]))
