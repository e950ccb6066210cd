# __import__ called by a script does what the import statement does: dotted
# names give the top package, os.path is an alias recorded in sys.modules,
# a missing module is ModuleNotFoundError, and 3.6's argument errors.
import sys
def e(f):
    try: return f()
    except Exception as x: return '%s: %s' % (type(x).__name__, x)
print(__import__('os.path').__name__, 'os.path' in sys.modules, __import__('os.path', fromlist=['join']).__name__)
print(__import__('http.client').__name__, __import__('http.client', fromlist=['x']).__name__)
print(e(lambda: __import__('nosuch')), e(lambda: __import__('nosuch.sub')), e(lambda: __import__('')), e(lambda: __import__(5)), e(lambda: __import__('os', level=-1)))
print(e(lambda: __import__()), __import__('json', globals(), locals(), [], 0).__name__, __import__(name='json').__name__)
import os.path
print(os.path.join('a', 'b'), sys.modules['os.path'] is os.path)
print(__import__('os', {}, {}, 1).__name__, e(lambda: __import__('os', 1, {}, [''], 1)), __import__('os', {'__file__': 1}, {}, ['']).__name__)
print(e(lambda: __import__('collections', {}, {}, 1)))
