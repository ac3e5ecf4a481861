# Fails: AttributeError on an instance with a typo of an attribute; 3.11 appends "Did you mean: 'balance'?".
class Account:
    def __init__(self, balance):
        self.balance = balance

    def __repr__(self):
        return "Account(%r)" % self.balance

a = Account(10)
print(a, a.balance)
print(a.balanse)
