# exec() and eval() of a str holding a lone surrogate raise the
# UnicodeEncodeError of encoding the whole source as UTF-8 (its position
# counts leading blanks), after their globals and locals are checked; a
# surrogate spelled as an escape, or in a bytes source, is fine.
for f in (exec, eval):
    for s in ("'\ud800'", "  x = '\udc80'", "# \ud800\n1", "'a' + '\udfff'"):
        try:
            print(f.__name__, ascii(f(s)))
        except UnicodeEncodeError as e:
            print(f.__name__, type(e).__name__, e, e.start, e.end)
    try:
        f("'\ud800'", 5)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(ascii(eval("'\\ud800'")), ascii(eval(b"'\\udc80'")))
ns = {}
exec("y = '\\udfff' * 2", ns)
print(ascii(ns['y']))
