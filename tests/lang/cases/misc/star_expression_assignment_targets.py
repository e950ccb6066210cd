first, *_, last = "python"
print(first, last, _)
head, *tail = [1]
print(head, tail)
