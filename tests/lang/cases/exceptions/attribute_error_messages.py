class C:
    pass
import sys
for thunk in (lambda: (1).foo, lambda: C.missing, lambda: C().missing, lambda: sys.nope, lambda: None.x):
    try:
        thunk()
    except AttributeError as e:
        print(e)
