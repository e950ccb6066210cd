# gpython let this through to the loop (a SystemError); CPython 3.6
# rejects it when compiling.
print("not reached")
try:
    print(1)
    break
finally:
    print(3)
