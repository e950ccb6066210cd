print(2 + 2)
print(50 - 5*6)
print((50 - 5*6) / 4)
print(8 / 5)
print(17 / 3, 17 // 3, 17 % 3, 5 * 3 + 2)
print(5 ** 2, 2 ** 7)
width = 20; height = 5 * 9
print(width * height)
try:
    n
except NameError as e:
    print(type(e).__name__, e)
print(4 * 3.75 - 1)
tax = 12.5 / 100
price = 100.50
print(price * tax, round(price * tax + price, 2))
print(3+5j, (1+2j)*(3-1j), complex(1, 0), 1j**2)
print('spam eggs', 'doesn\'t', "doesn't", '"Yes," they said.', "\"Yes,\" they said.", '"Isn\'t," they said.')
for x in ['spam eggs', 'doesn\'t', "doesn't", '"Yes," they said.', "\"Yes,\" they said.", '"Isn\'t," they said.']:
    print(repr(x))
s = 'First line.\nSecond line.'
print(repr(s)); print(s)
print('C:\some\name')
print(r'C:\some\name')
print("""\
Usage: thingy [OPTIONS]
     -h                        Display this usage message
     -H hostname               Hostname to connect to
""")
print(3 * 'un' + 'ium')
print('Py' 'thon')
text = ('Put several strings within parentheses '
        'to have them joined together.')
print(text)
word = 'Python'
print(word[0], word[5], word[-1], word[-2], word[-6])
print(word[0:2], word[2:5], word[:2] + word[2:], word[:4] + word[4:])
print(word[:2], word[4:], word[-2:])
try:
    word[42]
except IndexError as e:
    print(e)
print(word[4:42], word[42:])
try:
    word[0] = 'J'
except TypeError as e:
    print(e)
try:
    word[2:] = 'py'
except TypeError as e:
    print(e)
print('J' + word[1:], word[:2] + 'py')
s = 'supercalifragilisticexpialidocious'
print(len(s))
squares = [1, 4, 9, 16, 25]
print(squares, squares[0], squares[-1], squares[-3:], squares[:])
print(squares + [36, 49, 64, 81, 100])
cubes = [1, 8, 27, 65, 125]
print(4 ** 3)
cubes[3] = 64
print(cubes)
cubes.append(216); cubes.append(7 ** 3)
print(cubes)
letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
letters[2:5] = ['C', 'D', 'E']; print(letters)
letters[2:5] = []; print(letters)
letters[:] = []; print(letters)
letters = ['a', 'b', 'c', 'd']
print(len(letters))
a = ['a', 'b', 'c']; n = [1, 2, 3]; x = [a, n]
print(x, x[0], x[0][1])
a, b = 0, 1
while a < 10:
    print(a)
    a, b = b, a+b
i = 256*256
print('The value of i is', i)
a, b = 0, 1
while a < 1000:
    print(a, end=',')
    a, b = b, a+b
print()
print(-3**2, (-3)**2)
print(round(2.675, 2), 0.1 + 0.2, 1e100, 1e16, 1e-5, 123456789012345678.0, 2**100)
