# eval() skips an expression's leading blanks; exec() and compile() do not.
print(eval("  1 + 2"), eval("\t 3"), eval(b"  4"))
for src in ["  x = 1", "\tx = 1", b"  x = 1", "\n  x = 1", "#c\n  x = 1"]:
    try:
        exec(src, {})
        print(repr(src), "ran")
    except IndentationError as e:
        print(repr(src), type(e).__name__, e)
for mode in ["exec", "single", "eval"]:
    try:
        compile("  1", "<s>", mode)
        print(mode, "compiled")
    except IndentationError as e:
        print(mode, type(e).__name__, e)
