print(next(iter([1])), next(iter(()), 5))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(next(It(), "d"))
for o in [1, "s", {}]:
    try: next(o)
    except TypeError as e: print(e)
for e in ["1j < 1", "1 < 1j", "1j >= 2j", "1j < None"]:
    try: eval(e)
    except TypeError as x: print(e, x)
