# Checks: an uncaught IndexError from a list index past the end in a nested method call.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def peek(self, depth):
        return self.items[-1 - depth]

s = Stack()
for i in range(3):
    s.push(i * 10)
print(s.peek(0), s.peek(2))
print(s.peek(3))
