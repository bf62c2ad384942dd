#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The accessibility suite: Dealscope read through the real AT-SPI client, as Orca reads it.

Run by run_accessibility_suite.sh, which gives it an X server (Xvfb) and a private D-Bus session with
the accessibility bus. Usage: test_accessibility.py DEALSCOPE_BINARY

Each check names the point of the accessibility review it guards (1-12). The suite walks the pages a
first start offers, then tries the keyboard paths: F6 and Tab from a first start, arrowing in the
timeline, changing the version, the sliders, Show Changes."""

import re
import subprocess
import sys

import pyatspi

from atspi_session import (MARKUP, Dealscope, EventLog, click, describe, extents, is_showing,
                           press, pump, states, text_of, wait_for, walk)

failures = []


def check(point, condition, message):
    if not condition:
        failures.append("[%s] %s" % (point, message))
        print("FAIL [%s] %s" % (point, message))
    return condition


def section(title):
    print("--- %s" % title)


PAGES = [("alt+Home", "glance"), ("ctrl+1", "explorer"), ("ctrl+2", "scenario"), ("ctrl+3", "articles"),
         ("ctrl+4", "compare"), ("ctrl+5", "questions")]
# A table cell's name is its content, which may be empty; every other focusable object needs a name.
NAMELESS_ALLOWED = {"table cell", "table column header", "table row header"}


def ancestry(node):
    """Where @p node sits: its box and the roles and names of a few ancestors."""
    parts = []
    box = extents(node)
    try:
        parent = node.parent
        for _ in range(4):
            if parent is None:
                break
            parts.append("%s %r" % (parent.getRoleName(), (parent.name or "")[:24]))
            parent = parent.parent
    except Exception:
        pass
    return "%s at %s" % (" < ".join(parts), box and (box.x, box.y, box.width, box.height))


def check_names_and_markup(app, page):
    seen = 0
    for node in walk(app.window, only_showing=True):
        try:
            role = node.getRoleName()
            name = node.name or ""
            description = node.description or ""
        except Exception:
            continue
        seen += 1
        state = states(node)
        if state is not None and state.contains(pyatspi.STATE_FOCUSABLE) and role not in NAMELESS_ALLOWED:
            check(8, name.strip() != "", "%s: a focusable %s has no name (description %r), in %s"
                  % (page, role, description[:60], ancestry(node)))
        check(9, not MARKUP.search(name), "%s: markup in the name of %s" % (page, describe(node)))
        check(9, not MARKUP.search(description), "%s: markup in the description of %s: %r"
              % (page, describe(node), description[:80]))
    return seen


def check_pages(app):
    section("names and plain text on every page (8, 9)")
    for key, page in PAGES:
        press(key)
        pump(0.5)
        seen = check_names_and_markup(app, page)
        print("%s: %d objects on screen" % (page, seen))


def tab_until(app, predicate, presses, key="Tab"):
    """Presses @p key up to @p presses times; returns how many it took to focus an object that satisfies
    @p predicate, or None. The focus is what the app last said gained it, as a screen reader follows it.
    Every object that takes the focus on the way must be on screen."""
    log = EventLog("dealscope", "object:state-changed:focused")
    try:
        for count in range(1, presses + 1):
            log.clear()
            press(key)
            pump(0.2)
            gained = [e[1] for e in log.events if e[5] == 1]
            if not gained:
                continue
            focus = gained[-1]
            box = extents(focus)
            check(5, box is not None and box.x >= 0 and box.y >= 0 and box.width > 0,
                  "%s took the focus off screen at %s" % (describe(focus), box and (box.x, box.y)))
            if predicate(focus):
                print("%s reached in %d presses of %s" % (describe(focus), count, key))
                return count
        return None
    finally:
        log.close()


def check_keyboard_paths(app):
    section("from a first start, Tab and F6 reach the views (5)")
    press("ctrl+1")
    found = tab_until(app, lambda n: n.getRoleName() in ("tree", "table cell") and (
        n.getRoleName() == "tree" or n.parent.getRoleName() == "tree"), 10, "F6")
    check(5, found is not None, "F6 does not reach the clause tree within 10 presses")
    found = tab_until(app, lambda n: n.name == "Timeline" or (n.parent and n.parent.name == "Timeline"), 10, "F6")
    check(5, found is not None, "F6 does not reach the timeline within 10 presses")
    press("ctrl+2")
    found = tab_until(app, lambda n: n.getRoleName() == "slider", 10, "Tab")
    if found is None:
        found = tab_until(app, lambda n: n.getRoleName() == "slider", 10, "F6")
    check(5, found is not None, "neither Tab nor F6 reaches the first slider within 10 presses")


def check_timeline_focus_events(app):
    section("arrowing in the timeline: focus events only from the timeline (4)")
    press("ctrl+1")
    timeline = app.find(role="list", name="Timeline", showing=True)
    if not check(4, timeline is not None, "no timeline list on the Explorer page"):
        return
    timeline.queryComponent().grabFocus()
    pump(0.3)
    log = EventLog("dealscope", "object:state-changed:focused")
    press("Down", "Down", "Right", "Down")
    pump(0.5)
    foreign = [e for e in log.events if e[5] == 1 and e[2] not in ("list", "list item")]
    check(4, not foreign, "arrowing in the timeline sent focus for %s" % [(e[2], e[3]) for e in foreign][:3])
    check(4, any(e[2] == "list item" for e in log.events if e[5] == 1),
          "arrowing in the timeline sent no focus for its items")
    log.close()

    # Return in the find bar selects the next match in the tree and on the timeline; the focus stays in
    # the field, and so must the screen reader. The match is announced.
    press("ctrl+f")
    pump(0.3)
    log = EventLog("dealscope", "object:state-changed:focused", "object:property-change:accessible-name")
    subprocess.run(["xdotool", "type", "--delay", "20", "revenue"], check=True)
    press("Return", "Return")
    pump(0.5)
    moved = [(e[2], e[3]) for e in log.events if e[0].endswith("focused") and e[5] == 1 and e[2] != "text"]
    check(4, not moved, "Return in the find bar sent focus for %s" % moved[:3])
    found = [e[3] for e in log.events if e[0].endswith("accessible-name") and e[2] == "status bar"]
    check(11, bool(found), "finding a match was not announced")
    print("find bar: status bar said %r" % found[-1:])
    log.close()
    press("Escape")


def slider_value_text(node):
    value = node.queryValue()
    return value.currentValue, value.minimumValue, value.maximumValue, getattr(value, "text", "")


def check_sliders(app):
    section("sliders report what their spin boxes say (2)")
    press("ctrl+2")
    pump(0.5)
    sliders = app.find_all(role="slider", showing=False)
    check(2, len(sliders) >= 10, "only %d sliders on the Scenario page" % len(sliders))
    spins = {}
    for spin in app.find_all(role="spin button", showing=False):
        spins.setdefault(spin.name, spin)
    for slider in sliders:
        spin = spins.get(slider.name)
        if not check(2, spin is not None, "slider %r has no spin box of the same name" % slider.name):
            continue
        s_value, s_min, s_max, s_text = slider_value_text(slider)
        p_value, p_min, p_max, p_text = slider_value_text(spin)
        check(2, abs(s_value - p_value) < 1e-6 and abs(s_min - p_min) < 1e-6 and abs(s_max - p_max) < 1e-6,
              "slider %r reports %s (%s-%s), its spin box %s (%s-%s)"
              % (slider.name, s_value, s_min, s_max, p_value, p_min, p_max))
        # Qt's AT-SPI bridge has no Value.Text yet: the slider puts the shown value first in its description.
        spin_text = (text_of(spin) or p_text).strip()
        said = (s_text or slider.description or "").strip()
        check(2, spin_text != "" and (said == spin_text or said.startswith(spin_text + ".")),
              "slider %r says %r, its spin box %r" % (slider.name, said[:40], spin_text))
    # The toolbar's AGI year at its minimum shows "not assumed", a word where its value is a number:
    # set it there through its Value interface, as a screen reader may, then put it back.
    toolbar = [s for s in app.find_all(role="spin button", showing=False) if (s.name or "").startswith("Assume AGI")]
    check(2, bool(toolbar), "no spin box for the assumed AGI year")
    for spin in toolbar:
        value = spin.queryValue()
        before = value.currentValue
        value.currentValue = value.minimumValue
        wait_for(lambda: not re.search(r"\d", text_of(spin) or "0"), 5)
        shown = (text_of(spin) or "").strip()
        said = getattr(value, "text", "") or spin.description or ""
        check(2, shown != "" and not re.search(r"\d", shown), "at its minimum the AGI spin box shows %r" % shown)
        check(2, said.startswith(shown), "the AGI spin box %r shows %r but says %r (value %s)"
              % (spin.name, shown, said, value.currentValue))
        print("the AGI year at its minimum shows %r and says %r" % (shown, said[:40]))
        value.currentValue = before
        pump(0.3)

def check_charts(app):
    section("charts: a name, a description with the figures (3)")
    press("ctrl+2")
    pump(0.5)
    tabs = [t for t in app.find_all(role="page tab list") if t.childCount >= 4 and
            any(t.getChildAtIndex(i).name == "Table" for i in range(t.childCount))]
    if not check(3, bool(tabs), "no tabs of the scenario views"):
        return
    tabs = tabs[0]
    seen = 0
    # A chart is computed when its tab is first shown: show each, then read the chart on it.
    pages = [tabs.getChildAtIndex(i) for i in range(tabs.childCount)]
    for page in [p for p in pages if p is not None and p.getRoleName() == "page tab"]:
        click(page)
        # A tab's chart is computed when the tab is first shown: wait for its figures (slow under ASan).
        wait_for(lambda: any(re.search(r"\d", c.description or "") for c in app.find_all(role="chart", showing=True)),
                 10)
        for chart in app.find_all(role="chart", showing=True):
            seen += 1
            check(3, (chart.name or "").strip() != "", "the chart on tab %r has no name" % page.name)
            check(3, len(re.findall(r"\d+(?:[.,]\d+)?", chart.description or "")) >= 3,
                  "chart %r has no figures in its description: %r" % (chart.name, chart.description))
    check(3, seen >= 4, "%d charts shown on the scenario's tabs, expected the layers, sensitivity, fan and "
          "bridge charts" % seen)
    click(pages[0])
    empty_fillers = [n for n in app.find_all(showing=True)
                     if n.getRoleName() == "filler" and states(n).contains(pyatspi.STATE_FOCUSABLE)
                     and not n.name]
    check(3, not empty_fillers, "%d focusable nameless fillers on the Scenario page" % len(empty_fillers))


def row_of(tree, title_prefix):
    table = tree.queryTable()
    for row in range(table.nRows):
        cell = table.getAccessibleAt(row, 0)
        if cell is not None and (cell.name or "").startswith(title_prefix):
            return [table.getAccessibleAt(row, column) for column in range(table.nColumns)]
    return None


def check_show_changes(app):
    section("Show Changes: rows and timeline items carry the change (1, 10)")
    press("ctrl+1")
    tree = app.find(role="tree", name="Clauses", showing=True)
    if not check(1, tree is not None, "no clause tree"):
        return
    press("ctrl+d")
    pump(0.5)
    row = row_of(tree, "N1 ")
    if check(1, row is not None, "no row for N1"):
        said = " ".join((c.name or "") + " " + (c.description or "") for c in row if c is not None and is_showing(c))
        check(1, "New" in said, "with Show Changes on, N1's showing cells say %r" % said)
        title = row[0]
        check(10, re.search(r"[Ll]evel \d", title.description or "") is not None,
              "N1's title cell gives no nesting level: %r" % title.description)
        status = [c for c in row[1:] if c is not None and is_showing(c)]
        check(10, any((c.name or "").startswith("Confidence") for c in status),
              "N1's confidence is a bare code: %r" % [c.name for c in status])
    timeline = app.find(role="list", name="Timeline", showing=True)
    if timeline is not None:
        items = [timeline.getChildAtIndex(i) for i in range(timeline.childCount)]
        new = [i for i in items if i is not None and (i.name or "").startswith("N1 ")]
        check(1, bool(new) and "New" in (new[0].name + " " + (new[0].description or "")),
              "with Show Changes on, the timeline's N1 says %r" % (new and new[0].name))
    press("ctrl+d")


def check_version_change(app):
    section("changing the version is announced (11)")
    press("ctrl+1")
    log = EventLog("dealscope", "object:children-changed", "object:property-change:accessible-name",
                   "object:announcement")
    timeline = app.find(role="list", name="Timeline", showing=True)
    if not check(11, timeline is not None, "no timeline"):
        return
    counts_changed = 0
    # Back through the versions: each step must be announced, and a timeline whose items change says so.
    for _ in range(3):
        log.clear()
        before = timeline.childCount
        press("alt+Left")
        # The announcement comes at once; the timeline's new items once its queued rebuild has run.
        wait_for(lambda: any("Now showing" in str(e[3]) for e in log.events), 5)
        pump(1.0)
        after = timeline.childCount
        changed = [e for e in log.events if e[0].startswith("object:children-changed") and e[3] == "Timeline"]
        if before != after:
            counts_changed += 1
            check(11, bool(changed), "the timeline went from %d to %d items without a children-changed event"
                  % (before, after))
        said = [str(e[4]) + " " + str(e[3]) for e in log.events
                if "announcement" in e[0] or "accessible-name" in e[0]]
        heard = [s for s in said if "Now showing" in s]
        check(11, bool(heard), "Alt+Left announced nothing about the version: %r" % said[:5])
        print("timeline %d -> %d items, %d children-changed events; heard %r"
              % (before, after, len(changed), heard[:1]))
    check(11, counts_changed > 0, "no version step changed the timeline's items")
    press("alt+Right", "alt+Right", "alt+Right")
    log.close()


def check_reading_views(app):
    section("details and articles read as documents (6, 7)")
    press("ctrl+1")
    tree = app.find(role="tree", name="Clauses", showing=True)
    row = row_of(tree, "C3 ") if tree else None
    if row:
        click(row[0])  # C3's details: history, sources and clause links
        pump(0.5)
    details = [n for n in app.find_all(showing=True) if n.name == "Details" and n.getRoleName() != "page tab"
               and n.getRoleName() != "page tab list"]
    if not check(7, bool(details), "no Details view on screen"):
        return
    view = details[0]
    check(7, view.getRoleName() in ("document frame", "document text", "document web"),
          "Details has role %s, not a document" % view.getRoleName())
    text = text_of(view) or ""
    check(7, "\ufdd0" not in text and "\ufdd1" not in text, "Details' text holds frame markers: %r" % text[:120])
    view.queryComponent().grabFocus()
    log = EventLog("dealscope", "object:property-change:accessible-description",
                   "object:property-change:accessible-name", "object:announcement")
    press("Tab")
    pump(0.5)
    spoken = [str(e[3]) + " " + str(e[4]) for e in log.events]
    print("Tab in Details: description %r" % view.description)
    check(6, any("link" in s.lower() for s in spoken) or "link" in (view.description or "").lower(),
          "Tab onto a link in Details says nothing of the link: %r / %r" % (spoken[:3], view.description))
    log.close()


def main():
    binary = sys.argv[1]
    app = Dealscope(binary)
    try:
        check_keyboard_paths(app)
        check_pages(app)
        check_sliders(app)
        check_charts(app)
        check_group_titles(app)
        check_timeline_focus_events(app)
        check_show_changes(app)
        check_version_change(app)
        check_reading_views(app)
        pump(0.5)
        section("the log (11)")
        log = app.log_text()
        check(11, "Accessible invalid" not in log, "the log has 'Accessible invalid'")
        check(0, "Sanitizer" not in log and "runtime error:" not in log, "a sanitizer report:\n%s" % log[-3000:])
        check(0, app.process.poll() is None, "Dealscope ended during the suite:\n%s" % log[-3000:])
    finally:
        app.stop()
    if failures:
        print("\n%d accessibility failures" % len(failures))
        return 1
    print("\nall accessibility checks passed")
    return 0


def check_group_titles(app):
    section("the scenario panel's group titles are headings, not check boxes (12)")
    press("ctrl+2")
    pump(0.5)
    first = app.find(role="slider", showing=True)
    if not check(12, first is not None, "no slider on the Scenario page"):
        return
    # The assumption list: the scroll area's content, which holds the sliders.
    area = first
    while area is not None and len(app.find_all(role="slider", showing=False, root=area)) < 10:
        area = area.parent
    boxes = app.find_all(role="check box", showing=False, root=area)
    check(12, not boxes, "check boxes among the assumptions: %r" % [b.name for b in boxes][:5])
    headings = app.find_all(role="heading", showing=False, root=area)
    check(12, len(headings) >= 5, "%d group headings among the assumptions" % len(headings))
    for heading in headings:
        state = states(heading)
        check(12, state.contains(pyatspi.STATE_EXPANDABLE) and state.contains(pyatspi.STATE_EXPANDED),
              "group heading %r does not say it is expanded" % heading.name)
    print("group headings: %s" % [h.name for h in headings])


if __name__ == "__main__":
    sys.exit(main())
