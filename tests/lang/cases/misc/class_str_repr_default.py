class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
print(str(R()), repr(R()), str(S()), [R()], "%s %r" % (R(), R()))
