# A subclass of OrderedDict reaches its special methods through super():
# method-wrappers that keep keyword order and the subclass's overrides.
import re
from collections import OrderedDict as OD
class S(OD):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __eq__(self, o):
        return super().__eq__(o)
s = S([('x', 1)], b=1, a=2, c=3)
s['z'] = 5
print(s, s == S(x=2, b=2, a=4, c=6, z=10), re.sub(" at 0x[0-9a-f]+", "", repr(super(S, s).__setitem__)))
s.update(q=1, p=2)
print(list(s.items()))
print(re.sub(' at 0x[0-9a-f]+', '', repr(super(S, s).__init__)))
