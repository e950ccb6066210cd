# type() and class statements run where the globals have no __name__
# (exec with a bare dict): type() leaves __module__ out of the class's
# namespace, a class body binds it from builtins' __name__, and nothing
# is printed on the way.
src = """
X = type('X', (), {'a': 1})
print('__module__' in X.__dict__, X.a, X.__name__, X.__qualname__)
class Y: pass
print('__module__' in Y.__dict__, Y.__module__)
Z = type('Z', (X,), {})
print(Z.__mro__[1] is X, '__module__' in Z.__dict__)
"""
exec(src, {})
exec(src, {'__name__': 'mod'})
X = type('X', (), {})
print(X.__module__, repr(X))
