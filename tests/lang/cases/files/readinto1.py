# BufferedReader/BufferedRandom.readinto1: what is buffered, or one raw read; its argument errors.
import io, os, tempfile
p = os.path.join(tempfile.mkdtemp(), 'r1.bin')
with open(p, 'wb') as f: f.write(b'0123456789' * 10)
for mode in ['rb', 'r+b', 'wb']:
    f = open(p, mode)
    if mode != 'wb':
        b = bytearray(5)
        print(mode, f.readinto1(b), b, f.read(2))
        b = bytearray(200); print(f.readinto1(b), bytes(b[:4])); print(f.readinto1(bytearray(3)))
        print(f.readinto1(memoryview(bytearray(2))))
    for args in [(), (b'x',), (bytearray(1), 1), (5,)]:
        try: print(f.readinto1(*args))
        except Exception as e: print(mode, type(e).__name__, e)
    f.close()
    try: f.readinto1(bytearray(1))
    except Exception as e: print(mode, type(e).__name__, e)
print(hasattr(io.BufferedWriter, 'readinto1'), 'readinto1' in io.BufferedReader.__dict__)
os.remove(p)
os.rmdir(os.path.dirname(p))
