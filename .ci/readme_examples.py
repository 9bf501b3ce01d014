#!/usr/bin/env python3
"""Extracts the C# examples of Markdown files (README.md, the package READMEs) and the output each is shown to print.

A fenced block is an example when the line before it is an HTML comment naming it:

    <!-- example: complete -->          a program (top-level statements): compiled and run, its output compared
    <!-- example: policy-test test -->  an xunit test class: compiled into the consumer's test project and run
    <!-- output: complete -->           the lines the example named must print, exactly

usage: readme_examples.py OUT_DIR FILE.md...
Writes OUT_DIR/programs/<name>.cs (each program wrapped in a class with a Run method, its usings kept at the top of its
file, so that all programs build in one project), OUT_DIR/programs/Program.cs (runs the program named by its argument),
OUT_DIR/tests/<name>.cs, OUT_DIR/expected/<name>.txt, and prints the program names, one a line.
"""
import os
import re
import sys

USING_DIRECTIVE = re.compile(r"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;")  # not `using var x = …;`
MARKER = re.compile(r"^<!--\s*(example|output):\s*([a-z0-9-]+)(?:\s+(program|test))?\s*-->\s*$")


def blocks(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i].strip())
        if not m:
            i += 1
            continue
        j = i + 1
        if j >= len(lines) or not lines[j].startswith("```"):
            sys.exit(f"{path}:{i + 1}: a marker must stand on the line just before a fenced block")
        k = j + 1
        while k < len(lines) and not lines[k].startswith("```"):
            k += 1
        if k >= len(lines):
            sys.exit(f"{path}:{j + 1}: the fenced block is not closed")
        yield m.group(1), m.group(2), m.group(3) or "program", lines[j + 1:k], (os.path.abspath(path), j + 2)
        i = k + 1


def identifier(name):
    return "Example_" + re.sub(r"[^A-Za-z0-9]", "_", name)


def wrap(name, code, origin):
    path, first = origin
    usings, body = [], []
    for line in code:
        if not body and (USING_DIRECTIVE.match(line) or not line.strip()):
            usings.append(line)
        else:
            body.append(line)
    return "\n".join(
        [f"// Extracted from {path}:{first}; only this wrapper is not the README's.", *usings, "",
         "#pragma warning disable CS1998 // an example need not await",
         f"internal static class {identifier(name)}", "{", "    public static async System.Threading.Tasks.Task Run()", "    {",
         f"#line {first + len(usings)} \"{path}\"", *body, "#line default", "    }", "}", ""])


def main():
    # An option is never taken for the output folder (a run with --help once wrote its files under ./--help).
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) >= 2 and sys.argv[1] in ("-h", "--help") else 2)
    out, files = sys.argv[1], sys.argv[2:]
    for folder in ("programs", "tests", "expected"):
        os.makedirs(os.path.join(out, folder), exist_ok=True)
    programs, outputs, seen = [], set(), set()
    for path in files:
        for kind, name, role, code, origin in blocks(path):
            if kind == "output":
                outputs.add(name)
                with open(os.path.join(out, "expected", name + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(code) + "\n")
                continue
            if name in seen:
                sys.exit(f"{origin[0]}:{origin[1]}: example name '{name}' is used twice")
            seen.add(name)
            if role == "test":
                with open(os.path.join(out, "tests", name + ".cs"), "w", encoding="utf-8") as f:
                    f.write(f"// Extracted from {origin[0]}:{origin[1]}.\n" + "\n".join(code) + "\n")
            else:
                programs.append(name)
                with open(os.path.join(out, "programs", name + ".cs"), "w", encoding="utf-8") as f:
                    f.write(wrap(name, code, origin))
    missing = sorted(outputs - set(programs))
    if missing:
        sys.exit(f"output shown for no program: {', '.join(missing)}")
    cases = "\n".join(f'    case "{n}": await {identifier(n)}.Run(); return 0;' for n in programs)
    with open(os.path.join(out, "programs", "Program.cs"), "w", encoding="utf-8") as f:
        f.write("switch (args[0])\n{\n" + cases + '\n    default: System.Console.Error.WriteLine("no example " + args[0]); return 2;\n}\n')
    for name in programs:
        print(name + (" output" if name in outputs else ""))


main()
