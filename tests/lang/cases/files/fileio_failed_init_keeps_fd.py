# A FileIO whose construction fails leaves a descriptor the caller gave
# open (and gives no ResourceWarning), whether the descriptor is refused
# (a directory) or a derived class's __init__ step fails.
import gc
import io
import os
import warnings


class Blocked(Exception):
    pass


class MyFileIO(io.FileIO):
    def __setattr__(self, name, value):
        if name == 'name':
            raise Blocked('blocked setting name')
        return super().__setattr__(name, value)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    fd = os.open('.', os.O_RDONLY)
    try:
        io.FileIO(fd, 'r')
    except OSError as e:
        print(type(e).__name__, e.errno)
    gc.collect()
    gc.collect()
    os.fstat(fd)
    os.close(fd)
    fd = os.open(__file__, os.O_RDONLY)
    try:
        MyFileIO(fd)
    except Blocked as e:
        print('Blocked', e)
    gc.collect()
    gc.collect()
    print(len(os.read(fd, 10)))
    os.close(fd)
print([str(x.message) for x in w])
