#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/a11y/atspi_tour.py PROGRAM: the real talysh-kb as a screen reader meets it.

Starts a private X server (Xvfb), a private D-Bus session bus, at-spi2-core's accessibility bus and registry,
and PROGRAM with Qt's AT-SPI bridge always on, in a home of its own (so it opens a fresh bundled base). Then
drives it by keys alone (xdotool) through a tour and reads the accessibility tree the way Orca does (pyatspi):
the window, its menus, the tabs, the search field, a page and its links, list rows, graph nodes, timeline items
and both table alternatives must be there with the right roles and names. Exit status 0 only when all are.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20  # seconds to wait for any one thing to appear
# A page is read-only rich text: Qt gives it the text interface (reading, the selection) and a role of static text.
PAGE_ROLES = ("label", "text", "entry", "document text")
failures = []
procs = []  # (Popen, kill the whole process group)


def log(msg):
    print(msg, flush=True)


def check(ok, what):
    log(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)
    return ok


def start(args, env, group=False, **kw):
    p = subprocess.Popen(args, env=env, start_new_session=group, **kw)
    procs.append((p, group))
    return p


def start_services(tmp):
    env = dict(os.environ)
    run = os.path.join(tmp, "run")
    os.makedirs(run, mode=0o700)
    env.update(HOME=tmp, XDG_RUNTIME_DIR=run, XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_DATA_HOME=os.path.join(tmp, "data"), XDG_CACHE_HOME=os.path.join(tmp, "cache"),
               LC_ALL="C.UTF-8", LANGUAGE="en", NO_AT_BRIDGE="0")
    env.pop("QT_QPA_PLATFORM", None)
    # Xvfb picks a free display and tells it on a pipe.
    r, w = os.pipe()
    start(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x900x24", "-nolisten", "tcp"], env, pass_fds=[w],
          stderr=subprocess.DEVNULL)
    os.close(w)
    display = b""
    with os.fdopen(r, "rb") as f:
        while not display.endswith(b"\n"):
            c = f.read(1)
            if not c:
                raise RuntimeError("Xvfb did not start")
            display += c
    env["DISPLAY"] = ":" + display.decode().strip()
    # A session bus of our own: the test never speaks to the user's.
    out = subprocess.check_output(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                                  env=env, text=True).split("\n")
    env["DBUS_SESSION_BUS_ADDRESS"] = out[0].strip()
    procs.append((int(out[1].strip()), False))
    # at-spi2-core: the accessibility bus and its registry, started now rather than on the first request.
    launcher = next((p for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
                     if os.path.exists(p)), None)
    if launcher is None:
        raise RuntimeError("at-spi-bus-launcher not found (install at-spi2-core)")
    start([launcher, "--launch-immediately"], env, group=True)
    return env


