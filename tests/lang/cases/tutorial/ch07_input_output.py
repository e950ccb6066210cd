year = 2016
event = 'Referendum'
print(f'Results of the {year} {event}')
yes_votes = 42_572_654
no_votes = 43_132_495
percentage = yes_votes / (yes_votes + no_votes)
print('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage))
s = 'Hello, world.'
print(str(s), repr(s), str(1/7))
x = 10 * 3.25
y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
hellos = repr(hello)
print(hellos)
print(repr((x, y, ('spam', 'eggs'))))
for x in range(1, 11):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    print(repr(x*x*x).rjust(4))
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
print('12'.zfill(5), '-3.14'.zfill(7), '3.14159265359'.zfill(5))
print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{0} and {1}'.format('spam', 'eggs'), '{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred', other='Georg'))
contents = 'eels'
print('My hovercraft is full of {}.'.format(contents))
print('My hovercraft is full of {!r}.'.format(contents))
import math
print('The value of PI is approximately {0:.3f}.'.format(math.pi))
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in sorted(table.items()):
    print('{0:10} ==> {1:10d}'.format(name, phone))
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
print('The value of PI is approximately %5.3f.' % math.pi)
print(f'The value of pi is approximately {math.pi:.3f}.')
animals = 'eels'
print(f'My hovercraft is full of {animals}.', f'My hovercraft is full of {animals!r}.')
for name, phone in sorted(table.items()):
    print(f'{name:10} ==> {phone:10d}')
import os
import tempfile
os.chdir(tempfile.mkdtemp())
f = open('workfile.tmp', 'w')
print(f.write('This is the first line of the file.\n'), f.write('Second line of the file\n'))
value = ('the answer', 42)
s = str(value)
print(f.write(s))
f.close()
with open('workfile.tmp') as f:
    read_data = f.read()
print(f.closed, repr(read_data))
f = open('workfile.tmp')
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()
with open('workfile.tmp') as f:
    for line in f:
        print(line, end='')
print()
with open('workfile.tmp') as f:
    print(list(f))
try:
    f.read()
except ValueError as e: print(e)
f = open('workfile.tmp', 'rb+')
print(f.write(b'0123456789abcdef'), f.seek(5), f.read(1), f.seek(-3, 2), f.read(1))
f.close()
import json
print(json.dumps([1, 'simple', 'list']))
x = {'a': [1, 2.5, None, True]}
with open('workfile.tmp', 'w') as f:
    json.dump(x, f)
with open('workfile.tmp') as f:
    print(json.load(f))
os.remove('workfile.tmp')
print(format(math.pi, '.2f'), '{:,}'.format(1234567), '{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'), '{:08.3f}'.format(-3.14159), '{:x} {:o} {:b} {:#x} {:e}'.format(255, 8, 5, 255, 12345.678))
print('{:+d} {: d} {:,.2f} {:_} {:%}'.format(5, 5, 1234567.891, 10**8, 0.25))
os.rmdir(os.getcwd())
