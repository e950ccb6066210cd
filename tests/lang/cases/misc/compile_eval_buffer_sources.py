import warnings
warnings.simplefilter('always')
import sys
sys.stderr = sys.stdout
for fn in 'f.py', b'f.py', bytearray(b'f.py'), memoryview(b'f.py'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        c = compile('pass', fn, 'exec')
    print(c.co_filename, [(x.category.__name__, str(x.message)) for x in w])
try: compile('pass', [1], 'exec')
except TypeError as e: print(e)
print(eval(bytearray(b'1+1')), eval(memoryview(b'1234')[1:-1]))
exec(bytearray(b'print(5)'))
ns = {}
exec(memoryview(b'ax = 123')[1:-1], ns); print(ns['x'])
for src in (bytearray(b'1\x00'), '1\x00', b'1\x00', memoryview(b'123\x00')):
    try: eval(src)
    except ValueError as e: print(type(e).__name__, e)
try: exec([1])
except TypeError as e: print(e)
try: eval(3)
except TypeError as e: print(e)
