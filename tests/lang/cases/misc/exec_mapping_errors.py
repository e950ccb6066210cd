# exec()/eval() with a locals mapping: errors other than KeyError from
# __getitem__ propagate; KeyError falls back to globals and builtins;
# comprehensions read the globals, not the mapping.
class Raising(dict):
    def __getitem__(self, key):
        if key == 'boom':
            raise ValueError('boom!')
        return super().__getitem__(key)


try:
    eval('boom', {}, Raising())
except ValueError as exc:
    print('ValueError', exc)
print(eval('len', {}, Raising()), eval('g', {'g': 7}, Raising()))
try:
    eval('nowhere', {}, Raising())
except NameError as exc:
    print('NameError', exc)


class Missing(dict):
    def __missing__(self, key):
        return 'M:' + key


print(eval('[x for x in (1, 2)]', {}, Missing()))
print(eval('abc', {}, Missing()), eval('len', {}, Missing()))
ns = Missing(k=3)
exec('k += 1\nnew = k', {}, ns)
print(sorted(ns.items()))
exec('del k', {}, ns)
print(sorted(ns.items()))
try:
    exec('x = 1', {}, 5)
except TypeError as exc:
    print('TypeError', exc)
try:
    eval('x', {}, 5)
except TypeError as exc:
    print('TypeError', exc)
