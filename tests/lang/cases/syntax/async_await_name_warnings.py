# Binding async or await as a name is deprecated in 3.6: the compiler
# issues a DeprecationWarning at the binding's line; an "error" filter
# makes the compilation raise it.
import warnings

samples = [
    'async = 1', 'def f():\n    await = 1', 'class async: pass', 'import math as await',
    'from math import pi as async', 'def f(*, await=1): pass', 'print(await=1)',
    'def f(async): pass', 'x.async = 1', 'for async in []: pass',
    'try: pass\nexcept E as await: pass', 'with x as async: pass', 'lambda async: 0',
    'async, b = 1, 2', 'del async', 'global async', 'x = async', 'async += 1',
    'async: int = 3', '[async for async in x]', 'import async', 'from async import x',
    'async def f():\n    await x',
]
for code in samples:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(code, '<sample>', 'exec')
    print(repr(code), [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('await = 2', '<sample>', 'exec')
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)
