# Checks __bool__ and __len__ in truth tests, and __call__ making instances callable.
class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on

class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, times=1):
        self.calls += 1
        return x + self.n * times

s_on = Switch(True)
s_off = Switch(False)
if s_on:
    print("on is truthy")
if not s_off:
    print("off is falsy")
print(s_on and "and-result")
print(s_off or "or-result")
print(bool(s_off), "yes" if s_on else "no")
add3 = Adder(3)
print(add3(10), add3(10, times=4), add3(x=0))
print(add3.calls, callable(add3), callable(s_on))
print(list(map(add3, [1, 2, 3])))
print(add3.calls)

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
