# uncaught exception with chained traceback
def a():
    raise KeyError('inner')
def b():
    try:
        a()
    except KeyError as e:
        raise RuntimeError('outer') from e
def c():
    try:
        b()
    except RuntimeError:
        x = {}['missing']
print('start')
c()
