# SPDX-License-Identifier: GPL-3.0-or-later
"""Dealscope as a screen reader meets it: the app under Xvfb, on a private D-Bus session with the AT-SPI
bus, read through pyatspi. The helpers here find the application, walk its accessible tree, press keys
through xdotool and collect the events an assistive technology would hear."""

import os
import re
import subprocess
import time

import pyatspi
from gi.repository import GLib

MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")


def pump(seconds):
    """Runs the GLib main loop for @p seconds so that AT-SPI events reach the listeners."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(predicate, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        pump(0.1)
    return None


def find_application(name, timeout=30.0):
    def lookup():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == name:
                return child
        return None

    return wait_for(lookup, timeout)


def press(*keys):
    """Presses each of @p keys (xdotool names, e.g. "ctrl+1") in turn, and lets the app answer."""
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)
        pump(0.15)


def click(accessible):
    """Clicks the middle of @p accessible with the mouse, as a sighted user would."""
    box = extents(accessible)
    subprocess.run(["xdotool", "mousemove", "--sync", str(box.x + box.width // 2), str(box.y + box.height // 2),
                    "click", "1"], check=True)
    pump(0.3)


def states(accessible):
    try:
        return accessible.getState()
    except Exception:
        return None


def is_showing(accessible):
    state = states(accessible)
    return state is not None and state.contains(pyatspi.STATE_SHOWING)


def extents(accessible):
    try:
        return accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:
        return None


def walk(accessible, only_showing=False, max_children=500):
    """Every descendant of @p accessible, depth first; with @p only_showing, prunes hidden branches."""
    stack = [accessible]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            count = node.childCount
        except Exception:
            continue
        for i in reversed(range(min(count, max_children))):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None and (not only_showing or is_showing(child)):
                stack.append(child)


def describe(accessible):
    try:
        return "%s %r" % (accessible.getRoleName(), accessible.name)
    except Exception:
        return "<gone>"


def text_of(accessible):
    try:
        text = accessible.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return None


class EventLog:
    """Collects AT-SPI events of the given types from one application."""

    def __init__(self, app_name, *event_types):
        self.app_name = app_name
        self.events = []
        self.types = event_types
        for event_type in event_types:
            pyatspi.Registry.registerEventListener(self._heard, event_type)

    def _heard(self, event):
        try:
            app = event.source.getApplication()
            if app is None or app.name != self.app_name:
                return
            self.events.append((event.type, event.source, event.source.getRoleName(), event.source.name,
                                event.any_data, event.detail1))
        except Exception:
            pass

    def clear(self):
        self.events = []

    def close(self):
        for event_type in self.types:
            pyatspi.Registry.deregisterEventListener(self._heard, event_type)


class Dealscope:
    """Starts the app on a fresh home (a first start) and stops it, keeping its log."""

    def __init__(self, binary, language="en"):
        self.home = subprocess.check_output(["mktemp", "-d"], text=True).strip()
        env = dict(os.environ)
        env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local/share"),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANGUAGE": language,
            "LC_ALL": "C.UTF-8",
        })
        # Under the sanitizer lane: xkbcommon-x11, which the X11 platform loads, passes strndup() a
        # name that is not NUL-terminated but exactly as long as the count it gives, which is correct and
        # which strict string checks report as an overflow. Everything else stays checked.
        if "ASAN_OPTIONS" in env:
            env["ASAN_OPTIONS"] = env["ASAN_OPTIONS"].replace("strict_string_checks=1", "strict_string_checks=0")
        self.log_path = os.path.join(self.home, "dealscope.log")
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen([binary, "--lang", language], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        self.app = find_application("dealscope")
        if self.app is None:
            self._fail("Dealscope did not appear on the accessibility bus")
        self.window = wait_for(lambda: self._window())
        if self.window is None:
            self._fail("Dealscope's window did not appear on the accessibility bus")
        # The views are built after the first frame; wait until the clause tree is there.
        wait_for(lambda: self.find(role="tree", name=None), 20)
        # Xvfb runs no window manager: give the window the keyboard focus by hand.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid), "--name", "Dealscope",
                        "windowfocus", "--sync"], check=True, stdout=subprocess.DEVNULL)
        pump(0.5)

    def _fail(self, message):
        self.stop()
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            raise RuntimeError("%s (exit status %s); its output:\n%s" % (message, self.process.returncode, log.read()))

    def _window(self):
        for i in range(self.app.childCount):
            child = self.app.getChildAtIndex(i)
            if child is not None and child.getRoleName() == "frame":
                return child
        return None

    def find(self, role=None, name=None, showing=False, root=None):
        for node in walk(root or self.window, only_showing=showing):
            try:
                if role is not None and node.getRoleName() != role:
                    continue
                if name is not None and node.name != name:
                    continue
            except Exception:
                continue
            return node
        return None

    def find_all(self, role=None, showing=True, root=None):
        result = []
        for node in walk(root or self.window, only_showing=showing):
            try:
                if role is None or node.getRoleName() == role:
                    result.append(node)
            except Exception:
                continue
        return result

    def log_text(self):
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            return log.read()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
