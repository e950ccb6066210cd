# Displays of constants compile to one constant, appended to co_consts
# after the ones they are made of, as CPython 3.6's peephole does.
def show(src):
    consts = compile(src, '<s>', 'exec').co_consts
    print(src, '->', [sorted(c) if isinstance(c, frozenset) else c for c in consts])
show('x = (1, 2)')
show('x = ()')
show('x = ("a",)')
show('y = x in [1, 2]')
show('y = x not in {3, 4}')
show('for i in [1, 2]: pass')
show('x = (1, (2, 3))')
show('x = [1, 2]')
show('x = (1, y)')
def f(c):
    t = (1, 2,
         3)
    return [x for x in (1, 2, 3) if x in (2, 3) and c], t, (c if c else 1, 2)
print(f(0), f(1))
print(f.__code__.co_consts[-2:])
def g():
    yield from [10, 20]
print(list(g()))
