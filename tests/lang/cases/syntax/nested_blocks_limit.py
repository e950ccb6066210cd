# CPython 3.6 keeps at most 20 blocks open in a function: a body nested
# deeper is a SyntaxError without a location. Bodies it never compiles
# (under a test it knows false) are not checked.
def nest(headers, inner='pass'):
    src = ''
    for depth, header in enumerate(headers):
        src += ' ' * depth + header + '\n'
    return src + ' ' * len(headers) + inner + '\n'

def attempt(label, src):
    try:
        compile(src, 'case', 'exec')
        print(label, 'compiled')
    except SyntaxError as exc:
        print(label, '->', exc.msg, exc.lineno, exc.offset, exc.text)

attempt('20 loops', nest(['while %d:' % (i + 1) for i in range(20)], 'break'))
attempt('21 loops', nest(['while %d:' % (i + 1) for i in range(21)], 'break'))
attempt('10 double withs', nest(['with a, b:'] * 10))
attempt('11 double withs', nest(['with a, b:'] * 11))
attempt('function resets', nest(['for x in y:'] * 15 + ['def f():'] +
                                ['for x in y:'] * 15))
attempt('class resets', nest(['for x in y:'] * 15 + ['class C:'] +
                             ['for x in y:'] * 15))
attempt('dead while', nest(['while 0:'] + ['while 1:'] * 20))
attempt('dead if', nest(['if 0:'] + ['while 1:'] * 21))
attempt('dead break', 'if "":\n    try:\n        break\n    finally:\n        pass\n')
attempt('live break', 'if x:\n    try:\n        break\n    finally:\n        pass\n')
attempt('else after true', 'if 1:\n    pass\nelse:\n    with c:\n        break\n')
