srcs = [
    'if 1:\n  x = 1\n y = 2\n', 'if 1:\nx = 1\n', '  x = 1\n', 'def f():\n\tif 1:\n        return 1\n\treturn 2\n',
    'if 1:\n        x\n\ty\n', 'class C:\n    def f(self):\n    pass\n', 'for x in y:\n', 'while 1:\n# comment\n',
    'x = (1 +\n2)\n  y = 3\n', 'try:\n  pass\nexcept:\npass\n', 'if 1:\n    pass\n  else:\n    pass\n',
    'def f():\n    """doc"""\n   return 1\n', 'x = [\n  1,\n 2]\nif x:\n pass\n  pass\n',
]
for src in srcs:
    for mode in ('exec', 'single'):
        try:
            compile(src, 'ind.py', mode)
            print('ok', mode)
        except SyntaxError as e:
            print(mode, type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
