# A dict holding one of its own views prints "..." where the view recurs.
d = {}
d['v'] = d.values()
print(d)
d['v'] = d.items()
print(d)
d['v'] = d.keys()
print(d)
print({}.keys(), {1: 2}.items(), {3: [4]}.values(), repr({5: 'x'}.keys()))
