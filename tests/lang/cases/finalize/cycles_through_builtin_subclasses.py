# Instances with __del__ in cycles through the values of dict, OrderedDict
# and list subclasses are found by gc.collect(), as in CPython.
import gc, collections
class D(dict): pass
class A:
    def __del__(self): print('del A')
a = A(); d = D(); d['a'] = a; a.d = d
del a, d
gc.collect()
print('x')
o = collections.OrderedDict(); b = A(); o['b'] = b; b.o = o
del b, o
gc.collect()
print('y')
class L(list): pass
c = A(); l = L([c]); c.l = l; print(len(l), l[0] is c)
del c, l
gc.collect()
print('z')
