#!/usr/bin/python3
"""Write a reproducible, valid Dealscope dataset of 10,000 items for the dataset benchmark.

Usage: generate_dataset.py [OUTPUT]

8,000 clauses (a fifth of them sub-terms, every kind of end, one to three history entries) and 2,000
events, in English only: 5.9 MB of UTF-8 JSON, indented by one space. It follows docs/dataset-format.md: ids are unique,
every reference resolves, histories follow the versions' order, and it validates against
resources/schema/dealscope-dataset.schema.json. The same seed always gives the same bytes.

OUTPUT defaults to dealscope-10000.json in the system's temporary folder; the path is printed. The file
is generated for a run and never committed.
"""

import json
import os
import random
import sys
import tempfile

CLAUSES = 8000
EVENTS = 2000
SOURCES = 60
VERSIONS = 20
CATEGORIES = 8
SEED = 20261201

WORDS = (
    "Microsoft OpenAI Azure exclusive revenue share compute capacity licence model weights research "
    "intellectual property commercial rights API products cloud provider agreement amendment term "
    "milestone panel expert verification investment equity stake nonprofit foundation board governance "
    "partner preferred first refusal resale customers government hosting datacenter gigawatt capacity "
    "pricing discount rebate royalty payment quarterly report disclosure filing consent approval"
).split()
# A few non-ASCII characters, as real texts have (dashes, accents, quotes), so UTF-8 is exercised.
FLOURISHES = ("—", "café", "naïve", "“quoted”", "10 %", "€", "Zürich", "résumé")
CONFIDENCES = ("A", "B", "C", "A/B", "B/C")
LAYERS = ("iaas", "paas", "saas", "revenueShare", "equity")
EVENT_KINDS = ("investment", "agreement", "amendment", "statement", "cloudDeal", "earnings", "dispute",
               "governance", "product", "funding", "legal", "report")
UNITS = ("USD", "percent", "GW", "MW")
QUALIFIERS = ("exact", "about", "upTo", "moreThan")


class Generator:
    def __init__(self, seed):
        self.random = random.Random(seed)

    def sentence(self, low, high):
        words = [self.random.choice(WORDS) for _ in range(self.random.randint(low, high))]
        if self.random.random() < 0.3:
            words.insert(self.random.randrange(len(words)), self.random.choice(FLOURISHES))
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def text(self, low, high):
        return {"en": self.sentence(low, high)}

    def day(self, first_year, last_year):
        year = self.random.randint(first_year, last_year)
        return "%04d-%02d-%02d" % (year, self.random.randint(1, 12), self.random.randint(1, 28))

    def partial_date(self, first_year, last_year):
        full = self.day(first_year, last_year)
        return self.random.choice((full, full, full[:7], full[:4]))

    def sources(self, count):
        return self.random.sample(["source-%02d" % i for i in range(SOURCES)], count)

    def end(self, depth=0):
        roll = self.random.random()
        if roll < 0.65 or depth > 0:
            return {"date": self.partial_date(2026, 2045)}
        if roll < 0.80:
            return {"milestone": "agi-verified"}
        return {"earliestOf": [{"milestone": "agi-verified"}, self.end(depth + 1)]}


