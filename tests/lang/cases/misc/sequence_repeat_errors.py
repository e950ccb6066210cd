# Sequence repetition by a non-integer names the other operand's type.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class T:
    def __mul__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return NotImplemented


class Plain:
    pass


class Idx:
    def __index__(self):
        return 2


show(lambda: T() * "x")
show(lambda: "x" * T())
show(lambda: Plain() * [1])
show(lambda: [1] * Plain())
show(lambda: (1,) * Plain())
show(lambda: [1] * 1.5)
show(lambda: 1.5 * [1])
show(lambda: b"x" * None)
show(lambda: None * b"x")
show(lambda: (1,) * "a")
show(lambda: "x" * "y")
show(lambda: [1] * [2])
show(lambda: bytearray(b"x") * 2.0)
show(lambda: "ab" * Idx())
show(lambda: Idx() * [0])
show(lambda: T() * T())
show(lambda: T() * 2)


def imul():
    x = "a"
    x *= 1.5


def imul_list():
    x = [1]
    x *= None


def imul_inst():
    x = [1]
    x *= Plain()


show(imul)
show(imul_list)
show(imul_inst)
