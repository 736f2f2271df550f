"""Draws the app icons (PNG, for installing the site on a phone) with the standard library only.

A white transport card with a check mark on the site's teal, inside the safe zone of a
maskable icon. Run: python scripts/make_icons.py (writes docs/assets/icon-192.png and icon-512.png).
"""

import struct
import zlib
from pathlib import Path

TEAL = (0x00, 0x69, 0x5C)
WHITE = (0xFF, 0xFF, 0xFF)
LIGHT = (0xB2, 0xDF, 0xDB)


def inside_rounded(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(x, y, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2


def colour_at(u, v):
    """The colour at (u, v) in a 0..1 square."""
    if near_segment(u, v, 0.56, 0.52, 0.62, 0.58, 0.05) or near_segment(u, v, 0.62, 0.58, 0.72, 0.44, 0.05):
        return TEAL
    if (u - 0.64) ** 2 + (v - 0.51) ** 2 <= 0.1 ** 2:
        return WHITE
    if inside_rounded(u, v, 0.28, 0.47, 0.45, 0.51, 0.015) or inside_rounded(u, v, 0.28, 0.56, 0.41, 0.60, 0.015):
        return LIGHT
    if inside_rounded(u, v, 0.28, 0.38, 0.5, 0.43, 0.015):
        return WHITE
    if inside_rounded(u, v, 0.2, 0.3, 0.8, 0.7, 0.06):
        return TEAL if not inside_rounded(u, v, 0.215, 0.315, 0.785, 0.685, 0.05) else (0x00, 0x89, 0x7B)
    return TEAL


def png(size: int) -> bytes:
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            samples = [colour_at((x + dx) / size, (y + dy) / size) for dx in (0.25, 0.75) for dy in (0.25, 0.75)]
            row += bytes(sum(sample[i] for sample in samples) // 4 for i in range(3))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    for size in (192, 512):
        (Path(__file__).parents[1] / "docs" / "assets" / f"icon-{size}.png").write_bytes(png(size))
