# f-strings: conversions, format specs with nested fields, expressions
# with dicts and lambdas, evaluation order and errors.
class Show:
    def __repr__(self): return 'R<>'
    def __str__(self): return 'S<>'
    def __format__(self, spec): return 'F<%s>' % spec
s = Show()
print(f'{s} {s!r} {s!s} {s!a} {s:spec} {s!r:>6}')
name, width, prec = 'pi', 10, 3
value = 3.14159265
print(f'{name!r:^{width}}|{value:{width}.{prec}f}|{value:.{prec}}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)} {(lambda x: x * 2)(3)} {'nested {}'.format(1)}")
print(f'{{literal}} {1 + 1} {"quoted"} {3!r:>{2 + 1}}')
order = []
def t(x):
    order.append(x)
    return x
print(f'{t(1)}{t(2):{t(3)}}{t(4)}', order)
print(f'{"α"!a} {"é"} {b"x"!r}')
print(f'''multi
{name
}line''')
x = 10
print(f'{x:#x} {x:08.3f} {x:,} {1234567:_} {x!r:<5}|')
import datetime
print(f'{datetime.date(2020, 1, 2):%Y/%m/%d}')
for src in ("f'{}'", "f'{x!z}'", "f'{x'", "f'}'", "f'{lambda x: 1}'", "f'{#}'", "f'{x:{y:{z}}}'", "f'\\\\{x}'"):
    try:
        print(repr(eval(src, {'x': 1, 'y': 2, 'z': 3})))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
try:
    f'{x:invalid}'
except ValueError as e:
    print('ValueError:', e)
