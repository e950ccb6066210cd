# compile()'s optimize argument: 1 drops asserts, 2 docstrings too.
src = '''
"""module doc"""
def f():
    """f doc"""
    assert False, "boom"
    return __debug__
class K:
    """K doc"""
def g():
    x = 1; "not a docstring"
    return x
print(f.__doc__, K.__doc__, globals().get('__doc__'), g())
try:
    print(f())
except AssertionError as e:
    print('AssertionError', e)
'''
for level in (-1, 0, 1, 2):
    exec(compile(src, 'src', 'exec', optimize=level), {})
print(__debug__, eval(compile('__debug__', 's', 'eval', optimize=1)))
