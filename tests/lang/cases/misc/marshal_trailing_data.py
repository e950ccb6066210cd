# loads ignores what follows the value; bytes-like input is accepted.
import marshal
print(marshal.loads(b'Nxyz'), marshal.loads(bytearray(b'T')), marshal.loads(memoryview(b'\xe9\x05\x00\x00\x00junk')))
print(marshal.loads(marshal.dumps('abc') + marshal.dumps('def')))
