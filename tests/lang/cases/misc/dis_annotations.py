# Variable annotations compile to 3.6's SETUP_ANNOTATIONS and
# STORE_ANNOTATION (names in first-use order); targets that are not
# simple names evaluate their parts and the annotation, and drop them.
import dis

src = "\nx: int = 1\ny: fun(1)\nlst[fun(0)]: int = 1\n"
dis.dis(src)
print(compile(src, "s", "exec").co_names)
dis.dis("a.b: c\nd[e]: f\n(g): h = 1")


def fun(i):
    print("fun", i)
    return i


lst = [0, 1]
exec(src)
print(__annotations__)


class P(type):
    @classmethod
    def __prepare__(m, n, b):
        print("prepare")
        return {}


class B(metaclass=P):
    k: int = 1
    __p: str


print(B.__annotations__)


class M(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)


m = M()
exec("a: int = 1\nb: str", {}, m)
print(sorted(m))
try:
    exec("del __annotations__\nc: int", {})
except NameError as e:
    print("NameError", e)
