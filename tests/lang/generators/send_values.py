# send() delivers a value as the result of the yield expression.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


acc = accumulator()
print(acc.send(None))
for v in (1, 2, 3, 10):
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received

g = echo()
next(g)
g.send("a")
g.send("b")
try:
    g.send("c")
except StopIteration as e:
    print(e.value)
g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
