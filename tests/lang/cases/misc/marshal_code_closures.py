# Nested functions, closures, keyword-only arguments and classes.
import marshal
source = '''
def outer(x, *args, key=3, **kw):
    y = x * 2
    def inner(z):
        return x + y + z + key
    return inner
class Box:
    size = 4
    def grow(self, n=1):
        return self.size + n
print(outer(1)(10), Box().grow(), Box().grow(5))
'''
code = compile(source, 'closures.py', 'exec')
again = marshal.loads(marshal.dumps(code))
exec(again, {})
f = [c for c in again.co_consts if hasattr(c, 'co_code')][0]
print(f.co_name, f.co_argcount, f.co_kwonlyargcount, f.co_varnames[:4], f.co_cellvars)
