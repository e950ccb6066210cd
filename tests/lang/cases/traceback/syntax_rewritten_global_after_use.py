counter = 0
def bump(extra):
    total = {**extra, 'n': counter}; global counter
