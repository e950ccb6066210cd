counter = 0
def bump(n):
    global counter
    counter += n
bump(2)
bump(3)
print(counter)
