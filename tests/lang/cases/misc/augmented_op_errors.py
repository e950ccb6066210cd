# Augmented assignment errors name the augmented operator.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def aug(op, value, other):
    def run():
        ns = {"x": value, "y": other}
        exec("x " + op + " y", ns)
        return ns["x"]
    return run


for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    show(aug(op, None, 1))
    show(aug(op, "s", 1.5))
    show(aug(op, (1,), {}))


class T:
    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented

    def __iadd__(self, o):
        return NotImplemented


class U:
    pass


def isub():
    x = T()
    x -= 1


def iadd():
    x = T()
    x += U()


def ior():
    x = U()
    x |= T()


def imul_float():
    x = 2.5
    x *= None


def bin_sub():
    return T() - 1


show(isub)
show(iadd)
show(ior)
show(imul_float)
show(bin_sub)
show(lambda: None + 1)
show(lambda: 1.5 / None)
show(lambda: None ** 2)
