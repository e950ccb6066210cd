# A raw str or bytes literal keeps a backslash at the end of a line and
# the line break after it; plain literals drop both.
a = r"x\
y"
b = "x\
y"
c = rb"x\
y"
d = b"x\
y"
e = f"x\
y"
g = rf"x\
y{1}"
h = (rb'a\
b' b'\x41\n\101\q\'' Rb"\\\
")
i = (r'p\
q' "\u00e9\
z" R'''t\
u''')
print(repr(a), repr(b), repr(c), repr(d), repr(e), repr(g))
print(repr(h), repr(i))
def f():
    raise ValueError(r'k\
l')
try:
    f()
except ValueError as ex:
    import traceback; traceback.print_exc(file=__import__('sys').stdout)
print(r'''
\
x''')
try:
    exec("x = (rb'\\\n\xe9')")
except SyntaxError as ex:
    print(ex)
