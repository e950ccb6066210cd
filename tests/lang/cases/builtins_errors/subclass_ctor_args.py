# The constructors' argument errors reached through a subclass.
from argcheck import t


class SM(staticmethod):
    pass


class CM(classmethod):
    pass


class F(float):
    pass


class S(str):
    pass


class B(bytes):
    pass


class I(int):
    pass


for src in ['SM()', 'CM(1, 2)', 'SM(f=1)', 'CM(len, f=1)', 'F(1, 2)', 'F(x=1)', 'S(1, 2)', "S(b'a', 1)",
            'B(1, 2)', "I('1', 'x')", 'I(bogus=1)', "I('7', base=8)"]:
    t(src, globals())
