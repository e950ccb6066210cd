# time.sleep's argument conversion as 3.6's: __int__ objects accepted, their
# bad results, complex, str, None, NaN, negative and huge values refused.
import time
class I:
    def __int__(self): return 0
class S:
    def __int__(self): return 'x'
class F:
    def __float__(self): return 0.0
class X:
    def __index__(self): return 0
for v in [I(), S(), F(), X(), 1j, 'a', None, -1, float('nan'), 2**70, True, 0.0]:
    try:
        time.sleep(v); print(repr(v)[:20], 'ok')
    except Exception as e:
        print(type(v).__name__, type(e).__name__, e)
for v in (-0.5, -1, 1e300, 2**62):
    try:
        time.sleep(v)
    except Exception as e:
        print(repr(v), type(e).__name__, e)
