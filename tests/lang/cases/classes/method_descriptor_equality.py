# A built-in type's method read from the type equals the entry of the
# type's __dict__, and is the same object on every read.
for cls, name in ((list, 'append'), (dict, 'get'), (str, 'join'), (set, 'add'), (bytes, 'hex'), (tuple, 'count')):
    d = getattr(cls, name)
    raw = cls.__dict__[name]
    print(cls.__name__, name, d == raw, raw == d, d != raw, d is getattr(cls, name), hash(d) == hash(raw), type(d).__name__)
print(list.append == list.extend, list.append != list.extend, list.append == 'append')
seen = {list.append: 1, str.join: 2}
print(seen[list.append], seen[str.join])
