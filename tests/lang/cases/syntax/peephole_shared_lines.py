# 3.6 writes a line-table entry at each statement of a line that holds
# several (a; b, if x: y, except E: z), so the gap that decides whether
# its peephole pass runs (255 bytes between line starts) is measured per
# statement there (split where the stack is back at its depth); a keyword
# call is compiled as CALL_FUNCTION_KW, its names one tuple constant, and
# *args/**kwargs calls as CALL_FUNCTION_EX.
import dis


def consts(src):
    # Whether the peephole pass folded w = (1, 2), and the constants
    # but for the names and the functions.
    co = compile(src, 'shared.py', 'exec')
    fs = [c for c in co.co_consts if hasattr(c, 'co_code')]
    f = fs[0] if fs else co
    return (1, 2) in f.co_consts, [
        len(c) if isinstance(c, tuple) and c and isinstance(c[0], str) else c
        for c in f.co_consts if not isinstance(c, (str, bytes, bool)) and c is not ...
        and not hasattr(c, 'co_code')]


items = ', '.join(['a'] * 118)
more = ', '.join(['a'] * 130)
cases = [
    'y = [%s]; z = [%s]\nw = (1, 2)\n' % (items, items),
    'y = [%s]; pass\nw = (1, 2)\n' % more,
    'global q; y = [%s]\nw = (1, 2)\n' % more,
    '"doc"; y = [%s]\nw = (1, 2)\n' % items,
    'if a: y = [%s]; z = [%s]\nw = (1, 2)\n' % (items, items),
    'if a: y = [%s]\nw = (1, 2)\n' % more,
    'y = [%s]; z = [%s]\nw = (1, 2)\n' % (items, more),
    'for i in a: y = [%s]\nw = (1, 2)\n' % more,
    'while a: y = [%s]; z = [%s]\nw = (1, 2)\n' % (items, items),
    'def f():\n    x[0] = [%s]; y = [%s]\n    w = (1, 2)\n' % (items, more),
    'def f():\n    y = [%s]; z = [%s]\n    w = (1, 2)\n' % (items, items),
    'def f():\n    "doc"; y = [%s]\n    w = (1, 2)\n' % more,
    'def f():\n    try: y = [%s]\n    except E: z = [%s]\n    w = (1, 2)\n' % (items, items),
    'def f():\n    if a: pass\n    elif b: y = [%s]\n    w = (1, 2)\n' % items,
    'def f():\n    for i in a: y = [%s]\n    w = (1, 2)\n' % items,
    'def f():\n    while a: y = [%s]\n    w = (1, 2)\n' % items,
    'def f():\n    with a: y = [%s]\n    w = (1, 2)\n' % items,
    'def f():\n    y = [%s]; 1\n    w = (1, 2)\n' % more,
    'def f():\n    y = [%s]; b"x"\n    w = (1, 2)\n' % more,
    'def f():\n    y = [%s]; ...; None; True\n    w = (1, 2)\n' % more,
    'def f():\n    y = [%s]; f"x"\n    w = (1, 2)\n' % items,
    'def f():\n    y = [%s]; g = lambda: 0\n    w = (1, 2)\n' % items,
    'def f():\n    y = [%s]; nonlocal_ = 1\n    w = (1, 2)\n' % items,
]
for n in (60, 100, 130):
    kw = ', '.join('k%d=a' % i for i in range(n))
    cases.append('def f():\n    g(%s)\n    w = (1, 2)\n' % kw)
    cases.append('def f():\n    g(*x, %s)\n    w = (1, 2)\n' % kw)
    cases.append('def f():\n    g(1, %s, **y)\n    w = (1, 2)\n' % kw)
    cases.append('def f():\n    o.m(1, 2, %s)\n    w = (1, 2)\n' % kw)
    cases.append('def f():\n    g(h(1, %s), b=(1 if a else 2))\n    w = (1, 2)\n' % kw)
for src in cases:
    folded, cs = consts(src)
    # the keyword names: one tuple in 3.6, not yet here
    print(src[:12].replace('\n', '|'), folded, cs if 'k0=' not in src else '')
