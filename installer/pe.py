"""Read the machine type and the imported DLL names of a Windows PE file.

The build uses this to trim PySide6 safely: it keeps only the Qt libraries
that the kept modules and plugins really load, and refuses to build when a
kept file needs a DLL that is neither bundled nor part of Windows.  Only the
normal import table is read: delay-loaded DLLs are loaded on demand and are
not needed to start.
"""

from __future__ import annotations

import struct
from pathlib import Path

MACHINE_AMD64 = 0x8664
MACHINE_I386 = 0x14C
_PE32_PLUS = 0x20B
_IMPORT_DIRECTORY = 1


class NotPE(ValueError):
    """The file is not a Windows executable or DLL."""


def _parse_headers(data: bytes):
    if data[:2] != b"MZ" or len(data) < 0x40:
        raise NotPE("no MZ header")
    pe_offset = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe_offset:pe_offset + 4] != b"PE\0\0":
        raise NotPE("no PE signature")
    machine, n_sections, _, _, _, opt_size, _ = struct.unpack_from("<HHIIIHH", data, pe_offset + 4)
    opt = pe_offset + 24
    magic = struct.unpack_from("<H", data, opt)[0]
    # Data directories start after the fixed part of the optional header.
    dirs = opt + (112 if magic == _PE32_PLUS else 96)
    n_dirs = struct.unpack_from("<I", data, dirs - 4)[0]
    sections = []
    for i in range(n_sections):
        base = opt + opt_size + 40 * i
        vsize, vaddr, raw_size, raw_ptr = struct.unpack_from("<IIII", data, base + 8)
        sections.append((vaddr, max(vsize, raw_size), raw_ptr))
    return machine, dirs, n_dirs, sections


def _rva_to_offset(rva: int, sections) -> int:
    for vaddr, size, raw_ptr in sections:
        if vaddr <= rva < vaddr + size:
            return rva - vaddr + raw_ptr
    raise NotPE(f"address {rva:#x} lies in no section")


def _cstring(data: bytes, offset: int) -> str:
    end = data.index(b"\0", offset)
    return data[offset:end].decode("ascii")


def machine(path: Path) -> int:
    with open(path, "rb") as f:
        head = f.read(4096)
    return _parse_headers(head)[0]


def imports(path: Path) -> list[str]:
    """Names of the DLLs `path` imports at load time, as written in the file."""
    data = Path(path).read_bytes()
    _, dirs, n_dirs, sections = _parse_headers(data)
    if n_dirs <= _IMPORT_DIRECTORY:
        return []
    rva, size = struct.unpack_from("<II", data, dirs + 8 * _IMPORT_DIRECTORY)
    if rva == 0 or size == 0:
        return []
    names = []
    offset = _rva_to_offset(rva, sections)
    while True:
        descriptor = struct.unpack_from("<IIIII", data, offset)
        if not any(descriptor):
            break
        names.append(_cstring(data, _rva_to_offset(descriptor[3], sections)))
        offset += 20
    return names
