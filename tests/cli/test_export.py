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
import unicodedata

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


def comparable(text):
    """Text as pdftotext gives it back, made comparable with what was drawn: ligatures (ﬁ) split, white
    space (line breaks inside table cells) and non-spacing marks (which PDF text of Thai drops) removed."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Mn")


def page_texts(pdf):
    info = tool("pdfinfo", ["pdfinfo", pdf])
    pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "0"))
    return [comparable(tool("pdftotext", ["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n), pdf, "-"]))
            for n in range(1, pages + 1)]


def pdf_title(pdf):
    info = tool("pdfinfo", ["pdfinfo", "-enc", "UTF-8", pdf])
    return next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Title:")), "")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_report_timeline(lang, path, ref):
    name = f"report {lang} timeline"
    pdf = path(f"report-{lang}.pdf")
    if not os.path.exists(pdf):
        export(f"report {lang}", ["--report", "--lang", lang, "-o", pdf])
    timeline_pdf = path(f"timeline-{lang}.pdf")
    export(f"timeline {lang} pdf", ["--timeline", "--lang", lang, "-o", timeline_pdf])
    heading = comparable(pdf_title(timeline_pdf))
    pages = [text for text in page_texts(pdf) if heading and heading in text]
    if len(pages) < 2:
        fail(name, f"{len(pages)} page(s) with the heading {heading!r}, expected the timeline to need several")
    shown = " ".join(pages)
    clauses_csv, events_csv = path(f"clauses-{lang}.csv"), path(f"events-{lang}.csv")
    export(f"clauses {lang} csv", ["--table", "clauses", "--lang", lang, "-o", clauses_csv])
    export(f"events {lang} csv", ["--table", "events", "--lang", lang, "-o", events_csv])
    titles = [row["title"] for row in read_csv(clauses_csv) + read_csv(events_csv)]
    if len(titles) < len(ref["clauses"]) + ref["events"]:
        fail(name, f"only {len(titles)} titles in the tables")
    missing = [title for title in titles if comparable(title) not in shown]
    if missing:
        fail(name, f"{len(missing)} of {len(titles)} titles not on the timeline pages, e.g. {missing[:3]}")


def ts_translations(lang, context):
    """The finished translations of @p context in translations/dealscope_<lang>.ts, English → translation."""
    import xml.etree.ElementTree as ElementTree
    ts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "translations", f"dealscope_{lang}.ts")
    found = {}
    for ctx in ElementTree.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") not in ("unfinished", "obsolete"):
                found[message.findtext("source")] = translation.text
    return found


def check_report_assumptions_in(path, lang):
    name = f"report {lang} assumptions"
    pdf = path(f"report-{lang}.pdf")
    if not os.path.exists(pdf):
        export(f"report {lang}", ["--report", "--lang", lang, "-o", pdf])
    text = comparable(tool(name, ["pdftotext", "-enc", "UTF-8", pdf, "-"]))
    tornado_csv = path(f"tornado-{lang}.csv")
    export(f"tornado {lang} csv", ["--preset", "base", "--table", "tornado", "--lang", lang, "-o", tornado_csv])
    english_csv = path("tornado-en.csv")
    export("tornado en csv", ["--preset", "base", "--table", "tornado", "--lang", "en", "-o", english_csv])
    english_of = {row["assumption"]: row["label"] for row in read_csv(english_csv)}
    labels = ts_translations(lang, "Dealscope::ScenarioAssumptions")
    rows = read_csv(tornado_csv)
    checked = 0
    for row in rows:
        english = english_of.get(row["assumption"], "")
        translated = labels.get(english)
        if not translated or translated == english:
            continue
        checked += 1
        if comparable(translated) not in text:
            fail(name, f"the {lang} label {translated!r} of {row['assumption']} is not in the report")
        if row["label"] != translated:
            fail(f"tornado {lang} csv", f"label {row['label']!r}, expected {translated!r}")
    if checked == 0:
        fail(name, "no translated assumption label to check")


def check_changes(path):
    """`export --changes`: October 2025 against April 2026, checked against the dataset file itself: the CSV has
    rows for API exclusivity (C1), the IP licence (C3), the revenue share (C9) and the AGI panel (C2), with both
    wordings; the redline PDF passes pdfinfo and pdftotext finds both wordings of each."""
    dataset_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "data",
                                "microsoft-openai.json")
    with open(dataset_file, encoding="utf-8") as f:
        clauses = {c["id"]: c for c in json.load(f)["clauses"]}

    def wording_in(clause_id, version):
        clause = clauses[clause_id]
        for entry in clause["history"]:
            if entry["version"] == version and "text" in entry:
                return entry["text"]["en"]
        return clause["summary"]["en"]

    expected = {  # id: (version A's wording, version B's wordings, in the order B shows them)
        "C1": (wording_in("C1", "v2025-10-28"), [wording_in("N1", "v2026-04-27"), wording_in("N2", "v2026-04-27")]),
        "C3": (wording_in("C3", "v2025-10-28"), [wording_in("C3", "v2026-04-27")]),
        "C9": (wording_in("C9", "v2025-10-28"), [wording_in("N4", "v2026-04-27"), wording_in("N5", "v2026-04-27")]),
    }
    versions = ["--from", "v2025-10-28", "--to", "v2026-04-27", "--lang", "en"]
    csv_path, pdf_path = path("changes.csv"), path("changes.pdf")
    export("changes csv", ["--changes", *versions, "-o", csv_path])
    export("changes pdf", ["--changes", *versions, "-o", pdf_path])
    rows = read_csv(csv_path) if os.path.exists(csv_path) else []
    if not rows or list(rows[0].keys()) != ["id", "kind", "field", "A", "B"]:
        fail("changes csv", f"no rows, or not the columns id,kind,field,A,B: {rows[:1]}")
    by_id = {}
    for row in rows:
        by_id.setdefault(row["id"], {})[row["field"]] = row
    for clause_id, (a, b) in expected.items():
        wording = by_id.get(clause_id, {}).get("wording")
        if not wording or wording["A"] != a or wording["B"] != "\n".join(b):
            fail("changes csv", f"{clause_id}: no wording row with both wordings: {wording}")
    end = by_id.get("C9", {}).get("end")
    if not end or (end["A"], end["B"]) != ("until AGI verified by the expert panel",
                                           "N4: no end stated; N5: through 2030"):
        fail("changes csv", f"C9: ends {end}")
    panel = by_id.get("C2", {}).get("status")
    if not panel or (panel["kind"], panel["A"], panel["B"]) != ("not-restated", "In force", "Not restated"):
        fail("changes csv", f"C2: status row {panel}")

    tool("changes pdfinfo", ["pdfinfo", pdf_path])
    text = comparable(tool("changes pdftotext", ["pdftotext", "-enc", "UTF-8", pdf_path, "-"]))
    for clause_id, (a, b) in expected.items():
        for wording in [a, *b]:
            if comparable(wording) not in text:
                fail("changes pdf", f"{clause_id}: pdftotext does not find {wording[:60]!r}…")

    export("changes: unknown version", ["--changes", "--from", "v1999-01-01", "-o", path("x.csv")], expect=2)
    export("changes: --from without --changes", ["--table", "clauses", "--from", "v2025-10-28", "-o", path("x.csv")],
           expect=2)
    export("changes: wrong format", ["--changes", "-o", path("x.png")], expect=2)


def check_report_open_questions(path):
    """The report has a section with every open question of the dataset: pdftotext finds each title, in English
    and in Japanese, read from the dataset file itself."""
    dataset_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "data",
                                "microsoft-openai.json")
    with open(dataset_file, encoding="utf-8") as f:
        questions = json.load(f)["openQuestions"]
    if not questions:
        fail("report open questions", "the dataset has no open question to look for")
    for lang in ("en", "ja"):
        pdf = path(f"report-{lang}.pdf")
        if not os.path.exists(pdf):
            export(f"report {lang}", ["--report", "--lang", lang, "-o", pdf])
        text = comparable(tool(f"report {lang} text", ["pdftotext", "-enc", "UTF-8", pdf, "-"]))
        for question in questions:
            title = question["title"].get(lang, question["title"]["en"])
            if comparable(title) not in text:
                fail(f"report {lang} open questions", f"pdftotext does not find {question['id']}: {title!r}")


def main():
    work = tempfile.mkdtemp(prefix="dealscope-export-")
    path = lambda name: os.path.join(work, name)

    # --- Drawings in every format: the tools accept them.
    for chart in ("layers", "compare", "tornado", "fan", "bridge"):
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

    # --- The report's timeline goes on over pages: every clause and event the timeline shows is on them,
    # with its whole title. Its pages are those that repeat the timeline's heading, which a timeline export
    # stores as its PDF title.
    for lang in ("en", "de", "th"):
        check_report_timeline(lang, path, ref)

    # --- The report cites sources by publisher, title, date and link, never by the dataset's ids.
    report_en = tool("report en text", ["pdftotext", "-enc", "UTF-8", path("report-en.pdf"), "-"])
    flat_en = " ".join(report_en.split())
    for source_id, publisher in ref["publishers"].items():
        if re.search(r"(?<![\w/.-])" + re.escape(source_id) + r"(?![\w/.-])", flat_en):
            fail("report sources", f"the internal id {source_id!r} is printed")
    cited = {source for sources in ref["clause_sources"].values() for source in sources}
    for source_id in sorted(cited):
        if comparable(ref["publishers"][source_id]) not in comparable(report_en):
            fail("report sources", f"the publisher of {source_id!r} is missing")

    # --- The report lists every open question.
    check_report_open_questions(path)

    # --- A German report has its assumption tables in German, as translated in translations/.
    check_report_assumptions_in(path, "de")

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

    # --- The amendment bridge: one row per differing term, the steps adding up to the difference.
    bridge_png = path("bridge.png")
    export("bridge png", ["--preset", "base", "--chart", "bridge", "--size", "1024x700", "-o", bridge_png])
    if tool("bridge png identify", ["identify", "-format", "%w %h", bridge_png]).strip() != "1024 700":
        fail("bridge png", "wrong size")
    for name, regimes in (("default", []), ("joint statement", ["--from-regime", "v2026-02-27", "--to-regime", "apr2026"])):
        bridge_csv = path(f"bridge-{len(regimes)}.csv")
        export(f"bridge csv {name}", ["--preset", "base", "--table", "bridge", *regimes, "-o", bridge_csv])
        rows = read_csv(bridge_csv)
        if [r["row"] for r in rows][:1] != ["start"] or rows[-1]["row"] != "end":
            fail(f"bridge csv {name}", "expected a start row first and an end row last")
            continue
        for measure in ("microsoft_usd_bn", "revenue_share_usd_bn"):
            steps = sum(float(r[measure]) for r in rows if r["row"] == "step")
            if not close(steps, float(rows[-1][measure]) - float(rows[0][measure])):
                fail(f"bridge csv {name}", f"{measure}: the steps sum to {steps}, not the difference")
        if regimes and rows[0]["from_regime"] != "v2026-02-27":
            fail(f"bridge csv {name}", f"from_regime {rows[0]['from_regime']!r}")
    export("bridge unknown regime", ["--table", "bridge", "--to-regime", "v1999-01-01", "-o", path("b.csv")], expect=2)
    export("bridge regime without terms", ["--chart", "bridge", "--from-regime", "v2019-07-22", "-o", path("b.png")],
           expect=2)
    export("bridge options elsewhere", ["--chart", "layers", "--from-regime", "oct2025", "-o", path("b.png")], expect=2)

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

    check_changes(path)

    verbose = export("verbose", ["--chart", "tornado", "-o", path("v.png"), "--verbose"])
    if "v.png" not in verbose.stdout:
        fail("verbose", f"--verbose printed {verbose.stdout!r}")

    print(f"export: {len(failures)} failure(s); files in {work}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
