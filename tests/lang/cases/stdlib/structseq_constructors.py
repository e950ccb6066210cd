# time.struct_time and os.stat_result built from sequences as CPython 3.6
# builds its struct sequences: an error raised while iterating passes
# through, a non-iterable is "constructor requires a sequence", and the
# second argument must be a dict when given (None included).
import time, os
class Exc(Exception): pass
class C:
    def __getitem__(self, i): raise Exc
    def __len__(self): return 9
for t in (time.struct_time, os.stat_result):
    for args, kw in [((C(),), {}), (("123456789",), {"dict": None}), ((range(10),), {"dict": 5}), ((None,), {}), (("123",), {}), ((), {}),
                     ((list(range(10)),), {"dict": {"st_atime": 1.5}}), ((iter(range(11)),), {}), (([1] * 20,), {})]:
        try:
            r = t(*args, **kw)
            print(t.__name__, "ok", r[:3], getattr(r, "st_atime", None))
        except Exception as e:
            print(t.__name__, type(e).__name__, e)
