# A Go method read as an attribute and called with keywords or * / **:
# its argument errors name the method, as 3.6 does; dict.update keeps
# its keywords in order.
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
d = {'a': 1}
show('star bad', lambda: '{a}'.format(**1))
show('dup', lambda: '{a}'.format(a=1, **d))
show('star args bad', lambda: '{}'.format(*1))
show('get kw', lambda: d.get('a', default=3))
show('get kw2', lambda: d.get(**{'a': 1}))
show('update', lambda: (d.update(z=1, a=2, b=3, c=4), list(d)))
show('sort kw', lambda: [3, 1].sort(**{'reverse': True}))
l = [3, 1, 2]
show('sort kw2', lambda: (l.sort(**{'reverse': True}), l))
show('split kw', lambda: 'a b c'.split(maxsplit=1))
show('fmt', lambda: '{a}-{b}'.format(**{'a': 1, 'b': 2}))
show('fmt2', lambda: '{a}-{b}'.format(a=1, **{'b': 2}))
