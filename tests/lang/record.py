#!/usr/bin/env python3
"""Record what CPython 3.11 prints for every program of the language corpus.

For tests/lang/GROUP/NAME.py it writes, beside the program:
  NAME.out     stdout, byte for byte (always written, possibly empty)
  NAME.err     stderr, only when non-empty; the program's absolute directory is
               replaced by {DIR} so the file does not depend on where the repo lives
  NAME.status  the exit status, only when it is not 0

gilsim deviates from CPython on purpose in one place here: a SyntaxError exits with
status 2 (bad input), where CPython exits with 1. The recorder writes 2 for those, so
the expected files state gilsim's contract (docs/language.md lists the deviation).

Programs run with PYTHONHASHSEED=0 and their own directory as the working directory.
A program may be given arguments in a first-line comment: `# argv: a b c`.
Usage: tests/lang/record.py [FILE_OR_DIR ...]   (default: the whole corpus)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def programs(paths):
    for p in paths or [HERE]:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, _, files in sorted(os.walk(p)):
                for f in sorted(files):
                    if f.endswith(".py") and root != HERE:
                        yield os.path.join(root, f)
        elif p.endswith(".py"):
            yield p


def argv_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    if first.startswith("# argv:"):
        return first[len("# argv:"):].split()
    return []


def record(path):
    d = os.path.dirname(path)
    stem = path[:-3]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONUNBUFFERED", None)
    r = subprocess.run([sys.executable, path] + argv_of(path), cwd=d, env=env,
                       capture_output=True, timeout=60)
    err = r.stderr.replace(d.encode() + b"/", b"{DIR}/")
    status = r.returncode
    last = err.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    if status == 1 and last.split(b":")[0] in (b"SyntaxError", b"IndentationError", b"TabError"):
        status = 2
    with open(stem + ".out", "wb") as f:
        f.write(r.stdout)
    for ext, data in ((".err", err), (".status", (b"%d\n" % status) if status else b"")):
        if data:
            with open(stem + ext, "wb") as f:
                f.write(data)
        elif os.path.exists(stem + ext):
            os.remove(stem + ext)
    return status


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py must run under CPython 3.11 (found %s)" % sys.version.split()[0])
    n = 0
    for p in programs(sys.argv[1:]):
        s = record(p)
        n += 1
        print("%-60s status %d" % (os.path.relpath(p, HERE), s))
    print("recorded %d programs" % n)


if __name__ == "__main__":
    main()
