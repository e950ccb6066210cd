# __new__ of the built-in types subclasses derive from, called directly.
import array

class Buf(bytearray):
    pass

class Arr(array.array):
    pass

class Nums(enumerate):
    pass

for expr in ["type(bytearray.__new__(Buf))", "type(bytearray.__new__(bytearray))", "bytearray.__new__(Buf)",
             "type(array.array.__new__(Arr, 'b'))", "array.array.__new__(Arr, 'b', [1])",
             "type(enumerate.__new__(Nums, 'ab'))", "list(enumerate.__new__(Nums, 'ab', 5))",
             "bytearray.__new__(int)", "bytearray.__new__(5)", "array.array.__new__(list, 'b')",
             "enumerate.__new__(str, 'x')"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
