class I:
    def __index__(self): return 4
for a in [(), (1,2,3,4), (1.5,), ('a',), (1, 2, 0), (I(),), (0, 10, I()), (5, 0, -1), (-3,)]:
    try:
        r = range(*a); print(r, list(r), len(r))
    except Exception as e: print(type(e).__name__, e)
try: range(x=1)
except Exception as e: print(type(e).__name__, e)
