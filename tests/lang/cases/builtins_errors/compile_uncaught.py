code = compile('1 + 1', 'f', 'eval')
print(eval(code))
compile('1', 'f', 'exec', flags=0x999999)
