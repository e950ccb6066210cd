# A class derived from bytearray: the value's methods, operations and repr.
class Buf(bytearray):
    def shout(self):
        return self.upper()

b = Buf(b'hello')
print(type(b).__name__, isinstance(b, bytearray), issubclass(Buf, bytearray))
print(repr(b), str(b), len(b), b[0], b[1:3], b[-1])
print(b.shout(), type(b.shout()).__name__, b.find(b'l'), b.count(b'l'))
b.append(33)
b.extend(b'??')
b[0] = ord('H')
del b[-1]
print(b, bytes(b), list(b)[:3], b'ell' in b, 104 in b)
b.tag = 'x'
print(b.tag, vars(b))
print(b == bytearray(b'Hello!?'), b != b'nope', b < b'Z', sorted([Buf(b'b'), Buf(b'a')]))
