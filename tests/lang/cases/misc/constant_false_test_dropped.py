import dis, sys
for t in ('0', 'None', 'False', "''", "b''", '0.0', '0j', '-0', '()', '1', 'True', 'x'):
    co = compile('if %s:\n  x = 5\nelse:\n  y = 7\nz=3' % t, 's', 'exec')
    print(t, co.co_names if t not in ('1', 'True') else '')
    ns = {'x': 0}
    exec(co, ns)
    print(sorted(k for k in ns if k != '__builtins__'))
for src in ('while 0:\n  x = 5\nelse:\n  y = 7\nz=3', 'while None:\n  x = 5\nz=3',
            'for i in range(3):\n  while 0:\n    break\n  else:\n    continue\n  q = 1\nz = 2',
            "def f():\n  if 0:\n    yield 1\n  return 2\nprint(type(f()).__name__)",
            'def f():\n  if 0:\n    v = 1\n  return v\ntry:\n  f()\nexcept UnboundLocalError as e:\n  print(e)',
            'if 0:\n  pass\nelif 0:\n  a = 1\nelif b:\n  c = 1\nelse:\n  d = 1'):
    co = compile(src, 's', 'exec')
    print(co.co_names)
    exec(co, {'b': 1})
def arigo_example():
    x = 1
    del x
    while 0:
        pass
    x = 1
events = []
def tr(frame, event, arg):
    events.append((frame.f_lineno - arigo_example.__code__.co_firstlineno, event))
    return tr
sys.settrace(tr)
arigo_example()
sys.settrace(None)
print(events)
