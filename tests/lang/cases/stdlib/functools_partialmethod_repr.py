# functools.partialmethod's repr as 3.6 writes it: the function by str(),
# then the positional and keyword fields, each present even when empty
# (asyncio's Handle repr shows it: test_events' test_handle_repr).
import functools, re

class H:
    def m(self, *a, **k):
        return a, k

def show(pm):
    print(re.sub(' at 0x[0-9a-f]+', '', repr(pm)))

show(functools.partialmethod(H.m))
show(functools.partialmethod(H.m, 1))
show(functools.partialmethod(H.m, k=2))
show(functools.partialmethod(H.m, (1, 2), 'x', k=[3]))

class S:
    def __call__(self, *a):
        return a
    def __str__(self):
        return 'str-of-S'
    def __repr__(self):
        return 'repr-of-S'

show(functools.partialmethod(S(), 1))

class P(functools.partialmethod):
    pass

show(P(H.m, 5))
