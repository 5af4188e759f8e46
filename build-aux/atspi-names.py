#!/usr/bin/python3
"""What a screen reader hears: the role and name of every control of the running app PID, through
AT-SPI, as Orca reads them.

    b=_build; export CERTPATH_POLICY_DIR=$PWD/data/policy GSETTINGS_SCHEMA_DIR=$b/data CERTPATH_LOCALEDIR=$b/po
    echo '/usr/bin/python3 build-aux/atspi-names.py $pid' > /tmp/names.sh
    ../shared/tools/gui-session.sh $b/src/gui/certpath /tmp/h /tmp/names.sh

Exits 1 when a control is named by a class name ("GtkMenuButton") or with a mnemonic underscore.
Needs Debian's python3-pyatspi (run it with /usr/bin/python3).
"""
import sys
import time

import pyatspi

CONTROLS = {"push button", "toggle button", "combo box", "text", "entry", "spin button", "check box",
            "radio button", "menu item", "switch", "slider", "page tab", "password text", "link"}


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(100):
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            try:
                if a is not None and a.get_process_id() == pid:
                    return a
            except Exception:
                pass
        time.sleep(0.2)
    sys.exit("no accessible application for pid %d" % pid)


def walk(node, depth=0):
    yield node, depth
    if depth > 80:
        return
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


faults = 0
for node, depth in walk(application(int(sys.argv[1]))):
    try:
        role, name = node.getRoleName(), node.name or ""
    except Exception:
        continue
    if role in CONTROLS:
        bad = name.startswith(("Gtk", "Adw")) or "_" in name
        faults += bad
        print("%s%s%s: %r" % ("!! " if bad else "   ", "  " * min(depth, 20), role, name))
sys.exit(1 if faults else 0)
