# Import errors of submodules of plain modules, and list.__reversed__.
for n in ['sys.nope', 'os.nope', 'json.nope', 'nope.sub', 'xml.nope']:
    try:
        __import__(n)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    import sys.nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(list.__reversed__([1, 2, 3]).__class__.__name__, list(list.__reversed__([1, 2, 3])))
class L(list):
    pass
class R(list):
    def __reversed__(self):
        return iter(['own'])
print(list(reversed(L([1, 2]))), list(reversed(R([1, 2]))), list(L([4, 5]).__reversed__()), type(reversed([1])).__name__)
try:
    list.__reversed__([1], 2)
except TypeError as e:
    print(e)
it = reversed([1, 2, 3]); print(next(it), list(it))
