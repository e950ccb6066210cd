def parse(lines):
    for line in lines:
        yield int(line)

for n in parse(["1", "two"]):
    print(n)
