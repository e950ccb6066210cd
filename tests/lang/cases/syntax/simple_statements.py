import os
import os.path
import os.path as osp, sys as system
from os import path, sep as separator
from os.path import (join,
    basename as bn,)
from collections import *
print(osp is os.path, system.version_info[0], join('a', 'b'), bn('/x/y'), separator, path is osp)
print('OrderedDict' in dir())
assert True
assert 1 == 1, 'message'
try:
    assert 1 == 2, 'failed %d' % 2
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('bare assert', e.args)
pass
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print(i)
else:
    print('no break')
for i in range(2):
    pass
else:
    print('else after loop')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
try:
    raise ValueError('a') from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__)
def r(): return
def r2(): return 1, 2
print(r(), r2())
