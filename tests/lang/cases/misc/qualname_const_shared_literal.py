# A string literal equal to a comprehension's or generator expression's
# bare name keeps its value when the function's qualname is qualified.
class T:
    def test_name(self):
        gen = (x for x in range(10))
        print(gen.__name__ == "<genexpr>", "<genexpr>")
        print(gen.__qualname__)
T().test_name()
def g():
    y = '<listcomp>'
    return [y for _ in range(1)], {'<setcomp>' for _ in 'a'}, {k: '<dictcomp>' for k in 'b'}
print(g())
def k():
    def h():
        return 'h'
    return h(), h.__qualname__, 'h', [(lambda: '<lambda>')() for _ in 'c']
print(k())
def f():
    class A:
        x = 'A'
        def m(self):
            return 'm'
    return A
A = f()
print(A.x, A.__qualname__, A().m(), A.m.__qualname__)
