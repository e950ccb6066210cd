# slice.indices with a length or parts beyond 64 bits.
print(slice(None, 2**100, -2**100).indices(2**100))
print(slice(-2**100, 7, 3).indices(2**30))
print(slice(1, 2**100).indices(10))
print(slice(None, None, 2**100).indices(5))
try: slice(0, 1).indices(-2**100)
except ValueError as e: print(e)
try: slice(0, 1, 0).indices(2**100)
except ValueError as e: print(e)
