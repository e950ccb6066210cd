# compile()'s flags, dont_inherit and optimize take bools as ints
for e in ["compile('1', 's', 'eval', 0, True).co_filename",
          "compile('1', 's', 'eval', False, False, True).co_name",
          "compile('1', 's', 'eval', dont_inherit=True).co_name",
          "compile('x = 1', 's', 'exec', flags=0, dont_inherit=True, optimize=-1).co_name",
          "eval(compile('2 + 3', '<s>', 'eval', 0, True))",
          "compile('1', 's', 'eval', 0, 1.5)",
          "compile('1', 's', 'eval', 0.0)",
          "compile('1', 's', 'eval', 0, 0, 2.0)"]:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
