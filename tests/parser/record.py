#!/usr/bin/env python3
"""Records what CPython 3.11 says about the parser test snippets.

For every tests/parser/NAME.py (a valid program):
  NAME.ast   ast.dump(ast.parse(source)) and a newline
  NAME.locs  one line per node that has a location, "Kind line col end_line end_col",
             in pre-order, children in field order (ast.iter_child_nodes)
For every tests/parser/errors/NAME.py (a program with a syntax error):
  NAME.err   what `python3 NAME.py` prints on stderr, with the file's path written as
             "NAME.py" (the C++ test names its Source that way)

The expected files are committed; run this again only when snippets change:
  python3 tests/parser/record.py
"""
import ast
import os
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def locs(tree):
    out = []

    def walk(node):
        if hasattr(node, "end_col_offset"):
            name = type(node).__name__
            out.append(f"{name} {node.lineno} {node.col_offset} "
                       f"{node.end_lineno} {node.end_col_offset}\n")
        for child in ast.iter_child_nodes(node):
            walk(child)

    walk(tree)
    return "".join(out)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def record_valid(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "1if x else y" warns, and is valid
        compile(source, path, "exec")  # a snippet must also pass CPython's compiler
        tree = ast.parse(source)
    base = path[:-3]
    write(base + ".ast", ast.dump(tree) + "\n")
    write(base + ".locs", locs(tree))


def record_error(path):
    # Run as a file, the way gilsim reports: compile() on a string differs in details
    # (its text and offsets come from the tokenizer's buffer, not from the file).
    result = subprocess.run([sys.executable, "-I", path], capture_output=True)
    stderr = result.stderr.decode("utf-8", "surrogateescape")
    last = stderr.rstrip("\n").rsplit("\n", 1)[-1]
    if ("Traceback" in stderr or "Warning" in stderr or
            not last.split(":")[0].endswith("Error")):
        sys.exit(f"{path}: not a syntax error report:\n{stderr}")
    stderr = stderr.replace(path, os.path.basename(path))
    with open(path[:-3] + ".err", "wb") as f:
        f.write(stderr.encode("utf-8", "surrogateescape"))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py needs CPython 3.11, the version gilsim reproduces")
    valid = sorted(n for n in os.listdir(HERE) if n.endswith(".py") and n != "record.py")
    for name in valid:
        record_valid(os.path.join(HERE, name))
    errdir = os.path.join(HERE, "errors")
    errors = sorted(n for n in os.listdir(errdir) if n.endswith(".py"))
    for name in errors:
        record_error(os.path.join(errdir, name))
    print(f"recorded {len(valid)} snippets and {len(errors)} syntax errors")


if __name__ == "__main__":
    main()
