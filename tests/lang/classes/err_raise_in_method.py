# Fails: an exception raised inside a method called from another method; frames show the method names.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def drain(self, n):
        out = []
        for _ in range(n):
            out.append(self.pop())
        return out

s = Stack()
s.push(1)
s.push(2)
print(s.drain(2))
s.push(3)
print(s.drain(2))
