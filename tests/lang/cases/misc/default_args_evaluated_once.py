def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2))
print(append_to.__defaults__)
