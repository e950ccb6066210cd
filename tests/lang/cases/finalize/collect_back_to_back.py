# gc.collect() right after gc.collect() (test.support.gc_collect): what code between
# the two calls dropped is still found, whichever way it dropped it.
import gc, time, weakref
class C: pass
log = []
flag = False
def cb(r): log.append('cb')
x = C(); r = weakref.ref(x, cb)
gc.collect()
del x
gc.collect()
print(log, r())
y = C(); r2 = weakref.ref(y, cb)
gc.collect()
if flag:
    pass
else:
    y = None
gc.collect()
print(log, r2())
l = [C()]; r3 = weakref.ref(l[0], cb)
gc.collect()
l.clear()
gc.collect()
print(log, r3())
class D:
    def __del__(self): log.append('del')
d = [D()]
gc.collect()
d.pop()
gc.collect()
print(log)
z = C(); r4 = weakref.ref(z, cb)
def drop():
    global z
    z = None
gc.collect()
drop()
gc.collect()
print(log, r4())
is_jython = False
class support:
    @staticmethod
    def gc_collect():
        gc.collect()
        if is_jython:
            time.sleep(0.1)
        gc.collect()
        gc.collect()
a = C(); r5 = weakref.ref(a)
support.gc_collect(); print(r5() is a)
del a
support.gc_collect(); print(r5())
