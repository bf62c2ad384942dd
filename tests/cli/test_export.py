#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`dealscope export` from a terminal without a display, checked with independent tools.

Usage: test_export.py DEALSCOPE_BINARY EXPORT_REFERENCE_BINARY

SVGs must render with rsvg-convert, PDFs pass pdfinfo and pdftotext finds their title (in Japanese for
a Japanese report), PNGs have the requested pixel size (ImageMagick's identify), CSVs parse with Python's
csv module to the numbers the scenario engine computes (export_reference prints them).
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

BIN, REFERENCE = sys.argv[1], sys.argv[2]
failures = []


def fail(name, message):
    failures.append(f"{name}: {message}")
    print(f"FAIL: {name}: {message}")


def headless_env():
    env = dict(os.environ)
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(key, None)  # the command must pick the offscreen platform itself
    return env


def export(name, args, expect=0):
    result = subprocess.run([BIN, "export", *args], capture_output=True, text=True, env=headless_env(), timeout=120)
    if result.returncode != expect:
        fail(name, f"exit status {result.returncode}, expected {expect}; stderr: {result.stderr.strip()}")
    return result


def tool(name, command):
    result = subprocess.run(command, capture_output=True, timeout=120)
    if result.returncode != 0:
        fail(name, f"{command[0]} failed: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout.decode("utf-8", errors="replace")


def close(a, b):
    return abs(a - b) <= 1e-5 * max(1.0, abs(b))


def main():
    work = tempfile.mkdtemp(prefix="dealscope-export-")
    path = lambda name: os.path.join(work, name)

    # --- Drawings in every format: the tools accept them.
    for chart in ("layers", "compare", "tornado", "fan"):
        svg = path(f"{chart}.svg")
        result = export(f"{chart} svg", ["--preset", "base", "--chart", chart, "-o", svg])
        if result.stdout or result.stderr:
            fail(f"{chart} svg", f"not silent: {result.stdout!r} {result.stderr!r}")
        tool(f"{chart} svg renders", ["rsvg-convert", "-o", path(f"{chart}-from-svg.png"), svg])
        size = tool(f"{chart} svg png size", ["identify", "-format", "%w %h", path(f"{chart}-from-svg.png")])
        if size.strip() != "1600 900":
            fail(f"{chart} svg", f"rsvg-convert rendered {size.strip()}, expected 1600 900")

    for size, dpi in (("1600x900", "96"), ("800x600", "96"), ("3200x1800", "192")):
        png = path(f"layers-{size}.png")
        export(f"png {size}", ["--preset", "bull", "--chart", "layers", "--size", size, "--dpi", dpi, "-o", png])
        got = tool(f"png {size} identify", ["identify", "-format", "%w %h", png]).strip()
        if got != size.replace("x", " "):
            fail(f"png {size}", f"identify says {got}")

    timeline_svg = path("timeline.svg")
    export("timeline svg", ["--timeline", "--as-of", "v2025-10-28", "-o", timeline_svg])
    tool("timeline svg renders", ["rsvg-convert", "-o", path("timeline-from-svg.png"), timeline_svg])
    timeline_png = path("timeline.png")
    export("timeline png", ["--timeline", "--size", "1200x800", "-o", timeline_png])
    if tool("timeline png identify", ["identify", "-format", "%w %h", timeline_png]).strip() != "1200 800":
        fail("timeline png", "wrong size")

    chart_pdf = path("layers.pdf")
    export("chart pdf", ["--preset", "base", "--chart", "layers", "-o", chart_pdf])
    info = tool("chart pdf pdfinfo", ["pdfinfo", chart_pdf])
    if not re.search(r"^Pages:\s+1$", info, re.M) or not re.search(r"^Page size:\s+1200 x 675 pts", info, re.M):
        fail("chart pdf", f"pdfinfo: {info}")
    text = tool("chart pdf text", ["pdftotext", chart_pdf, "-"])
    if "Calendar year" not in text:
        fail("chart pdf", "pdftotext finds no axis title")

    # --- Reports: searchable text in the language asked for.
    ref = json.loads(subprocess.run([REFERENCE, "base", "apr2026"], capture_output=True, text=True, check=True).stdout)
    for lang, title in (("en", ref["title_en"]), ("ja", ref["title_ja"])):
        pdf = path(f"report-{lang}.pdf")
        export(f"report {lang}", ["--report", "--lang", lang, "-o", pdf])
        info = tool(f"report {lang} pdfinfo", ["pdfinfo", pdf])
        pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "0"))
        if pages < 5:
            fail(f"report {lang}", f"{pages} pages, expected at least 5")
        if title not in info:
            fail(f"report {lang}", f"pdfinfo's Title lacks {title!r}")
        text = tool(f"report {lang} text", ["pdftotext", "-enc", "UTF-8", pdf, "-"])
        if title not in text.replace("\n", " "):
            fail(f"report {lang}", f"pdftotext does not find the title {title!r}")
        fonts = tool(f"report {lang} fonts", ["pdffonts", pdf])
        if lang == "ja" and not any(line.split()[-4:-3] == ["yes"] or " yes " in line for line in fonts.splitlines()[2:]):
            fail(f"report {lang}", f"no embedded font:\n{fonts}")

    # --- Tables: Python's csv module reads the engine's numbers.
    projection_csv = path("projection.csv")
    export("projection csv", ["--preset", "base", "--set", "openaiRevenueGrowth=0.9", "--regime", "oct2025",
                              "--table", "projection", "-o", projection_csv])
    varied = json.loads(subprocess.run([REFERENCE, "base", "oct2025", "openaiRevenueGrowth=0.9"],
                                       capture_output=True, text=True, check=True).stdout)
    with open(projection_csv, newline="", encoding="utf-8") as f:
        raw = f.read()
    if "\r\n" not in raw:
        fail("projection csv", "records do not end in CRLF")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    if len(rows) != len(varied["projection"]):
        fail("projection csv", f"{len(rows)} rows, expected {len(varied['projection'])}")
    for row, year in zip(rows, varied["projection"]):
        if int(row["year"]) != year["year"]:
            fail("projection csv", f"year {row['year']} != {year['year']}")
        for column in ("iaas_baseline", "iaas_openai", "paas_baseline", "paas_openai", "saas_baseline", "saas_openai",
                       "azure_total", "revenue_share", "microsoft_total"):
            if not close(float(row[column + "_usd_bn"]), year[column]):
                fail("projection csv", f"{year['year']} {column}: {row[column + '_usd_bn']} != {year[column]}")

    tornado_csv = path("tornado.csv")
    export("tornado csv", ["--preset", "base", "--table", "tornado", "-o", tornado_csv])
    with open(tornado_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if [r["assumption"] for r in rows] != [b["assumption"] for b in ref["tornado"]]:
        fail("tornado csv", "assumptions differ from the engine's order")
    for row, bar in zip(rows, ref["tornado"]):
        if not (close(float(row["low_delta_usd_bn"]), bar["low_delta"]) and close(float(row["high_delta_usd_bn"]), bar["high_delta"])):
            fail("tornado csv", f"{bar['assumption']}: deltas differ")
    if rows and not close(float(rows[0]["base_usd_bn"]), ref["tornado_base"]):
        fail("tornado csv", "base value differs")

    fan_csv = path("fan.csv")
    export("fan csv", ["--preset", "base", "--table", "fan", "-o", fan_csv])
    with open(fan_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row, year in zip(rows, ref["fan"]):
        for p in ("p10", "p50", "p90"):
            if not close(float(row[f"azure_total_{p}_usd_bn"]), year[p]):
                fail("fan csv", f"{year['year']} {p} differs")
    if len(rows) != len(ref["fan"]):
        fail("fan csv", "row count differs")

    clauses_csv = path("clauses.csv")
    export("clauses csv", ["--table", "clauses", "--lang", "th", "-o", clauses_csv])
    with open(clauses_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if [r["id"] for r in rows] != ref["clauses"]:
        fail("clauses csv", "clause ids differ from asOf()")
    events_csv = path("events.csv")
    export("events csv", ["--table", "events", "-o", events_csv])
    with open(events_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != ref["events"]:
        fail("events csv", f"{len(rows)} events, expected {ref['events']}")

    # Numbers stay machine-readable whatever the locale.
    de_csv = path("projection-de.csv")
    env_de = headless_env()
    env_de["LC_ALL"] = "de_DE.UTF-8"
    subprocess.run([BIN, "export", "--lang", "de", "--table", "projection", "-o", de_csv], env=env_de, check=False)
    with open(de_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            float(row["azure_total_usd_bn"])  # raises on "1.234,5"

    # --- Bad input: exit 2, one line naming the problem, nothing written.
    bad_scenario = path("bad-scenario.json")
    with open(bad_scenario, "w", encoding="utf-8") as f:
        f.write('{"format": "dealscope-scenario", "formatVersion": 1, "regime": "apr2026", "assumptions": {"openaiRevenueGrowth": 99}}')
    cases = [
        ("no what", ["-o", path("x.png")], "say what"),
        ("unknown chart", ["--chart", "pie", "-o", path("x.png")], "pie"),
        ("bad extension", ["--chart", "layers", "-o", path("x.gif")], "extension"),
        ("bad size", ["--chart", "layers", "--size", "big", "-o", path("x.png")], "--size"),
        ("out of range", ["--chart", "layers", "--set", "openaiRevenueGrowth=99", "-o", path("x.png")], "out of range"),
        ("unknown preset", ["--chart", "layers", "--preset", "meh", "-o", path("x.png")], "meh"),
        ("bad scenario file", ["--chart", "layers", "--scenario", bad_scenario, "-o", path("x.png")], "bad-scenario.json:"),
        ("missing scenario", ["--chart", "layers", "--scenario", path("none.json"), "-o", path("x.png")], "none.json"),
        ("unknown version", ["--timeline", "--as-of", "v1999", "-o", path("x.png")], "v1999"),
        ("unwritable", ["--chart", "layers", "-o", path("no/dir/x.png")], "x.png"),
    ]
    for name, args, needle in cases:
        result = export(name, args, expect=2)
        lines = result.stderr.strip().splitlines()
        if needle not in result.stderr:
            fail(name, f"message lacks {needle!r}: {result.stderr.strip()!r}")
        if len(lines) > 2 or (len(lines) == 2 and "--help" not in lines[1]):
            fail(name, f"message is not one line: {result.stderr!r}")
        if result.stdout:
            fail(name, f"printed to stdout: {result.stdout!r}")
    leftovers = [n for n in os.listdir(work) if n.startswith("x.")]
    if leftovers:
        fail("bad input", f"left files behind: {leftovers}")

    # An existing file survives a failed export.
    keep = path("keep.png")
    with open(keep, "wb") as f:
        f.write(b"old")
    export("keep", ["--chart", "layers", "--set", "agiMedianYear=1900", "-o", keep], expect=2)
    with open(keep, "rb") as f:
        if f.read() != b"old":
            fail("keep", "a failed export replaced the existing file")

    verbose = export("verbose", ["--chart", "tornado", "-o", path("v.png"), "--verbose"])
    if "v.png" not in verbose.stdout:
        fail("verbose", f"--verbose printed {verbose.stdout!r}")

    print(f"export: {len(failures)} failure(s); files in {work}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
