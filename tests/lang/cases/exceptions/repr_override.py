class E(Exception):
    def __repr__(self):
        return "<E>"
e = E("x")
print(str(e), repr(e), [e])
