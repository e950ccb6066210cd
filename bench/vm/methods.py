# bench/vm methods: method calls on an instance of a Python class, each
# reading and writing instance attributes; a new instance (a call of
# __init__) every 256 iterations. Run by `make bench-vm`
# (bench/cmd/vmbench); argv[1] overrides N, the number of iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.ops = 0

    def deposit(self, amount):
        self.balance += amount
        self.ops += 1
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            return 0
        self.balance -= amount
        self.ops += 1
        return amount

    def score(self):
        return self.balance % 1000 + self.ops


def work(n):
    a = Account("first", 100)
    total = 0
    for i in range(n):
        a.deposit(i & 15)
        total += a.withdraw(i & 7)
        if i & 255 == 0:
            a = Account("next", i & 1023)
        total += a.score()
    return total


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
