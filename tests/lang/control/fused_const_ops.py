# `x + c`, `n - 1` and `x > c` deciding a branch run as fused instructions in gilsim:
# every operand type must still behave as unfused (ints, floats, bools, strs, lists,
# user classes, mixed), and an exception raised inside must be reported as Python does.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return Meters(self.v + k)

    def __sub__(self, k):
        return Meters(self.v - k)

    def __gt__(self, k):
        print("  Meters.__gt__", self.v, k)
        return self.v > k

    def __lt__(self, k):
        return self.v < k


def step(x):
    a = x + 1
    b = x - 1
    return a, b


for x in [0, -1, 2**62, 2.5, True, False]:
    print(step(x))
print(step(Meters(3))[0].v, step(Meters(3))[1].v)
s = "ab"
print(s + "c", [1] + [2], (1,) + (2,))


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return n, steps


print(countdown(10), countdown(0), countdown(-3), countdown(2.5))
m = Meters(2)
while m > 0:
    m -= 1
print("meters left", m.v)


def classify(x):
    if x > 10:
        return "big"
    if x < 0:
        return "negative"
    if x == 0:
        return "zero"
    if x != 5:
        return "small"
    return "five"


print([classify(v) for v in [11, -2, 0, 5, 3, 10.5, True]])
print([x for x in range(20) if x >= 15], [x for x in "hello" if x > "h"])

i = 0
while i < 5:
    i = i + 2
print("i", i)

for v in [None, "x", [1]]:
    try:
        print(v > 0)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(v + 1)
    except TypeError as e:
        print("TypeError:", e)


def uses_unbound():
    try:
        return k + 1
    except NameError as e:
        return f"NameError: {e}"
    k = 0


print(uses_unbound())