def build(generator):
    g = generator
    rnd = g.random
    versions = []
    used_days = set()
    while len(versions) < VERSIONS:
        day = g.day(1996, 2026)
        if day not in used_days:
            used_days.add(day)
            versions.append(day)
    versions.sort()

    dataset = {
        "format": "dealscope-dataset",
        "formatVersion": 1,
        "id": "generated-10000",
        "title": {"en": "Generated agreement of 10,000 items"},
        "description": g.text(20, 40),
        "languages": ["en"],
        "factsCheckedOn": "2026-12-01",
        "sources": [
            {
                "id": "source-%02d" % i,
                "publisher": "Publisher %d" % i,
                "title": g.sentence(4, 10),
                "url": "https://example.org/articles/%d" % i,
                "date": g.partial_date(1996, 2026),
                "kind": rnd.choice(("official", "filing", "press", "analysis", "other")),
            }
            for i in range(SOURCES)
        ],
        "milestones": [
            {
                "id": "agi-verified",
                "title": {"en": "AGI verified by the expert panel"},
                "description": g.text(20, 40),
                "confidence": "A",
                "sources": g.sources(2),
            }
        ],
        "versions": [
            {
                "id": "v%s" % day,
                "date": day,
                "label": g.text(2, 5),
                "summary": g.text(10, 25),
                "kind": "agreement" if i == 0 else rnd.choice(("amendment", "memorandum", "statement")),
                "binding": i % 3 != 2,
                "confidence": rnd.choice(CONFIDENCES),
                "sources": g.sources(rnd.randint(1, 3)),
            }
            for i, day in enumerate(versions)
        ],
        "categories": [
            {"id": "category-%d" % i, "title": g.text(2, 4), "description": g.text(8, 16)}
            for i in range(CATEGORIES)
        ],
    }

    clauses = []
    roots_by_category = {}
    for i in range(CLAUSES):
        category = "category-%d" % rnd.randrange(CATEGORIES)
        clause = {"id": "clause-%05d" % i, "category": category}
        roots = roots_by_category.setdefault(category, [])
        if roots and rnd.random() < 0.2:
            clause["parent"] = rnd.choice(roots)  # a root of the same category: no cycle possible
        else:
            roots.append(clause["id"])
        clause["title"] = g.text(3, 6)
        clause["summary"] = g.text(4, 10)
        clause["confidence"] = rnd.choice(CONFIDENCES)
        clause["sources"] = g.sources(rnd.randint(1, 2))
        clause["layers"] = rnd.sample(LAYERS, rnd.randint(0, 1))
        clause["term"] = {"end": g.end()}
        if rnd.random() < 0.5:
            clause["term"]["start"] = g.partial_date(1996, 2025)
        picked = sorted(rnd.sample(range(VERSIONS), rnd.choice((1, 1, 1, 1, 2, 3))))
        history = []
        for n, index in enumerate(picked):
            entry = {"version": "v%s" % versions[index]}
            if n == 0:
                entry["change"] = "introduced"
            else:
                entry["change"] = rnd.choice(("amended", "unchanged"))
            if entry["change"] == "amended":
                entry["text"] = g.text(6, 14)
            if rnd.random() < 0.15:
                entry["note"] = g.text(4, 10)
            history.append(entry)
        clause["history"] = history
        if rnd.random() < 0.1:
            clause["notes"] = g.text(5, 12)
        clauses.append(clause)
    dataset["clauses"] = clauses

    events = []
    for i in range(EVENTS):
        event = {
            "id": "event-%05d" % i,
            "date": g.partial_date(1996, 2026),
            "kind": rnd.choice(EVENT_KINDS),
            "title": g.text(3, 7),
            "summary": g.text(5, 10),
        }
        if rnd.random() < 0.4:
            event["amounts"] = [
                {
                    "value": round(rnd.uniform(1, 1000), 2) * (1e9 if unit == "USD" else 1),
                    "unit": unit,
                    "qualifier": rnd.choice(QUALIFIERS),
                }
                for unit in rnd.sample(UNITS, rnd.randint(1, 2))
            ]
        event["confidence"] = rnd.choice(CONFIDENCES)
        event["sources"] = g.sources(rnd.randint(1, 3))
        if rnd.random() < 0.3:
            event["version"] = "v%s" % rnd.choice(versions)
        event["clauses"] = ["clause-%05d" % rnd.randrange(CLAUSES) for _ in range(rnd.randint(0, 3))]
        events.append(event)
    dataset["events"] = events
    return dataset


def main(argv):
    if len(argv) > 2:
        sys.stderr.write("usage: generate_dataset.py [OUTPUT]\n")
        return 2
    output = argv[1] if len(argv) == 2 else os.path.join(tempfile.gettempdir(), "dealscope-10000.json")
    dataset = build(Generator(SEED))
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(dataset, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
