# break where no loop body of the same function encloses it, hidden
# under try/finally, with, a loop's else clause or a nested def.
sources = [
    'try:\n    break\nfinally:\n    pass\n',
    'try:\n    pass\nfinally:\n    break\n',
    'with ctx:\n    break\n',
    'for x in y:\n    pass\nelse:\n    break\n',
    'while x:\n    pass\nelse:\n    try:\n        break\n    finally:\n        pass\n',
    'for x in y:\n    def f():\n        try:\n            break\n        finally:\n            pass\n',
    'class C:\n    with ctx:\n        break\n',
    'while 1:\n    try:\n        pass\n    finally:\n        break\n',
    'for x in y:\n    with ctx:\n        try:\n            break\n        except E:\n            pass\n',
    'async def f():\n    async with ctx:\n        break\n',
    'async def f():\n    async for x in y:\n        try:\n            break\n        finally:\n            pass\n',
]
for src in sources:
    try:
        compile(src, 'case', 'exec')
        print('compiled')
    except SyntaxError as exc:
        print(exc.msg, exc.lineno, exc.offset, repr(exc.text))