def stop_all():
    for p, group in reversed(procs):
        try:
            if isinstance(p, int):
                os.kill(p, signal.SIGTERM)
            elif group:
                os.killpg(p.pid, signal.SIGTERM)
            else:
                p.terminate()
        except (ProcessLookupError, PermissionError):
            pass
    for p, _ in procs:
        if not isinstance(p, int):
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    program = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="tkb-a11y-")
    began = time.monotonic()
    try:
        env = start_services(tmp)
        os.environ.update(env)  # pyatspi connects through this process's environment
        import pyatspi  # noqa: E402 (needs the bus above)
        # The registry answers before the program starts, so its bridge finds the accessibility bus at once.
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                pyatspi.Registry.getDesktop(0).childCount
                break
            except Exception:
                time.sleep(0.2)
        app_env = dict(env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
        app = start([program, "--lang", "en"], app_env, stdout=subprocess.DEVNULL)
        Tour(pyatspi, env, app).run()
    except Exception as e:  # a crash of the tour is a failure with its reason, not a hang
        check(False, "the tour ran to its end (%s: %s)" % (type(e).__name__, e))
    finally:
        stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    log("%d failure(s) in %.1f s" % (len(failures), time.monotonic() - began))
    return 1 if failures else 0


class Tour:
    def __init__(self, pyatspi, env, app):
        self.at = pyatspi
        self.env = env
        self.app = app
        self.root = None
        # What a screen reader is told when the focus moves: (name, role) of each object that gained it.
        self.focus_events = []
        pyatspi.Registry.registerEventListener(self.on_focus, "object:state-changed:focused")

    def on_focus(self, event):
        if event.detail1:
            self.focus_events.append((event.source.name, self.role(event.source)))

    def heard_focus(self, name, role):
        from gi.repository import GLib
        deadline = time.monotonic() + 3
        context = GLib.MainContext.default()
        while time.monotonic() < deadline:
            while context.iteration(False):
                pass
            if (name, role) in self.focus_events:
                return True
            time.sleep(0.05)
        return False

    # ---- reading the tree ----
    def role(self, acc):
        try:
            return acc.getRoleName()
        except Exception:
            return ""

    def states(self, acc):
        try:
            return acc.getState()
        except Exception:
            return None

    def children(self, acc):
        try:
            return [acc.getChildAtIndex(i) for i in range(acc.childCount)]
        except Exception:
            return []

    def showing(self, acc):
        s = self.states(acc)
        return s is not None and s.contains(self.at.STATE_SHOWING)

    def find_all(self, pred, root=None, into_items=False, limit=None):
        """Depth first over what is showing; the rows of lists and tables only with into_items."""
        out = []
        stack = [root or self.root]
        while stack:
            acc = stack.pop()
            if acc is None:
                continue
            if pred(acc):
                out.append(acc)
                if limit and len(out) >= limit:
                    break
            r = self.role(acc)
            if not into_items and r in ("table", "tree table", "list", "tree", "menu"):
                continue
            kids = [c for c in self.children(acc) if c is not None and self.showing(c)]
            stack.extend(reversed(kids))
        return out

    def wait_for(self, what, pred, root=None, into_items=False):
        deadline = time.monotonic() + TIMEOUT
        while True:
            found = self.find_all(pred, root, into_items, limit=1)
            if found:
                return found[0]
            if time.monotonic() > deadline:
                check(False, "found " + what)
                self.dump()
                return None
            time.sleep(0.2)

    def dump(self, acc=None, depth=0):
        """What is showing, to read beside a failure."""
        acc = acc or self.root
        if depth > 14:
            return
        log("     %s%s %r" % ("  " * depth, self.role(acc), acc.name))
        if self.role(acc) in ("table", "tree table", "list", "tree", "menu bar", "page tab list"):
            return
        for c in self.children(acc):
            if c is not None and self.showing(c):
                self.dump(c, depth + 1)

    def named(self, role, name=None, contains=None):
        def pred(acc):
            if self.role(acc) not in (role if isinstance(role, tuple) else (role,)):
                return False
            n = acc.name or ""
            return (name is None or n == name) and (contains is None or contains in n)
        return pred

    def selected_text(self, acc):
        try:
            t = acc.queryText()
            if t.getNSelections() == 0:
                return ""
            start, end = t.getSelection(0)
            return t.getText(start, end)
        except Exception:
            return ""

    def current_tab(self):
        tabs = self.find_all(lambda a: self.role(a) == "page tab list")
        for tab in self.children(tabs[0]) if tabs else []:
            s = self.states(tab)
            if s is not None and s.contains(self.at.STATE_SELECTED):
                return tab.name
        return None

    def wait_tab(self, name):
        deadline = time.monotonic() + TIMEOUT
        while self.current_tab() != name and time.monotonic() < deadline:
            time.sleep(0.2)
        return check(self.current_tab() == name, "the current tab is named %r (it is %r)" % (name, self.current_tab()))

    # ---- the keyboard ----
    def key(self, *keys, settle=0.4):
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], env=self.env, check=True)
        time.sleep(settle)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "40", text], env=self.env, check=True)
        time.sleep(0.4)

    def tab_to_link(self, text_acc, link):
        for _ in range(60):
            self.key("Tab", settle=0.1)
            if self.selected_text(text_acc) == link:
                return True
        return False

    # ---- the tour ----
    def run(self):
        at = self.at
        desktop = at.Registry.getDesktop(0)
        deadline = time.monotonic() + TIMEOUT * 3
        while self.root is None and time.monotonic() < deadline and self.app.poll() is None:
            for app in self.children(desktop):
                if app is not None and app.name == "talysh-kb":
                    self.root = app
            time.sleep(0.3)
        if not check(self.root is not None, "talysh-kb is on the accessibility bus (the program %s)"
                     % ("runs" if self.app.poll() is None else "ended with status %s" % self.app.returncode)):
            return

        self.wait_for("the People tab", self.named("page tab", "People"))
        frame = self.wait_for("the main window", lambda a: self.role(a) == "frame" and a.name)
        check(frame is not None, "the main window is a frame named %r" % (frame.name if frame else None))

        # Menus: the menu bar with its five menus, each named, each item in them named.
        bar = self.wait_for("the menu bar", lambda a: self.role(a) == "menu bar")
        menus = [m for m in self.children(bar)] if bar else []
        check([m.name for m in menus] == ["File", "Edit", "View", "Go", "Help"],
              "the menu bar holds File, Edit, View, Go, Help: %s" % [m.name for m in menus])
        for menu in menus:
            items = self.children(menu)
            if len(items) == 1 and self.role(items[0]) in ("menu", "popup menu"):
                items = self.children(items[0])
            items = [i for i in items if self.role(i) != "separator"]
            check(len(items) > 0 and all(i.name for i in items),
                  "every item of the %s menu is named: %s" % (menu.name, [i.name for i in items]))

        # The tab strip and the search field.
        tabs = self.wait_for("the tab strip", lambda a: self.role(a) == "page tab list")
        names = [t.name for t in self.children(tabs) if self.role(t) == "page tab"] if tabs else []
        check(names == ["Talysh National Movement", "People"], "the tabs are named: %s" % names)
        search = self.wait_for("the search field",
                               self.named(("entry", "text"), "Search the knowledge base"))
        if search is not None:
            check(bool(search.description), "the search field is described: %r" % search.description)

        # The window takes the keyboard (no window manager here: focus it directly).
        wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Talysh KB"], env=self.env,
                             capture_output=True, text=True).stdout.split()
        if wid:
            subprocess.run(["xdotool", "windowfocus", "--sync", wid[-1]], env=self.env)
            time.sleep(0.5)

        # People (Ctrl+2): a table whose rows are named by their cells.
        self.key("ctrl+2")
        self.wait_tab("People")
        people = self.wait_for("the People table", self.named("table", "People"))
        if people is not None:
            cells = self.find_all(lambda a: self.role(a) == "table cell", people, into_items=True, limit=12)
            check(len(cells) >= 6 and sum(1 for c in cells if c.name) >= 4,
                  "the People table's rows are named: %s" % [c.name for c in cells[:6]])

        # Search by keys: Ctrl+K, a name, Enter; the results are a page of links.
        self.key("ctrl+k")
        check(search is not None and self.states(search).contains(at.STATE_FOCUSED), "Ctrl+K focuses the search")
        self.type("Hummatov")
        self.key("Return")
        self.wait_tab("Search: Hummatov")
        results = self.wait_for("the search results", self.named(PAGE_ROLES,
                                                                  "Search results"))
        if results is None:
            return
        check(self.tab_to_link(results, "Alikram Hummatov"), "Tab reaches the result \"Alikram Hummatov\"")
        self.key("Return")
        self.wait_tab("Alikram Hummatov")

        # His page: named, its links reached with Tab (the selection is the link's text), Enter follows one.
        page = self.wait_for("his page", self.named(PAGE_ROLES, "Entry: Alikram Hummatov"))
        if page is not None:
            check(self.tab_to_link(page, "Talysh National Movement"), "Tab reaches the link to the movement")
            self.key("Return")
            self.wait_tab("Talysh National Movement")
            self.key("alt+Left")
            self.wait_tab("Alikram Hummatov")

        # The graph (Ctrl+G): a list of named, described nodes; the arrows move the focus among them.
        self.key("ctrl+g")
        self.wait_tab("Graph: Alikram Hummatov")
        graph = self.wait_for("the graph", self.named("list", "Relations of Alikram Hummatov"))
        nodes = self.children(graph) if graph else []
        check(len(nodes) > 2 and all(self.role(n) == "list item" and n.name and n.description for n in nodes),
              "the graph's %d nodes are named, described list items: %s" % (len(nodes), [n.name for n in nodes[:4]]))
        if len(nodes) > 2:
            check(nodes[0].name == "Alikram Hummatov", "the first node is the centre")
            check(self.states(nodes[0]).contains(at.STATE_FOCUSED), "the keyboard arrives on the centre")
            self.focus_events.clear()
            self.key("Right")
            check(self.states(nodes[1]).contains(at.STATE_FOCUSED), "Right: the next node has the focus")
            check(self.heard_focus(nodes[1].name, "list item"),
                  "... and a screen reader hears of it: a focus event for %r (heard %s)"
                  % (nodes[1].name, self.focus_events))
            check(self.states(nodes[1]).contains(at.STATE_SELECTED), "... and is selected")
        drawn = {n.name for n in nodes[1:]}

        # Its table alternative (Alt+T): rows of related entry, relation, direction; Enter opens the row's entry.
        toggle = self.wait_for("the table switch", self.named("check box", "Show as table"))
        self.key("alt+t")
        table = self.wait_for("the graph's table", self.named("table", "Relations of Alikram Hummatov, as a table"))
        if toggle is not None:
            check(self.states(toggle).contains(at.STATE_CHECKED), "the switch is on")
        if table is not None:
            t = table.queryTable()
            headers = [t.getColumnDescription(c) for c in range(t.nColumns)]
            check(headers == ["Related entry", "Relation", "Direction"], "the table's columns: %s" % headers)
            listed = {t.getAccessibleAt(r, 0).name for r in range(t.nRows)}
            check(listed == drawn, "the table lists the entries the graph draws (%d)" % len(listed))
            first = t.getAccessibleAt(0, 0).name
            self.key("Return")
            self.wait_tab(first)

        # The timeline (Ctrl+5): a list of events named and dated; the arrows move, Enter opens.
        self.key("ctrl+5")
        self.wait_tab("Timeline")
        axis = self.wait_for("the timeline", self.named("list", "Timeline of events"))
        items = self.children(axis) if axis else []
        check(len(items) > 3 and all(self.role(i) == "list item" and i.name and i.description for i in items),
              "the timeline's %d events are named, dated list items: %s"
              % (len(items), [(i.name, i.description[:20]) for i in items[:3]]))
        if len(items) > 3:
            self.focus_events.clear()
            check(self.states(axis).contains(at.STATE_FOCUSED), "Ctrl+5 puts the keyboard on the timeline")
            check(self.states(items[0]).contains(at.STATE_FOCUSED), "the keyboard arrives on the first event")
            self.key("Right")
            check(self.states(items[1]).contains(at.STATE_FOCUSED), "Right: the second event has the focus")
            check(self.heard_focus(items[1].name, "list item"),
                  "... and a screen reader hears of it (heard %s)" % self.focus_events[-3:])
            name = items[1].name
            self.key("Return")
            self.wait_tab(name)
            self.key("alt+Left")
            self.wait_tab("Timeline")
        self.key("alt+t")
        events = self.wait_for("the timeline's table", self.named("table",
                                                                  "Events in chronological order, as a table"))
        if events is not None:
            t = events.queryTable()
            headers = [t.getColumnDescription(c) for c in range(t.nColumns)]
            check(headers == ["Date", "Event"], "the timeline table's columns: %s" % headers)
            check(t.nRows >= len(items) and all(t.getAccessibleAt(r, 1).name for r in range(min(t.nRows, 10))),
                  "the timeline table has a named row per event (%d)" % t.nRows)


if __name__ == "__main__":
    sys.exit(main())
