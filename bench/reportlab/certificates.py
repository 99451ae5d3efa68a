"""ReportLab baseline for bench/certificates.ts: draws the same laid-out certificates (the same
page size, lines, positions and TTF files) into one PDF and reports time and peak RSS as JSON.

usage: /usr/bin/python3 bench/reportlab/certificates.py pages.json out.pdf
"""
import json
import resource
import sys
import time

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    started = time.perf_counter()
    cpu_started = time.process_time()
    for name, path in spec["fonts"].items():
        pdfmetrics.registerFont(TTFont(name, path))
    width, height = spec["widthPt"], spec["heightPt"]
    c = canvas.Canvas(sys.argv[2], pagesize=(width, height), invariant=1)
    for page in spec["pages"]:
        for item in page:
            c.setFont(item["font"], item["size"])
            r, g, b = item["color"]
            c.setFillColorRGB(r, g, b)
            for x, y, text in item["runs"]:
                # the spec's y is from the top (pdfkit); ReportLab's origin is bottom-left
                c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "cpuSeconds": cpu, "peakRssMb": peak_kb / 1024, "pages": len(spec["pages"])}))


main()
