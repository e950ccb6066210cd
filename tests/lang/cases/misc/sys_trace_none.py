# sys.gettrace() answers None when no hook is set, and setting None is
# allowed (what harnesses restore after a test).
import sys
print(sys.gettrace())
print(sys.settrace(None))
print(sys.gettrace() is None)
old = sys.gettrace()
try:
    pass
finally:
    sys.settrace(old)
print("restored", sys.gettrace())
for call in (lambda: sys.settrace(), lambda: sys.gettrace(1), lambda: sys.settrace(None, None)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
