# A globals' __builtins__ that is neither a dict nor a module is subscripted
# for every name the globals lack.
class Look:
    def __getitem__(self, k):
        if k == 'len':
            return lambda x: 99
        raise KeyError(k)
for b in [5, Look(), None, 'abc']:
    for src in ["len([])", "nosuch", "x = 1; print(x)"]:
        try:
            ns = {'__builtins__': b}
            exec(src, ns)
            print(src, 'ok', ns.get('x'))
        except Exception as e:
            print(src, type(e).__name__, e)
    try:
        print(eval("len('ab')", {'__builtins__': b}))
    except Exception as e:
        print(type(e).__name__, e)
