# tuple.index reads start and stop saturated; other types are errors.
t=(1,2,3)
print(t.index(3, -2**100, 2**100), t.index(2, 0, 2**70))
for args in ((1, 2**100), (1, None), (3, 0, 'x'), (9,)):
    try: print(t.index(*args))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
