for n in (1, 2, 255, 256, 300, 600):
    co = compile("\n" * n + "spam", 'fn', 'exec')
    print(n, co.co_firstlineno, co.co_lnotab)
co = compile("x=1\n" + "\n" * 300 + "y=2", 'fn', 'exec')
print(co.co_firstlineno, [b for b in co.co_lnotab[1::2]])
co = compile("\n\n\ndef f():\n\n    return 1\n", 'fn', 'exec')
print(co.co_firstlineno, co.co_lnotab, co.co_consts[0].co_firstlineno, co.co_consts[0].co_lnotab)
