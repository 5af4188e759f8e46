#!/usr/bin/env python3
"""The Flatpak manifest, the desktop file, the metainfo, the icons and the schema agree on one app id,
the manifest names the runtime, SDK and command, and asks only for what the app uses."""
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

src = os.environ["CERTPATH_SOURCE_ROOT"]
build = os.environ["CERTPATH_BUILD_ROOT"]
app_id = "io.github.certpath.Certpath"
failures = 0


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


print("1..10")
manifest_path = os.path.join(src, "flatpak", app_id + ".json")
manifest = json.load(open(manifest_path, encoding="utf-8"))
check("manifest app id", manifest.get("id") == app_id)
check("GNOME runtime on a numbered branch", manifest.get("runtime") == "org.gnome.Platform"
      and manifest.get("sdk") == "org.gnome.Sdk" and str(manifest.get("runtime-version", "")).isdigit(),
      str(manifest.get("runtime-version")))
check("command is the app binary", manifest.get("command") == "certpath")
args = set(manifest.get("finish-args", []))
check("finish-args: display, IPC, DRI, network for the feeds, nothing else",
      args == {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri", "--share=network"}, str(args))
module = manifest["modules"][-1]
check("built with meson from this tree, tests run", module.get("buildsystem") == "meson" and module.get("run-tests") is True
      and module["sources"][0] == {"type": "dir", "path": ".."})

metainfo = ET.parse(os.path.join(build, "data", app_id + ".metainfo.xml")).getroot()
check("metainfo id and launchable", metainfo.findtext("id") == app_id
      and metainfo.findtext("launchable") == app_id + ".desktop")
desktop = open(os.path.join(build, "data", app_id + ".desktop"), encoding="utf-8").read()
check("desktop file names the icon", "Icon=" + app_id + "\n" in desktop and "Exec=certpath" in desktop)
check("desktop file opens candidate files", "\nExec=certpath %F\n" in desktop
      and "\nMimeType=application/json;\n" in desktop)
check("icons and schema use the app id",
      os.path.exists(os.path.join(src, "data", "icons", "hicolor", "scalable", "apps", app_id + ".svg"))
      and os.path.exists(os.path.join(src, "data", "icons", "hicolor", "symbolic", "apps", app_id + "-symbolic.svg"))
      and 'id="' + app_id + '"' in open(os.path.join(src, "data", app_id + ".gschema.xml"), encoding="utf-8").read())

builder = shutil.which("flatpak-builder")
if builder:
    # flatpak-builder exits 0 even on mistakes; it warns instead.
    result = subprocess.run([builder, "--show-manifest", manifest_path], capture_output=True, text=True)
    check("flatpak-builder reads the manifest without warnings", "WARNING" not in result.stderr, result.stderr)
else:
    print("ok - flatpak-builder reads the manifest without warnings # SKIP flatpak-builder not installed")
sys.exit(1 if failures else 0)
