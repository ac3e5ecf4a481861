# Fails: a user exception class (with a custom __init__ and inheritance) escapes with its message.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__("need %d but only %d available" % (needed, available))
        self.needed = needed

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount

b = withdraw(100, 30)
print("balance", b)
b = withdraw(b, 500)
print("not reached")
