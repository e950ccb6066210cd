class Account:
    def __init__(self):
        self.balance = 0
    def withdraw(self, n):
        if n > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (n, self.balance))
        self.balance -= n
a = Account()
try:
    a.withdraw(5)
except ValueError as e:
    print(e)
