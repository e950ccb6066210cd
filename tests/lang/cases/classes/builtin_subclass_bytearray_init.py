# bytearray fills its value in __init__: a subclass may take other
# arguments and pass on what bytearray needs.
class Packet(bytearray):
    def __init__(self, kind, payload=b''):
        super().__init__(payload)
        self.kind = kind

p = Packet('data', b'abc')
print(p, p.kind, len(p))
bytearray.__init__(p, b'xyz')
print(p, p.kind)
bytearray.__init__(p, 3)
print(p)
bytearray.__init__(p, 'caf\xe9', 'latin-1')
print(p)

class Plain(bytearray):
    pass

print(Plain(), Plain(b'q'), Plain(2), Plain([65, 66]), Plain('hi', 'ascii'))
for bad in ["Plain('text')", "Plain(-1)", "Plain([300])", "Packet()"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
