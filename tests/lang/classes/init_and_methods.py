# Checks a class with __init__, methods calling other methods, mutation of instance state and bound methods.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append(("denied", amount))
            return False
        self.balance -= amount
        self.history.append(("wd", amount))
        return True

    def summary(self):
        return "%s: %d (%d ops)" % (self.owner, self.balance, len(self.history))

a = Account("ann")
b = Account("bob", 50)
a.deposit(100).deposit(25)
print(a.withdraw(30), a.withdraw(1000), b.withdraw(50))
print(a.summary())
print(b.summary())
print(a.history)
dep = b.deposit
dep(7)
dep(3)
print(b.balance, b.history)
print(Account.summary(a))
a.nickname = "annie"
print(a.nickname, hasattr(a, "nickname"), hasattr(b, "nickname"))
