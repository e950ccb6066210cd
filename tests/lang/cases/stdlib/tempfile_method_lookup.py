# A method taken from a temporary file's wrapper keeps the file open
# after the wrapper's name is gone.
import os
import tempfile

f = tempfile.NamedTemporaryFile()
name = f.name
write = f.write
write2 = f.write
del f
write(b'foo')
del write
write2(b'bar')
print(write2.__name__)
g = tempfile.NamedTemporaryFile('w+')
g.write('abc')
g.seek(0)
print(g.read(), g.mode, g.closed, g.readline.__name__)
g.close()
print(os.path.exists(g.name), g.closed)
