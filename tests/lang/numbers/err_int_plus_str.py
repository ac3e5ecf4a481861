# Checks: an uncaught TypeError from 1 + 'a' inside a method call.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total = self.total + x
        return self.total

acc = Acc()
print(acc.add(1))
print(acc.add(2))
print(acc.add('a'))
