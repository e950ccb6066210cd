e = ValueError("never raised")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
