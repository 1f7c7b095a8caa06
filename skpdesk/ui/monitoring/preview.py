"""Previews of bukti dukung files, made off the GUI thread (a ``QImage`` may be made on any thread,
a ``QPixmap`` only on the GUI thread): an image read scaled down by ``QImageReader``, the first
page of a PDF drawn by pdfium (pypdfium2, imported on first use), nothing for other types.

A stored file has no file-name suffix (``attachments/<2 hex>/<sha256>``): the reader decides the
image format from the content.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS: Final = 40_000_000  # an image larger than this is not decoded for a preview
_PDF_LOCK = threading.Lock()  # pdfium is not thread-safe: one document at a time


@dataclass(frozen=True)
class Preview:
    image: QImage | None
    kind: str  # "image" / "pdf" / "none"
    pages: int = 0  # PDF: how many pages the file has
    problem: str = ""  # why there is no picture (a technical line, shown under a translated one)


def kind_of(media_type: str, file_name: str) -> str:
    kind = media_type.lower()
    suffix = Path(file_name).suffix.lower()
    if kind == "application/pdf" or suffix == ".pdf":
        return "pdf"
    if kind.startswith("image/") and kind not in ("image/svg+xml",):
        return "image"
    return "none"


def make_preview(path: Path, media_type: str, file_name: str, size: QSize) -> Preview:
    """A picture of the file fitting ``size`` (kept in proportion), or the reason there is none."""
    kind = kind_of(media_type, file_name)
    if kind == "image":
        return _image(path, size)
    if kind == "pdf":
        return _pdf(path, size)
    return Preview(None, "none")


def _image(path: Path, box: QSize) -> Preview:
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # photos from phones carry their rotation
    full = reader.size()
    if not full.isValid() or full.isEmpty():
        return Preview(None, "image", problem=reader.errorString())
    if full.width() * full.height() > MAX_PIXELS:
        return Preview(None, "image", problem=f"{full.width()}×{full.height()}")
    if full.width() > box.width() or full.height() > box.height():
        reader.setScaledSize(full.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return Preview(None, "image", problem=reader.errorString())
    return Preview(image, "image")


def _pdf(path: Path, box: QSize) -> Preview:
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - a build without it
        return Preview(None, "pdf", problem=str(exc))
    with _PDF_LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except Exception as exc:  # pdfium raises its own PdfiumError for anything unreadable
            return Preview(None, "pdf", problem=str(exc))
        try:
            pages = len(document)
            if pages == 0:
                return Preview(None, "pdf", problem="0 pages")
            page = document[0]
            try:
                width, height = page.get_size()
                if width <= 0 or height <= 0:
                    return Preview(None, "pdf", pages, problem="empty page")
                scale = min(box.width() / width, box.height() / height)
                bitmap = page.render(scale=max(scale, 0.05), rev_byteorder=True, prefer_bgrx=True)
                try:
                    image = QImage(
                        bytes(bitmap.buffer),
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()  # own the pixels: the bitmap is freed below
                finally:
                    bitmap.close()
            finally:
                page.close()
        except Exception as exc:
            return Preview(None, "pdf", problem=str(exc))
        finally:
            document.close()
    return Preview(image, "pdf", pages)
