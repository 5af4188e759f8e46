#!/usr/bin/env python3
"""The README's command-line examples run as written: test-readme-examples.py SOURCE_ROOT BUILD_ROOT.

The block after "## Command line" is run line by line as a reader would, from a folder that looks
like a fresh clone after the quick start (the source tree's files, the build folder as _build), with
no CERTPATH_POLICY_DIR: the uninstalled CLI must find the pack by itself. Each line must exit 0; a
line whose comment is a bare value ("# 5") must print that value.
"""
import os
import re
import subprocess
import sys
import tempfile

source_root, build_root = sys.argv[1], sys.argv[2]
with open(os.path.join(source_root, "README.md"), encoding="utf-8") as stream:
    readme = stream.read()
section = readme[readme.index("## Command line"):]
block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
lines = [line for line in block.splitlines() if line.strip()]
setup, examples = lines[0], lines[1:]

clone = tempfile.mkdtemp(prefix="certpath-readme-")
for name in os.listdir(source_root):
    if not name.startswith(("_build", ".")):
        os.symlink(os.path.join(source_root, name), os.path.join(clone, name))
os.symlink(build_root, os.path.join(clone, "_build"))
env = {key: value for key, value in os.environ.items() if not key.startswith("CERTPATH_")}
env.update(XDG_DATA_HOME=os.path.join(clone, ".data"), XDG_CACHE_HOME=os.path.join(clone, ".cache"), LANGUAGE="en")

print(f"1..{len(examples)}")
failures = 0
for number, line in enumerate(examples, 1):
    command, _, comment = line.partition("#")
    expected = comment.strip() if re.fullmatch(r"[\w-]+", comment.strip()) else None
    result = subprocess.run(["bash", "-c", f"{setup}\n{command}"], cwd=clone, env=env, capture_output=True,
                            text=True, timeout=60)
    problem = None
    if result.returncode != 0:
        problem = f"exit {result.returncode}: {result.stderr.strip()[-400:]}"
    elif expected is not None and result.stdout.strip() != expected:
        problem = f"printed {result.stdout.strip()!r}, the README says {expected!r}"
    print(f"{'ok' if problem is None else 'not ok'} {number} - {command.strip()}{'' if problem is None else ': ' + problem}")
    failures += problem is not None
subprocess.run(["rm", "-rf", clone])
sys.exit(1 if failures else 0)
