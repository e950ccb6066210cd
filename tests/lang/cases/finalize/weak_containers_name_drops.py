# The weak containers lose an entry where a name drops its object:
# `del`, rebinding, a function's return (a cache keyed or valued by
# instances, as CPython's reference counts free them at once).
import weakref


class Conn:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Conn(%r)' % self.name


cache = weakref.WeakValueDictionary()
owners = weakref.WeakKeyDictionary()
live = weakref.WeakSet()

a = Conn('a')
b = Conn('b')
for c in (a, b):
    cache[c.name] = c
    owners[c] = c.name.upper()
    live.add(c)
del c
print(len(cache), len(owners), len(live), bool(live))

del a
print(len(cache), sorted(cache), len(owners), len(live))
print('a' in cache, 'b' in cache, sorted(owners.values()))

b = Conn('b2')
print(len(cache), list(cache.items()), list(owners.items()), list(live))


def connect(name):
    conn = Conn(name)
    cache[name] = conn
    live.add(conn)
    return len(cache), len(live)


print(connect('temp'))
print(len(cache), len(live), sorted(cache.keys()))

keep = Conn('kept')
cache['kept'] = keep
live.add(keep)
for name in list(cache):
    print('entry', name, cache.get(name))
keep = None
print(len(cache), len(live), cache.get('kept'))
