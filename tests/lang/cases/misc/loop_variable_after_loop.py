for i in range(4):
    pass
print(i)
for ch in "":
    pass
try:
    ch
except NameError as e:
    print(e)
