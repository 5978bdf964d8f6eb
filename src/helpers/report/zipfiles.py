"""Make an Office file (XLSX, DOCX: both zip archives) byte-identical from run to run.

Writers stamp every zip entry with the current time and may order entries by
dict or set order; here the archive is rewritten with a fixed entry time
(1980-01-01, the earliest a zip can hold), entries sorted by name with
``[Content_Types].xml`` first, the same (deflate) compression and no extra
fields, then written atomically through a temporary file and ``os.replace``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from helpers.atomic import write_atomic

__all__ = ["ZIP_EPOCH", "normalise_zip", "write_normalised_zip"]

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_FIRST = "[Content_Types].xml"


def normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed entry dates, sorted entries and one compression, as bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = {info.filename: source.read(info) for info in source.infolist() if not info.is_dir()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name in sorted(entries, key=lambda name: (name != _FIRST, name)):
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            target.writestr(info, entries[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()


def write_normalised_zip(path: Path, data: bytes) -> Path:
    """Write an Office file's bytes to *path* atomically after normalising its zip archive."""
    return write_atomic(Path(path), normalise_zip(data))
