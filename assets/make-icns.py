#!/usr/bin/env python3
"""Packs the PNG icons into icons/order-desk.icns for the macOS bundle, so a Mac build needs no iconutil.

An .icns file is the magic 'icns', the file length, then entries of a four-letter type, the entry length and the
image; since macOS 10.7 every type below may hold a PNG. Run from assets/ after render-icons.sh.
"""
import os
import struct

# type -> PNG (the @2x types hold the double size of their point size)
ENTRIES = [
    ("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
    ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
]

here = os.path.dirname(os.path.abspath(__file__))
body = b""
for kind, size in ENTRIES:
    with open(os.path.join(here, "icons", "icon-%d.png" % size), "rb") as png:
        data = png.read()
    body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(os.path.join(here, "icons", "order-desk.icns"), "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
