# type() takes one argument or three, keywords included in the count.
import sys

calls = [
    ('type()', lambda: type()),
    ('two', lambda: type('A', ())),
    ('four', lambda: type('A', (), {}, ())),
    ('dict keyword', lambda: type('A', (), dict={})),
    ('one plus keyword', lambda: type(3, flag=True)),
    ('one', lambda: type(3)),
    ('bases list', lambda: type('A', [], {})),
]
for label, call in calls:
    try:
        print(label, call())
    except TypeError as e:
        print(label, 'TypeError:', e)

# input() with sys.stdin or sys.stdout gone
saved_out, saved_in = sys.stdout, sys.stdin
del sys.stdout
try:
    input('prompt')
except RuntimeError as e:
    saved_out.write('no stdout: %s\n' % e)
sys.stdout = None
try:
    input()
except RuntimeError as e:
    saved_out.write('stdout None: %s\n' % e)
sys.stdout = saved_out
del sys.stdin
try:
    input('prompt')
except RuntimeError as e:
    print('no stdin:', e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print('stdin None:', e)
sys.stdin = saved_in
try:
    input(1, 2)
except TypeError as e:
    print('two args:', e)
