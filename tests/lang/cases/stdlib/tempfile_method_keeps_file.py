# A method taken from a NamedTemporaryFile keeps the file open and in
# place, but not the wrapper object: the wrapper goes at its last
# reference (no cycle through the method), the file once the last
# method goes too.
import gc
import os
import tempfile
import weakref

f = tempfile.NamedTemporaryFile()
name = f.name
wr = weakref.ref(f)
write = f.write
write2 = f.write
del f
print(wr())
write(b'foo')
del write
write2(b'bar')
print(os.path.exists(name))
del write2
gc.collect()
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile(delete=False)
name = f.name
read = f.read
f.write(b'kept')
f.seek(0)
del f
print(read())
del read
gc.collect()
with open(name, 'rb') as g:
    print(g.read())
os.remove(name)
