print(eval('1 + 2'), eval(' 3 * 4'), eval('(lambda: 5)()'), eval('[x for x in range(3)]'))
ns = {}
exec('def f(a, *, b=2):\n    return a + b\nr = f(1)\n', ns)
print(ns['r'], sorted(k for k in ns if not k.startswith('__')))
code = compile('x = 1\ny = x + 1\n', 'm.py', 'exec')
g = {}
exec(code, g)
print(g['y'], code.co_filename, type(code).__name__)
print(eval(compile('2 ** 10', 'e', 'eval')))
exec(compile('print("single")', 's', 'single'))
exec(compile('if 1:\n    print("single block")\n', 's', 'single'))
for src, mode in [('x = 1', 'eval'), ('1\n2', 'single'), ('', 'eval'), ('', 'exec'), ('\n\n', 'exec'), ('# c', 'exec'), ('pass;', 'exec')]:
    try:
        compile(src, 'm', mode)
        print('ok', repr(src), mode)
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, repr(e.text))
try:
    compile('x = 1\x00', 'n', 'exec')
except ValueError as e:
    print('ValueError', e)
print(eval('a + 1', {'a': 1}), eval('b', {}, {'b': 2}))
