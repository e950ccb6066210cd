import sys, io, code, builtins
old = sys.stdout
sys.stdout = buf = io.StringIO()
exec(compile('1 + 1', 's', 'single')); exec(compile('None', 's', 'single'))
exec(compile('[1, "a"]', 's', 'single'))
sys.stdout = old
print(repr(buf.getvalue()), builtins._)
c = code.InteractiveConsole()
sys.stdout = buf = io.StringIO()
c.push('x = 5')
c.push('x * 2')
sys.stdout = old
print(repr(buf.getvalue()))
