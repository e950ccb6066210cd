# str.join takes instances of str subclasses (and of subclasses of those)
# as the strings they are; other items still raise TypeError.


class Tagged(str):
    def __str__(self):
        return "not used by join"


class Deeper(Tagged):
    pass


print("; ".join([Tagged("a"), "b", Deeper("c")]))
print(repr(Tagged("").join(["x", Tagged("y")])))
print(type(", ".join([Tagged("only")])).__name__)
print("-".join(Tagged(ch) for ch in "xyz"))
print("".join((Deeper("p"), Deeper("q"))))
for bad in ([Tagged("a"), 3], [b"x"], ["ok", None]):
    try:
        "+".join(bad)
    except TypeError as e:
        print("TypeError:", e)
