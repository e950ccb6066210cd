# global and nonlocal declarations: their effect, and the SyntaxErrors
# and SyntaxWarnings of misplaced ones.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def outer():
    a = 'outer a'
    def middle():
        def inner():
            nonlocal a
            a = 'changed by inner'
        inner()
    middle()
    return a
print(outer())

def global_in_nested():
    def inner():
        global made_here
        made_here = 'yes'
    inner()
global_in_nested()
print(made_here)

class Klass:
    global class_global
    class_global = 'from class body'
print(class_global)

import warnings
def check(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<decl>', 'exec')
            print('ok', [str(x.message) for x in w])
        except SyntaxError as e:
            print('SyntaxError:', e.msg, e.lineno)
check('def f():\n    x = 1\n    global x\n')
check('def f():\n    print(x)\n    global x\n')
check('def f(x):\n    global x\n')
check('nonlocal x\n')
check('def f():\n    nonlocal x\n')
check('def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n')
check('def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    return g\n')
check('class C:\n    nonlocal y\n')
check('def f():\n    global x\n    x: int = 1\n')
