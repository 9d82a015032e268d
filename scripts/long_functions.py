#!/usr/bin/env python3
"""List the Swift functions, initializers, subscripts and closures-as-properties longer than a limit.

Usage: scripts/long_functions.py [--limit N] [PATH ...]   (default: --limit 60 Sources)

A function's length is counted from the line of its `func`/`init`/`subscript`/computed-property
declaration to the line of its closing brace, inclusive, like an editor's line numbers. Braces inside
string literals and comments are ignored. Prints `lines path:first-last name`, longest first, and
exits 0 (a report, not a check).
"""
import os
import re
import sys

DECLARATION = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|open|static|class|"
    r"final|override|mutating|nonmutating|nonisolated|convenience|required|dynamic|@inlinable|"
    r"@usableFromInline|@discardableResult|@inline\(__always\)|@MainActor)\s+)*"
    r"(?P<kind>func\s+(?P<func>[^\s(<]+)|init[?!]?\s*[(<]|subscript\s*[(<]|(?:var|let)\s+(?P<var>\w+)\s*:[^=]*\{\s*$)"
)


def strip_literals(line, in_block):
    """The line without string literals and comments; whether a block comment is still open."""
    out = []
    i = 0
    in_string = False
    while i < len(line):
        if in_block:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out), True
            i = end + 2
            in_block = False
            continue
        ch = line[i]
        if in_string:
            if ch == "\\":
                i += 2
                continue
            if ch == '"':
                in_string = False
            i += 1
            continue
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            in_block = True
            i += 2
            continue
        if ch == '"':
            in_string = True
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out), in_block


def functions(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    code = []
    in_block = False
    for line in lines:
        stripped, in_block = strip_literals(line, in_block)
        code.append(stripped)
    for start, line in enumerate(code):
        match = DECLARATION.match(line)
        if not match:
            continue
        name = match.group("func") or match.group("var") or match.group("kind").split("(")[0].strip()
        depth = 0
        opened = False
        for end in range(start, len(code)):
            for ch in code[end]:
                if ch == "{":
                    depth += 1
                    opened = True
                elif ch == "}":
                    depth -= 1
            if opened and depth <= 0:
                yield name, start + 1, end + 1
                break
            if not opened and end > start and DECLARATION.match(code[end]):
                break  # a protocol requirement: no body


def main(argv):
    limit = 60
    roots = []
    args = iter(argv)
    for arg in args:
        if arg == "--limit":
            limit = int(next(args))
        else:
            roots.append(arg)
    rows = []
    for root in roots or ["Sources"]:
        paths = [root] if root.endswith(".swift") else [
            os.path.join(folder, name)
            for folder, _, names in os.walk(root)
            for name in names
            if name.endswith(".swift")
        ]
        for path in sorted(paths):
            for name, first, last in functions(path):
                length = last - first + 1
                if length > limit:
                    rows.append((length, path, first, last, name))
    for length, path, first, last, name in sorted(rows, key=lambda row: (-row[0], row[1], row[2])):
        print(f"{length:4d} {path}:{first}-{last} {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
