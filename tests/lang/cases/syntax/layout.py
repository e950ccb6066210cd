x = 1; y = 2; z = 3;
print(x, y, z); print('second')
if x: print('inline if')
else: print('no')
for i in range(2): print('loop', i); print('same line')
while False: pass
class C: a = 1; b = 2
def f(): return 'f'
total = 1 + \
    2 + \
    3
lst = [1,
    2,   # comment
        3,
]
d = {
    'a': 1,
    # comment line
    'b': 2}
print(total, lst, sorted(d), C.a + C.b, f())
if (x and
        y):
    print('paren continuation')
s = ('implicit'
     ' concat')
print(s)
	# a tab-indented comment is fine
def g():
	return 'tab indented'
print(g())
if __name__ == '__main__':
    print('main', __name__)
