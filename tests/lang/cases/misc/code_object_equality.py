import ast
a = compile('x=5', 'a', 'exec'); b = compile('x=5', 'b', 'exec')
print(a == b, a != b, hash(a) == hash(b), a == 1, {a: 1}[b], a.co_filename, b.co_filename)
c = compile(ast.parse('x=5'), 'c', 'exec')
print(a == c, compile('x=6', 'a', 'exec') == a)
print((lambda: 1).__code__ == (lambda: 1).__code__, (lambda: 1).__code__ == (lambda: True).__code__)
print((lambda: 1).__code__ == (lambda:
    1).__code__)
def f(x): return x
def g(x): return x
print(f.__code__ == g.__code__, len({f.__code__, g.__code__, a, b, c}))
