# The special methods of ints past 64 bits, called directly.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
big = 2**100
show(lambda: big.__add__(1))
show(lambda: int.__mul__(2**70, 3))
show(lambda: int.__add__(1, big))
show(lambda: True.__add__(big))
show(lambda: big.__format__('x'))
show(lambda: big.__format__(',d'))
show(lambda: format(big, '>40'))
show(lambda: big.__divmod__(7))
show(lambda: big.__rdivmod__(3))
show(lambda: int.__index__(big))
show(lambda: int.__float__(big))
show(lambda: big.__float__())
show(lambda: big.__round__(-5))
show(lambda: int.__round__(big, -3))
show(lambda: big.__add__('x'))
show(lambda: big.__rsub__(5))
show(lambda: (2**62).__mul__(4))
show(lambda: int.__rsub__(-2**62, 2**62 * 3))
show(lambda: int.__mul__('x', 2))
