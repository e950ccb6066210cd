import os, sys, threading
with open('pt_f.txt', 'w') as f:
    print('a', 1, file=f)
    print('b', 2, sep='-', end='!\n', file=f)
    sys.stdout.write('stdout still works\n')
f = open('pt_f.txt')
print(iter(f) is f, next(f), next(f, 'x'), next(f, 'end'))
f.close()
with open('pt_f.txt', 'w') as f:
    f.writelines('line %d\n' % i for i in range(2000))
counts = []
with open('pt_f.txt') as f:
    def reader():
        n = 0
        for line in f:
            n += 1
        counts.append(n)
    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
# CPython's buffered reader may hand a line to two threads in a race
print(2000 <= sum(counts) <= 2000 + len(counts), len(counts))
with open('pt_f.txt', 'a') as f:
    ts = [threading.Thread(target=lambda k=k: [f.write('t%d\n' % k) for _ in range(100)]) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(open('pt_f.txt').readlines()))
os.remove('pt_f.txt')
