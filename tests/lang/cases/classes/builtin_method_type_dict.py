# builtin_function_or_method's __dict__ has 3.6's slot wrappers and
# descriptors: __call__, the comparisons, __hash__, __repr__, and the
# __name__/__qualname__/__self__/__module__ descriptors, each usable.
BF = type(print)
d = vars(BF)
for k in sorted(d):
    if k != '__doc__':
        print(k, type(d[k]).__name__)
print(BF.__dict__['__call__'])
print(BF.__dict__['__call__'](print, 'via slot', 1, sep='-'))
print(BF.__call__(len, [1, 2]))
l = [1]
print(BF.__eq__(l.append, l.append), BF.__eq__(l.append, [].append), BF.__ne__(print, len))
print(BF.__lt__(print, len), BF.__eq__(print, 1))
print(BF.__hash__(print) == hash(print))
print(BF.__repr__(print))
print(BF.__dict__['__name__'].__get__(print), BF.__dict__['__self__'].__get__(l.append) is l)
print(BF.__dict__['__qualname__'].__get__(l.append), BF.__dict__['__module__'].__get__(print))
print(print.__name__, print.__self__, l.append.__qualname__, print.__module__)
for bad in (lambda: BF.__dict__['__call__'](1), lambda: BF.__dict__['__name__'].__get__(1)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(BF.__name__, BF.__qualname__, BF.__module__)
